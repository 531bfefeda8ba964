"""Encodings on jax.Array."""

import jax
import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor
from keras_core.backend.dtypes import result_type


def one_hot(x, num_classes, axis=-1, dtype=None):
    x = convert_to_tensor(x)
    if not jnp.issubdtype(x.dtype, jnp.integer):
        x = x.astype("int32")
    return jax.nn.one_hot(x, num_classes, dtype=dtype, axis=axis)


def multi_hot(inputs, num_classes, axis=-1, dtype=None):
    inputs = convert_to_tensor(inputs)
    rank = inputs.ndim
    encoded = one_hot(inputs, num_classes, axis=axis % rank, dtype=dtype)
    return jnp.max(encoded, axis=rank)


def polar(abs_, angle):
    abs_, angle = convert_to_tensor(abs_), convert_to_tensor(angle)
    real = result_type(abs_.dtype, angle.dtype, float)
    abs_, angle = abs_.astype(real), angle.astype(real)
    return jax.lax.complex(abs_ * jnp.cos(angle), abs_ * jnp.sin(angle))
