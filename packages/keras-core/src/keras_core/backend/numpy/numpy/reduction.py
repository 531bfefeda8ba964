"""Reductions over axes on NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import standardize_dtype
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype

# Reductions accumulate small integers in 32 bits (JAX's and Keras's rule).
_SUM_DTYPES = {
    "bool": "int32",
    "int8": "int32",
    "int16": "int32",
    "uint8": "uint32",
    "uint16": "uint32",
}


def sum(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    dtype = _SUM_DTYPES.get(standardize_dtype(x.dtype))
    return np.sum(x, axis=axis, keepdims=keepdims, dtype=dtype and to_numpy_dtype(dtype))


def max(x, axis=None, keepdims=False, initial=None):
    x = convert_to_tensor(x)
    if initial is None:
        return np.max(x, axis=axis, keepdims=keepdims)
    return np.max(x, axis=axis, keepdims=keepdims, initial=initial)
