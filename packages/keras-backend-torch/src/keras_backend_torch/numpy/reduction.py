"""Reductions, scans, sorting and searching on torch.Tensor."""

import math

import torch

from keras_backend_torch.core import DEFAULT_DEVICE, convert_to_tensor, to_torch_dtype
from keras_core.backend.dtypes import result_type, standardize_dtype

# Sums and products accumulate small integers in 32 bits (JAX's and Keras's rule); torch
# cannot sum into uint32, so unsigned ones accumulate in int64 and are cast after.
_SUM_DTYPES = {
    torch.bool: (torch.int32, torch.int32),
    torch.int8: (torch.int32, torch.int32),
    torch.int16: (torch.int32, torch.int32),
    torch.uint8: (torch.int64, torch.uint32),
    torch.uint16: (torch.int64, torch.uint32),
}
_FLOAT_TYPES = (torch.float16, torch.bfloat16, torch.float32, torch.float64)


def _dims(axis, ndim=None):
    if axis is None:
        return None
    dims = (axis,) if isinstance(axis, int) else tuple(axis)
    return dims if ndim is None else tuple(d % ndim for d in dims)


def _all_dims(axis, ndim) -> tuple:
    return tuple(range(ndim)) if axis is None else _dims(axis, ndim)


def _as_float(x) -> torch.Tensor:
    x = convert_to_tensor(x)
    if x.dtype in _FLOAT_TYPES:
        return x
    return x.to(to_torch_dtype(result_type(standardize_dtype(x.dtype), float)))


def _flat_or(x, axis):
    """``x`` and the dim to work along: the flattened ``x`` when ``axis`` is None."""
    return (x.reshape(-1), 0) if axis is None else (x, axis)


def _index(result):
    return result.to(torch.int32)


def _keep_all_dims(result, keepdims, ndim):
    return result.reshape((1,) * ndim) if keepdims else result


def _accumulated(reduce, x, dims, keepdims, dtype=None):
    accumulate, final = _SUM_DTYPES.get(x.dtype, (x.dtype, x.dtype))
    if dtype is not None:
        accumulate = final = to_torch_dtype(dtype)
    return reduce(x.to(accumulate), dims, keepdims).to(final)


def _sum(x, dims, keepdims):
    return torch.sum(x, dim=dims, keepdim=keepdims)


def _prod(x, dims, keepdims):
    # torch.prod reduces one dim at a time.
    if dims is None:
        return _keep_all_dims(torch.prod(x), keepdims, x.ndim)
    for dim in sorted((d % x.ndim for d in dims), reverse=True):
        x = torch.prod(x, dim=dim, keepdim=keepdims)
    return x


def sum(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    return _accumulated(_sum, x, _dims(axis), keepdims)


def prod(x, axis=None, keepdims=False, dtype=None):
    x = convert_to_tensor(x)
    return _accumulated(_prod, x, _dims(axis), keepdims, dtype)


def _nan_to(x, value):
    return torch.where(torch.isnan(x), value, x) if x.dtype in _FLOAT_TYPES else x


def nansum(x, axis=None, keepdims=False):
    return sum(_nan_to(convert_to_tensor(x), 0), axis=axis, keepdims=keepdims)


def nanprod(x, axis=None, keepdims=False):
    return prod(_nan_to(convert_to_tensor(x), 1), axis=axis, keepdims=keepdims)


def _extreme(reduce, x, axis, keepdims):
    dims = _dims(axis)
    return reduce(x, dim=() if dims is None else dims, keepdim=keepdims)


def _bounded(reduce, bound, x, axis, keepdims, initial):
    x = convert_to_tensor(x)
    if initial is None:
        return _extreme(reduce, x, axis, keepdims)
    if x.numel() == 0:
        # torch refuses to reduce an empty dim; the answer is `initial` everywhere.
        dims = _all_dims(axis, x.ndim)
        shape = [1 if d in dims else n for d, n in enumerate(x.shape) if keepdims or d not in dims]
        return torch.full(shape, initial, dtype=x.dtype, device=x.device)
    initial = torch.tensor(initial, dtype=x.dtype, device=x.device)
    return bound(_extreme(reduce, x, axis, keepdims), initial)


def max(x, axis=None, keepdims=False, initial=None):
    return _bounded(torch.amax, torch.maximum, x, axis, keepdims, initial)


def min(x, axis=None, keepdims=False, initial=None):
    return _bounded(torch.amin, torch.minimum, x, axis, keepdims, initial)


def amax(x, axis=None, keepdims=False):
    return _extreme(torch.amax, convert_to_tensor(x), axis, keepdims)


def amin(x, axis=None, keepdims=False):
    return _extreme(torch.amin, convert_to_tensor(x), axis, keepdims)


def ptp(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    return amax(x, axis, keepdims) - amin(x, axis, keepdims)


def _nan_extreme(reduce, x, axis, keepdims, fill):
    x = convert_to_tensor(x)
    if x.dtype not in _FLOAT_TYPES:
        return _extreme(reduce, x, axis, keepdims)
    missing = torch.isnan(x)
    result = _extreme(reduce, torch.where(missing, fill, x), axis, keepdims)
    return torch.where(_extreme(torch.amin, missing, axis, keepdims), math.nan, result)


def nanmax(x, axis=None, keepdims=False):
    return _nan_extreme(torch.amax, x, axis, keepdims, -math.inf)


def nanmin(x, axis=None, keepdims=False):
    return _nan_extreme(torch.amin, x, axis, keepdims, math.inf)


def all(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    return torch.all(x, dim=_dims(axis), keepdim=keepdims)


def any(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    return torch.any(x, dim=_dims(axis), keepdim=keepdims)


def count_nonzero(x, axis=None):
    return _index(torch.count_nonzero(convert_to_tensor(x), dim=_dims(axis)))


def _arg(reduce, x, axis, keepdims):
    if x.dtype == torch.bool:
        x = x.to(torch.uint8)
    if axis is None:
        return _keep_all_dims(_index(reduce(x.reshape(-1))), keepdims, x.ndim)
    return _index(reduce(x, dim=axis, keepdim=keepdims))


def argmax(x, axis=None, keepdims=False):
    return _arg(torch.argmax, convert_to_tensor(x), axis, keepdims)


def argmin(x, axis=None, keepdims=False):
    return _arg(torch.argmin, convert_to_tensor(x), axis, keepdims)


def nanargmax(x, axis=None, keepdims=False):
    return _arg(torch.argmax, _nan_to(convert_to_tensor(x), -math.inf), axis, keepdims)


def nanargmin(x, axis=None, keepdims=False):
    return _arg(torch.argmin, _nan_to(convert_to_tensor(x), math.inf), axis, keepdims)


def sort(x, axis=-1):
    x, dim = _flat_or(convert_to_tensor(x), axis)
    return torch.sort(x, dim=dim).values


def argsort(x, axis=-1):
    x, dim = _flat_or(convert_to_tensor(x), axis)
    return _index(torch.argsort(x, dim=dim, stable=True))


def argpartition(x, kth, axis=-1):
    x, dim = _flat_or(convert_to_tensor(x), axis)
    size = x.shape[dim]
    for k in kth if isinstance(kth, (list, tuple)) else (kth,):
        if not -size <= k < size:
            raise ValueError(f"kth={k} is out of range for an axis of size {size}")
    # torch has no partition; a full sort places every kth.
    return _index(torch.argsort(x, dim=dim, stable=True))


def _scan(function, x, axis, dtype):
    x, dim = _flat_or(x, axis)
    if dtype is not None:
        dtype = to_torch_dtype(dtype)
    elif x.dtype == torch.bool:
        dtype = torch.int32
    else:
        dtype = x.dtype
    return function(x, dim=dim, dtype=dtype)


def cumsum(x, axis=None, dtype=None):
    return _scan(torch.cumsum, convert_to_tensor(x), axis, dtype)


def cumprod(x, axis=None, dtype=None):
    return _scan(torch.cumprod, convert_to_tensor(x), axis, dtype)


def nancumsum(x, axis=None, dtype=None):
    return _scan(torch.cumsum, _nan_to(convert_to_tensor(x), 0), axis, dtype)


def nancumprod(x, axis=None, dtype=None):
    return _scan(torch.cumprod, _nan_to(convert_to_tensor(x), 1), axis, dtype)


def diff(a, n=1, axis=-1):
    return torch.diff(convert_to_tensor(a), n=n, dim=axis)


def mean(x, axis=None, keepdims=False):
    return torch.mean(_as_float(x), dim=_dims(axis), keepdim=keepdims)


def var(x, axis=None, keepdims=False):
    return torch.var(_as_float(x), dim=_dims(axis), keepdim=keepdims, correction=0)


def std(x, axis=None, keepdims=False):
    return torch.std(_as_float(x), dim=_dims(axis), keepdim=keepdims, correction=0)


def trapezoid(y, x=None, dx=1.0, axis=-1):
    y = convert_to_tensor(y)
    if x is None:
        return torch.trapezoid(_as_float(y), dx=dx, dim=axis)
    x = convert_to_tensor(x)
    dtype = to_torch_dtype(result_type(y.dtype, x.dtype, float))
    return torch.trapezoid(y.to(dtype), x.to(dtype), dim=axis)


def bincount(x, weights=None, minlength=0, sparse=False):
    if sparse:
        raise ValueError("bincount: sparse=True is not supported by the torch backend.")
    x = convert_to_tensor(x)
    if weights is None:
        return _index(torch.bincount(x, minlength=minlength))
    weights = convert_to_tensor(weights)
    accumulate, final = _SUM_DTYPES.get(weights.dtype, (weights.dtype, weights.dtype))
    if accumulate not in _FLOAT_TYPES:
        # torch.bincount adds integer weights in float64, exact up to 2**53.
        accumulate = torch.float64
    return torch.bincount(x, weights=weights.to(accumulate), minlength=minlength).to(final)


def _promoted(a, b):
    a, b = convert_to_tensor(a), convert_to_tensor(b)
    dtype = to_torch_dtype(result_type(a.dtype, b.dtype))
    return a.to(dtype), b.to(dtype)


def digitize(x, bins):
    x, bins = _promoted(x, bins)
    return torch.bucketize(x, bins, right=True, out_int32=True)


def searchsorted(sorted_sequence, values, side="left"):
    sorted_sequence, values = _promoted(sorted_sequence, values)
    return torch.searchsorted(sorted_sequence, values, side=side, out_int32=True)


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
    values, inverse, counts = torch.unique(
        x, sorted=True, return_inverse=True, return_counts=True, dim=axis
    )
    flat_inverse = inverse.reshape(-1)
    positions = torch.arange(flat_inverse.shape[0], device=x.device)
    first = torch.full((counts.shape[0],), flat_inverse.shape[0], device=x.device)
    index = first.scatter_reduce(0, flat_inverse, positions, reduce="amin")
    if size is not None:
        values, index, counts = _fit_size(values, index, counts, axis, size, fill_value)
    wanted = (return_index, return_inverse, return_counts)
    requested = zip(wanted, (index, inverse, counts), strict=True)
    outputs = [values, *(_index(extra) for asked, extra in requested if asked)]
    return outputs[0] if len(outputs) == 1 else tuple(outputs)


def _fit_size(values, index, counts, axis, size, fill_value):
    """Truncates the uniques to ``size``, or pads values with ``fill_value`` and the rest with 0."""
    dim = 0 if axis is None else axis
    missing = size - values.shape[dim]
    if missing <= 0:
        return values.narrow(dim, 0, size), index[:size], counts[:size]
    pad_shape = list(values.shape)
    pad_shape[dim] = missing
    fill = 0 if fill_value is None else fill_value
    padding = torch.full(pad_shape, fill, dtype=values.dtype, device=DEFAULT_DEVICE)
    zeros = torch.zeros(missing, dtype=index.dtype, device=index.device)
    return (
        torch.cat([values, padding.to(values.device)], dim=dim),
        torch.cat([index, zeros]),
        torch.cat([counts, zeros.to(counts.dtype)]),
    )
