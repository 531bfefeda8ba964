"""Filled tensors, ranges and triangles as tf.Tensor."""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, operand_dtype, to_tf_dtype
from keras_core.backend.dtypes import result_type
from keras_core.backend.settings import floatx


def full(shape, fill_value, dtype=None):
    fill = tf.cast(convert_to_tensor(fill_value), to_tf_dtype(dtype or floatx()))
    return tf.broadcast_to(fill, [shape] if isinstance(shape, int) else shape)


def _offsets(rows, columns):
    """``column - row`` for every entry of a ``rows x columns`` matrix."""
    return tf.range(columns)[None, :] - tf.range(rows)[:, None]


def eye(N, M=None, k=0, dtype=None):
    if N < 0 or (M is not None and M < 0):
        raise ValueError(f"eye needs non-negative sizes, received N={N}, M={M}")
    offsets = _offsets(N, N if M is None else M)
    return tf.cast(tf.equal(offsets, k), to_tf_dtype(dtype or floatx()))


def arange(start, stop=None, step=None, dtype=None):
    bounds = [b for b in (start, stop, step) if b is not None]
    dtype = to_tf_dtype(dtype or result_type(*map(operand_dtype, bounds)))
    if stop is None:
        start, stop = 0, start
    # tf.range has no kernels for small ints and bool: count in a wide type, then cast.
    wide = tf.float64 if dtype.is_floating else tf.int64
    values = tf.range(
        tf.cast(start, wide), tf.cast(stop, wide), tf.cast(1 if step is None else step, wide)
    )
    return tf.cast(values, dtype)


def _triangle(x, k, keep_lower):
    x = convert_to_tensor(x)
    shape = tf.shape(x)
    offsets = _offsets(shape[-2], shape[-1])
    keep = offsets <= k if keep_lower else offsets >= k
    return tf.where(keep, x, tf.zeros((), x.dtype))


def tril(x, k=0):
    return _triangle(x, k, keep_lower=True)


def triu(x, k=0):
    return _triangle(x, k, keep_lower=False)


def diag(x, k=0):
    x = convert_to_tensor(x)
    if x.shape.rank == 1:
        return tf.linalg.diag(x, k=k)
    if x.shape.rank != 2:
        raise ValueError(f"diag needs a 1-D or 2-D input, received shape {x.shape}")
    return tf.linalg.diag_part(x, k=k)
