"""Fused LSTM and GRU on torch: ``torch.lstm`` / ``torch.gru``, the kernels behind
``torch.nn.LSTM`` / ``torch.nn.GRU`` (cuDNN on CUDA, a fused C++ loop on CPU).

Weights come in Keras's layout (see ``keras_core.backend.composed.rnn``) and are rearranged
per call into torch's: transposed, and for the GRU the gates reordered from Keras's
(z, r, h) to torch's (r, z, n). Keras's LSTM gate order (i, f, c, o) is torch's (i, f, g, o).
Keras's GRU with ``reset_after=True`` is exactly torch's GRU (reset applied to the recurrent
product plus its bias). Both are differentiable through these rearrangements.
"""

import contextlib

import torch

from keras_backend_torch.core import convert_to_tensor


def _flags():
    """torch.lstm / torch.gru's arguments after the weights: num_layers, dropout, train,
    bidirectional, batch_first. ``train`` only changes what cuDNN keeps for the backward
    pass (it has no dropout to apply): without it cuDNN refuses to differentiate."""
    return 1, 0.0, torch.is_grad_enabled(), False, True


def _check_features(op, x, kernel):
    # torch.lstm / torch.gru do not check their weights against the input (torch.nn.LSTM
    # does, in Python): a mismatch would run on garbage.
    if x.shape[-1] != kernel.shape[0]:
        raise ValueError(
            f"{op}: inputs have {x.shape[-1]} features, but the kernel expects "
            f"{kernel.shape[0]} (kernel shape {tuple(kernel.shape)})"
        )


def lstm(inputs, initial_h, initial_c, kernel, recurrent_kernel, bias, go_backwards=False):
    x = convert_to_tensor(inputs)
    _check_features("lstm", x, kernel)
    if go_backwards:
        x = torch.flip(x, (1,))
    weights = [_torch_layout(kernel), _torch_layout(recurrent_kernel)]
    if bias is not None:
        # torch adds an input and a recurrent bias; Keras has one, so the second is zero.
        bias = convert_to_tensor(bias)
        weights += [bias, torch.zeros_like(bias)]
    hidden = (convert_to_tensor(initial_h)[None], convert_to_tensor(initial_c)[None])
    with _exact_cudnn(x):
        outputs, h, c = torch.lstm(x, hidden, _packed(weights), bias is not None, *_flags())
    return outputs, h[0], c[0]


@contextlib.contextmanager
def _exact_cudnn(x):
    """On CUDA, cuDNN without TF32 (which PyTorch allows cuDNN by default), so that the
    fused forward pass computes what the float32 step loop computes."""
    if not x.is_cuda:
        yield
        return
    cudnn = torch.backends.cudnn
    with cudnn.flags(
        enabled=cudnn.enabled,
        benchmark=cudnn.benchmark,
        deterministic=cudnn.deterministic,
        allow_tf32=False,
    ):
        yield


def _torch_layout(kernel):
    """A Keras ``(inputs, gates)`` kernel as torch's ``(gates, inputs)`` (a view)."""
    return convert_to_tensor(kernel).t()


def _packed(weights):
    """``weights`` copied into one buffer, returned as views of it in the same order.

    For one layer, torch's weight order is cuDNN's packed layout, so cuDNN uses the buffer
    as it is; separate tensors would be repacked on every call (several times slower),
    and cuDNN rejects transposed views. One differentiable copy does both.
    """
    flat = torch.cat([weight.reshape(-1) for weight in weights])
    views, offset = [], 0
    for weight in weights:
        views.append(flat[offset : offset + weight.numel()].view(weight.shape))
        offset += weight.numel()
    return views


def _torch_gate_order(weight):
    """Keras's GRU gate blocks (z, r, h) along the last axis, reordered to torch's (r, z, n)."""
    z, r, h = torch.chunk(weight, 3, dim=-1)
    return torch.cat([r, z, h], dim=-1)


def gru(inputs, initial_h, kernel, recurrent_kernel, bias, go_backwards=False):
    x = convert_to_tensor(inputs)
    _check_features("gru", x, kernel)
    if go_backwards:
        x = torch.flip(x, (1,))
    weights = [
        _torch_layout(_torch_gate_order(convert_to_tensor(kernel))),
        _torch_layout(_torch_gate_order(convert_to_tensor(recurrent_kernel))),
    ]
    if bias is not None:
        input_bias, recurrent_bias = _torch_gate_order(convert_to_tensor(bias))
        weights += [input_bias, recurrent_bias]
    hidden = convert_to_tensor(initial_h)[None]
    with _exact_cudnn(x):
        outputs, h = torch.gru(x, hidden, _packed(weights), bias is not None, *_flags())
    return outputs, h[0]
