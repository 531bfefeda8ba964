"""Output rules shared by many ops: broadcasting, axes, reductions, element-wise dtypes.

A rule takes the op's name first, then the op's own arguments (real or symbolic tensors,
arrays, Python values) and returns the output :class:`KerasTensor`. Invalid input raises a
``ValueError`` (shapes, axes, values) or ``TypeError`` (dtypes) that names the op, the
argument and what was received. See :mod:`keras_core.ops.symbolic` for when rules run.
"""

from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops.symbolic import dtype_of, shape_of

_INT_OR_BOOL = ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")


def broadcast_shapes(op: str, named_shapes: dict) -> tuple:
    """NumPy broadcasting of ``{"x1": shape, ...}``; ``None`` sizes broadcast like unknowns."""
    rank = max((len(s) for s in named_shapes.values()), default=0)
    result = []
    for position in range(rank):
        sizes = {}
        for name, shape in named_shapes.items():
            offset = position - (rank - len(shape))
            if offset >= 0:
                sizes[name] = shape[offset]
        known = {s for s in sizes.values() if s is not None and s != 1}
        if len(known) > 1:
            described = ", ".join(f"{n} has shape {named_shapes[n]}" for n in named_shapes)
            raise ValueError(f"ops.{op}: cannot broadcast the inputs together: {described}.")
        if known:
            result.append(known.pop())
        elif any(s is None for s in sizes.values()):
            result.append(None)
        else:
            result.append(1)
    return tuple(result)


def canonical_axis(op: str, axis, ndim: int, shape=None, arg: str = "axis") -> int:
    """``axis`` as a non-negative int, or a ValueError naming the op and the input's rank."""
    if isinstance(axis, bool) or not isinstance(axis, int):
        try:
            axis = int(axis)
        except TypeError:
            raise TypeError(f"ops.{op}: {arg} must be an int, received {axis!r}.") from None
    if not -ndim <= axis < ndim:
        where = f"shape {shape}" if shape is not None else f"rank {ndim}"
        raise ValueError(
            f"ops.{op}: {arg}={axis} is out of range for an input of {where} "
            f"(valid: {-ndim} to {ndim - 1})."
        )
    return axis % ndim


def canonical_axes(op: str, axis, ndim: int, shape=None, arg: str = "axis") -> tuple:
    """``axis`` (None, an int or a sequence) as a sorted tuple of non-negative ints."""
    if axis is None:
        return tuple(range(ndim))
    items = axis if isinstance(axis, (list, tuple)) else (axis,)
    axes = tuple(canonical_axis(op, a, ndim, shape, arg) for a in items)
    if len(set(axes)) != len(axes):
        raise ValueError(f"ops.{op}: {arg}={axis!r} repeats an axis.")
    return tuple(sorted(axes))


def reduced_shape(op: str, shape: tuple, axis, keepdims: bool) -> tuple:
    axes = canonical_axes(op, axis, len(shape), shape)
    if keepdims:
        return tuple(1 if i in axes else d for i, d in enumerate(shape))
    return tuple(d for i, d in enumerate(shape) if i not in axes)


def float_dtype(dtype) -> str:
    """The dtype of a float result computed from ``dtype``: ints and bool become floatx."""
    name = standardize_dtype(dtype) if not isinstance(dtype, type) else result_type(dtype)
    if name in _INT_OR_BOOL:
        return result_type(name, float)
    return name


def same(op: str, x) -> KerasTensor:
    """Output with the input's shape and dtype."""
    return KerasTensor(shape_of(x), _strong(dtype_of(x)))


def unary_float(op: str, x) -> KerasTensor:
    """Element-wise op whose integer and bool inputs give floatx (``exp``, ``sqrt``, ...)."""
    return KerasTensor(shape_of(x), float_dtype(dtype_of(x)))


def unary_bool(op: str, x) -> KerasTensor:
    """Element-wise predicate (``isnan``, ``logical_not``, ...)."""
    return KerasTensor(shape_of(x), "bool")


def binary(op: str, x1, x2) -> KerasTensor:
    """Broadcasting element-wise op with Keras's promotion (``add``, ``maximum``, ...)."""
    shape = broadcast_shapes(op, {"x1": shape_of(x1), "x2": shape_of(x2)})
    return KerasTensor(shape, result_type(dtype_of(x1), dtype_of(x2)))


def binary_float(op: str, x1, x2) -> KerasTensor:
    """Broadcasting element-wise op with a float result (``divide``, ``arctan2``, ...)."""
    shape = broadcast_shapes(op, {"x1": shape_of(x1), "x2": shape_of(x2)})
    return KerasTensor(shape, result_type(dtype_of(x1), dtype_of(x2), float))


def comparison(op: str, x1, x2) -> KerasTensor:
    """Broadcasting element-wise comparison (``less``, ``equal``, ...): bool output."""
    return KerasTensor(broadcast_shapes(op, {"x1": shape_of(x1), "x2": shape_of(x2)}), "bool")


def reduction(op: str, x, axis=None, keepdims=False, dtype=None) -> KerasTensor:
    """Reduction over ``axis`` keeping the input dtype unless ``dtype`` is given."""
    shape = shape_of(x)
    return KerasTensor(reduced_shape(op, shape, axis, keepdims), dtype or _strong(dtype_of(x)))


def _strong(dtype) -> str:
    return result_type(dtype) if isinstance(dtype, type) else dtype
