"""Quantiles, NaN-ignoring statistics, weighted means and histograms on NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype
from keras_core.backend.numpy.numpy.reduction import mean


def _float_dtype(x) -> np.dtype:
    dtype = standardize_dtype(x.dtype)
    if dtype == "bool" or "int" in dtype:
        return to_numpy_dtype(result_type(dtype, float))
    return x.dtype


def _as_float(x) -> np.ndarray:
    x = convert_to_tensor(x)
    return x.astype(_float_dtype(x), copy=False)


def _axis(axis):
    return tuple(axis) if isinstance(axis, list) else axis


def nanmean(x, axis=None, keepdims=False):
    x = _as_float(x)
    return np.nanmean(x, axis=_axis(axis), keepdims=keepdims).astype(x.dtype, copy=False)


def nanvar(x, axis=None, keepdims=False):
    x = _as_float(x)
    return np.nanvar(x, axis=_axis(axis), keepdims=keepdims).astype(x.dtype, copy=False)


def nanstd(x, axis=None, keepdims=False):
    x = _as_float(x)
    return np.nanstd(x, axis=_axis(axis), keepdims=keepdims).astype(x.dtype, copy=False)


def average(x, axis=None, weights=None):
    x = convert_to_tensor(x)
    if weights is None:
        return mean(x, axis=axis)
    weights = convert_to_tensor(weights)
    dtype = to_numpy_dtype(result_type(x.dtype, weights.dtype, float))
    return np.average(x.astype(dtype), axis=axis, weights=weights.astype(dtype)).astype(dtype)


def median(x, axis=None, keepdims=False):
    x = _as_float(x)
    return np.asarray(np.median(x, axis=_axis(axis), keepdims=keepdims), dtype=x.dtype)


def nanmedian(x, axis=None, keepdims=False):
    x = _as_float(x)
    return np.asarray(np.nanmedian(x, axis=_axis(axis), keepdims=keepdims), dtype=x.dtype)


def _quantile(function, x, q, axis, method, keepdims):
    x = _as_float(x)
    q = np.asarray(q, dtype=np.float64)
    result = function(x, q, axis=_axis(axis), method=method, keepdims=keepdims)
    return np.asarray(result, dtype=x.dtype)


def quantile(x, q, axis=None, method="linear", keepdims=False):
    return _quantile(np.quantile, x, q, axis, method, keepdims)


def percentile(x, q, axis=None, method="linear", keepdims=False):
    return _quantile(np.percentile, x, q, axis, method, keepdims)


def nanquantile(x, q, axis=None, method="linear", keepdims=False):
    return _quantile(np.nanquantile, x, q, axis, method, keepdims)


def nanpercentile(x, q, axis=None, method="linear", keepdims=False):
    return _quantile(np.nanpercentile, x, q, axis, method, keepdims)


def corrcoef(x):
    x = _as_float(x)
    return np.asarray(np.corrcoef(x), dtype=x.dtype)


def histogram(x, bins=10, range=None):
    x = _as_float(x)
    counts, edges = np.histogram(x, bins=bins, range=range)
    return counts.astype(np.int32), edges.astype(x.dtype)
