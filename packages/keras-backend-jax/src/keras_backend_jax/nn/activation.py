"""Activation functions on jax.Array."""

import jax
import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor
from keras_core.backend.settings import floatx


def _floating(x):
    x = convert_to_tensor(x)
    if not jnp.issubdtype(x.dtype, jnp.floating):
        return x.astype(floatx())
    return x


def relu(x):
    return jax.nn.relu(convert_to_tensor(x))


def sigmoid(x):
    return jax.nn.sigmoid(_floating(x))


def softmax(x, axis=-1):
    return jax.nn.softmax(_floating(x), axis=axis)
