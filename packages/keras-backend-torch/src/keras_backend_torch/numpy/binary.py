"""Broadcasting element-wise functions of two tensors on torch.Tensor."""

import torch

from keras_backend_torch.core import promoted

_Tensor = torch.Tensor


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
