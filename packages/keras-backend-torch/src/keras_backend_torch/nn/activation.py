"""Activation functions on torch.Tensor."""

import torch
from torch.nn import functional

from keras_backend_torch.core import convert_to_tensor, operand_dtype, to_torch_dtype
from keras_core.backend.dtypes import result_type


def _floating(x):
    x = convert_to_tensor(x)
    if not x.is_floating_point():
        return x.to(to_torch_dtype(None))
    return x


def _bool_as_int(x):
    x = convert_to_tensor(x)
    return x.to(torch.int32) if x.dtype == torch.bool else x


def relu(x):
    return torch.relu(_bool_as_int(x))


def relu6(x):
    return functional.relu6(_floating(x))


def sigmoid(x):
    return torch.sigmoid(_floating(x))


def sparse_sigmoid(x):
    return (torch.clamp(_floating(x), -1.0, 1.0) + 1.0) * 0.5


def softplus(x):
    return functional.softplus(_floating(x))


def softsign(x):
    return functional.softsign(_floating(x))


def soft_shrink(x, threshold=0.5):
    return functional.softshrink(_floating(x), threshold)


def sparse_plus(x):
    x = _floating(x)
    quadratic = torch.square(x + 1.0) * 0.25
    return torch.where(x <= -1, torch.zeros_like(x), torch.where(x >= 1, x, quadratic))


def silu(x):
    return functional.silu(_floating(x))


def squareplus(x, b=4):
    x = _floating(x)
    return (x + torch.sqrt(torch.square(x) + b)) * 0.5


def log_sigmoid(x):
    return functional.logsigmoid(_floating(x))


def leaky_relu(x, negative_slope=0.2):
    return functional.leaky_relu(_floating(x), negative_slope)


def hard_sigmoid(x):
    return functional.hardsigmoid(_floating(x))


def hard_silu(x):
    return functional.hardswish(_floating(x))


def hard_tanh(x):
    x = _bool_as_int(x)
    return torch.clamp(x, -1, 1)


def hard_shrink(x, threshold=0.5):
    return functional.hardshrink(_floating(x), threshold)


def tanh_shrink(x):
    return functional.tanhshrink(_floating(x))


def threshold(x, threshold, default_value):
    dtype = result_type(operand_dtype(x), operand_dtype(threshold), operand_dtype(default_value))
    x = convert_to_tensor(x, dtype)
    return torch.where(
        x > threshold, x, torch.tensor(default_value, dtype=x.dtype, device=x.device)
    )


def elu(x, alpha=1.0):
    return functional.elu(_floating(x), alpha)


def selu(x):
    return functional.selu(_floating(x))


def celu(x, alpha=1.0):
    return functional.celu(_floating(x), alpha)


def gelu(x, approximate=True):
    return functional.gelu(_floating(x), approximate="tanh" if approximate else "none")


def glu(x, axis=-1):
    return functional.glu(_floating(x), dim=axis)


def softmax(x, axis=-1):
    x = _floating(x)
    if isinstance(axis, int):
        return torch.softmax(x, dim=axis)
    # torch.softmax takes one dim; over several, normalise with logsumexp.
    return torch.exp(x - torch.logsumexp(x, dim=tuple(axis), keepdim=True))


def log_softmax(x, axis=-1):
    x = _floating(x)
    if isinstance(axis, int):
        return torch.log_softmax(x, dim=axis)
    return x - torch.logsumexp(x, dim=tuple(axis), keepdim=True)


def sparsemax(x, axis=-1):
    x = _floating(x)
    moved = torch.movedim(x, axis, -1)
    ordered = torch.sort(moved, dim=-1, descending=True).values
    ranks = torch.arange(1, moved.shape[-1] + 1, dtype=x.dtype, device=x.device)
    cumulative = torch.cumsum(ordered, dim=-1)
    support = torch.sum(ordered * ranks > cumulative - 1, dim=-1, keepdim=True)
    chosen = torch.gather(cumulative, -1, torch.clamp(support - 1, min=0))
    tau = (chosen - 1) / support.to(x.dtype)
    return torch.movedim(torch.clamp(moved - tau, min=0), -1, axis)
