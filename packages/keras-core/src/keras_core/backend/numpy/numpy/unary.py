"""Element-wise functions of one tensor on NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype


def exp(x):
    x = convert_to_tensor(x)
    dtype = standardize_dtype(x.dtype)
    if dtype == "bool" or "int" in dtype:
        return np.exp(x, dtype=to_numpy_dtype(result_type(dtype, float)))
    return np.exp(x)
