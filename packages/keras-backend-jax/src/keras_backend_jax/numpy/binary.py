"""Broadcasting element-wise functions of two tensors on jax.Array."""

import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor


def add(x1, x2):
    try:
        return jnp.add(x1, x2)
    except TypeError:
        return jnp.add(convert_to_tensor(x1), convert_to_tensor(x2))


def subtract(x1, x2):
    try:
        return jnp.subtract(x1, x2)
    except TypeError:
        return jnp.subtract(convert_to_tensor(x1), convert_to_tensor(x2))


def multiply(x1, x2):
    try:
        return jnp.multiply(x1, x2)
    except TypeError:
        return jnp.multiply(convert_to_tensor(x1), convert_to_tensor(x2))


def divide(x1, x2):
    try:
        return jnp.true_divide(x1, x2)
    except TypeError:
        return jnp.true_divide(convert_to_tensor(x1), convert_to_tensor(x2))


def maximum(x1, x2):
    try:
        return jnp.maximum(x1, x2)
    except TypeError:
        return jnp.maximum(convert_to_tensor(x1), convert_to_tensor(x2))
