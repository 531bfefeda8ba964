"""Activation functions on torch.Tensor."""

import torch

from keras_backend_torch.core import convert_to_tensor, to_torch_dtype
from keras_core.backend.composed.nn import activation as composed


def _floating(x):
    x = convert_to_tensor(x)
    if not x.is_floating_point():
        return x.to(to_torch_dtype(None))
    return x


def relu(x):
    return torch.relu(convert_to_tensor(x))


def sigmoid(x):
    return torch.sigmoid(_floating(x))


def softmax(x, axis=-1):
    if not isinstance(axis, int):
        # torch.softmax takes one dim; the composition handles several.
        return composed.softmax(x, axis=axis)
    return torch.softmax(_floating(x), dim=axis)
