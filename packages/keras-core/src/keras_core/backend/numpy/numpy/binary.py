"""Broadcasting element-wise functions of two tensors on NumPy arrays."""

import numpy as np

from keras_core.backend.numpy.core import promoted

_ndarray = np.ndarray


def add(x1, x2):
    if type(x1) is _ndarray and type(x2) is _ndarray and x1.dtype == x2.dtype:
        return np.add(x1, x2)
    return np.add(*promoted(x1, x2))


def subtract(x1, x2):
    if type(x1) is _ndarray and type(x2) is _ndarray and x1.dtype == x2.dtype:
        return np.subtract(x1, x2)
    return np.subtract(*promoted(x1, x2))


def multiply(x1, x2):
    if type(x1) is _ndarray and type(x2) is _ndarray and x1.dtype == x2.dtype:
        return np.multiply(x1, x2)
    return np.multiply(*promoted(x1, x2))


def divide(x1, x2):
    # The weak float makes integer division produce floatx, as in Keras.
    return np.true_divide(*promoted(x1, x2, float))


def maximum(x1, x2):
    if type(x1) is _ndarray and type(x2) is _ndarray and x1.dtype == x2.dtype:
        return np.maximum(x1, x2)
    return np.maximum(*promoted(x1, x2))
