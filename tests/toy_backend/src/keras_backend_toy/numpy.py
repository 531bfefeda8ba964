"""The required numpy-namespace ops, nothing more."""

import numpy as np

from keras_backend_toy.core import _toy


def add(x1, x2):
    return _toy(np.add(x1, x2))


def subtract(x1, x2):
    return _toy(np.subtract(x1, x2))


def multiply(x1, x2):
    return _toy(np.multiply(x1, x2))


def divide(x1, x2):
    return _toy(np.true_divide(x1, x2))


def maximum(x1, x2):
    return _toy(np.maximum(x1, x2))


def exp(x):
    return _toy(np.exp(x))


def matmul(x1, x2):
    return _toy(np.matmul(x1, x2))


def sum(x, axis=None, keepdims=False):
    return _toy(np.sum(x, axis=axis, keepdims=keepdims))


def max(x, axis=None, keepdims=False, initial=None):
    if initial is None:
        return _toy(np.max(x, axis=axis, keepdims=keepdims))
    return _toy(np.max(x, axis=axis, keepdims=keepdims, initial=initial))


def reshape(x, newshape):
    return _toy(np.reshape(x, newshape))


def transpose(x, axes=None):
    return _toy(np.transpose(x, axes))


def concatenate(xs, axis=0):
    return _toy(np.concatenate(xs, axis=axis))
