"""Reductions over axes on torch.Tensor."""

import torch

from keras_backend_torch.core import convert_to_tensor

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
