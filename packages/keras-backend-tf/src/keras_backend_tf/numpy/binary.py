"""Broadcasting element-wise functions of two tensors on tf.Tensor."""

import tensorflow as tf

from keras_backend_tf.core import promoted

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
