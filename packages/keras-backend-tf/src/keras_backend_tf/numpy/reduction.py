"""Reductions, scans, sorting and searching on tf.Tensor.

Shapes are read with ``tf.shape`` where a size may be unknown inside ``tf.function``.
"""

import math

import tensorflow as tf
import tensorflow.experimental.numpy as tnp

from keras_backend_tf.core import convert_to_tensor, is_float, to_tf_dtype
from keras_core.backend.dtypes import result_type, standardize_dtype

# Sums and products accumulate small integers in 32 bits (JAX's and Keras's rule).
_SUM_DTYPES = {
    tf.bool: tf.int32,
    tf.int8: tf.int32,
    tf.int16: tf.int32,
    tf.uint8: tf.uint32,
    tf.uint16: tf.uint32,
}


def _as_float(x) -> tf.Tensor:
    x = convert_to_tensor(x)
    if is_float(x):
        return x
    return tf.cast(x, result_type(standardize_dtype(x.dtype), float))


def _sortable(x) -> tf.Tensor:
    """``x`` in a dtype that TensorFlow sorts and compares (bool is not one)."""
    return tf.cast(x, tf.uint8) if x.dtype == tf.bool else x


def _flat_or(x, axis):
    return (tf.reshape(x, [-1]), 0) if axis is None else (x, axis)


def _nan_to(x, value):
    return tf.where(tf.math.is_nan(x), tf.cast(value, x.dtype), x) if is_float(x) else x


def _accumulated(reduce, x, axis, keepdims, dtype=None):
    x = convert_to_tensor(x)
    if dtype is not None:
        x = tf.cast(x, to_tf_dtype(dtype))
    elif x.dtype in _SUM_DTYPES:
        x = tf.cast(x, _SUM_DTYPES[x.dtype])
    return reduce(x, axis=axis, keepdims=keepdims)


def sum(x, axis=None, keepdims=False):
    return _accumulated(tf.reduce_sum, x, axis, keepdims)


def prod(x, axis=None, keepdims=False, dtype=None):
    return _accumulated(tf.reduce_prod, x, axis, keepdims, dtype)


def nansum(x, axis=None, keepdims=False):
    return sum(_nan_to(convert_to_tensor(x), 0), axis=axis, keepdims=keepdims)


def nanprod(x, axis=None, keepdims=False):
    return prod(_nan_to(convert_to_tensor(x), 1), axis=axis, keepdims=keepdims)


def _extreme(reduce, x, axis, keepdims):
    x = convert_to_tensor(x)
    if x.shape.num_elements() == 0:
        # tf.reduce_max gives -inf here; NumPy, JAX and torch refuse.
        raise ValueError(f"{reduce.__name__} of an empty axis without `initial`")
    return tf.cast(reduce(_sortable(x), axis=axis, keepdims=keepdims), x.dtype)


def _bounded(reduce, bound, x, axis, keepdims, initial):
    x = convert_to_tensor(x)
    if initial is None:
        return _extreme(reduce, x, axis, keepdims)
    # On an empty axis tf.reduce_max gives the dtype's lowest value, which `initial` bounds.
    comparable = _sortable(x)
    result = reduce(comparable, axis=axis, keepdims=keepdims)
    return tf.cast(bound(result, tf.cast(initial, comparable.dtype)), x.dtype)


def max(x, axis=None, keepdims=False, initial=None):
    return _bounded(tf.reduce_max, tf.maximum, x, axis, keepdims, initial)


def min(x, axis=None, keepdims=False, initial=None):
    return _bounded(tf.reduce_min, tf.minimum, x, axis, keepdims, initial)


def amax(x, axis=None, keepdims=False):
    return _extreme(tf.reduce_max, x, axis, keepdims)


def amin(x, axis=None, keepdims=False):
    return _extreme(tf.reduce_min, x, axis, keepdims)


def ptp(x, axis=None, keepdims=False):
    return amax(x, axis, keepdims) - amin(x, axis, keepdims)


def _nan_extreme(reduce, x, axis, keepdims, fill):
    x = convert_to_tensor(x)
    if not is_float(x):
        return _extreme(reduce, x, axis, keepdims)
    missing = tf.math.is_nan(x)
    result = _extreme(reduce, _nan_to(x, fill), axis, keepdims)
    all_missing = tf.reduce_all(missing, axis=axis, keepdims=keepdims)
    return tf.where(all_missing, tf.cast(math.nan, x.dtype), result)


def nanmax(x, axis=None, keepdims=False):
    return _nan_extreme(tf.reduce_max, x, axis, keepdims, -math.inf)


def nanmin(x, axis=None, keepdims=False):
    return _nan_extreme(tf.reduce_min, x, axis, keepdims, math.inf)


def all(x, axis=None, keepdims=False):
    return tf.reduce_all(tf.cast(convert_to_tensor(x), tf.bool), axis=axis, keepdims=keepdims)


def any(x, axis=None, keepdims=False):
    return tf.reduce_any(tf.cast(convert_to_tensor(x), tf.bool), axis=axis, keepdims=keepdims)


def count_nonzero(x, axis=None):
    return tf.math.count_nonzero(convert_to_tensor(x), axis=axis, dtype=tf.int32)


def _arg(reduce, x, axis, keepdims):
    if x.shape.num_elements() == 0:
        raise ValueError(f"{reduce.__name__} of an empty tensor")
    x = _sortable(x)
    if axis is None:
        index = reduce(tf.reshape(x, [-1]), axis=0, output_type=tf.int32)
        return tf.reshape(index, [1] * x.shape.rank) if keepdims else index
    index = reduce(x, axis=axis, output_type=tf.int32)
    return tf.expand_dims(index, axis) if keepdims else index


def argmax(x, axis=None, keepdims=False):
    return _arg(tf.math.argmax, convert_to_tensor(x), axis, keepdims)


def argmin(x, axis=None, keepdims=False):
    return _arg(tf.math.argmin, convert_to_tensor(x), axis, keepdims)


def nanargmax(x, axis=None, keepdims=False):
    return _arg(tf.math.argmax, _nan_to(convert_to_tensor(x), -math.inf), axis, keepdims)


def nanargmin(x, axis=None, keepdims=False):
    return _arg(tf.math.argmin, _nan_to(convert_to_tensor(x), math.inf), axis, keepdims)


def sort(x, axis=-1):
    x, axis = _flat_or(convert_to_tensor(x), axis)
    return tf.cast(tf.sort(_sortable(x), axis=axis), x.dtype)


def argsort(x, axis=-1):
    x, axis = _flat_or(convert_to_tensor(x), axis)
    return tf.argsort(_sortable(x), axis=axis, stable=True)


def argpartition(x, kth, axis=-1):
    x, axis = _flat_or(convert_to_tensor(x), axis)
    size = x.shape[axis]
    for k in kth if isinstance(kth, (list, tuple)) else (kth,):
        if size is not None and not -size <= k < size:
            raise ValueError(f"kth={k} is out of range for an axis of size {size}")
    # TensorFlow has no partition; a full sort places every kth.
    return tf.argsort(x, axis=axis, stable=True)


def _scan(function, x, axis, dtype):
    x, axis = _flat_or(x, axis)
    if dtype is not None:
        x = tf.cast(x, to_tf_dtype(dtype))
    elif x.dtype == tf.bool:
        x = tf.cast(x, tf.int32)
    return function(x, axis=axis)


def cumsum(x, axis=None, dtype=None):
    return _scan(tf.math.cumsum, convert_to_tensor(x), axis, dtype)


def cumprod(x, axis=None, dtype=None):
    return _scan(tf.math.cumprod, convert_to_tensor(x), axis, dtype)


def nancumsum(x, axis=None, dtype=None):
    return _scan(tf.math.cumsum, _nan_to(convert_to_tensor(x), 0), axis, dtype)


def nancumprod(x, axis=None, dtype=None):
    return _scan(tf.math.cumprod, _nan_to(convert_to_tensor(x), 1), axis, dtype)


def diff(a, n=1, axis=-1):
    return tnp.diff(convert_to_tensor(a), n=n, axis=axis)


def mean(x, axis=None, keepdims=False):
    return tf.reduce_mean(_as_float(x), axis=axis, keepdims=keepdims)


def var(x, axis=None, keepdims=False):
    return tf.math.reduce_variance(_as_float(x), axis=axis, keepdims=keepdims)


def std(x, axis=None, keepdims=False):
    return tf.math.reduce_std(_as_float(x), axis=axis, keepdims=keepdims)


def trapezoid(y, x=None, dx=1.0, axis=-1):
    y = convert_to_tensor(y)
    if x is None:
        y = _as_float(y)
        spacing = tf.cast(dx, y.dtype)
    else:
        x = convert_to_tensor(x)
        dtype = to_tf_dtype(result_type(y.dtype, x.dtype, float))
        y, x = tf.cast(y, dtype), tf.cast(x, dtype)
        if x.shape.rank == 1:
            along = [1] * y.shape.rank
            along[axis] = -1
            spacing = tf.reshape(tnp.diff(x), along)
        else:
            spacing = tnp.diff(x, axis=axis)
    return tf.reduce_sum(_pair_means(y, axis) * spacing, axis=axis)


def _pair_means(y, axis):
    size = tf.shape(y)[axis]
    head = tf.gather(y, tf.range(size - 1), axis=axis)
    tail = tf.gather(y, tf.range(1, size), axis=axis)
    return (head + tail) / 2


def bincount(x, weights=None, minlength=0, sparse=False):
    if sparse:
        raise ValueError("bincount: sparse=True is not supported by the tensorflow backend.")
    x = convert_to_tensor(x)
    if not x.dtype.is_integer or x.shape.rank != 1:
        # tf.math.bincount would cast floats and count every element of any rank.
        raise ValueError(f"bincount needs 1-D integers, received {x.dtype.name} {x.shape}")
    x = tf.cast(x, tf.int32)
    if weights is None:
        return tf.math.bincount(x, minlength=minlength, dtype=tf.int32)
    weights = convert_to_tensor(weights)
    final = _SUM_DTYPES.get(weights.dtype, weights.dtype)
    # tf.math.bincount adds only int32, int64, float32 and float64 weights.
    accumulate = {tf.uint32: tf.int64, tf.float16: tf.float32, tf.bfloat16: tf.float32}
    counted = tf.math.bincount(
        x, weights=tf.cast(weights, accumulate.get(final, final)), minlength=minlength
    )
    return tf.cast(counted, final)


def _promoted(a, b):
    a, b = convert_to_tensor(a), convert_to_tensor(b)
    dtype = to_tf_dtype(result_type(a.dtype, b.dtype))
    return _sortable(tf.cast(a, dtype)), _sortable(tf.cast(b, dtype))


def searchsorted(sorted_sequence, values, side="left"):
    sorted_sequence, values = _promoted(sorted_sequence, values)
    found = tf.searchsorted(
        sorted_sequence[None], tf.reshape(values, [1, -1]), side=side, out_type=tf.int32
    )
    return tf.reshape(found, tf.shape(values))


def digitize(x, bins):
    return searchsorted(bins, x, side="right")


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
    # The elements are the rows of a matrix: single values, or the slices along `axis`.
    if axis is None:
        slices, width = tf.reshape(x, [-1]), 1
    else:
        axis %= x.shape.rank
        slices = tf.transpose(x, [axis, *(d for d in range(x.shape.rank) if d != axis)])
        width = slices.shape[1:].num_elements()
        if width is None:
            raise ValueError("unique: the size of the slices along `axis` must be known")
    rows = tf.reshape(slices, [tf.shape(slices)[0], width])
    order = _lexicographic_order(_sortable(rows))
    ordered = tf.gather(rows, order)
    changed = tf.reduce_any(tf.not_equal(ordered[1:], ordered[:-1]), axis=1)
    # The first row starts a run, if there is a first row.
    first = tf.ones([tf.minimum(tf.shape(rows)[0], 1)], tf.bool)
    starts = tf.concat([first, changed], axis=0)
    run = tf.cumsum(tf.cast(starts, tf.int32)) - 1
    count = tf.reduce_sum(tf.cast(starts, tf.int32))
    values = tf.boolean_mask(ordered, starts)
    # Equal rows keep their order in the stable sort, so a run starts at the first one.
    index = tf.boolean_mask(order, starts)
    inverse = tf.scatter_nd(order[:, None], run, tf.shape(order))
    counts = tf.math.unsorted_segment_sum(tf.ones_like(run), run, count)
    if size is not None:
        fill = tf.cast(0 if fill_value is None else fill_value, x.dtype)
        values, index, counts = (
            _fit_size(t, size, value) for t, value in ((values, fill), (index, 0), (counts, 0))
        )
    if axis is None:
        values, inverse = tf.reshape(values, [-1]), tf.reshape(inverse, tf.shape(x))
    else:
        values = tf.reshape(values, tf.concat([[-1], tf.shape(slices)[1:]], axis=0))
        values = tf.transpose(values, [*range(1, axis + 1), 0, *range(axis + 1, x.shape.rank)])
    wanted = (return_index, return_inverse, return_counts)
    requested = zip(wanted, (index, inverse, counts), strict=True)
    outputs = [values, *(extra for asked, extra in requested if asked)]
    return outputs[0] if len(outputs) == 1 else tuple(outputs)


def _lexicographic_order(rows):
    """Stable order of the rows of a matrix: sort by the last column first, then up."""
    order = tf.range(tf.shape(rows)[0])
    for column in reversed(range(rows.shape[1])):
        keys = tf.gather(rows[:, column], order)
        order = tf.gather(order, tf.argsort(keys, stable=True))
    return order


def _fit_size(values, size, fill):
    """``values`` truncated or padded with ``fill`` along the first axis to length ``size``."""
    missing = tf.maximum(size - tf.shape(values)[0], 0)
    padding = tf.fill(tf.concat([[missing], tf.shape(values)[1:]], axis=0), fill)
    padded = tf.concat([values, tf.cast(padding, values.dtype)], axis=0)
    return tf.ensure_shape(padded[:size], [size, *values.shape[1:]])
