"""NumPy-namespace ops on NumPy arrays, with Keras's dtype rules."""

import numpy as np

from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.numpy.core import convert_to_tensor, operand_dtype, to_numpy_dtype

_ndarray = np.ndarray


def _promoted(x1, x2, *extra_dtypes):
    dtype = to_numpy_dtype(result_type(operand_dtype(x1), operand_dtype(x2), *extra_dtypes))
    return np.asarray(x1, dtype=dtype), np.asarray(x2, dtype=dtype)


def add(x1, x2):
    if type(x1) is _ndarray and type(x2) is _ndarray and x1.dtype == x2.dtype:
        return np.add(x1, x2)
    return np.add(*_promoted(x1, x2))


def subtract(x1, x2):
    if type(x1) is _ndarray and type(x2) is _ndarray and x1.dtype == x2.dtype:
        return np.subtract(x1, x2)
    return np.subtract(*_promoted(x1, x2))


def multiply(x1, x2):
    if type(x1) is _ndarray and type(x2) is _ndarray and x1.dtype == x2.dtype:
        return np.multiply(x1, x2)
    return np.multiply(*_promoted(x1, x2))


def divide(x1, x2):
    # The weak float makes integer division produce floatx, as in Keras.
    return np.true_divide(*_promoted(x1, x2, float))


def maximum(x1, x2):
    if type(x1) is _ndarray and type(x2) is _ndarray and x1.dtype == x2.dtype:
        return np.maximum(x1, x2)
    return np.maximum(*_promoted(x1, x2))


def exp(x):
    x = convert_to_tensor(x)
    dtype = standardize_dtype(x.dtype)
    if dtype == "bool" or "int" in dtype:
        return np.exp(x, dtype=to_numpy_dtype(result_type(dtype, float)))
    return np.exp(x)


def matmul(x1, x2):
    same_dtype = type(x1) is _ndarray and type(x2) is _ndarray and x1.dtype == x2.dtype
    if same_dtype and x1.dtype != np.int8:
        return np.matmul(x1, x2)
    x1, x2 = _promoted(x1, x2)
    if x1.dtype == np.int8:
        # int8 products accumulate in int32, as quantized matmuls do in Keras.
        return np.matmul(x1, x2, dtype=np.int32)
    return np.matmul(x1, x2)


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


def reshape(x, newshape):
    return np.reshape(x, newshape)


def transpose(x, axes=None):
    return np.transpose(x, axes)


def concatenate(xs, axis=0):
    arrays = [convert_to_tensor(x) for x in xs]
    dtype = to_numpy_dtype(result_type(*(a.dtype for a in arrays)))
    return np.concatenate(arrays, axis=axis, dtype=dtype)
