"""The toy's tensor type and the required core functions."""

import numpy as np

from keras_core.backend.dtypes import standardize_dtype


class ToyArray(np.ndarray):
    """The toy backend's native tensor: a NumPy array of its own type."""


def as_toy(value) -> ToyArray:
    return np.asarray(value).view(ToyArray)


def convert_to_tensor(x, dtype=None, sparse=None, ragged=None):
    if dtype is None and isinstance(x, float):
        dtype = "float32"
    return as_toy(np.asarray(x, dtype=None if dtype is None else standardize_dtype(dtype)))


def convert_to_numpy(x):
    return np.asarray(x).view(np.ndarray)


def is_tensor(x):
    return isinstance(x, ToyArray)


def cast(x, dtype):
    return as_toy(np.asarray(x).astype(standardize_dtype(dtype)))


def shape(x):
    return tuple(np.shape(x))
