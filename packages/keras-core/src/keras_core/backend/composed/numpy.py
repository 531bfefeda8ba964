"""Compositions for the ``numpy`` namespace."""

import math

from keras_core.backend import dispatch
from keras_core.backend.dtypes import result_type, standardize_dtype


def _reduced_count(shape, axis) -> int:
    if axis is None:
        return math.prod(shape)
    axes = (axis,) if isinstance(axis, int) else axis
    return math.prod(shape[a] for a in axes)


def mean(x, axis=None, keepdims=False):
    x = dispatch.core.convert_to_tensor(x)
    dtype = standardize_dtype(x.dtype)
    if dtype == "bool" or "int" in dtype:
        dtype = result_type(dtype, "float32")
        x = dispatch.core.cast(x, dtype)
    total = dispatch.numpy.sum(x, axis=axis, keepdims=keepdims)
    return dispatch.numpy.divide(total, float(_reduced_count(dispatch.core.shape(x), axis)))
