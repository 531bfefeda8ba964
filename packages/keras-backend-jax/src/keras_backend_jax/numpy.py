"""NumPy-namespace ops on ``jax.Array``.

JAX's promotion lattice, with weak Python scalars, is the one Keras follows, so most ops
call ``jax.numpy`` directly. ``jax.numpy`` rejects Python lists; those are converted only
after the direct call raised, which keeps the common call free of checks.
"""

import jax.numpy as jnp
import numpy as np

from keras_backend_jax.core import convert_to_tensor

# Builtin NumPy dtypes are singletons, so identity is the cheapest dtype test.
_INT8 = np.dtype("int8")


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


def exp(x):
    return jnp.exp(convert_to_tensor(x))


def matmul(x1, x2):
    try:
        int8 = x1.dtype is _INT8 and x2.dtype is _INT8
    except AttributeError:
        x1, x2 = convert_to_tensor(x1), convert_to_tensor(x2)
        int8 = x1.dtype is _INT8 and x2.dtype is _INT8
    if int8:
        # int8 products accumulate in int32, as quantized matmuls do in Keras.
        return jnp.matmul(x1, x2, preferred_element_type=jnp.int32)
    return jnp.matmul(x1, x2)


def sum(x, axis=None, keepdims=False):
    return jnp.sum(convert_to_tensor(x), axis=axis, keepdims=keepdims)


def max(x, axis=None, keepdims=False, initial=None):
    return jnp.max(convert_to_tensor(x), axis=axis, keepdims=keepdims, initial=initial)


def reshape(x, newshape):
    return jnp.reshape(convert_to_tensor(x), newshape)


def transpose(x, axes=None):
    return jnp.transpose(convert_to_tensor(x), axes)


def concatenate(xs, axis=0):
    return jnp.concatenate([convert_to_tensor(x) for x in xs], axis=axis)
