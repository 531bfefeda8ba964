"""NumPy-namespace ops on ``tf.Tensor``.

TensorFlow never promotes dtypes, so mixed inputs are first promoted with Keras's
``result_type``; two tensors of one dtype go straight to TensorFlow.
"""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, promoted, to_tf_dtype
from keras_core.backend.dtypes import result_type, standardize_dtype

_Tensor = tf.Tensor


def add(x1, x2):
    if isinstance(x1, _Tensor) and isinstance(x2, _Tensor) and x1.dtype is x2.dtype:
        return tf.add(x1, x2)
    return tf.add(*promoted(x1, x2))


def subtract(x1, x2):
    if isinstance(x1, _Tensor) and isinstance(x2, _Tensor) and x1.dtype is x2.dtype:
        return tf.subtract(x1, x2)
    return tf.subtract(*promoted(x1, x2))


def multiply(x1, x2):
    if isinstance(x1, _Tensor) and isinstance(x2, _Tensor) and x1.dtype is x2.dtype:
        return tf.multiply(x1, x2)
    return tf.multiply(*promoted(x1, x2))


def divide(x1, x2):
    # The weak float makes integer division produce floatx, as in Keras (TF would give float64).
    return tf.divide(*promoted(x1, x2, float))


def maximum(x1, x2):
    if isinstance(x1, _Tensor) and isinstance(x2, _Tensor) and x1.dtype is x2.dtype:
        return tf.maximum(x1, x2)
    return tf.maximum(*promoted(x1, x2))


def exp(x):
    x = convert_to_tensor(x)
    dtype = standardize_dtype(x.dtype)
    if dtype == "bool" or "int" in dtype:
        x = tf.cast(x, to_tf_dtype(result_type(dtype, float)))
    return tf.exp(x)


def matmul(x1, x2):
    if not (isinstance(x1, _Tensor) and isinstance(x2, _Tensor) and x1.dtype is x2.dtype):
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


# Reductions accumulate small integers in 32 bits (JAX's and Keras's rule).
_SUM_DTYPES = {
    tf.bool: tf.int32,
    tf.int8: tf.int32,
    tf.int16: tf.int32,
    tf.uint8: tf.uint32,
    tf.uint16: tf.uint32,
}


def sum(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    if x.dtype in _SUM_DTYPES:
        x = tf.cast(x, _SUM_DTYPES[x.dtype])
    return tf.reduce_sum(x, axis=axis, keepdims=keepdims)


def max(x, axis=None, keepdims=False, initial=None):
    x = convert_to_tensor(x)
    result = tf.reduce_max(x, axis=axis, keepdims=keepdims)
    if initial is not None:
        result = tf.maximum(result, tf.cast(initial, result.dtype))
    return result


def reshape(x, newshape):
    return tf.reshape(convert_to_tensor(x), newshape)


def transpose(x, axes=None):
    return tf.transpose(convert_to_tensor(x), perm=axes)


def concatenate(xs, axis=0):
    tensors = [convert_to_tensor(x) for x in xs]
    dtype = to_tf_dtype(result_type(*(t.dtype for t in tensors)))
    return tf.concat([tf.cast(t, dtype) for t in tensors], axis=axis)
