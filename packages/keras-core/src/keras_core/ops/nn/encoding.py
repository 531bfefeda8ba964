"""One-hot and multi-hot encodings, complex numbers from polar form (``keras_core.ops.nn``)."""

from keras_core.backend import settings
from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = ["multi_hot", "one_hot", "polar"]

_impl = table("nn.encoding")


def _dtype(dtype):
    return settings.floatx() if dtype is None else standardize_dtype(dtype)


def _check_encoding(op, num_classes, sparse):
    if isinstance(num_classes, bool) or not isinstance(num_classes, int) or num_classes < 0:
        raise ValueError(
            f"ops.{op}: num_classes must be a non-negative int, received {num_classes!r}."
        )
    if sparse:
        raise ValueError(
            f"ops.{op}: sparse=True is not supported; keras_core returns dense tensors."
        )


def _one_hot_rule(op, x, num_classes, axis=-1, dtype=None, sparse=False):
    _check_encoding(op, num_classes, sparse)
    shape = shape_of(x)
    position = rules.canonical_axis(op, axis, len(shape) + 1, shape)
    return KerasTensor((*shape[:position], num_classes, *shape[position:]), _dtype(dtype))


def _multi_hot_rule(op, inputs, num_classes, axis=-1, dtype=None, sparse=False):
    _check_encoding(op, num_classes, sparse)
    shape = shape_of(inputs)
    if not shape:
        raise ValueError(f"ops.{op}: inputs must have at least one axis, received a scalar.")
    batch = shape[:-1]
    position = rules.canonical_axis(op, axis, len(batch) + 1, shape)
    return KerasTensor((*batch[:position], num_classes, *batch[position:]), _dtype(dtype))


def _polar_rule(op, abs_, angle):
    shape = rules.broadcast_shapes(op, {"abs_": shape_of(abs_), "angle": shape_of(angle)})
    real = result_type(dtype_of(abs_), dtype_of(angle), float)
    return KerasTensor(shape, "complex128" if real == "float64" else "complex64")


def one_hot(x, num_classes, axis=-1, dtype=None, sparse=False):
    """One-hot encoding of integer class indices; indices outside ``[0, num_classes)`` give
    all-zero rows.

    Args:
        x: Tensor of class indices.
        num_classes: Number of classes, the size of the new axis.
        axis: Where the class axis goes in the result.
        dtype: Result dtype (``None``: floatx).
        sparse: Must be False (dense results only).

    Example:
        >>> keras_core.ops.one_hot([0, 2], 3)   # [[1., 0., 0.], [0., 0., 1.]]
    """
    _check_encoding("one_hot", num_classes, sparse)
    try:
        return _impl.one_hot(x, num_classes, axis=axis, dtype=_dtype(dtype))
    except Exception as error:
        return recover(error, _one_hot_rule, "one_hot", x, num_classes, axis, dtype, sparse)


def multi_hot(inputs, num_classes=None, axis=-1, dtype=None, sparse=False, **kwargs):
    """Multi-hot encoding: 1 for each class that occurs along the last axis of ``inputs``.

    A rank-1 input is one sample; a rank-``n`` input gives a rank-``n`` result whose class
    axis is at ``axis``. ``num_tokens`` is accepted as an old name of ``num_classes``.

    Example:
        >>> keras_core.ops.multi_hot([[0, 2], [1, 1]], 3)   # [[1., 0., 1.], [0., 1., 0.]]
    """
    if num_classes is None:
        num_classes = kwargs.pop("num_tokens", None)
    if kwargs:
        raise TypeError(f"ops.multi_hot: unexpected arguments {sorted(kwargs)}.")
    _check_encoding("multi_hot", num_classes, sparse)
    try:
        return _impl.multi_hot(inputs, num_classes, axis=axis, dtype=_dtype(dtype))
    except Exception as error:
        return recover(
            error, _multi_hot_rule, "multi_hot", inputs, num_classes, axis, dtype, sparse
        )


def polar(abs_, angle):
    """The complex numbers ``abs_ * (cos(angle) + i * sin(angle))``.

    Example:
        >>> keras_core.ops.polar([2.0], [0.0])   # [2.+0.j]
    """
    try:
        return _impl.polar(abs_, angle)
    except Exception as error:
        return recover(error, _polar_rule, "polar", abs_, angle)
