"""Reductions, scans, sorting and searching on jax.Array."""

import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor, to_jax_dtype
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


def _index(result):
    return result.astype(jnp.int32)


def sum(x, axis=None, keepdims=False):
    return jnp.sum(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def prod(x, axis=None, keepdims=False, dtype=None):
    dtype = None if dtype is None else to_jax_dtype(dtype)
    return jnp.prod(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims, dtype=dtype)


def nansum(x, axis=None, keepdims=False):
    return jnp.nansum(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def nanprod(x, axis=None, keepdims=False):
    return jnp.nanprod(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def max(x, axis=None, keepdims=False, initial=None):
    return jnp.max(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims, initial=initial)


def min(x, axis=None, keepdims=False, initial=None):
    return jnp.min(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims, initial=initial)


def amax(x, axis=None, keepdims=False):
    return jnp.amax(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def amin(x, axis=None, keepdims=False):
    return jnp.amin(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def ptp(x, axis=None, keepdims=False):
    return jnp.ptp(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def nanmax(x, axis=None, keepdims=False):
    return jnp.nanmax(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def nanmin(x, axis=None, keepdims=False):
    return jnp.nanmin(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def all(x, axis=None, keepdims=False):
    return jnp.all(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def any(x, axis=None, keepdims=False):
    return jnp.any(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def count_nonzero(x, axis=None):
    return _index(jnp.count_nonzero(convert_to_tensor(x), axis=_axis(axis)))


def argmax(x, axis=None, keepdims=False):
    return _index(jnp.argmax(convert_to_tensor(x), axis=axis, keepdims=keepdims))


def argmin(x, axis=None, keepdims=False):
    return _index(jnp.argmin(convert_to_tensor(x), axis=axis, keepdims=keepdims))


def nanargmax(x, axis=None, keepdims=False):
    return _index(jnp.nanargmax(convert_to_tensor(x), axis=axis, keepdims=keepdims))


def nanargmin(x, axis=None, keepdims=False):
    return _index(jnp.nanargmin(convert_to_tensor(x), axis=axis, keepdims=keepdims))


def sort(x, axis=-1):
    return jnp.sort(convert_to_tensor(x), axis=axis)


def argsort(x, axis=-1):
    return _index(jnp.argsort(convert_to_tensor(x), axis=axis, stable=True))


def argpartition(x, kth, axis=-1):
    x = convert_to_tensor(x)
    if axis is None:
        x, axis = x.reshape(-1), 0
    if isinstance(kth, (list, tuple)):
        # jnp.argpartition takes one kth; a full sort places every kth at once.
        return _index(jnp.argsort(x, axis=axis))
    return _index(jnp.argpartition(x, kth, axis=axis))


def _scan_dtype(x, dtype):
    if dtype is not None:
        return to_jax_dtype(dtype)
    return jnp.int32 if x.dtype == jnp.bool_ else x.dtype


def cumsum(x, axis=None, dtype=None):
    x = convert_to_tensor(x)
    return jnp.cumsum(x, axis=axis, dtype=_scan_dtype(x, dtype))


def cumprod(x, axis=None, dtype=None):
    x = convert_to_tensor(x)
    return jnp.cumprod(x, axis=axis, dtype=_scan_dtype(x, dtype))


def nancumsum(x, axis=None, dtype=None):
    x = convert_to_tensor(x)
    return jnp.nancumsum(x, axis=axis, dtype=_scan_dtype(x, dtype))


def nancumprod(x, axis=None, dtype=None):
    x = convert_to_tensor(x)
    return jnp.nancumprod(x, axis=axis, dtype=_scan_dtype(x, dtype))


def diff(a, n=1, axis=-1):
    return jnp.diff(convert_to_tensor(a), n=n, axis=axis)


def mean(x, axis=None, keepdims=False):
    return jnp.mean(_as_float(x), axis=_axis(axis), keepdims=keepdims)


def var(x, axis=None, keepdims=False):
    return jnp.var(_as_float(x), axis=_axis(axis), keepdims=keepdims)


def std(x, axis=None, keepdims=False):
    return jnp.std(_as_float(x), axis=_axis(axis), keepdims=keepdims)


def trapezoid(y, x=None, dx=1.0, axis=-1):
    y = convert_to_tensor(y)
    if x is None:
        return jnp.trapezoid(y.astype(_float_dtype(y)), dx=dx, axis=axis)
    x = convert_to_tensor(x)
    dtype = to_jax_dtype(result_type(y.dtype, x.dtype, float))
    return jnp.trapezoid(y.astype(dtype), x=x.astype(dtype), axis=axis)


def bincount(x, weights=None, minlength=0, sparse=False):
    if sparse:
        raise ValueError("bincount: sparse=True is not supported by the jax backend.")
    x = convert_to_tensor(x)
    if weights is None:
        return _index(jnp.bincount(x, minlength=minlength))
    weights = convert_to_tensor(weights)
    if weights.dtype == jnp.bool_:
        weights = weights.astype(jnp.int32)
    # Counting through `sum` gives the accumulator dtype of the weights (int8 sums in int32).
    dtype = jnp.sum(weights[:0]).dtype
    return jnp.bincount(x, weights=weights.astype(dtype), minlength=minlength)


def digitize(x, bins):
    return _index(jnp.digitize(convert_to_tensor(x), convert_to_tensor(bins)))


def searchsorted(sorted_sequence, values, side="left"):
    sorted_sequence, values = convert_to_tensor(sorted_sequence), convert_to_tensor(values)
    return _index(jnp.searchsorted(sorted_sequence, values, side=side))


def unique(
    x,
    sorted=True,
    return_index=False,
    return_inverse=False,
    return_counts=False,
    axis=None,
    size=None,
    fill_value=None,
):
    x = convert_to_tensor(x)
    if size is not None and fill_value is None:
        fill_value = 0
    values, index, inverse, counts = jnp.unique(
        x,
        return_index=True,
        return_inverse=True,
        return_counts=True,
        axis=axis,
        size=size,
        fill_value=fill_value,
    )
    if size is not None:
        # jnp.unique pads counts with 0 but indices with arbitrary positions.
        index = jnp.where(counts > 0, index, 0)
    wanted = (return_index, return_inverse, return_counts)
    requested = zip(wanted, (index, inverse, counts), strict=True)
    outputs = [values, *(_index(extra) for asked, extra in requested if asked)]
    return outputs[0] if len(outputs) == 1 else tuple(outputs)
