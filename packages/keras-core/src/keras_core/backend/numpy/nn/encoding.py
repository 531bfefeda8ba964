"""Encodings on NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import result_type
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype


def one_hot(x, num_classes, axis=-1, dtype=None):
    x = convert_to_tensor(x).astype(np.int64)
    classes = np.arange(num_classes)
    # Out-of-range indices match no class, so their rows stay zero.
    encoded = (x[..., None] == classes).astype(to_numpy_dtype(dtype))
    return np.moveaxis(encoded, -1, axis)


def multi_hot(inputs, num_classes, axis=-1, dtype=None):
    inputs = convert_to_tensor(inputs)
    rank = inputs.ndim
    encoded = one_hot(inputs, num_classes, axis=axis % rank, dtype=dtype)
    return np.max(encoded, axis=rank)


def polar(abs_, angle):
    abs_, angle = convert_to_tensor(abs_), convert_to_tensor(angle)
    real = result_type(abs_.dtype, angle.dtype, float)
    dtype = np.complex128 if real == "float64" else np.complex64
    return (abs_ * np.exp(1j * angle.astype(np.float64))).astype(dtype)
