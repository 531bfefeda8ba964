"""Reshaping, transposing and joining on torch.Tensor."""

import torch

from keras_backend_torch.core import convert_to_tensor


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
