"""Quantiles, NaN-ignoring statistics, weighted means and histograms on tf.Tensor."""

import math

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, is_float, to_tf_dtype
from keras_backend_tf.numpy.reduction import mean, nansum
from keras_core.backend.dtypes import result_type, standardize_dtype

# Positions between sorted values need more precision than half floats have.
_QUANTILE_DTYPE = {tf.float16: tf.float32, tf.bfloat16: tf.float32}


def _as_float(x) -> tf.Tensor:
    x = convert_to_tensor(x)
    if is_float(x):
        return x
    return tf.cast(x, result_type(standardize_dtype(x.dtype), float))


def _present_count(x, axis, keepdims):
    present = tf.logical_not(tf.math.is_nan(x))
    return tf.reduce_sum(tf.cast(present, x.dtype), axis=axis, keepdims=keepdims)


def nanmean(x, axis=None, keepdims=False):
    x = _as_float(x)
    return nansum(x, axis, keepdims) / _present_count(x, axis, keepdims)


def nanvar(x, axis=None, keepdims=False):
    x = _as_float(x)
    centered = x - nanmean(x, axis, keepdims=True)
    return nansum(centered * centered, axis, keepdims) / _present_count(x, axis, keepdims)


def nanstd(x, axis=None, keepdims=False):
    return tf.sqrt(nanvar(x, axis=axis, keepdims=keepdims))


def average(x, axis=None, weights=None):
    x = convert_to_tensor(x)
    if weights is None:
        return mean(x, axis=axis)
    weights = convert_to_tensor(weights)
    dtype = to_tf_dtype(result_type(x.dtype, weights.dtype, float))
    x, weights = tf.cast(x, dtype), tf.cast(weights, dtype)
    if weights.shape.rank != x.shape.rank:
        # 1-D weights run along `axis`.
        along = [1] * x.shape.rank
        along[axis] = -1
        weights = tf.reshape(weights, along)
    total = tf.reduce_sum(weights * tf.ones_like(x), axis=axis)
    return tf.reduce_sum(x * weights, axis=axis) / total


def _quantile(x, q, axis, method, keepdims, skip_nan):
    """Quantiles from a sort along the reduced axes, moved last and flattened into one."""
    x = _as_float(x)
    work = _QUANTILE_DTYPE.get(x.dtype, x.dtype)
    q = tf.cast(convert_to_tensor(q), work)
    rank = x.shape.rank
    dims = list(range(rank)) if axis is None else [a % rank for a in _axes(axis)]
    kept = [d for d in range(rank) if d not in dims]
    shape = tf.shape(x)
    rows = tf.reshape(
        tf.transpose(tf.cast(x, work), kept + dims),
        _shape_vector([shape[d] for d in kept] + [-1]),
    )
    missing = tf.math.is_nan(rows)
    # NaNs become +inf so that they sort last.
    ordered = tf.sort(tf.where(missing, tf.cast(math.inf, work), rows), axis=-1)
    size = tf.shape(rows)[-1]
    if skip_nan:
        count = size - tf.reduce_sum(tf.cast(missing, tf.int32), axis=-1, keepdims=True)
        undefined = tf.equal(count, 0)
    else:
        count = tf.fill(tf.concat([tf.shape(rows)[:-1], [1]], axis=0), size)
        undefined = tf.reduce_any(missing, axis=-1, keepdims=True)
    positions = tf.reshape(q, [-1]) * tf.cast(count - 1, work)
    result = _interpolate(ordered, positions, method, size)
    result = tf.where(undefined, tf.cast(math.nan, work), result)
    result = tf.transpose(result, [len(kept), *range(len(kept))])
    if keepdims:
        out_shape = [1 if d in dims else shape[d] for d in range(rank)]
    else:
        out_shape = [shape[d] for d in kept]
    out_shape = tf.concat([tf.shape(q), _shape_vector(out_shape)], axis=0)
    return tf.cast(tf.reshape(result, out_shape), x.dtype)


def _axes(axis):
    return (axis,) if isinstance(axis, int) else tuple(axis)


def _shape_vector(sizes):
    return tf.stack(sizes) if sizes else tf.zeros([0], tf.int32)


def _interpolate(ordered, positions, method, size):
    def take(index):
        index = tf.clip_by_value(tf.cast(index, tf.int32), 0, tf.maximum(size - 1, 0))
        return tf.gather(ordered, index, batch_dims=ordered.shape.rank - 1)

    below, above = take(tf.floor(positions)), take(tf.math.ceil(positions))
    if method == "lower":
        return below
    if method == "higher":
        return above
    if method == "nearest":
        return take(tf.round(positions))
    if method == "midpoint":
        return (below + above) / 2
    return below + (above - below) * (positions - tf.floor(positions))


def quantile(x, q, axis=None, method="linear", keepdims=False):
    return _quantile(x, q, axis, method, keepdims, skip_nan=False)


def percentile(x, q, axis=None, method="linear", keepdims=False):
    q = tf.cast(convert_to_tensor(q), tf.float64) / 100
    return _quantile(x, q, axis, method, keepdims, skip_nan=False)


def nanquantile(x, q, axis=None, method="linear", keepdims=False):
    return _quantile(x, q, axis, method, keepdims, skip_nan=True)


def nanpercentile(x, q, axis=None, method="linear", keepdims=False):
    q = tf.cast(convert_to_tensor(q), tf.float64) / 100
    return _quantile(x, q, axis, method, keepdims, skip_nan=True)


def median(x, axis=None, keepdims=False):
    return _quantile(x, 0.5, axis, "linear", keepdims, skip_nan=False)


def nanmedian(x, axis=None, keepdims=False):
    return _quantile(x, 0.5, axis, "linear", keepdims, skip_nan=True)


def corrcoef(x):
    x = _as_float(x)
    if x.shape.rank not in (1, 2):
        raise ValueError(f"corrcoef needs a 1-D or 2-D input, received shape {x.shape}")
    work = _QUANTILE_DTYPE.get(x.dtype, x.dtype)
    rows = tf.cast(x if x.shape.rank == 2 else x[None], work)
    centered = rows - tf.reduce_mean(rows, axis=1, keepdims=True)
    covariance = tf.matmul(centered, centered, transpose_b=True)
    scale = tf.sqrt(tf.linalg.diag_part(covariance))
    result = tf.clip_by_value(covariance / scale[:, None] / scale[None, :], -1, 1)
    return tf.cast(result if x.shape.rank == 2 else result[0, 0], x.dtype)


def histogram(x, bins=10, range=None):
    x = _as_float(x)
    if range is None:
        low, high = tf.reduce_min(x), tf.reduce_max(x)
        # NumPy widens an empty range by 0.5 each side.
        widen = tf.cast(tf.equal(low, high), x.dtype) * 0.5
        low, high = low - widen, high + widen
    else:
        low, high = tf.cast(range[0], x.dtype), tf.cast(range[1], x.dtype)
    edges = low + (high - low) * tf.cast(tf.range(bins + 1), x.dtype) / bins
    scaled = tf.floor((x - low) / (high - low) * bins)
    index = tf.clip_by_value(tf.cast(scaled, tf.int32), 0, bins - 1)
    # Rounding can put a value one bin off its edges; move it back as NumPy does.
    index -= tf.cast(x < tf.gather(edges, index), tf.int32)
    index += tf.cast((x >= tf.gather(edges, index + 1)) & (index != bins - 1), tf.int32)
    inside = tf.cast((x >= low) & (x <= high), tf.int32)
    counts = tf.math.unsorted_segment_sum(inside, tf.clip_by_value(index, 0, bins - 1), bins)
    return counts, edges
