"""Quantiles, NaN-ignoring statistics, weighted means and histograms on torch.Tensor."""

import builtins
import math

import torch

from keras_backend_torch.core import convert_to_tensor, to_torch_dtype
from keras_backend_torch.numpy.reduction import mean
from keras_core.backend.dtypes import result_type, standardize_dtype

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


def nanmean(x, axis=None, keepdims=False):
    return torch.nanmean(_as_float(x), dim=_dims(axis), keepdim=keepdims)


def nanvar(x, axis=None, keepdims=False):
    x = _as_float(x)
    dims = _dims(axis)
    squares = torch.square(x - torch.nanmean(x, dim=dims, keepdim=True))
    present = torch.sum(~torch.isnan(x), dim=dims, keepdim=keepdims)
    return torch.nansum(squares, dim=dims, keepdim=keepdims) / present


def nanstd(x, axis=None, keepdims=False):
    return torch.sqrt(nanvar(x, axis=axis, keepdims=keepdims))


def average(x, axis=None, weights=None):
    x = convert_to_tensor(x)
    if weights is None:
        return mean(x, axis=axis)
    weights = convert_to_tensor(weights)
    dtype = to_torch_dtype(result_type(x.dtype, weights.dtype, float))
    x, weights = x.to(dtype), weights.to(dtype)
    if weights.shape != x.shape:
        # 1-D weights run along `axis`.
        along = [1] * x.ndim
        along[axis] = -1
        weights = weights.reshape(along)
    dims = _dims(axis)
    return torch.sum(x * weights, dim=dims) / torch.sum(weights.expand_as(x), dim=dims)


def _quantile(x, q, axis, method, keepdims, skip_nan):
    """Quantiles from a sort along the reduced axes, moved last and flattened into one."""
    x = _as_float(x)
    q = convert_to_tensor(q, dtype=torch.promote_types(x.dtype, torch.float32))
    dims = _all_dims(axis, x.ndim)
    kept = [d for d in range(x.ndim) if d not in dims]
    rows = x.permute(*kept, *dims).reshape((*(x.shape[d] for d in kept), -1))
    missing = torch.isnan(rows)
    # torch sorts NaN last, so the first `count` sorted values are the present ones.
    ordered = torch.sort(rows, dim=-1).values
    if skip_nan:
        count = rows.shape[-1] - torch.sum(missing, dim=-1, keepdim=True)
        undefined = count == 0
    else:
        count = rows.shape[-1]
        undefined = torch.any(missing, dim=-1, keepdim=True)
    result = _interpolate(ordered, q.reshape(-1) * (count - 1), method)
    result = torch.movedim(torch.where(undefined, math.nan, result), -1, 0)
    if keepdims:
        shape = [1 if d in dims else x.shape[d] for d in range(x.ndim)]
    else:
        shape = [x.shape[d] for d in kept]
    return result.reshape((*q.shape, *shape)).to(x.dtype)


def _interpolate(ordered, positions, method):
    size = ordered.shape[-1]
    positions = torch.broadcast_to(positions, (*ordered.shape[:-1], positions.shape[-1]))

    def take(index):
        index = index.clamp(0, builtins.max(size - 1, 0)).to(torch.int64)
        return torch.gather(ordered, -1, index).to(positions.dtype)

    below, above = take(torch.floor(positions)), take(torch.ceil(positions))
    if method == "lower":
        return below
    if method == "higher":
        return above
    if method == "nearest":
        return take(torch.round(positions))
    if method == "midpoint":
        return (below + above) / 2
    return below + (above - below) * (positions - torch.floor(positions))


def quantile(x, q, axis=None, method="linear", keepdims=False):
    return _quantile(x, q, axis, method, keepdims, skip_nan=False)


def percentile(x, q, axis=None, method="linear", keepdims=False):
    q = convert_to_tensor(q, dtype=torch.float64) / 100
    return _quantile(x, q, axis, method, keepdims, skip_nan=False)


def nanquantile(x, q, axis=None, method="linear", keepdims=False):
    return _quantile(x, q, axis, method, keepdims, skip_nan=True)


def nanpercentile(x, q, axis=None, method="linear", keepdims=False):
    q = convert_to_tensor(q, dtype=torch.float64) / 100
    return _quantile(x, q, axis, method, keepdims, skip_nan=True)


def median(x, axis=None, keepdims=False):
    return _quantile(x, 0.5, axis, "linear", keepdims, skip_nan=False)


def nanmedian(x, axis=None, keepdims=False):
    return _quantile(x, 0.5, axis, "linear", keepdims, skip_nan=True)


def corrcoef(x):
    x = _as_float(x)
    # torch.corrcoef on float16 loses the whole result (NaN); compute in float32.
    return torch.corrcoef(x.to(torch.promote_types(x.dtype, torch.float32))).to(x.dtype)


def histogram(x, bins=10, range=None):
    x = _as_float(x)
    if range is None:
        low, high = torch.amin(x), torch.amax(x)
        # NumPy widens an empty range by 0.5 each side.
        widen = (low == high).to(x.dtype) * 0.5
        low, high = low - widen, high + widen
    else:
        low, high = (torch.tensor(v, dtype=x.dtype, device=x.device) for v in range)
    steps = torch.arange(bins + 1, device=x.device, dtype=x.dtype) / bins
    edges = low + (high - low) * steps
    index = torch.floor((x - low) / (high - low) * bins).to(torch.int64).clamp(0, bins - 1)
    # Rounding can put a value one bin off its edges; move it back as NumPy does.
    index = index - (x < edges[index]).to(torch.int64)
    index = index + ((x >= edges[index + 1]) & (index != bins - 1)).to(torch.int64)
    inside = ((x >= low) & (x <= high)).to(torch.int32)
    counts = torch.zeros(bins, dtype=torch.int32, device=x.device)
    return counts.scatter_add(0, index.clamp(0, bins - 1), inside), edges
