"""Reshaping, transposing and joining on NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import result_type
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype


def reshape(x, newshape):
    return np.reshape(x, newshape)


def transpose(x, axes=None):
    return np.transpose(x, axes)


def concatenate(xs, axis=0):
    arrays = [convert_to_tensor(x) for x in xs]
    dtype = to_numpy_dtype(result_type(*(a.dtype for a in arrays)))
    return np.concatenate(arrays, axis=axis, dtype=dtype)
