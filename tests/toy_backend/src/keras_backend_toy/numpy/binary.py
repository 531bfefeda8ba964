"""The toy's required ``numpy.binary`` ops."""

import numpy as np

from keras_backend_toy.core import as_toy


def add(x1, x2):
    return as_toy(np.add(x1, x2))


def subtract(x1, x2):
    return as_toy(np.subtract(x1, x2))


def multiply(x1, x2):
    return as_toy(np.multiply(x1, x2))


def divide(x1, x2):
    return as_toy(np.true_divide(x1, x2))


def maximum(x1, x2):
    return as_toy(np.maximum(x1, x2))
