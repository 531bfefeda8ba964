"""Element-wise functions of one tensor (``keras_core.ops.numpy``)."""

from keras_core.backend.dispatch import table
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import recover

__all__ = ["exp"]

_impl = table("numpy.unary")


def exp(x):
    """Element-wise ``e ** x``; integer and bool inputs give ``floatx()``.

    Example:
        >>> keras_core.ops.exp([0.0, 1.0])   # [1., 2.7182817]
    """
    try:
        return _impl.exp(x)
    except Exception as error:
        return recover(error, rules.unary_float, "exp", x)
