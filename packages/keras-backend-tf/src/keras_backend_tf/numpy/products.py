"""Matrix and tensor products on tf.Tensor."""

import tensorflow as tf

from keras_backend_tf.core import promoted

_Tensor = tf.Tensor


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
