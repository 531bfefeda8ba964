"""Normalization on tf.Tensor."""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, is_float
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
    return list(axis) if isinstance(axis, (list, tuple)) else axis


def moments(x, axes, keepdims=False):
    x = convert_to_tensor(x)
    dtype = standardize_dtype(x.dtype)
    wide = tf.cast(x, _computation_dtype(dtype))
    mean, variance = tf.nn.moments(wide, axes=_axes(axes), keepdims=keepdims)
    result = _float_result(dtype)
    return tf.cast(mean, result), tf.cast(variance, result)


def batch_normalization(x, mean, variance, axis, offset=None, scale=None, epsilon=1e-3):
    x = convert_to_tensor(x)
    present = [convert_to_tensor(v) for v in (x, mean, variance, offset, scale) if v is not None]
    dtype = _float_result(result_type(*(v.dtype for v in present)))
    rank = len(x.shape)
    axis = axis % rank
    shape = [1] * rank
    shape[axis] = -1

    def vector(value):
        return None if value is None else tf.reshape(convert_to_tensor(value, dtype), shape)

    return tf.nn.batch_normalization(
        tf.cast(x, dtype), vector(mean), vector(variance), vector(offset), vector(scale), epsilon
    )


def layer_normalization(x, gamma=None, beta=None, axis=-1, epsilon=1e-7, rms_scaling=False):
    x = convert_to_tensor(x)
    wide = tf.cast(x, _computation_dtype(standardize_dtype(x.dtype)))
    mean, variance = tf.nn.moments(wide, axes=_axes(axis), keepdims=True)
    result = (wide if rms_scaling else wide - mean) * tf.math.rsqrt(variance + epsilon)
    if gamma is not None:
        result = result * convert_to_tensor(gamma, wide.dtype)
    if beta is not None and not rms_scaling:
        result = result + convert_to_tensor(beta, wide.dtype)
    return tf.cast(result, x.dtype)


def rms_normalization(x, scale=None, axis=-1, epsilon=1e-7):
    x = convert_to_tensor(x)
    wide = tf.cast(x, _computation_dtype(standardize_dtype(x.dtype)))
    mean_square = tf.reduce_mean(tf.square(wide), axis=_axes(axis), keepdims=True)
    result = wide * tf.math.rsqrt(mean_square + epsilon)
    if scale is not None:
        result = result * convert_to_tensor(scale, wide.dtype)
    return tf.cast(result, x.dtype)


def normalize(x, axis=-1, order=2, epsilon=1e-7):
    x = convert_to_tensor(x)
    if not is_float(x):
        x = tf.cast(x, floatx())
    axes = _axes(axis)
    if order == 2:
        norm = tf.sqrt(tf.reduce_sum(tf.square(x), axis=axes, keepdims=True))
    else:
        norm = tf.reduce_sum(tf.abs(x) ** order, axis=axes, keepdims=True) ** (1 / order)
    return x / tf.maximum(norm, epsilon)
