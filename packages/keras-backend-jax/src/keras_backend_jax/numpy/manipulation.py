"""Reshaping, transposing and joining on jax.Array."""

import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor


def reshape(x, newshape):
    return jnp.reshape(convert_to_tensor(x), newshape)


def transpose(x, axes=None):
    return jnp.transpose(convert_to_tensor(x), axes)


def concatenate(xs, axis=0):
    return jnp.concatenate([convert_to_tensor(x) for x in xs], axis=axis)
