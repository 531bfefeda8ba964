"""Filled tensors, ranges, grids and triangles as NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import result_type
from keras_core.backend.numpy.core import convert_to_tensor, operand_dtype, to_numpy_dtype
from keras_core.backend.settings import floatx


def _spaced_dtype(start, stop, dtype):
    return to_numpy_dtype(dtype or result_type(operand_dtype(start), operand_dtype(stop), float))


def full(shape, fill_value, dtype=None):
    dtype = to_numpy_dtype(dtype or floatx())
    return np.full(shape, convert_to_tensor(fill_value), dtype=dtype)


def eye(N, M=None, k=0, dtype=None):
    return np.eye(N, M, k, dtype=to_numpy_dtype(dtype or floatx()))


def arange(start, stop=None, step=None, dtype=None):
    bounds = [b for b in (start, stop, step) if b is not None]
    dtype = to_numpy_dtype(dtype or result_type(*map(operand_dtype, bounds)))
    if stop is None:
        start, stop = 0, start
    return np.arange(start, stop, 1 if step is None else step, dtype=dtype)


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
    dtype = _spaced_dtype(start, stop, dtype)
    result = np.linspace(start, stop, num, endpoint, retstep, axis=axis)
    if retstep:
        return result[0].astype(dtype), np.asarray(result[1], dtype)
    return result.astype(dtype)


def logspace(start, stop, num=50, endpoint=True, base=10, dtype=None, axis=0):
    dtype = _spaced_dtype(start, stop, dtype)
    return np.logspace(start, stop, num, endpoint, base, axis=axis).astype(dtype)


def geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0):
    dtype = _spaced_dtype(start, stop, dtype)
    return np.geomspace(start, stop, num, endpoint, axis=axis).astype(dtype)


def tril(x, k=0):
    return np.tril(convert_to_tensor(x), k)


def triu(x, k=0):
    return np.triu(convert_to_tensor(x), k)


def diag(x, k=0):
    return np.diag(convert_to_tensor(x), k)
