"""NumPy-namespace ops on ``torch.Tensor``.

Two tensors go straight to torch, whose promotion between tensors is the one Keras's torch
backend has (a 0-d tensor does not widen an n-d tensor of the same kind). Anything else
(Python scalars, arrays, lists) and the pairs torch refuses (uint16/32/64 with other
integers) is first promoted with Keras's ``result_type``: torch's own rule for Python scalars
differs (a bool tensor plus ``1`` gives int64 in torch, int32 in Keras).
"""

import torch

from keras_backend_torch.core import convert_to_tensor, promoted, to_torch_dtype
from keras_core.backend.dtypes import standardize_dtype

_Tensor = torch.Tensor
_INT8 = torch.int8


def add(x1, x2):
    if type(x1) is _Tensor and type(x2) is _Tensor:
        try:
            return torch.add(x1, x2)
        except RuntimeError:
            pass
    return torch.add(*promoted(x1, x2))


def subtract(x1, x2):
    if type(x1) is _Tensor and type(x2) is _Tensor:
        try:
            return torch.subtract(x1, x2)
        except RuntimeError:
            pass
    return torch.subtract(*promoted(x1, x2))


def multiply(x1, x2):
    if type(x1) is _Tensor and type(x2) is _Tensor:
        try:
            return torch.multiply(x1, x2)
        except RuntimeError:
            pass
    return torch.multiply(*promoted(x1, x2))


def divide(x1, x2):
    # The weak float makes integer division produce floatx, as in Keras.
    return torch.true_divide(*promoted(x1, x2, float))


def maximum(x1, x2):
    if type(x1) is _Tensor and type(x2) is _Tensor:
        try:
            return torch.maximum(x1, x2)
        except RuntimeError:
            pass
    return torch.maximum(*promoted(x1, x2))


def _float_dtype_for(x):
    dtype = standardize_dtype(x.dtype)
    if dtype == "bool" or "int" in dtype:
        return to_torch_dtype(None)
    return None


def exp(x):
    x = convert_to_tensor(x)
    dtype = _float_dtype_for(x)
    return torch.exp(x if dtype is None else x.to(dtype))


def matmul(x1, x2):
    if type(x1) is _Tensor and type(x2) is _Tensor and x1.dtype is not _INT8:
        try:
            return torch.matmul(x1, x2)
        except RuntimeError:
            # Mixed dtypes: torch's matmul does not promote.
            pass
    x1, x2 = promoted(x1, x2)
    if x1.dtype == torch.int8:
        # int8 products accumulate in int32, as quantized matmuls do in Keras.
        x1, x2 = x1.to(torch.int32), x2.to(torch.int32)
    return torch.matmul(x1, x2)


# Reductions accumulate small integers in 32 bits (JAX's and Keras's rule).
_SUM_DTYPES = {
    torch.bool: torch.int32,
    torch.int8: torch.int32,
    torch.int16: torch.int32,
    torch.uint8: torch.int32,
    torch.uint16: torch.int32,
}


def _dims(axis):
    if axis is None:
        return None
    return (axis,) if isinstance(axis, int) else tuple(axis)


def sum(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    return torch.sum(x, dim=_dims(axis), keepdim=keepdims, dtype=_SUM_DTYPES.get(x.dtype))


def max(x, axis=None, keepdims=False, initial=None):
    x = convert_to_tensor(x)
    dims = _dims(axis)
    result = torch.amax(x, dim=() if dims is None else dims, keepdim=keepdims)
    if initial is not None:
        result = torch.clamp(result, min=initial)
    return result


def reshape(x, newshape):
    if isinstance(newshape, int):
        newshape = (newshape,)
    return torch.reshape(convert_to_tensor(x), tuple(newshape))


def transpose(x, axes=None):
    x = convert_to_tensor(x)
    if axes is None:
        axes = tuple(reversed(range(x.dim())))
    return torch.permute(x, tuple(axes))


def concatenate(xs, axis=0):
    tensors = [convert_to_tensor(x) for x in xs]
    return torch.cat(tensors, dim=axis)
