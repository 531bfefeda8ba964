"""``InputSpec``: what a layer accepts (rank, sizes of given axes, dtype), checked on call."""

from keras_core import tree
from keras_core.ops.symbolic import shape_of


class InputSpec:
    """Constraints on one input of a layer.

    Args:
        dtype: Expected dtype name, or ``None`` for any.
        shape: Expected shape; ``None`` entries match any size.
        ndim: Exact rank.
        max_ndim: Largest rank accepted.
        min_ndim: Smallest rank accepted.
        axes: Dict from axis (negative allowed) to the size it must have.
        allow_last_axis_squeeze: Accept a rank one lower or higher when the last axis is 1.
        name: Name of the input, used in error messages.
        optional: Whether the input may be ``None``.

    Example:
        >>> InputSpec(min_ndim=2, axes={-1: 64})   # Dense built on 64 features
    """

    def __init__(
        self,
        dtype=None,
        shape=None,
        ndim=None,
        max_ndim=None,
        min_ndim=None,
        axes=None,
        allow_last_axis_squeeze=False,
        name=None,
        optional=False,
    ):
        self.dtype = dtype
        self.shape = None if shape is None else tuple(shape)
        self.ndim = len(self.shape) if self.shape is not None else ndim
        self.max_ndim = max_ndim
        self.min_ndim = min_ndim
        self.name = name
        self.optional = optional
        self.allow_last_axis_squeeze = allow_last_axis_squeeze
        self.axes = {int(axis): value for axis, value in (axes or {}).items()}
        if self.axes and (self.ndim is not None or self.max_ndim is not None):
            top = self.ndim if self.ndim is not None else self.max_ndim
            for axis in self.axes:
                if axis >= top:
                    raise ValueError(
                        f"InputSpec: axis {axis} is out of range for an input of at most "
                        f"{top} dimensions"
                    )

    def __repr__(self) -> str:
        fields = ("dtype", "shape", "ndim", "max_ndim", "min_ndim", "axes")
        spec = [f"{name}={getattr(self, name)}" for name in fields if getattr(self, name)]
        return f"InputSpec({', '.join(spec)})"

    def get_config(self) -> dict:
        return {
            "dtype": self.dtype,
            "shape": self.shape,
            "ndim": self.ndim,
            "max_ndim": self.max_ndim,
            "min_ndim": self.min_ndim,
            "axes": self.axes,
            "optional": self.optional,
        }

    @classmethod
    def from_config(cls, config):
        return cls(**config)


def assert_input_compatibility(input_spec, inputs, layer_name: str) -> None:
    """Raises ``ValueError`` naming the layer, the input, what the spec expects and the
    shape received, when ``inputs`` violate ``input_spec`` (one spec or a list)."""
    if not input_spec:
        return
    specs = tree.flatten(input_spec)
    flat = tree.flatten(inputs) if not _is_single(inputs) else [inputs]
    if len(specs) > 1 and len(flat) != len(specs):
        raise ValueError(
            f"Layer '{layer_name}' expects {len(specs)} inputs, but it received "
            f"{len(flat)} input tensors"
        )
    for index, (x, spec) in enumerate(zip(flat, specs, strict=False)):
        if spec is None or (x is None and spec.optional):
            continue
        _check_one(spec, x, index, layer_name)


def _is_single(inputs) -> bool:
    return not isinstance(inputs, (list, tuple, dict))


def _check_one(spec: InputSpec, x, index: int, layer_name: str) -> None:
    shape = shape_of(x)
    if shape is None:
        return
    where = f"Input {index} of layer '{layer_name}' is incompatible with the layer"
    rank = len(shape)
    if spec.ndim is not None and not spec.allow_last_axis_squeeze and rank != spec.ndim:
        raise ValueError(
            f"{where}: expected ndim={spec.ndim}, found ndim={rank}. Full shape received: {shape}"
        )
    if spec.max_ndim is not None and rank > spec.max_ndim:
        raise ValueError(
            f"{where}: expected max_ndim={spec.max_ndim}, found ndim={rank}. Full shape "
            f"received: {shape}"
        )
    if spec.min_ndim is not None and rank < spec.min_ndim:
        raise ValueError(
            f"{where}: expected min_ndim={spec.min_ndim}, found ndim={rank}. Full shape "
            f"received: {shape}"
        )
    if spec.dtype is not None:
        from keras_core.ops.symbolic import dtype_of

        if dtype_of(x) != spec.dtype:
            raise ValueError(f"{where}: expected dtype={spec.dtype}, found dtype={dtype_of(x)}")
    for axis, size in spec.axes.items():
        if size is None or -rank > axis or axis >= rank:
            continue
        if shape[axis] is not None and shape[axis] != size:
            raise ValueError(
                f"{where}: expected axis {axis} of input shape to have value {size}, but "
                f"received input with shape {shape}"
            )
    if spec.shape is not None and len(spec.shape) == rank:
        for expected, received in zip(spec.shape, shape, strict=False):
            if expected is not None and received is not None and expected != received:
                raise ValueError(f"{where}: expected shape={spec.shape}, found shape={shape}")
