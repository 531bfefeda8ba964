"""Reductions over axes (``keras_core.ops.numpy``).

``axis`` is ``None`` (all axes), an int or a tuple of ints, negative counting from the end.
"""

from keras_core.backend.dispatch import table
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = ["max", "mean", "sum"]

_impl = table("numpy.reduction")

# Sums accumulate small integers in 32 bits (JAX's and Keras's rule).
_SUM_DTYPES = {
    "bool": "int32",
    "int8": "int32",
    "int16": "int32",
    "uint8": "uint32",
    "uint16": "uint32",
}


def _sum_rule(op, x, axis=None, keepdims=False):
    dtype = rules.same(op, x).dtype
    return rules.reduction(op, x, axis, keepdims, dtype=_SUM_DTYPES.get(dtype, dtype))


def _max_rule(op, x, axis=None, keepdims=False, initial=None):
    shape = shape_of(x)
    if initial is None and any(
        shape[a] == 0 for a in rules.canonical_axes(op, axis, len(shape), shape)
    ):
        raise ValueError(
            f"ops.{op}: cannot reduce an empty axis of an input of shape {shape} without `initial`."
        )
    return rules.reduction(op, x, axis, keepdims)


def _mean_rule(op, x, axis=None, keepdims=False):
    dtype = rules.float_dtype(dtype_of(x))
    return rules.reduction(op, x, axis, keepdims, dtype=dtype)


def sum(x, axis=None, keepdims=False):
    """Sum of elements over ``axis``; bool, int8 and int16 inputs sum into int32.

    Example:
        >>> keras_core.ops.sum([[1, 2], [3, 4]], axis=0)   # [4, 6]
    """
    try:
        return _impl.sum(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _sum_rule, "sum", x, axis, keepdims)


def max(x, axis=None, keepdims=False, initial=None):
    """Maximum over ``axis``; ``initial`` is a lower bound included in the reduction.

    Example:
        >>> keras_core.ops.max([[1, 5], [3, 2]], axis=1)   # [5, 3]
    """
    try:
        return _impl.max(x, axis=axis, keepdims=keepdims, initial=initial)
    except Exception as error:
        return recover(error, _max_rule, "max", x, axis, keepdims, initial)


def mean(x, axis=None, keepdims=False):
    """Arithmetic mean over ``axis``; integer inputs give ``float32``.

    Example:
        >>> keras_core.ops.mean([1, 2, 3, 4])   # 2.5
    """
    try:
        return _impl.mean(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _mean_rule, "mean", x, axis, keepdims)
