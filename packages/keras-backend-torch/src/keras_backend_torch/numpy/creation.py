"""Filled tensors, ranges and triangles as torch.Tensor."""

import torch

from keras_backend_torch.core import (
    DEFAULT_DEVICE,
    convert_to_tensor,
    operand_dtype,
    to_torch_dtype,
)
from keras_core.backend.dtypes import result_type
from keras_core.backend.settings import floatx


def _shape(shape) -> tuple:
    return (shape,) if isinstance(shape, int) else tuple(shape)


def full(shape, fill_value, dtype=None):
    dtype = to_torch_dtype(dtype or floatx())
    if isinstance(fill_value, (bool, int, float)):
        return torch.full(_shape(shape), fill_value, dtype=dtype, device=DEFAULT_DEVICE)
    fill = convert_to_tensor(fill_value, dtype)
    return torch.broadcast_to(fill, _shape(shape)).clone()


def eye(N, M=None, k=0, dtype=None):
    if N < 0 or (M is not None and M < 0):
        raise ValueError(f"eye needs non-negative sizes, received N={N}, M={M}")
    M = N if M is None else M
    rows = torch.arange(N, device=DEFAULT_DEVICE)[:, None]
    columns = torch.arange(M, device=DEFAULT_DEVICE)[None, :]
    return (columns - rows == k).to(to_torch_dtype(dtype or floatx()))


def arange(start, stop=None, step=None, dtype=None):
    bounds = [b for b in (start, stop, step) if b is not None]
    dtype = to_torch_dtype(dtype or result_type(*map(operand_dtype, bounds)))
    if stop is None:
        start, stop = 0, start
    step = 1 if step is None else step
    return torch.arange(start, stop, step, dtype=dtype, device=DEFAULT_DEVICE)


def tril(x, k=0):
    return torch.tril(convert_to_tensor(x), k)


def triu(x, k=0):
    return torch.triu(convert_to_tensor(x), k)


def diag(x, k=0):
    return torch.diag(convert_to_tensor(x), k)
