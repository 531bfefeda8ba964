"""Normalization on torch.Tensor."""

import torch

from keras_backend_torch.core import convert_to_tensor, to_torch_dtype
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.settings import floatx

_FLOATS = ("float16", "bfloat16", "float32", "float64")


def _computation_dtype(dtype):
    """Half-precision statistics accumulate in float32; integers and bool become floatx."""
    if dtype in ("float16", "bfloat16"):
        return torch.float32
    return to_torch_dtype(dtype if dtype in _FLOATS else floatx())


def _float_result(dtype):
    return to_torch_dtype(dtype if dtype in _FLOATS else floatx())


def _dims(axis):
    return tuple(axis) if isinstance(axis, (list, tuple)) else axis


def moments(x, axes, keepdims=False):
    x = convert_to_tensor(x)
    dtype = standardize_dtype(x.dtype)
    wide = x.to(_computation_dtype(dtype))
    variance, mean = torch.var_mean(wide, dim=_dims(axes), correction=0, keepdim=keepdims)
    result = _float_result(dtype)
    return mean.to(result), variance.to(result)


def batch_normalization(x, mean, variance, axis, offset=None, scale=None, epsilon=1e-3):
    x = convert_to_tensor(x)
    present = [convert_to_tensor(v) for v in (x, mean, variance, offset, scale) if v is not None]
    dtype = _float_result(result_type(*(v.dtype for v in present)))
    axis = axis % x.ndim
    shape = [1] * x.ndim
    shape[axis] = -1

    def vector(value):
        return torch.reshape(convert_to_tensor(value, dtype), shape)

    inverse = torch.rsqrt(vector(variance) + epsilon)
    if scale is not None:
        inverse = inverse * vector(scale)
    result = (x.to(dtype) - vector(mean)) * inverse
    if offset is not None:
        result = result + vector(offset)
    return result


def layer_normalization(x, gamma=None, beta=None, axis=-1, epsilon=1e-7, rms_scaling=False):
    x = convert_to_tensor(x)
    wide = x.to(_computation_dtype(standardize_dtype(x.dtype)))
    dims = _dims(axis)
    variance, mean = torch.var_mean(wide, dim=dims, correction=0, keepdim=True)
    result = (wide if rms_scaling else wide - mean) * torch.rsqrt(variance + epsilon)
    if gamma is not None:
        result = result * convert_to_tensor(gamma, wide.dtype)
    if beta is not None and not rms_scaling:
        result = result + convert_to_tensor(beta, wide.dtype)
    return result.to(x.dtype)


def rms_normalization(x, scale=None, axis=-1, epsilon=1e-7):
    x = convert_to_tensor(x)
    wide = x.to(_computation_dtype(standardize_dtype(x.dtype)))
    mean_square = torch.mean(torch.square(wide), dim=_dims(axis), keepdim=True)
    result = wide * torch.rsqrt(mean_square + epsilon)
    if scale is not None:
        result = result * convert_to_tensor(scale, wide.dtype)
    return result.to(x.dtype)


def normalize(x, axis=-1, order=2, epsilon=1e-7):
    x = convert_to_tensor(x)
    if not x.is_floating_point():
        x = x.to(to_torch_dtype(floatx()))
    norm = torch.linalg.vector_norm(x, ord=order, dim=_dims(axis), keepdim=True)
    return x / torch.clamp(norm, min=epsilon)
