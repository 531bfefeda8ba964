"""``numpy.reduction``: reductions, scans, sorting and searching.

Sorting, scans and the data-dependent ops (``unique``, ``bincount``) are required:
composing them from reductions would be slow or inexact. Means, variances, ranges, boolean
reductions and ``digitize`` are composed here.
"""

import math

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type, standardize_dtype

REQUIRED = (
    "sum",
    "prod",
    "max",
    "min",
    "argmax",
    "argmin",
    "sort",
    "argsort",
    "argpartition",
    "cumsum",
    "cumprod",
    "diff",
    "searchsorted",
    "bincount",
    "unique",
    "trapezoid",
    "nansum",
    "nanprod",
    "nanmax",
    "nanmin",
    "nanargmax",
    "nanargmin",
    "nancumsum",
    "nancumprod",
)

_core = table("core")
_unary = table("numpy.unary")
_binary = table("numpy.binary")
_reduction = table("numpy.reduction")


def _axes(axis, ndim) -> tuple:
    if axis is None:
        return tuple(range(ndim))
    return tuple(a % ndim for a in ((axis,) if isinstance(axis, int) else axis))


def _reduced_count(shape, axis) -> int:
    return math.prod(shape[a] for a in _axes(axis, len(shape)))


def _as_float(x):
    x = _core.convert_to_tensor(x)
    dtype = standardize_dtype(x.dtype)
    if dtype == "bool" or "int" in dtype:
        return _core.cast(x, result_type(dtype, float))
    return x


def _as_bool(x):
    return _core.cast(_core.convert_to_tensor(x), "bool")


def mean(x, axis=None, keepdims=False):
    x = _as_float(x)
    total = _reduction.sum(x, axis=axis, keepdims=keepdims)
    return _binary.divide(total, float(_reduced_count(_core.shape(x), axis)))


def amax(x, axis=None, keepdims=False):
    return _reduction.max(x, axis=axis, keepdims=keepdims)


def amin(x, axis=None, keepdims=False):
    return _reduction.min(x, axis=axis, keepdims=keepdims)


def ptp(x, axis=None, keepdims=False):
    return _binary.subtract(
        _reduction.max(x, axis=axis, keepdims=keepdims),
        _reduction.min(x, axis=axis, keepdims=keepdims),
    )


def all(x, axis=None, keepdims=False):
    return _reduction.min(_as_bool(x), axis=axis, keepdims=keepdims, initial=True)


def any(x, axis=None, keepdims=False):
    return _reduction.max(_as_bool(x), axis=axis, keepdims=keepdims, initial=False)


def count_nonzero(x, axis=None):
    return _core.cast(_reduction.sum(_as_bool(x), axis=axis), "int32")


def var(x, axis=None, keepdims=False):
    x = _as_float(x)
    centered = _binary.subtract(x, _reduction.mean(x, axis=axis, keepdims=True))
    return _reduction.mean(_binary.multiply(centered, centered), axis=axis, keepdims=keepdims)


def std(x, axis=None, keepdims=False):
    return _unary.sqrt(_reduction.var(x, axis=axis, keepdims=keepdims))


def digitize(x, bins):
    return _reduction.searchsorted(bins, x, side="right")
