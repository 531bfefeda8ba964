"""Random draws on TensorFlow: ``tf.random.stateless_*`` ops keyed by the seed tensor, so
every op works inside ``tf.function``."""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, to_tf_dtype


def _seed(seed):
    return tf.cast(seed, tf.int64)


def normal(shape, mean, stddev, dtype, seed):
    return tf.random.stateless_normal(shape, _seed(seed), mean, stddev, to_tf_dtype(dtype))


def uniform(shape, minval, maxval, dtype, seed):
    return tf.random.stateless_uniform(shape, _seed(seed), minval, maxval, to_tf_dtype(dtype))


def truncated_normal(shape, mean, stddev, dtype, seed):
    dtype = to_tf_dtype(dtype)
    return tf.random.stateless_truncated_normal(shape, _seed(seed), mean, stddev, dtype)


def randint(shape, minval, maxval, dtype, seed):
    dtype = to_tf_dtype(dtype)
    # stateless_uniform draws integers for int32/int64 only.
    wide = tf.int64 if dtype.size > 4 else tf.int32
    draws = tf.random.stateless_uniform(shape, _seed(seed), minval, maxval, wide)
    return tf.cast(draws, dtype)


def gamma(shape, alpha, dtype, seed):
    return tf.random.stateless_gamma(shape, _seed(seed), alpha, dtype=to_tf_dtype(dtype))


def binomial(shape, counts, probabilities, dtype, seed):
    dtype = to_tf_dtype(dtype)
    return tf.random.stateless_binomial(shape, _seed(seed), counts, probabilities, dtype)


def beta(shape, alpha, beta, dtype, seed):
    dtype = to_tf_dtype(dtype)
    seeds = tf.random.experimental.stateless_split(_seed(seed), 2)
    a = tf.random.stateless_gamma(shape, seeds[0], alpha, dtype=dtype)
    b = tf.random.stateless_gamma(shape, seeds[1], beta, dtype=dtype)
    return a / (a + b)


def categorical(logits, num_samples, dtype, seed):
    logits = convert_to_tensor(logits)
    return tf.random.stateless_categorical(
        logits, num_samples, _seed(seed), dtype=to_tf_dtype(dtype)
    )


def dropout(inputs, rate, noise_shape, seed):
    inputs = convert_to_tensor(inputs)
    shape = noise_shape or tf.shape(inputs)
    keep = tf.random.stateless_uniform(shape, _seed(seed), dtype=inputs.dtype) >= rate
    return tf.where(keep, inputs / (1 - rate), tf.zeros_like(inputs))


def shuffle(x, axis, seed):
    x = convert_to_tensor(x)
    keys = tf.random.stateless_uniform(tf.shape(x)[axis : axis + 1], _seed(seed))
    return tf.gather(x, tf.argsort(keys), axis=axis)
