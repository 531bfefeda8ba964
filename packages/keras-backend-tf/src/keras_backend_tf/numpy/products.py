"""Matrix and tensor products on tf.Tensor."""

import tensorflow as tf

from keras_backend_tf.core import NATIVE, convert_to_tensor, promoted, to_tf_dtype
from keras_core.backend.dtypes import result_type

_Tensor = tf.Tensor
_tnp = tf.experimental.numpy

# TensorFlow's matrix kernels lack these dtypes: contract in a wider integer, cast back.
_CONTRACTION_DTYPES = {
    tf.bool: tf.int32,
    tf.int8: tf.int32,
    tf.int16: tf.int32,
    tf.uint8: tf.int32,
    tf.uint16: tf.int32,
    tf.uint32: tf.int64,
    tf.uint64: tf.int64,
}

# Traces of small integers accumulate in 32 bits, as sums do.
_TRACE_DTYPES = {
    tf.bool: tf.int32,
    tf.int8: tf.int32,
    tf.int16: tf.int32,
    tf.uint8: tf.uint32,
    tf.uint16: tf.uint32,
}


def matmul(x1, x2):
    if not (isinstance(x1, NATIVE) and isinstance(x2, NATIVE) and x1.dtype is x2.dtype):
        x1, x2 = promoted(x1, x2)
    if x1.dtype == tf.int8:
        # int8 products accumulate in int32, as quantized matmuls do in Keras.
        x1, x2 = tf.cast(x1, tf.int32), tf.cast(x2, tf.int32)
    # NumPy's rules for 1-D operands: promote to a matrix, then drop the added axis.
    squeeze = []
    if x1.shape.rank == 1:
        x1, squeeze = x1[None, :], [-2]
    if x2.shape.rank == 1:
        x2, squeeze = x2[:, None], [*squeeze, -1]
    result = tf.linalg.matmul(x1, x2)
    return tf.squeeze(result, squeeze) if squeeze else result


def _contract(function, operands, dtype):
    """``function(*operands)`` with the result in ``dtype``."""
    wide = _CONTRACTION_DTYPES.get(dtype)
    if wide is None:
        return function(*(tf.cast(x, dtype) for x in operands))
    result = function(*(tf.cast(x, wide) for x in operands))
    return tf.not_equal(result, 0) if dtype == tf.bool else tf.cast(result, dtype)


def _positive_axes(axes, rank):
    items = [axes] if isinstance(axes, int) else list(axes)
    return [a % rank for a in items]


def tensordot(x1, x2, axes=2):
    x1, x2 = promoted(x1, x2)
    if not isinstance(axes, int):
        axes = [_positive_axes(axes[0], x1.shape.rank), _positive_axes(axes[1], x2.shape.rank)]
    return _contract(lambda a, b: tf.tensordot(a, b, axes), (x1, x2), x1.dtype)


def einsum(subscripts, *operands, **kwargs):
    operands = [convert_to_tensor(x) for x in operands]
    if all(x.dtype == tf.int8 for x in operands):
        # int8 products accumulate in int32, as in matmul.
        dtype = tf.int32
    else:
        dtype = to_tf_dtype(result_type(*(x.dtype for x in operands)))
    return _contract(lambda *xs: tf.einsum(subscripts, *xs, **kwargs), operands, dtype)


def cross(x1, x2, axisa=-1, axisb=-1, axisc=-1, axis=None):
    x1, x2 = promoted(x1, x2)
    if x1.dtype == tf.bool:
        raise TypeError("cross: bool inputs are not supported")
    return _tnp.cross(x1, x2, axisa=axisa, axisb=axisb, axisc=axisc, axis=axis)


def trace(x, offset=0, axis1=0, axis2=1):
    x = convert_to_tensor(x)
    dtype = _TRACE_DTYPES.get(x.dtype, x.dtype)
    if x.dtype == tf.bool:
        x = tf.cast(x, dtype)
    return _tnp.trace(x, offset=offset, axis1=axis1, axis2=axis2, dtype=dtype)


def correlate(x1, x2, mode="valid"):
    if mode not in ("valid", "same", "full"):
        raise ValueError(f"correlate: unknown mode {mode!r}")
    x1, x2 = promoted(x1, x2, float)
    # Sizes as tensors, so that unknown lengths trace too.
    n, m = tf.shape(x1)[0], tf.shape(x2)[0]
    # conv1d is a cross-correlation; zero padding by m - 1 gives the full one.
    padded = tf.pad(x1, [[m - 1, m - 1]])
    full = tf.nn.conv1d(padded[None, :, None], x2[:, None, None], stride=1, padding="VALID")
    full = full[0, :, 0]
    if mode == "full":
        return full
    shorter, longer = tf.minimum(n, m), tf.maximum(n, m)
    if mode == "valid":
        return full[shorter - 1 : longer]
    start = tf.where(n >= m, (m - 1) // 2, n // 2)
    return full[start : start + longer]


def slogdet(x):
    x = convert_to_tensor(x)
    if not x.dtype.is_floating and not x.dtype.is_complex:
        x = tf.cast(x, to_tf_dtype(result_type(x.dtype, float)))
    elif x.dtype.size < 4:
        raise TypeError(f"slogdet: {x.dtype.name} matrices are not supported")
    sign, logabsdet = tf.linalg.slogdet(x)
    return sign, logabsdet


def outer(x1, x2):
    x1, x2 = promoted(x1, x2)
    column, row = tf.reshape(x1, [-1, 1]), tf.reshape(x2, [1, -1])
    if x1.dtype == tf.bool:
        return tf.logical_and(column, row)
    return column * row
