"""Matrix and tensor products on NumPy arrays."""

import numpy as np

from keras_core.backend.numpy.core import promoted

_ndarray = np.ndarray


def matmul(x1, x2):
    same_dtype = type(x1) is _ndarray and type(x2) is _ndarray and x1.dtype == x2.dtype
    if same_dtype and x1.dtype != np.int8:
        return np.matmul(x1, x2)
    x1, x2 = promoted(x1, x2)
    if x1.dtype == np.int8:
        # int8 products accumulate in int32, as quantized matmuls do in Keras.
        return np.matmul(x1, x2, dtype=np.int32)
    return np.matmul(x1, x2)
