"""Encodings on torch.Tensor."""

import torch

from keras_backend_torch.core import convert_to_tensor, to_torch_dtype
from keras_core.backend.dtypes import result_type


def one_hot(x, num_classes, axis=-1, dtype=None):
    x = convert_to_tensor(x).to(torch.int64)
    classes = torch.arange(num_classes, device=x.device)
    # Out-of-range indices match no class, so their rows stay zero.
    encoded = (x.unsqueeze(-1) == classes).to(to_torch_dtype(dtype))
    return torch.movedim(encoded, -1, axis)


def multi_hot(inputs, num_classes, axis=-1, dtype=None):
    inputs = convert_to_tensor(inputs)
    rank = inputs.ndim
    encoded = one_hot(inputs, num_classes, axis=axis % rank, dtype=dtype)
    return torch.amax(encoded, dim=rank)


def polar(abs_, angle):
    abs_, angle = convert_to_tensor(abs_), convert_to_tensor(angle)
    real = to_torch_dtype(result_type(abs_.dtype, angle.dtype, float))
    return torch.polar(abs_.to(real), angle.to(real))
