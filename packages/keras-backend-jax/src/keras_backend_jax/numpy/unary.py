"""Element-wise functions of one tensor on jax.Array."""

import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor


def exp(x):
    return jnp.exp(convert_to_tensor(x))
