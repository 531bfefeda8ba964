"""Reshaping, joining, flipping and padding on tf.Tensor."""

import itertools

import numpy as np
import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, to_tf_dtype
from keras_core.backend.dtypes import result_type


def _promoted_all(xs):
    tensors = [convert_to_tensor(x) for x in xs]
    dtype = to_tf_dtype(result_type(*(t.dtype for t in tensors)))
    return [tf.cast(t, dtype) for t in tensors]


def _count(axis) -> int:
    return len(axis) if isinstance(axis, (list, tuple)) else 1


def _axes(axis, rank) -> tuple:
    if axis is None:
        return tuple(range(rank))
    axes = tuple(axis) if isinstance(axis, (list, tuple)) else (axis,)
    if any(not -rank <= a < rank for a in axes):
        raise ValueError(f"axis {axis} is out of range for rank {rank}")
    return tuple(a % rank for a in axes)


def reshape(x, newshape):
    return tf.reshape(convert_to_tensor(x), newshape)


def transpose(x, axes=None):
    return tf.transpose(convert_to_tensor(x), perm=axes)


def concatenate(xs, axis=0):
    return tf.concat(_promoted_all(xs), axis=axis)


def broadcast_to(x, shape):
    return tf.broadcast_to(convert_to_tensor(x), shape)


def copy(x):
    return tf.identity(convert_to_tensor(x))


def expand_dims(x, axis):
    x = convert_to_tensor(x)
    rank = x.shape.rank
    for a in sorted(_axes(axis, rank + _count(axis))):
        x = tf.expand_dims(x, a)
    return x


def squeeze(x, axis=None):
    return tf.squeeze(convert_to_tensor(x), axis=axis)


def flip(x, axis=None):
    x = convert_to_tensor(x)
    return tf.reverse(x, _axes(axis, x.shape.rank))


def roll(x, shift, axis=None):
    x = convert_to_tensor(x)
    if axis is None:
        return tf.reshape(tf.roll(tf.reshape(x, [-1]), shift, 0), tf.shape(x))
    axes = _axes(axis, x.shape.rank)
    shifts = list(shift) if isinstance(shift, (list, tuple)) else [shift] * len(axes)
    return tf.roll(x, shifts, list(axes))


def repeat(x, repeats, axis=None):
    return tf.repeat(convert_to_tensor(x), repeats, axis=axis)


def tile(x, repeats):
    x = convert_to_tensor(x)
    repeats = list(repeats) if isinstance(repeats, (list, tuple)) else [repeats]
    rank = max(x.shape.rank, len(repeats))
    x = tf.reshape(x, [1] * (rank - x.shape.rank) + _dynamic_shape(x))
    return tf.tile(x, [1] * (rank - len(repeats)) + repeats)


def _dynamic_shape(x):
    dynamic = tf.shape(x)
    return [dynamic[i] if d is None else d for i, d in enumerate(x.shape.as_list())]


def pad(x, pad_width, mode="constant", constant_values=None):
    if constant_values is not None and mode != "constant":
        raise ValueError(f"constant_values needs mode='constant', received mode={mode!r}")
    x = convert_to_tensor(x)
    widths = np.broadcast_to(np.asarray(pad_width, "int64"), (x.shape.rank, 2)).tolist()
    if mode == "constant":
        fill = 0 if constant_values is None else constant_values
        return tf.pad(x, widths, constant_values=tf.cast(fill, x.dtype))
    for axis, (before, after) in enumerate(widths):
        if not (before or after):
            continue
        if x.shape[axis] is None and mode in ("reflect", "symmetric"):
            # Size known only at run time: tf.pad has these two modes (for widths < size).
            axis_widths = [[0, 0]] * x.shape.rank
            axis_widths[axis] = [before, after]
            x = tf.pad(x, axis_widths, mode=mode.upper())
            continue
        # NumPy's own padding of arange(size) gives the source position of each entry.
        positions = np.pad(np.arange(x.shape[axis]), (before, after), mode)
        x = tf.gather(x, positions, axis=axis)
    return x


def stack(x, axis=0):
    return tf.stack(_promoted_all(x), axis=axis)


def view(x, dtype=None):
    x = convert_to_tensor(x)
    if dtype is None:
        return x
    dtype = to_tf_dtype(dtype)
    old, new = x.dtype.size, dtype.size
    if old == new:
        return tf.bitcast(x, dtype)
    shape = _dynamic_shape(x)
    if old > new:
        # tf.bitcast adds an axis of old/new items; NumPy folds it into the last one.
        return tf.reshape(tf.bitcast(x, dtype), [*shape[:-1], -1])
    grouped = tf.reshape(x, [*shape[:-1], -1, new // old])
    return tf.bitcast(grouped, dtype)


def split(x, indices_or_sections, axis=0):
    if isinstance(indices_or_sections, int):
        return tf.split(convert_to_tensor(x), indices_or_sections, axis=axis)
    return array_split(x, indices_or_sections, axis=axis)


def array_split(x, indices_or_sections, axis=0):
    x = convert_to_tensor(x)
    axis %= x.shape.rank
    if isinstance(indices_or_sections, int):
        return tf.split(x, _section_sizes(x.shape[axis], indices_or_sections), axis=axis)
    cuts = [0, *(int(i) for i in indices_or_sections), None]
    lead = (slice(None),) * axis
    return [x[(*lead, slice(a, b))] for a, b in itertools.pairwise(cuts)]


def _section_sizes(size, sections):
    base, extra = divmod(size, sections)
    return [base + 1] * extra + [base] * (sections - extra)
