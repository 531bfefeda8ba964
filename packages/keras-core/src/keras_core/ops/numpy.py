"""NumPy-like ops (``keras_core.ops.numpy``), with Keras's dtype promotion on every backend."""

from keras_core.backend.dispatch import numpy as _impl


def add(x1, x2):
    """Element-wise ``x1 + x2`` with broadcasting.

    Example:
        >>> keras_core.ops.add([1, 2], [3, 4])   # [4, 6], int32
    """
    return _impl.add(x1, x2)


def subtract(x1, x2):
    """Element-wise ``x1 - x2`` with broadcasting."""
    return _impl.subtract(x1, x2)


def multiply(x1, x2):
    """Element-wise ``x1 * x2`` with broadcasting."""
    return _impl.multiply(x1, x2)


def divide(x1, x2):
    """Element-wise true division; integer inputs give a float result.

    Example:
        >>> keras_core.ops.divide([1, 2], 4)   # [0.25, 0.5], float32
    """
    return _impl.divide(x1, x2)


def maximum(x1, x2):
    """Element-wise maximum with broadcasting."""
    return _impl.maximum(x1, x2)


def exp(x):
    """Element-wise ``e ** x``; integer inputs give ``floatx()``."""
    return _impl.exp(x)


def matmul(x1, x2):
    """Matrix product with NumPy's rules (batched over leading axes, 1-D promoted).

    Example:
        >>> keras_core.ops.matmul(keras_core.ops.ones((2, 3)), keras_core.ops.ones((3, 4)))
    """
    return _impl.matmul(x1, x2)


def sum(x, axis=None, keepdims=False):
    """Sum over ``axis`` (an int, a tuple of ints, or ``None`` for all axes)."""
    return _impl.sum(x, axis=axis, keepdims=keepdims)


def mean(x, axis=None, keepdims=False):
    """Arithmetic mean over ``axis``; integer inputs give ``float32``."""
    return _impl.mean(x, axis=axis, keepdims=keepdims)


def max(x, axis=None, keepdims=False, initial=None):
    """Maximum over ``axis``; ``initial`` is a lower bound included in the reduction."""
    return _impl.max(x, axis=axis, keepdims=keepdims, initial=initial)


def reshape(x, newshape):
    """Gives ``x`` a new shape with the same number of elements; one entry may be ``-1``.

    Example:
        >>> keras_core.ops.reshape(keras_core.ops.arange(6), (2, -1))
    """
    return _impl.reshape(x, newshape)


def transpose(x, axes=None):
    """Permutes the axes of ``x``; by default reverses them."""
    return _impl.transpose(x, axes=axes)


def concatenate(xs, axis=0):
    """Joins a sequence of tensors along an existing axis."""
    return _impl.concatenate(xs, axis=axis)
