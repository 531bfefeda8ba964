"""Convolution and pooling on torch.Tensor.

torch's kernels are channels-first: channels-last inputs are moved around them. Padding is
applied with ``functional.pad`` where torch's own (symmetric) padding cannot express it.
"""

import torch
from torch.nn import functional

from keras_backend_torch.core import convert_to_tensor, to_torch_dtype
from keras_core.backend.conv_geometry import conv_padding, transpose_padding
from keras_core.backend.dtypes import result_type
from keras_core.backend.settings import floatx

_CONV = {1: functional.conv1d, 2: functional.conv2d, 3: functional.conv3d}
_CONV_TRANSPOSE = {
    1: functional.conv_transpose1d,
    2: functional.conv_transpose2d,
    3: functional.conv_transpose3d,
}
_MAX_POOL = {1: functional.max_pool1d, 2: functional.max_pool2d, 3: functional.max_pool3d}
_AVG_POOL = {1: functional.avg_pool1d, 2: functional.avg_pool2d, 3: functional.avg_pool3d}
_ADAPTIVE_AVG = {
    1: functional.adaptive_avg_pool1d,
    2: functional.adaptive_avg_pool2d,
    3: functional.adaptive_avg_pool3d,
}
_ADAPTIVE_MAX = {
    1: functional.adaptive_max_pool1d,
    2: functional.adaptive_max_pool2d,
    3: functional.adaptive_max_pool3d,
}


def _channels_first(x, data_format):
    return x if data_format == "channels_first" else torch.movedim(x, -1, 1)


def _restore_format(x, data_format):
    return x if data_format == "channels_first" else torch.movedim(x, 1, -1)


def _pad_amounts(pads):
    """``functional.pad``'s flat list (last axis first) from ``(before, after)`` pairs."""
    return [amount for pair in reversed(pads) for amount in pair]


def _computation_dtypes(*tensors):
    dtype = to_torch_dtype(result_type(*(t.dtype for t in tensors)))
    # torch convolves floating tensors only; integers go through float64, exactly.
    return dtype, dtype if dtype.is_floating_point else torch.float64


def conv(inputs, kernel, strides, padding, data_format, dilation_rate):
    inputs, kernel = convert_to_tensor(inputs), convert_to_tensor(kernel)
    dtype, wide = _computation_dtypes(inputs, kernel)
    rank = kernel.ndim - 2
    x = _channels_first(inputs.to(wide), data_format)
    pads = conv_padding(x.shape[2:], kernel.shape[:rank], strides, dilation_rate, padding)
    if any(before != after for before, after in pads):
        x = functional.pad(x, _pad_amounts(pads))
        pads = [(0, 0)] * rank
    weight = torch.movedim(kernel.to(wide), (-1, -2), (0, 1))
    out = _CONV[rank](
        x,
        weight,
        stride=strides,
        padding=[before for before, _ in pads],
        dilation=dilation_rate,
        groups=x.shape[1] // kernel.shape[-2],
    )
    return _restore_format(out, data_format).to(dtype)


def depthwise_conv(inputs, kernel, strides, padding, data_format, dilation_rate):
    kernel = convert_to_tensor(kernel)
    *window, channels, multiplier = kernel.shape
    grouped = kernel.reshape(*window, 1, channels * multiplier)
    return conv(inputs, grouped, strides, padding, data_format, dilation_rate)


def conv_transpose(inputs, kernel, strides, padding, output_padding, data_format, dilation_rate):
    inputs, kernel = convert_to_tensor(inputs), convert_to_tensor(kernel)
    dtype, wide = _computation_dtypes(inputs, kernel)
    rank = kernel.ndim - 2
    x = _channels_first(inputs.to(wide), data_format)
    # Keras's kernel (*k, filters, channels) is torch's (channels, filters, *k).
    weight = torch.movedim(kernel.to(wide), (-1, -2), (0, 1))
    full = _CONV_TRANSPOSE[rank](x, weight, stride=strides, dilation=dilation_rate)
    extra = output_padding or (None,) * rank
    window = []
    for n, k, s, d, p in zip(
        x.shape[2:], kernel.shape[:rank], strides, dilation_rate, extra, strict=True
    ):
        before, after = transpose_padding(n, k, s, d, padding, p)
        extent = (k - 1) * d + 1
        # The forward padding `before` corresponds to a crop of extent - 1 - before.
        window.append((before - (extent - 1), after - (extent - 1)))
    out = functional.pad(full, _pad_amounts(window))
    return _restore_format(out, data_format).to(dtype)


def _padded(x, pool_size, strides, padding, value):
    pads = conv_padding(x.shape[2:], pool_size, strides, (1,) * len(pool_size), padding)
    return functional.pad(x, _pad_amounts(pads), value=value)


def max_pool(inputs, pool_size, strides, padding, data_format):
    inputs = convert_to_tensor(inputs)
    dtype = inputs.dtype
    x = _channels_first(
        inputs if dtype.is_floating_point else inputs.to(torch.float64), data_format
    )
    x = _padded(x, pool_size, strides, padding, float("-inf"))
    out = _MAX_POOL[len(pool_size)](x, pool_size, strides)
    return _restore_format(out, data_format).to(dtype)


def average_pool(inputs, pool_size, strides, padding, data_format):
    inputs = convert_to_tensor(inputs)
    if not inputs.is_floating_point():
        inputs = inputs.to(to_torch_dtype(floatx()))
    x = _channels_first(inputs, data_format)
    pool = _AVG_POOL[len(pool_size)]
    out = pool(_padded(x, pool_size, strides, padding, 0.0), pool_size, strides)
    if padding == "same":
        # Only real elements count: the mean of ones padded alike is each window's share.
        ones = torch.ones((1, 1, *x.shape[2:]), dtype=x.dtype, device=x.device)
        out = out / pool(_padded(ones, pool_size, strides, padding, 0.0), pool_size, strides)
    return _restore_format(out, data_format)


def adaptive_average_pool(inputs, output_size, data_format):
    inputs = convert_to_tensor(inputs)
    if not inputs.is_floating_point():
        inputs = inputs.to(to_torch_dtype(floatx()))
    out = _ADAPTIVE_AVG[len(output_size)](_channels_first(inputs, data_format), output_size)
    return _restore_format(out, data_format)


def adaptive_max_pool(inputs, output_size, data_format):
    inputs = convert_to_tensor(inputs)
    dtype = inputs.dtype
    x = _channels_first(
        inputs if dtype.is_floating_point else inputs.to(torch.float64), data_format
    )
    out = _ADAPTIVE_MAX[len(output_size)](x, output_size)
    return _restore_format(out, data_format).to(dtype)


def unfold(x, kernel_size, dilation, padding, stride):
    x = convert_to_tensor(x)
    dtype = x.dtype
    wide = x if dtype.is_floating_point else x.to(torch.float64)
    out = functional.unfold(wide, kernel_size, dilation=dilation, padding=padding, stride=stride)
    return out.to(dtype)


def fold(x, output_size, kernel_size, dilation, padding, stride):
    x = convert_to_tensor(x)
    dtype = x.dtype
    wide = x if dtype.is_floating_point else x.to(torch.float64)
    out = functional.fold(
        wide, output_size, kernel_size, dilation=dilation, padding=padding, stride=stride
    )
    return out.to(dtype)
