"""Broadcasting element-wise functions of two tensors (``keras_core.ops.numpy``).

Inputs broadcast as in NumPy; the result dtype follows ``keras_core.backend.result_type``,
with Python scalars weak (``int32 tensor + 1.5`` is float32).
"""

from keras_core.backend.dispatch import table
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import recover

__all__ = ["add", "divide", "maximum", "multiply", "subtract"]

_impl = table("numpy.binary")


def add(x1, x2):
    """Element-wise ``x1 + x2``.

    Example:
        >>> keras_core.ops.add([1, 2], [3, 4])   # [4, 6], int32
    """
    try:
        return _impl.add(x1, x2)
    except Exception as error:
        return recover(error, rules.binary, "add", x1, x2)


def subtract(x1, x2):
    """Element-wise ``x1 - x2``.

    Example:
        >>> keras_core.ops.subtract([3, 4], 1)   # [2, 3]
    """
    try:
        return _impl.subtract(x1, x2)
    except Exception as error:
        return recover(error, rules.binary, "subtract", x1, x2)


def multiply(x1, x2):
    """Element-wise ``x1 * x2``.

    Example:
        >>> keras_core.ops.multiply([1.0, 2.0], 3)   # [3., 6.]
    """
    try:
        return _impl.multiply(x1, x2)
    except Exception as error:
        return recover(error, rules.binary, "multiply", x1, x2)


def divide(x1, x2):
    """Element-wise true division ``x1 / x2``; integer inputs give a float result.

    Example:
        >>> keras_core.ops.divide([1, 2], 4)   # [0.25, 0.5], float32
    """
    try:
        return _impl.divide(x1, x2)
    except Exception as error:
        return recover(error, rules.binary_float, "divide", x1, x2)


def maximum(x1, x2):
    """Element-wise maximum; NaN wins, as in NumPy.

    Example:
        >>> keras_core.ops.maximum([1, 5], [4, 2])   # [4, 5]
    """
    try:
        return _impl.maximum(x1, x2)
    except Exception as error:
        return recover(error, rules.binary, "maximum", x1, x2)
