"""Indexing, gathering and selecting by condition on torch.Tensor."""

import numpy as np
import torch

from keras_backend_torch.core import convert_to_tensor, operand_dtype, to_torch_dtype
from keras_core.backend.dtypes import result_type


def _checked_axis(axis: int, ndim: int) -> int:
    if not -ndim <= axis < ndim:
        # The public op's output rule turns this into the full error message.
        raise ValueError(f"axis {axis} is out of range for rank {ndim}")
    return axis % ndim


def _index(item):
    if isinstance(item, (list, tuple, np.ndarray)):
        item = convert_to_tensor(item)
    if isinstance(item, torch.Tensor) and item.dtype != torch.bool:
        _check_integer(item, "an index")
        # uint8 and other small index types are read as masks or refused by torch.
        return item.to(torch.int64)
    return item


def _check_integer(tensor, what):
    if tensor.is_floating_point() or tensor.is_complex():
        raise TypeError(f"{what} must have an integer dtype, received {tensor.dtype}")


def _expanded(key, rank):
    items = list(key) if isinstance(key, tuple) else [key]
    used = sum(
        item.dim() if isinstance(item, torch.Tensor) and item.dtype == torch.bool else 1
        for item in items
        if item is not None and item is not Ellipsis
    )
    ellipses = [i for i, item in enumerate(items) if item is Ellipsis]
    if len(ellipses) > 1:
        raise IndexError("an index can only have a single ellipsis ('...')")
    if ellipses:
        items[ellipses[0] : ellipses[0] + 1] = [slice(None)] * (rank - used)
    return items


def _is_basic(item) -> bool:
    if isinstance(item, slice):
        return item.step is None or (isinstance(item.step, int) and item.step > 0)
    return item is None or item is Ellipsis or type(item) is int


def get_item(x, key):
    items = key if isinstance(key, tuple) else (key,)
    if type(x) is torch.Tensor and all(map(_is_basic, items)) and items.count(Ellipsis) < 2:
        return x[key]
    x = convert_to_tensor(x)
    items, axis = [], 0
    for item in _expanded(key, x.dim()):
        if item is None:
            items.append(item)
            continue
        if isinstance(item, slice) and item.step is not None and item.step < 0:
            # torch slices cannot step backwards: gather those positions first.
            positions = torch.arange(*item.indices(x.shape[axis]), device=x.device)
            x, item = torch.index_select(x, axis, positions), slice(None)
        item = _index(item)
        axis += item.dim() if isinstance(item, torch.Tensor) and item.dtype == torch.bool else 1
        items.append(item)
    if any(isinstance(item, torch.Tensor) and item.dim() for item in items):
        # NumPy gathers with ints as with index arrays when both are present; torch
        # applies the ints first, which moves the gathered axes elsewhere.
        items = [_as_index_array(item, x.device) for item in items]
    return x[tuple(items)]


def _as_index_array(item, device):
    if isinstance(item, int):
        return torch.tensor([item], device=device)
    return item


def _positions(indices, size):
    indices = convert_to_tensor(indices)
    _check_integer(indices, "indices")
    indices = indices.to(torch.int64)
    return torch.where(indices < 0, indices + size, indices)


def take(x, indices, axis=None):
    x = convert_to_tensor(x)
    if axis is None:
        x, axis = x.reshape(-1), 0
    axis = _checked_axis(axis, x.dim())
    indices = _positions(indices, x.shape[axis])
    picked = torch.index_select(x, axis, indices.reshape(-1))
    return picked.reshape((*x.shape[:axis], *indices.shape, *x.shape[axis + 1 :]))


def take_along_axis(x, indices, axis=None):
    x = convert_to_tensor(x)
    if axis is None:
        x, axis = x.reshape(-1), 0
    axis = _checked_axis(axis, x.dim())
    indices = _positions(indices, x.shape[axis])
    x_shape, index_shape = list(x.shape), list(indices.shape)
    x_shape[axis] = index_shape[axis] = 1
    batch = torch.broadcast_shapes(x_shape, index_shape)
    x = x.expand((*batch[:axis], x.shape[axis], *batch[axis + 1 :]))
    indices = indices.expand((*batch[:axis], indices.shape[axis], *batch[axis + 1 :]))
    return torch.take_along_dim(x, indices, dim=axis)


def where(condition, x1, x2):
    dtype = to_torch_dtype(result_type(operand_dtype(x1), operand_dtype(x2)))
    condition = convert_to_tensor(condition)
    if condition.dtype != torch.bool:
        condition = condition != 0
    return torch.where(condition, convert_to_tensor(x1, dtype), convert_to_tensor(x2, dtype))


def nonzero(x):
    return tuple(i.to(torch.int32) for i in torch.nonzero(convert_to_tensor(x), as_tuple=True))


def isin(x1, x2, assume_unique=False, invert=False):
    x1, x2 = convert_to_tensor(x1), convert_to_tensor(x2)
    dtype = to_torch_dtype(result_type(x1.dtype, x2.dtype))
    return torch.isin(x1.to(dtype), x2.to(dtype), assume_unique=assume_unique, invert=invert)


def diagonal(x, offset=0, axis1=0, axis2=1):
    return torch.diagonal(convert_to_tensor(x), offset, axis1, axis2)


def unravel_index(indices, shape):
    indices = convert_to_tensor(indices)
    _check_integer(indices, "indices")
    dtype = indices.dtype
    return tuple(i.to(dtype) for i in torch.unravel_index(indices.to(torch.int64), tuple(shape)))
