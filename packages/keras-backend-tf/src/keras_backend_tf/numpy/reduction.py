"""Reductions over axes on tf.Tensor."""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor

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
    if initial is None and x.shape.num_elements() == 0:
        # tf.reduce_max gives -inf here; NumPy, JAX and torch refuse.
        raise ValueError("max of an empty axis without `initial`")
    result = tf.reduce_max(x, axis=axis, keepdims=keepdims)
    if initial is not None:
        result = tf.maximum(result, tf.cast(initial, result.dtype))
    return result
