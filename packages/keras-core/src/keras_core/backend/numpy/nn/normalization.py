"""Normalization on NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype
from keras_core.backend.settings import floatx


def _computation_dtype(dtype):
    """Half-precision statistics accumulate in float32; integers and bool become floatx."""
    if dtype in ("float16", "bfloat16"):
        return np.float32
    return to_numpy_dtype(dtype) if dtype in ("float32", "float64") else to_numpy_dtype(floatx())


def _float_result(dtype):
    return dtype if dtype in ("float16", "bfloat16", "float32", "float64") else floatx()


def _axes(axis):
    return tuple(axis) if isinstance(axis, (list, tuple)) else axis


def moments(x, axes, keepdims=False):
    x = convert_to_tensor(x)
    dtype = standardize_dtype(x.dtype)
    wide = x.astype(_computation_dtype(dtype))
    mean = np.mean(wide, axis=_axes(axes), keepdims=keepdims)
    variance = np.var(wide, axis=_axes(axes), keepdims=keepdims)
    result = to_numpy_dtype(_float_result(dtype))
    return mean.astype(result), variance.astype(result)


def _feature_vector(value, rank, axis, dtype):
    shape = [1] * rank
    shape[axis] = -1
    return np.reshape(np.asarray(value, dtype=dtype), shape)


def batch_normalization(x, mean, variance, axis, offset=None, scale=None, epsilon=1e-3):
    x = convert_to_tensor(x)
    present = [convert_to_tensor(v) for v in (x, mean, variance, offset, scale) if v is not None]
    dtype = to_numpy_dtype(_float_result(result_type(*(v.dtype for v in present))))
    axis = axis % x.ndim

    def vector(value):
        return _feature_vector(value, x.ndim, axis, dtype)

    inverse = 1 / np.sqrt(vector(variance) + dtype.type(epsilon))
    if scale is not None:
        inverse = inverse * vector(scale)
    result = (x.astype(dtype) - vector(mean)) * inverse
    if offset is not None:
        result = result + vector(offset)
    return result.astype(dtype)


def layer_normalization(x, gamma=None, beta=None, axis=-1, epsilon=1e-7, rms_scaling=False):
    x = convert_to_tensor(x)
    wide = x.astype(_computation_dtype(standardize_dtype(x.dtype)))
    axes = _axes(axis)
    inverse = 1 / np.sqrt(np.var(wide, axis=axes, keepdims=True) + epsilon)
    centered = wide if rms_scaling else wide - np.mean(wide, axis=axes, keepdims=True)
    result = centered * inverse
    if gamma is not None:
        result = result * np.asarray(gamma, dtype=wide.dtype)
    if beta is not None and not rms_scaling:
        result = result + np.asarray(beta, dtype=wide.dtype)
    return result.astype(x.dtype)


def rms_normalization(x, scale=None, axis=-1, epsilon=1e-7):
    x = convert_to_tensor(x)
    wide = x.astype(_computation_dtype(standardize_dtype(x.dtype)))
    mean_square = np.mean(np.square(wide), axis=_axes(axis), keepdims=True)
    result = wide / np.sqrt(mean_square + epsilon)
    if scale is not None:
        result = result * np.asarray(scale, dtype=wide.dtype)
    return result.astype(x.dtype)


def normalize(x, axis=-1, order=2, epsilon=1e-7):
    x = convert_to_tensor(x)
    if not np.issubdtype(x.dtype, np.floating):
        x = x.astype(floatx())
    axes = _axes(axis)
    norm = np.sum(np.abs(x) ** order, axis=axes, keepdims=True) ** (1 / order)
    return (x / np.maximum(norm, epsilon)).astype(x.dtype)
