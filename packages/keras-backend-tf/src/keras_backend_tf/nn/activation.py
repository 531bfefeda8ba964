"""Activation functions on tf.Tensor."""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, is_float, operand_dtype
from keras_core.backend.dtypes import result_type
from keras_core.backend.settings import floatx


def _floating(x):
    x = convert_to_tensor(x)
    return x if is_float(x) else tf.cast(x, floatx())


def _bool_as_int(x):
    x = convert_to_tensor(x)
    return tf.cast(x, tf.int32) if x.dtype == tf.bool else x


def _constant(value, like):
    return tf.constant(value, like.dtype)


def relu(x):
    return tf.nn.relu(_bool_as_int(x))


def relu6(x):
    return tf.nn.relu6(_floating(x))


def sigmoid(x):
    return tf.nn.sigmoid(_floating(x))


def sparse_sigmoid(x):
    x = _floating(x)
    return (tf.clip_by_value(x, _constant(-1, x), _constant(1, x)) + 1) * 0.5


def softplus(x):
    return tf.nn.softplus(_floating(x))


def softsign(x):
    return tf.nn.softsign(_floating(x))


def soft_shrink(x, threshold=0.5):
    x = _floating(x)
    return x - tf.clip_by_value(x, _constant(-threshold, x), _constant(threshold, x))


def sparse_plus(x):
    x = _floating(x)
    quadratic = tf.square(x + 1) * 0.25
    return tf.where(x <= -1, tf.zeros_like(x), tf.where(x >= 1, x, quadratic))


def silu(x):
    return tf.nn.silu(_floating(x))


def squareplus(x, b=4):
    x = _floating(x)
    return (x + tf.sqrt(tf.square(x) + _constant(b, x))) * 0.5


def log_sigmoid(x):
    return tf.math.log_sigmoid(_floating(x))


def leaky_relu(x, negative_slope=0.2):
    return tf.nn.leaky_relu(_floating(x), alpha=negative_slope)


def hard_sigmoid(x):
    x = _floating(x)
    return tf.clip_by_value(x / 6 + 0.5, _constant(0, x), _constant(1, x))


def hard_silu(x):
    x = _floating(x)
    return x * hard_sigmoid(x)


def hard_tanh(x):
    x = _bool_as_int(x)
    return tf.clip_by_value(x, _constant(-1, x), _constant(1, x))


def hard_shrink(x, threshold=0.5):
    x = _floating(x)
    return tf.where(tf.abs(x) > threshold, x, tf.zeros_like(x))


def tanh_shrink(x):
    x = _floating(x)
    return x - tf.tanh(x)


def threshold(x, threshold, default_value):
    dtype = result_type(operand_dtype(x), operand_dtype(threshold), operand_dtype(default_value))
    x = convert_to_tensor(x, dtype)
    return tf.where(x > _constant(threshold, x), x, _constant(default_value, x))


def elu(x, alpha=1.0):
    x = _floating(x)
    if alpha == 1.0:
        return tf.nn.elu(x)
    return tf.where(x > 0, x, alpha * tf.math.expm1(tf.minimum(x, 0)))


def selu(x):
    return tf.nn.selu(_floating(x))


def celu(x, alpha=1.0):
    x = _floating(x)
    return tf.maximum(x, 0) + tf.minimum(_constant(0, x), alpha * tf.math.expm1(x / alpha))


def gelu(x, approximate=True):
    return tf.nn.gelu(_floating(x), approximate=approximate)


def glu(x, axis=-1):
    first, second = tf.split(_floating(x), 2, axis=axis)
    return first * tf.nn.sigmoid(second)


def softmax(x, axis=-1):
    x = _floating(x)
    if isinstance(axis, int):
        return tf.nn.softmax(x, axis=axis)
    # tf.nn.softmax takes one axis; over several, normalise the shifted exponentials.
    exps = tf.exp(x - tf.reduce_max(x, axis=axis, keepdims=True))
    return exps / tf.reduce_sum(exps, axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    x = _floating(x)
    if isinstance(axis, int):
        return tf.nn.log_softmax(x, axis=axis)
    shifted = x - tf.reduce_max(x, axis=axis, keepdims=True)
    return shifted - tf.math.log(tf.reduce_sum(tf.exp(shifted), axis=axis, keepdims=True))


def sparsemax(x, axis=-1):
    x = _floating(x)
    rank = len(x.shape)
    axis = axis % rank
    perm = [*range(axis), *range(axis + 1, rank), axis]
    moved = tf.transpose(x, perm)
    ordered = -tf.sort(-moved, axis=-1)
    ranks = tf.range(1, tf.shape(moved)[-1] + 1, dtype=x.dtype)
    cumulative = tf.cumsum(ordered, axis=-1)
    support = tf.reduce_sum(tf.cast(ordered * ranks > cumulative - 1, tf.int32), -1, True)
    chosen = tf.gather(cumulative, tf.maximum(support - 1, 0), axis=-1, batch_dims=rank - 1)
    tau = (chosen - 1) / tf.cast(support, x.dtype)
    inverse = [perm.index(i) for i in range(rank)]
    return tf.transpose(tf.maximum(moved - tau, 0), inverse)
