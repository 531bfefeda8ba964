"""``numpy.statistics``: quantiles, NaN-ignoring statistics, weighted means, histograms.

Quantiles are required (a sort and an interpolation, native on most frameworks), and so are
``corrcoef`` and ``histogram``; medians, percentiles, weighted and NaN-ignoring moments are
composed here.
"""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type, standardize_dtype

REQUIRED = ("quantile", "nanquantile", "corrcoef", "histogram")

_core = table("core")
_unary = table("numpy.unary")
_binary = table("numpy.binary")
_manipulation = table("numpy.manipulation")
_reduction = table("numpy.reduction")
_statistics = table("numpy.statistics")


def _as_float(x):
    x = _core.convert_to_tensor(x)
    dtype = standardize_dtype(x.dtype)
    if dtype == "bool" or "int" in dtype:
        return _core.cast(x, result_type(dtype, float))
    return x


def average(x, axis=None, weights=None):
    if weights is None:
        return _reduction.mean(x, axis=axis)
    x, weights = _as_float(x), _as_float(weights)
    shape = _core.shape(x)
    if tuple(_core.shape(weights)) != tuple(shape):
        # 1-D weights run along `axis`: give them x's rank for broadcasting.
        along = [1] * len(shape)
        along[axis % len(shape)] = -1
        weights = _manipulation.reshape(weights, tuple(along))
    weighted = _reduction.sum(_binary.multiply(x, weights), axis=axis)
    # Summed 1-D weights keep rank-1 ones, which broadcast against `weighted`.
    return _binary.divide(weighted, _reduction.sum(weights, axis=axis))


def median(x, axis=None, keepdims=False):
    return _statistics.quantile(_as_float(x), 0.5, axis=axis, keepdims=keepdims)


def percentile(x, q, axis=None, method="linear", keepdims=False):
    return _statistics.quantile(
        x, _binary.divide(q, 100.0), axis=axis, method=method, keepdims=keepdims
    )


def nanmedian(x, axis=None, keepdims=False):
    return _statistics.nanquantile(_as_float(x), 0.5, axis=axis, keepdims=keepdims)


def nanpercentile(x, q, axis=None, method="linear", keepdims=False):
    return _statistics.nanquantile(
        x, _binary.divide(q, 100.0), axis=axis, method=method, keepdims=keepdims
    )


def _present_count(x, axis, keepdims):
    present = _unary.logical_not(_unary.isnan(x))
    return _core.cast(_reduction.sum(present, axis=axis, keepdims=keepdims), x.dtype)


def nanmean(x, axis=None, keepdims=False):
    x = _as_float(x)
    total = _reduction.nansum(x, axis=axis, keepdims=keepdims)
    return _binary.divide(total, _present_count(x, axis, keepdims))


def nanvar(x, axis=None, keepdims=False):
    x = _as_float(x)
    centered = _binary.subtract(x, _statistics.nanmean(x, axis=axis, keepdims=True))
    squares = _reduction.nansum(_binary.multiply(centered, centered), axis=axis, keepdims=keepdims)
    return _binary.divide(squares, _present_count(x, axis, keepdims))


def nanstd(x, axis=None, keepdims=False):
    return _unary.sqrt(_statistics.nanvar(x, axis=axis, keepdims=keepdims))
