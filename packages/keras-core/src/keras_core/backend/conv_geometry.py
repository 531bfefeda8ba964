"""Padding arithmetic of convolutions, shared by every backend's conv kernels."""


def same_padding(size, kernel, stride, dilation=1):
    """``(before, after)`` padding of ``"same"``: ``ceil(size / stride)`` outputs, any odd
    padding after."""
    extent = (kernel - 1) * dilation + 1
    total = max((-(-size // stride) - 1) * stride + extent - size, 0)
    return total // 2, total - total // 2


def conv_padding(sizes, kernel, strides, dilation, padding):
    """``(before, after)`` per spatial axis for a forward convolution."""
    if padding == "valid":
        return [(0, 0)] * len(sizes)
    return [
        same_padding(n, k, s, d)
        for n, k, s, d in zip(sizes, kernel, strides, dilation, strict=True)
    ]


def transpose_padding(size, kernel, stride, dilation, padding, output_padding):
    """Padding of the stride-dilated input that turns a forward convolution with the
    flipped kernel into Keras's ``conv_transpose`` along one axis.

    The full transposed convolution has ``(size - 1) * stride + extent`` outputs; Keras
    keeps a window of it that starts ``start`` positions in (negative: zeros before).
    """
    extent = (kernel - 1) * dilation + 1
    full = (size - 1) * stride + extent
    if output_padding is None:
        length = size * stride + (max(extent - stride, 0) if padding == "valid" else 0)
        start = max(extent - stride, 0) // 2 if padding == "same" else 0
    else:
        cut = extent // 2 if padding == "same" else 0
        length = full - 2 * cut + output_padding
        # Keras keeps the window of a "same" convolution's gradient: the output padding is
        # split evenly around it, never before its start.
        start = max((2 * cut - output_padding) // 2, 0) if padding == "same" else 0
    return extent - 1 - start, extent - 1 + length - full + start
