"""Reductions, scans, sorting and searching on NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype

# Sums and products accumulate small integers in 32 bits (JAX's and Keras's rule).
_SUM_DTYPES = {
    "bool": "int32",
    "int8": "int32",
    "int16": "int32",
    "uint8": "uint32",
    "uint16": "uint32",
}


def _accumulator(x, dtype=None):
    if dtype is not None:
        return to_numpy_dtype(dtype)
    wide = _SUM_DTYPES.get(standardize_dtype(x.dtype))
    return wide and to_numpy_dtype(wide)


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


def _index(result, keepdims=False, ndim=0):
    result = np.asarray(result, dtype=np.int32)
    if keepdims and result.ndim == 0:
        return result.reshape((1,) * ndim)
    return result


def sum(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    return np.sum(x, axis=_axis(axis), keepdims=keepdims, dtype=_accumulator(x))


def prod(x, axis=None, keepdims=False, dtype=None):
    x = convert_to_tensor(x)
    return np.prod(x, axis=_axis(axis), keepdims=keepdims, dtype=_accumulator(x, dtype))


def nansum(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    return np.nansum(x, axis=_axis(axis), keepdims=keepdims, dtype=_accumulator(x))


def nanprod(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    return np.nanprod(x, axis=_axis(axis), keepdims=keepdims, dtype=_accumulator(x))


def max(x, axis=None, keepdims=False, initial=None):
    x = convert_to_tensor(x)
    if initial is None:
        return np.max(x, axis=_axis(axis), keepdims=keepdims)
    return np.max(x, axis=_axis(axis), keepdims=keepdims, initial=initial)


def min(x, axis=None, keepdims=False, initial=None):
    x = convert_to_tensor(x)
    if initial is None:
        return np.min(x, axis=_axis(axis), keepdims=keepdims)
    return np.min(x, axis=_axis(axis), keepdims=keepdims, initial=initial)


def amax(x, axis=None, keepdims=False):
    return np.amax(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def amin(x, axis=None, keepdims=False):
    return np.amin(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def ptp(x, axis=None, keepdims=False):
    return np.ptp(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def nanmax(x, axis=None, keepdims=False):
    return np.nanmax(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def nanmin(x, axis=None, keepdims=False):
    return np.nanmin(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def all(x, axis=None, keepdims=False):
    return np.all(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def any(x, axis=None, keepdims=False):
    return np.any(convert_to_tensor(x), axis=_axis(axis), keepdims=keepdims)


def count_nonzero(x, axis=None):
    return np.asarray(np.count_nonzero(convert_to_tensor(x), axis=_axis(axis)), dtype=np.int32)


def argmax(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    return _index(np.argmax(x, axis=axis, keepdims=keepdims), keepdims, x.ndim)


def argmin(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    return _index(np.argmin(x, axis=axis, keepdims=keepdims), keepdims, x.ndim)


def nanargmax(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    return _index(np.nanargmax(x, axis=axis, keepdims=keepdims), keepdims, x.ndim)


def nanargmin(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    return _index(np.nanargmin(x, axis=axis, keepdims=keepdims), keepdims, x.ndim)


def sort(x, axis=-1):
    return np.sort(convert_to_tensor(x), axis=axis)


def argsort(x, axis=-1):
    return _index(np.argsort(convert_to_tensor(x), axis=axis, kind="stable"))


def argpartition(x, kth, axis=-1):
    return _index(np.argpartition(convert_to_tensor(x), kth, axis=axis))


def _scan_dtype(x, dtype):
    if dtype is not None:
        return to_numpy_dtype(dtype)
    return np.dtype(np.int32) if x.dtype == np.bool_ else x.dtype


def cumsum(x, axis=None, dtype=None):
    x = convert_to_tensor(x)
    return np.cumsum(x, axis=axis, dtype=_scan_dtype(x, dtype))


def cumprod(x, axis=None, dtype=None):
    x = convert_to_tensor(x)
    return np.cumprod(x, axis=axis, dtype=_scan_dtype(x, dtype))


def nancumsum(x, axis=None, dtype=None):
    x = convert_to_tensor(x)
    return np.nancumsum(x, axis=axis, dtype=_scan_dtype(x, dtype))


def nancumprod(x, axis=None, dtype=None):
    x = convert_to_tensor(x)
    return np.nancumprod(x, axis=axis, dtype=_scan_dtype(x, dtype))


def diff(a, n=1, axis=-1):
    return np.diff(convert_to_tensor(a), n=n, axis=axis)


def mean(x, axis=None, keepdims=False):
    x = _as_float(x)
    return np.mean(x, axis=_axis(axis), keepdims=keepdims).astype(x.dtype, copy=False)


def var(x, axis=None, keepdims=False):
    x = _as_float(x)
    return np.var(x, axis=_axis(axis), keepdims=keepdims).astype(x.dtype, copy=False)


def std(x, axis=None, keepdims=False):
    x = _as_float(x)
    return np.std(x, axis=_axis(axis), keepdims=keepdims).astype(x.dtype, copy=False)


def trapezoid(y, x=None, dx=1.0, axis=-1):
    y = convert_to_tensor(y)
    if x is None:
        dtype = _float_dtype(y)
    else:
        x = convert_to_tensor(x)
        dtype = to_numpy_dtype(result_type(y.dtype, x.dtype, float))
        x = x.astype(dtype)
    return np.asarray(np.trapezoid(y.astype(dtype), x=x, dx=dx, axis=axis), dtype=dtype)


def bincount(x, weights=None, minlength=0, sparse=False):
    if sparse:
        raise ValueError("bincount: the numpy backend has no sparse tensors (sparse=True).")
    x = convert_to_tensor(x)
    if weights is None:
        return np.bincount(x, minlength=minlength).astype(np.int32)
    weights = convert_to_tensor(weights)
    dtype = _accumulator(weights) or weights.dtype
    return np.bincount(x, weights=weights, minlength=minlength).astype(dtype)


def digitize(x, bins):
    return _index(np.digitize(convert_to_tensor(x), convert_to_tensor(bins)))


def searchsorted(sorted_sequence, values, side="left"):
    return _index(
        np.searchsorted(convert_to_tensor(sorted_sequence), convert_to_tensor(values), side=side)
    )


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
    values, index, inverse, counts = np.unique(
        x, return_index=True, return_inverse=True, return_counts=True, axis=axis
    )
    if size is not None:
        values, index, counts = _fit_size(values, index, counts, axis, size, fill_value)
    wanted = (return_index, return_inverse, return_counts)
    requested = zip(wanted, (index, inverse, counts), strict=True)
    outputs = [values, *(_index(extra) for asked, extra in requested if asked)]
    return outputs[0] if len(outputs) == 1 else tuple(outputs)


def _fit_size(values, index, counts, axis, size, fill_value):
    """Truncates the uniques to ``size``, or pads values with ``fill_value`` and the rest with 0."""
    axis = 0 if axis is None else axis
    missing = size - values.shape[axis]
    if missing <= 0:
        return np.take(values, np.arange(size), axis=axis), index[:size], counts[:size]
    pad_shape = list(values.shape)
    pad_shape[axis] = missing
    padding = np.full(pad_shape, 0 if fill_value is None else fill_value, dtype=values.dtype)
    return (
        np.concatenate([values, padding], axis=axis),
        np.concatenate([index, np.zeros(missing, index.dtype)]),
        np.concatenate([counts, np.zeros(missing, counts.dtype)]),
    )
