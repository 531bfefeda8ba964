"""Activation functions on tf.Tensor."""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, is_float
from keras_core.backend.settings import floatx


def _floating(x):
    x = convert_to_tensor(x)
    return x if is_float(x) else tf.cast(x, floatx())


def relu(x):
    return tf.nn.relu(convert_to_tensor(x))


def sigmoid(x):
    return tf.nn.sigmoid(_floating(x))


def softmax(x, axis=-1):
    x = _floating(x)
    if isinstance(axis, int):
        return tf.nn.softmax(x, axis=axis)
    # tf.nn.softmax takes one axis; over several, normalise the shifted exponentials.
    exps = tf.exp(x - tf.reduce_max(x, axis=axis, keepdims=True))
    return exps / tf.reduce_sum(exps, axis=axis, keepdims=True)
