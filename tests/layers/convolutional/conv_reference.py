"""NumPy reference convolutions for the convolution layer tests, written from the
definitions (sums over kernel offsets), independent of keras_core.

Arrays are channels last: inputs ``(batch, *spatial, channels)``; kernels in Keras's layouts.
"""

import itertools

import numpy as np


def same_padding(size, kernel, stride, dilation):
    """TensorFlow's "same": ``ceil(size / stride)`` outputs, the odd zero after."""
    extent = (kernel - 1) * dilation + 1
    total = max((-(-size // stride) - 1) * stride + extent - size, 0)
    return total // 2, total - total // 2


def conv(x, kernel, strides, dilation, pads, groups=1):
    """Grouped cross-correlation; ``kernel`` is ``(*k, channels // groups, filters)`` and
    ``pads`` one ``(before, after)`` per spatial axis."""
    rank = x.ndim - 2
    x = np.pad(x, [(0, 0), *pads, (0, 0)])
    sizes = kernel.shape[:rank]
    out = [
        (n - ((k - 1) * d + 1)) // s + 1
        for n, k, s, d in zip(x.shape[1:-1], sizes, strides, dilation, strict=True)
    ]
    per_group, filters = kernel.shape[-2], kernel.shape[-1]
    result = np.zeros((x.shape[0], *out, filters), dtype=np.float64)
    for offset in itertools.product(*(range(k) for k in sizes)):
        window = tuple(
            slice(o * d, o * d + (m - 1) * s + 1, s)
            for o, d, s, m in zip(offset, dilation, strides, out, strict=True)
        )
        patch = x[(slice(None), *window)]
        patch = patch.reshape(*patch.shape[:-1], groups, per_group)
        weights = kernel[offset].reshape(per_group, groups, filters // groups)
        mixed = np.einsum("...gc,cgf->...gf", patch, weights)
        result += mixed.reshape(*mixed.shape[:-2], filters)
    return result


def conv_transpose(x, kernel, strides, dilation, padding, output_padding):
    """Keras's transposed convolution: input element ``i`` adds ``x[i] * kernel[k]`` at
    output position ``i * stride + k * dilation``; the result is cropped (or zero-extended)
    to Keras's output length, centred as the gradient of a "same" convolution."""
    rank = x.ndim - 2
    sizes = kernel.shape[:rank]
    filters = kernel.shape[-2]
    extents = [(k - 1) * d + 1 for k, d in zip(sizes, dilation, strict=True)]
    full = [(n - 1) * s + e for n, s, e in zip(x.shape[1:-1], strides, extents, strict=True)]
    result = np.zeros((x.shape[0], *full, filters), dtype=np.float64)
    for index in itertools.product(*(range(n) for n in x.shape[1:-1])):
        for offset in itertools.product(*(range(k) for k in sizes)):
            target = tuple(
                i * s + o * d for i, s, o, d in zip(index, strides, offset, dilation, strict=True)
            )
            result[(slice(None), *target)] += x[(slice(None), *index)] @ kernel[offset].T
    for axis in range(rank):
        n, s, e = x.shape[1 + axis], strides[axis], extents[axis]
        if output_padding is None:
            length = n * s if padding == "same" else n * s + max(e - s, 0)
        else:
            cut = e // 2 if padding == "same" else 0
            length = (n - 1) * s + e - 2 * cut + output_padding[axis]
        start = max(full[axis] - length, 0) // 2 if padding == "same" else 0
        extra = max(start + length - full[axis], 0)
        widths = [(0, 0)] * result.ndim
        widths[1 + axis] = (0, extra)
        result = np.pad(result, widths)
        result = np.take(result, range(start, start + length), axis=1 + axis)
    return result


def depthwise_conv(x, kernel, strides, dilation, pads):
    """``kernel`` ``(*k, channels, multiplier)``: channel ``c``'s filter ``m`` gives output
    channel ``c * multiplier + m``, i.e. a convolution with one group per channel."""
    rank = x.ndim - 2
    channels, multiplier = kernel.shape[-2:]
    grouped = kernel.reshape(*kernel.shape[:rank], 1, channels * multiplier)
    return conv(x, grouped, strides, dilation, pads, groups=channels)


def padding_pairs(padding, sizes, kernel, strides, dilation):
    """``(before, after)`` per spatial axis for "valid", "same" or "causal"."""
    if padding == "valid":
        return [(0, 0)] * len(sizes)
    if padding == "causal":
        return [((k - 1) * d, 0) for k, d in zip(kernel, dilation, strict=True)]
    return [
        same_padding(n, k, s, d)
        for n, k, s, d in zip(sizes, kernel, strides, dilation, strict=True)
    ]


def to_channels_last(x):
    return np.moveaxis(x, 1, -1)


def to_channels_first(x):
    return np.moveaxis(x, -1, 1)


_ACTIVATIONS = {"linear": lambda y: y, "relu": lambda y: np.maximum(y, 0), "tanh": np.tanh}


def layer_output(class_name, config, x, weights):
    """What a Keras convolution layer ``class_name`` with ``config`` and ``weights`` (in
    Keras's order) computes on ``x``."""
    channels_first = config["data_format"] == "channels_first"
    x = to_channels_last(x) if channels_first else x
    x = x.astype(np.float64)
    kernel_size, strides = config["kernel_size"], config["strides"]
    dilation, padding = config["dilation_rate"], config["padding"]
    pads = padding_pairs(padding, x.shape[1:-1], kernel_size, strides, dilation)
    if class_name.endswith("Transpose"):
        y = conv_transpose(x, weights[0], strides, dilation, padding, config["output_padding"])
    elif class_name.startswith("Depthwise"):
        y = depthwise_conv(x, weights[0], strides, dilation, pads)
    elif class_name.startswith("Separable"):
        y = depthwise_conv(x, weights[0], strides, dilation, pads)
        ones = (1,) * len(kernel_size)
        y = conv(y, weights[1], ones, ones, [(0, 0)] * len(kernel_size))
    else:
        y = conv(x, weights[0], strides, dilation, pads, config["groups"])
    if config["use_bias"]:
        y = y + weights[-1]
    y = _ACTIVATIONS[config["activation"]](y)
    return to_channels_first(y) if channels_first else y
