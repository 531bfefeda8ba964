"""The toy's required ``numpy.reduction`` ops."""

import numpy as np

from keras_backend_toy.core import as_toy


def sum(x, axis=None, keepdims=False):
    return as_toy(np.sum(x, axis=axis, keepdims=keepdims))


def max(x, axis=None, keepdims=False, initial=None):
    if initial is None:
        return as_toy(np.max(x, axis=axis, keepdims=keepdims))
    return as_toy(np.max(x, axis=axis, keepdims=keepdims, initial=initial))
