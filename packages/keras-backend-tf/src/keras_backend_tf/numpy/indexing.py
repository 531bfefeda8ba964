"""Indexing, gathering and selecting by condition on tf.Tensor."""

import numpy as np
import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, operand_dtype, to_tf_dtype
from keras_core.backend.dtypes import result_type


def _index(item):
    if isinstance(item, (list, tuple, np.ndarray)):
        item = convert_to_tensor(item)
    if isinstance(item, tf.Variable):
        item = item.value()
    if isinstance(item, tf.Tensor):
        _check_integer(item, "an index", allow_bool=True)
    return item


def _check_integer(tensor, what, allow_bool=False):
    if not (tensor.dtype.is_integer or (allow_bool and tensor.dtype == tf.bool)):
        raise TypeError(f"{what} must have an integer dtype, received {tensor.dtype.name}")


def _gathers(item) -> bool:
    return isinstance(item, tf.Tensor) and (item.dtype == tf.bool or item.shape.rank > 0)


def _expanded(items, shape):
    """Ellipsis spelled as slices, bool masks as the int indices of their true entries."""
    rank = len(shape)
    used = sum(
        item.shape.rank if isinstance(item, tf.Tensor) and item.dtype == tf.bool else 1
        for item in items
        if item is not None and item is not Ellipsis
    )
    out = []
    for item in items:
        if item is Ellipsis:
            out.extend([slice(None)] * (rank - used))
        elif isinstance(item, tf.Tensor) and item.dtype == tf.bool:
            consumed = sum(1 for o in out if o is not None)
            covered = shape[consumed : consumed + item.shape.rank]
            if not item.shape.is_compatible_with(covered):
                raise IndexError(f"a boolean index of shape {item.shape} does not match {covered}")
            out.extend(tf.unstack(tf.where(item), num=item.shape.rank, axis=1))
        else:
            out.append(item)
    if not any(item is Ellipsis for item in items):
        out.extend([slice(None)] * (rank - used))
    return out


def get_item(x, key):
    x = convert_to_tensor(x)
    items = [_index(item) for item in (key if isinstance(key, tuple) else (key,))]
    if not any(_gathers(item) for item in items):
        return x[tuple(items)]
    items = _expanded(items, x.shape.as_list())
    gathered = [i for i, item in enumerate(items) if _is_position(item)]
    basic, axes, out_axis = [], [], 0
    for i, item in enumerate(items):
        basic.append(slice(None) if i in gathered else item)
        if i in gathered:
            axes.append(out_axis)
        if i in gathered or item is None or isinstance(item, slice):
            out_axis += 1
    return _gather_axes(x[tuple(basic)], axes, [items[i] for i in gathered], gathered)


def _is_position(item) -> bool:
    return not (item is None or isinstance(item, slice))


def _gather_axes(x, axes, indices, key_positions):
    """NumPy's integer-array indexing of ``axes`` of ``x`` by broadcast ``indices``."""
    rank = x.shape.rank
    rest = [a for a in range(rank) if a not in axes]
    moved = tf.transpose(x, axes + rest)
    sizes = tf.shape(moved, out_type=tf.int64)
    positions = [tf.cast(i, tf.int64) for i in indices]
    positions = [tf.where(p < 0, p + sizes[j], p) for j, p in enumerate(positions)]
    batch = positions[0].shape
    for p in positions[1:]:
        batch = tf.broadcast_static_shape(batch, p.shape)
    dynamic = tf.shape(positions[0])
    for p in positions[1:]:
        dynamic = tf.broadcast_dynamic_shape(dynamic, tf.shape(p))
    stacked = tf.stack([tf.broadcast_to(p, dynamic) for p in positions], axis=-1)
    result = tf.gather_nd(moved, stacked)
    adjacent = key_positions == list(range(key_positions[0], key_positions[-1] + 1))
    if not adjacent or axes[0] == 0:
        return result
    width, at = batch.rank, axes[0]
    order = [*range(width, width + at), *range(width), *range(width + at, width + len(rest))]
    return tf.transpose(result, order)


def _positions(indices, size):
    indices = convert_to_tensor(indices)
    _check_integer(indices, "indices")
    indices = tf.cast(indices, tf.int64)
    return tf.where(indices < 0, indices + tf.cast(size, tf.int64), indices)


def take(x, indices, axis=None):
    x = convert_to_tensor(x)
    if axis is None:
        x, axis = tf.reshape(x, [-1]), 0
    return tf.gather(x, _positions(indices, tf.shape(x)[axis]), axis=axis)


def take_along_axis(x, indices, axis=None):
    x = convert_to_tensor(x)
    if axis is None:
        x, axis = tf.reshape(x, [-1]), 0
    axis %= x.shape.rank
    indices = _positions(indices, tf.shape(x)[axis])
    x_shape = tf.tensor_scatter_nd_update(tf.shape(x, tf.int64), [[axis]], [1])
    index_shape = tf.tensor_scatter_nd_update(tf.shape(indices, tf.int64), [[axis]], [1])
    batch = tf.broadcast_dynamic_shape(x_shape, index_shape)
    x = tf.broadcast_to(
        x, tf.tensor_scatter_nd_update(batch, [[axis]], [tf.shape(x, tf.int64)[axis]])
    )
    indices = tf.broadcast_to(
        indices, tf.tensor_scatter_nd_update(batch, [[axis]], [tf.shape(indices, tf.int64)[axis]])
    )
    # Gathering along the last axis batches over all the others.
    order = [*range(axis), *range(axis + 1, x.shape.rank), axis]
    inverse = np.argsort(order).tolist()
    picked = tf.gather(
        tf.transpose(x, order), tf.transpose(indices, order), batch_dims=x.shape.rank - 1
    )
    return tf.transpose(picked, inverse)


def where(condition, x1, x2):
    dtype = to_tf_dtype(result_type(operand_dtype(x1), operand_dtype(x2)))
    condition = convert_to_tensor(condition)
    if condition.dtype != tf.bool:
        condition = tf.not_equal(condition, tf.zeros((), condition.dtype))
    return tf.where(condition, convert_to_tensor(x1, dtype), convert_to_tensor(x2, dtype))


def nonzero(x):
    x = convert_to_tensor(x)
    positions = tf.cast(tf.where(tf.not_equal(x, tf.zeros((), x.dtype))), tf.int32)
    return tuple(tf.unstack(positions, num=x.shape.rank, axis=1))


def isin(x1, x2, assume_unique=False, invert=False):
    x1, x2 = convert_to_tensor(x1), convert_to_tensor(x2)
    dtype = to_tf_dtype(result_type(x1.dtype, x2.dtype))
    x1, x2 = tf.cast(x1, dtype), tf.reshape(tf.cast(x2, dtype), [-1])
    found = tf.reduce_any(tf.equal(tf.expand_dims(x1, -1), x2), axis=-1)
    return tf.logical_not(found) if invert else found


def diagonal(x, offset=0, axis1=0, axis2=1):
    x = convert_to_tensor(x)
    rank = x.shape.rank
    axis1, axis2 = axis1 % rank, axis2 % rank
    rest = [a for a in range(rank) if a not in (axis1, axis2)]
    planes = tf.transpose(x, [*rest, axis1, axis2])
    return tf.linalg.diag_part(planes, k=offset, padding_value=0)


def unravel_index(indices, shape):
    indices = convert_to_tensor(indices)
    _check_integer(indices, "indices")
    flat = tf.unravel_index(
        tf.reshape(tf.cast(indices, tf.int64), [-1]), tf.constant(shape, tf.int64)
    )
    rows = tf.unstack(tf.cast(flat, indices.dtype), num=len(shape))
    return tuple(tf.reshape(row, tf.shape(indices)) for row in rows)
