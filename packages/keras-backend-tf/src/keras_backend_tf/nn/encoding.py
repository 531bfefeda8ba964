"""Encodings on tf.Tensor."""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor
from keras_core.backend.dtypes import result_type


def one_hot(x, num_classes, axis=-1, dtype=None):
    x = convert_to_tensor(x)
    if not x.dtype.is_integer:
        x = tf.cast(x, tf.int32)
    if dtype == "bool":
        # tf.one_hot has no boolean output.
        return tf.cast(tf.one_hot(x, num_classes, axis=axis, dtype=tf.int8), tf.bool)
    return tf.one_hot(x, num_classes, axis=axis, dtype=dtype)


def multi_hot(inputs, num_classes, axis=-1, dtype=None):
    inputs = convert_to_tensor(inputs)
    rank = len(inputs.shape)
    encoded = one_hot(inputs, num_classes, axis=axis % rank, dtype=dtype)
    if dtype == "bool":
        return tf.reduce_any(encoded, axis=rank)
    return tf.reduce_max(encoded, axis=rank)


def polar(abs_, angle):
    abs_, angle = convert_to_tensor(abs_), convert_to_tensor(angle)
    real = result_type(abs_.dtype, angle.dtype, float)
    abs_, angle = tf.cast(abs_, real), tf.cast(angle, real)
    return tf.complex(abs_ * tf.cos(angle), abs_ * tf.sin(angle))
