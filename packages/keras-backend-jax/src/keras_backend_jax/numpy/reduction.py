"""Reductions over axes on jax.Array."""

import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor


def sum(x, axis=None, keepdims=False):
    return jnp.sum(convert_to_tensor(x), axis=axis, keepdims=keepdims)


def max(x, axis=None, keepdims=False, initial=None):
    return jnp.max(convert_to_tensor(x), axis=axis, keepdims=keepdims, initial=initial)
