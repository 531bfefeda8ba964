"""``numpy.reduction``: reductions, scans, sorting and statistics."""

import math

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type, standardize_dtype

REQUIRED = ("sum", "max")

_core = table("core")
_binary = table("numpy.binary")
_reduction = table("numpy.reduction")


def _reduced_count(shape, axis) -> int:
    if axis is None:
        return math.prod(shape)
    axes = (axis,) if isinstance(axis, int) else axis
    return math.prod(shape[a] for a in axes)


def mean(x, axis=None, keepdims=False):
    x = _core.convert_to_tensor(x)
    dtype = standardize_dtype(x.dtype)
    if dtype == "bool" or "int" in dtype:
        x = _core.cast(x, result_type(dtype, "float32"))
    total = _reduction.sum(x, axis=axis, keepdims=keepdims)
    return _binary.divide(total, float(_reduced_count(_core.shape(x), axis)))
