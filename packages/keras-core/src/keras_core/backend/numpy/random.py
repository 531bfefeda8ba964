"""Random draws on NumPy: a ``numpy.random.Generator`` seeded with the seed tensor."""

import numpy as np

from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype


def _rng(seed) -> np.random.Generator:
    return np.random.default_rng([int(s) for s in np.asarray(seed)])


def normal(shape, mean, stddev, dtype, seed):
    values = _rng(seed).normal(size=shape) * stddev + mean
    return values.astype(to_numpy_dtype(dtype))


def uniform(shape, minval, maxval, dtype, seed):
    values = _rng(seed).uniform(size=shape) * (maxval - minval) + minval
    return values.astype(to_numpy_dtype(dtype))


def truncated_normal(shape, mean, stddev, dtype, seed):
    rng = _rng(seed)
    values = rng.normal(size=shape)
    outside = np.abs(values) > 2
    while outside.any():
        values[outside] = rng.normal(size=int(outside.sum()))
        outside = np.abs(values) > 2
    return (values * stddev + mean).astype(to_numpy_dtype(dtype))


def randint(shape, minval, maxval, dtype, seed):
    return _rng(seed).integers(minval, maxval, size=shape).astype(to_numpy_dtype(dtype))


def gamma(shape, alpha, dtype, seed):
    return _rng(seed).gamma(alpha, size=shape).astype(to_numpy_dtype(dtype))


def binomial(shape, counts, probabilities, dtype, seed):
    return _rng(seed).binomial(counts, probabilities, size=shape).astype(to_numpy_dtype(dtype))


def beta(shape, alpha, beta, dtype, seed):
    return _rng(seed).beta(alpha, beta, size=shape).astype(to_numpy_dtype(dtype))


def categorical(logits, num_samples, dtype, seed):
    logits = convert_to_tensor(logits)
    # Gumbel-max: the argmax of logits plus Gumbel noise is a draw from the softmax.
    noise = _rng(seed).gumbel(size=(*logits.shape, num_samples))
    return np.argmax(logits[..., None] + noise, axis=1).astype(to_numpy_dtype(dtype))


def dropout(inputs, rate, noise_shape, seed):
    inputs = convert_to_tensor(inputs)
    keep = _rng(seed).uniform(size=noise_shape or inputs.shape) >= rate
    return np.where(keep, inputs / (1 - rate), 0).astype(inputs.dtype)


def shuffle(x, axis, seed):
    return _rng(seed).permutation(convert_to_tensor(x), axis=axis)
