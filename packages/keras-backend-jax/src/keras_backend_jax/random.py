"""Random draws on JAX: stateless ``jax.random`` keys built from the seed tensor, so every
op works inside ``jax.jit`` with a traced seed."""

import jax
import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor, to_jax_dtype


def _key(seed):
    return jax.random.wrap_key_data(jnp.asarray(seed, dtype=jnp.uint32), impl="threefry2x32")


def normal(shape, mean, stddev, dtype, seed):
    dtype = to_jax_dtype(dtype)
    return jax.random.normal(_key(seed), shape, dtype) * stddev + mean


def uniform(shape, minval, maxval, dtype, seed):
    return jax.random.uniform(_key(seed), shape, to_jax_dtype(dtype), minval, maxval)


def truncated_normal(shape, mean, stddev, dtype, seed):
    dtype = to_jax_dtype(dtype)
    return jax.random.truncated_normal(_key(seed), -2.0, 2.0, shape, dtype) * stddev + mean


def randint(shape, minval, maxval, dtype, seed):
    return jax.random.randint(_key(seed), shape, minval, maxval, to_jax_dtype(dtype))


def gamma(shape, alpha, dtype, seed):
    return jax.random.gamma(_key(seed), alpha, shape, to_jax_dtype(dtype))


def binomial(shape, counts, probabilities, dtype, seed):
    dtype = to_jax_dtype(dtype)
    return jax.random.binomial(_key(seed), counts, probabilities, shape, dtype)


def beta(shape, alpha, beta, dtype, seed):
    return jax.random.beta(_key(seed), alpha, beta, shape, to_jax_dtype(dtype))


def categorical(logits, num_samples, dtype, seed):
    logits = convert_to_tensor(logits)
    draws = jax.random.categorical(
        _key(seed), logits[:, None, :], axis=-1, shape=(logits.shape[0], num_samples)
    )
    return draws.astype(to_jax_dtype(dtype))


def dropout(inputs, rate, noise_shape, seed):
    inputs = convert_to_tensor(inputs)
    keep = jax.random.bernoulli(_key(seed), 1 - rate, noise_shape or inputs.shape)
    return jnp.where(keep, inputs / (1 - rate), 0).astype(inputs.dtype)


def shuffle(x, axis, seed):
    return jax.random.permutation(_key(seed), convert_to_tensor(x), axis=axis, independent=False)
