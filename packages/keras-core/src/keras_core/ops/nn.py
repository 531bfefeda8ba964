"""Neural-network ops (``keras_core.ops.nn``)."""

from keras_core.backend.dispatch import nn as _impl


def relu(x):
    """Rectified linear unit, ``max(x, 0)`` element-wise.

    Example:
        >>> keras_core.ops.relu([-1.0, 0.0, 2.0])   # [0., 0., 2.]
    """
    return _impl.relu(x)


def sigmoid(x):
    """Logistic sigmoid, ``1 / (1 + exp(-x))`` element-wise."""
    return _impl.sigmoid(x)


def softmax(x, axis=-1):
    """Softmax over ``axis``: ``exp(x) / sum(exp(x))``, computed without overflow.

    Example:
        >>> keras_core.ops.softmax([[1.0, 1.0]])   # [[0.5, 0.5]]
    """
    return _impl.softmax(x, axis=axis)
