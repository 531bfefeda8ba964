"""Normalization on jax.Array."""

import jax
import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.settings import floatx

_FLOATS = ("float16", "bfloat16", "float32", "float64")


def _computation_dtype(dtype):
    """Half-precision statistics accumulate in float32; integers and bool become floatx."""
    if dtype in ("float16", "bfloat16"):
        return "float32"
    return dtype if dtype in _FLOATS else floatx()


def _float_result(dtype):
    return dtype if dtype in _FLOATS else floatx()


def _axes(axis):
    return tuple(axis) if isinstance(axis, (list, tuple)) else axis


def moments(x, axes, keepdims=False):
    x = convert_to_tensor(x)
    dtype = standardize_dtype(x.dtype)
    wide = x.astype(_computation_dtype(dtype))
    mean = jnp.mean(wide, axis=_axes(axes), keepdims=keepdims)
    variance = jnp.var(wide, axis=_axes(axes), keepdims=keepdims)
    result = _float_result(dtype)
    return mean.astype(result), variance.astype(result)


def batch_normalization(x, mean, variance, axis, offset=None, scale=None, epsilon=1e-3):
    x = convert_to_tensor(x)
    present = [convert_to_tensor(v) for v in (x, mean, variance, offset, scale) if v is not None]
    dtype = _float_result(result_type(*(v.dtype for v in present)))
    axis = axis % x.ndim
    shape = [1] * x.ndim
    shape[axis] = -1

    def vector(value):
        return jnp.reshape(convert_to_tensor(value, dtype), shape)

    inverse = jax.lax.rsqrt(vector(variance) + epsilon)
    if scale is not None:
        inverse = inverse * vector(scale)
    result = (x.astype(dtype) - vector(mean)) * inverse
    if offset is not None:
        result = result + vector(offset)
    return result


def layer_normalization(x, gamma=None, beta=None, axis=-1, epsilon=1e-7, rms_scaling=False):
    x = convert_to_tensor(x)
    wide = x.astype(_computation_dtype(standardize_dtype(x.dtype)))
    axes = _axes(axis)
    inverse = jax.lax.rsqrt(jnp.var(wide, axis=axes, keepdims=True) + epsilon)
    centered = wide if rms_scaling else wide - jnp.mean(wide, axis=axes, keepdims=True)
    result = centered * inverse
    if gamma is not None:
        result = result * convert_to_tensor(gamma, wide.dtype)
    if beta is not None and not rms_scaling:
        result = result + convert_to_tensor(beta, wide.dtype)
    return result.astype(x.dtype)


def rms_normalization(x, scale=None, axis=-1, epsilon=1e-7):
    x = convert_to_tensor(x)
    wide = x.astype(_computation_dtype(standardize_dtype(x.dtype)))
    mean_square = jnp.mean(jnp.square(wide), axis=_axes(axis), keepdims=True)
    result = wide * jax.lax.rsqrt(mean_square + epsilon)
    if scale is not None:
        result = result * convert_to_tensor(scale, wide.dtype)
    return result.astype(x.dtype)


def normalize(x, axis=-1, order=2, epsilon=1e-7):
    x = convert_to_tensor(x)
    if not jnp.issubdtype(x.dtype, jnp.floating):
        x = x.astype(floatx())
    axes = _axes(axis)
    if order == 2:
        norm = jnp.sqrt(jnp.sum(jnp.square(x), axis=axes, keepdims=True))
    else:
        norm = jnp.sum(jnp.abs(x) ** order, axis=axes, keepdims=True) ** (1 / order)
    return x / jnp.maximum(norm, epsilon)
