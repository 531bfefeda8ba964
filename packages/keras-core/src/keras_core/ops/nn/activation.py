"""Activation functions (``keras_core.ops.nn``)."""

from keras_core.backend.dispatch import table
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import recover, shape_of

__all__ = ["relu", "sigmoid", "softmax"]

_impl = table("nn.activation")


def _softmax_rule(op, x, axis=-1):
    shape = shape_of(x)
    rules.canonical_axes(op, axis, len(shape), shape)
    return rules.unary_float(op, x)


def relu(x):
    """Rectified linear unit, ``max(x, 0)`` element-wise.

    Example:
        >>> keras_core.ops.relu([-1.0, 0.0, 2.0])   # [0., 0., 2.]
    """
    try:
        return _impl.relu(x)
    except Exception as error:
        return recover(error, rules.same, "relu", x)


def sigmoid(x):
    """Logistic sigmoid, ``1 / (1 + exp(-x))`` element-wise.

    Example:
        >>> keras_core.ops.sigmoid([0.0])   # [0.5]
    """
    try:
        return _impl.sigmoid(x)
    except Exception as error:
        return recover(error, rules.unary_float, "sigmoid", x)


def softmax(x, axis=-1):
    """Softmax over ``axis`` (an int or a tuple): ``exp(x) / sum(exp(x))``, computed stably.

    Example:
        >>> keras_core.ops.softmax([[1.0, 1.0]])   # [[0.5, 0.5]]
    """
    try:
        return _impl.softmax(x, axis=axis)
    except Exception as error:
        return recover(error, _softmax_rule, "softmax", x, axis)
