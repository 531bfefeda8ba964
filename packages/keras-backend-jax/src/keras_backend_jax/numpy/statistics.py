"""Quantiles, NaN-ignoring statistics, weighted means and histograms on jax.Array."""

import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor, to_jax_dtype
from keras_backend_jax.numpy.reduction import mean
from keras_core.backend.dtypes import result_type, standardize_dtype


def _float_dtype(x):
    dtype = standardize_dtype(x.dtype)
    if dtype == "bool" or "int" in dtype:
        return to_jax_dtype(result_type(dtype, float))
    return x.dtype


def _as_float(x):
    x = convert_to_tensor(x)
    return x.astype(_float_dtype(x))


def _axis(axis):
    return tuple(axis) if isinstance(axis, list) else axis


def nanmean(x, axis=None, keepdims=False):
    return jnp.nanmean(_as_float(x), axis=_axis(axis), keepdims=keepdims)


def nanvar(x, axis=None, keepdims=False):
    return jnp.nanvar(_as_float(x), axis=_axis(axis), keepdims=keepdims)


def nanstd(x, axis=None, keepdims=False):
    return jnp.nanstd(_as_float(x), axis=_axis(axis), keepdims=keepdims)


def average(x, axis=None, weights=None):
    x = convert_to_tensor(x)
    if weights is None:
        return mean(x, axis=axis)
    weights = convert_to_tensor(weights)
    dtype = to_jax_dtype(result_type(x.dtype, weights.dtype, float))
    return jnp.average(x.astype(dtype), axis=axis, weights=weights.astype(dtype))


def median(x, axis=None, keepdims=False):
    return jnp.median(_as_float(x), axis=_axis(axis), keepdims=keepdims)


def nanmedian(x, axis=None, keepdims=False):
    return jnp.nanmedian(_as_float(x), axis=_axis(axis), keepdims=keepdims)


def _quantile(function, x, q, axis, method, keepdims):
    x = _as_float(x)
    q = convert_to_tensor(q, dtype=x.dtype)
    return function(x, q, axis=_axis(axis), method=method, keepdims=keepdims)


def quantile(x, q, axis=None, method="linear", keepdims=False):
    return _quantile(jnp.quantile, x, q, axis, method, keepdims)


def percentile(x, q, axis=None, method="linear", keepdims=False):
    return _quantile(jnp.percentile, x, q, axis, method, keepdims)


def nanquantile(x, q, axis=None, method="linear", keepdims=False):
    return _quantile(jnp.nanquantile, x, q, axis, method, keepdims)


def nanpercentile(x, q, axis=None, method="linear", keepdims=False):
    return _quantile(jnp.nanpercentile, x, q, axis, method, keepdims)


def corrcoef(x):
    return jnp.corrcoef(_as_float(x))


def histogram(x, bins=10, range=None):
    x = _as_float(x)
    counts, edges = jnp.histogram(x, bins=bins, range=range)
    return counts.astype(jnp.int32), edges.astype(x.dtype)
