"""Activation functions on jax.Array."""

import jax
import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor
from keras_core.backend.conversion import PYTHON_SCALARS
from keras_core.backend.dtypes import result_type
from keras_core.backend.settings import floatx


def _floating(x):
    x = convert_to_tensor(x)
    if not jnp.issubdtype(x.dtype, jnp.floating):
        return x.astype(floatx())
    return x


def _operand_dtype(x):
    """The dtype ``x`` contributes to promotion; Python scalars are weak (their type)."""
    return type(x) if type(x) in PYTHON_SCALARS else convert_to_tensor(x).dtype


def _bool_as_int(x):
    x = convert_to_tensor(x)
    return x.astype("int32") if x.dtype == jnp.bool_ else x


def relu(x):
    return jax.nn.relu(_bool_as_int(x))


def relu6(x):
    return jax.nn.relu6(_floating(x))


def sigmoid(x):
    return jax.nn.sigmoid(_floating(x))


def sparse_sigmoid(x):
    return jax.nn.sparse_sigmoid(_floating(x))


def softplus(x):
    return jax.nn.softplus(_floating(x))


def softsign(x):
    return jax.nn.soft_sign(_floating(x))


def soft_shrink(x, threshold=0.5):
    x = _floating(x)
    return x - jnp.clip(x, -threshold, threshold)


def sparse_plus(x):
    return jax.nn.sparse_plus(_floating(x))


def silu(x):
    return jax.nn.silu(_floating(x))


def squareplus(x, b=4):
    return jax.nn.squareplus(_floating(x), b)


def log_sigmoid(x):
    return jax.nn.log_sigmoid(_floating(x))


def leaky_relu(x, negative_slope=0.2):
    return jax.nn.leaky_relu(_floating(x), negative_slope)


def hard_sigmoid(x):
    return jax.nn.hard_sigmoid(_floating(x))


def hard_silu(x):
    return jax.nn.hard_silu(_floating(x))


def hard_tanh(x):
    x = _bool_as_int(x)
    return jnp.clip(x, -1, 1).astype(x.dtype)


def hard_shrink(x, threshold=0.5):
    x = _floating(x)
    return jnp.where(jnp.abs(x) > threshold, x, jnp.zeros((), x.dtype))


def tanh_shrink(x):
    x = _floating(x)
    return x - jnp.tanh(x)


def threshold(x, threshold, default_value):
    dtype = result_type(_operand_dtype(x), _operand_dtype(threshold), _operand_dtype(default_value))
    x = convert_to_tensor(x, dtype)
    return jnp.where(x > threshold, x, jnp.asarray(default_value, dtype))


def elu(x, alpha=1.0):
    return jax.nn.elu(_floating(x), alpha)


def selu(x):
    return jax.nn.selu(_floating(x))


def celu(x, alpha=1.0):
    return jax.nn.celu(_floating(x), alpha)


def gelu(x, approximate=True):
    return jax.nn.gelu(_floating(x), approximate=approximate)


def glu(x, axis=-1):
    return jax.nn.glu(_floating(x), axis=axis)


def softmax(x, axis=-1):
    return jax.nn.softmax(_floating(x), axis=axis)


def log_softmax(x, axis=-1):
    return jax.nn.log_softmax(_floating(x), axis=axis)


def sparsemax(x, axis=-1):
    x = _floating(x)
    moved = jnp.moveaxis(x, axis, -1)
    ordered = -jnp.sort(-moved, axis=-1)
    ranks = jnp.arange(1, moved.shape[-1] + 1, dtype=x.dtype)
    cumulative = jnp.cumsum(ordered, axis=-1)
    support = jnp.sum(ordered * ranks > cumulative - 1, axis=-1, keepdims=True)
    chosen = jnp.take_along_axis(cumulative, jnp.maximum(support - 1, 0), axis=-1)
    tau = (chosen - 1) / support.astype(x.dtype)
    return jnp.moveaxis(jnp.maximum(moved - tau, 0), -1, axis)
