"""``Softmax``: normalized exponentials, with an optional mask."""

from keras_core import ops
from keras_core.backend.dtypes import standardize_dtype
from keras_core.layers.layer import Layer


class Softmax(Layer):
    """``exp(x) / sum(exp(x))`` along ``axis``.

    With a mask (same shape as the input, or broadcastable to it), masked positions get
    probability 0 and the others share the mass; a slice with every position masked
    gives all zeros.

    Args:
        axis: Axis, or tuple of axes, to normalize over.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> scores = keras_core.ops.convert_to_tensor([[1.0, 2.0, 3.0]])
        >>> keras_core.layers.Softmax()(scores, mask=[[True, False, True]])
        # [[0.1192, 0., 0.8808]]
    """

    def __init__(self, axis=-1, **kwargs):
        super().__init__(**kwargs)
        if not _is_axis(axis):
            raise ValueError(
                f"Softmax '{self.name}': axis must be an int or a tuple/list of ints, "
                f"received {axis!r}"
            )
        self.axis = axis
        self._ops_axis = tuple(axis) if isinstance(axis, list) else axis
        self.supports_masking = True
        self.built = True

    def call(self, inputs, mask=None):
        if mask is None:
            return ops.nn.softmax(inputs, axis=self._ops_axis)
        dtype = ops.dtype(inputs)
        keep = ops.cast(mask, dtype)
        # A large negative logit gives masked positions exp(...) == 0 without the NaNs
        # that -inf would produce in fully masked slices.
        penalty = ops.multiply(ops.subtract(1.0, keep), _large_negative(dtype))
        outputs = ops.nn.softmax(ops.add(inputs, penalty), axis=self._ops_axis)
        return ops.multiply(outputs, keep)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict:
        config = super().get_config()
        config["axis"] = self.axis
        return config


def _large_negative(dtype) -> float:
    # float16 overflows past 65504.
    return -3e4 if standardize_dtype(dtype) == "float16" else -1e9


def _is_axis(axis) -> bool:
    def is_int(value):
        return isinstance(value, int) and not isinstance(value, bool)

    if isinstance(axis, (tuple, list)):
        return bool(axis) and all(map(is_int, axis))
    return is_int(axis)
