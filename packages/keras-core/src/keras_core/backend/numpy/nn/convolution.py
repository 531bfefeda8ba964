"""Convolution and pooling on NumPy arrays, by sliding windows and ``einsum``.

The padding arithmetic is in ``keras_core.backend.conv_geometry``, shared by every backend.
"""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from keras_core.backend.conv_geometry import conv_padding, transpose_padding
from keras_core.backend.dtypes import result_type
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype
from keras_core.backend.settings import floatx

_FLOATS = ("bfloat16", "float16", "float32", "float64")


def _channels_last(x, data_format):
    return np.moveaxis(x, 1, -1) if data_format == "channels_first" else x


def _restore_format(x, data_format):
    return np.moveaxis(x, -1, 1) if data_format == "channels_first" else x


def _pad(x, pads, value=0):
    """Pads the spatial axes of a channels-last ``x``; negative amounts crop."""
    crops = tuple(
        slice(max(-lo, 0), x.shape[i + 1] - max(-hi, 0)) for i, (lo, hi) in enumerate(pads)
    )
    x = x[(slice(None), *crops)]
    widths = [(0, 0), *((max(lo, 0), max(hi, 0)) for lo, hi in pads), (0, 0)]
    return np.pad(x, widths, constant_values=value)


def _windows(x, kernel, strides, dilation):
    """``(batch, *outputs, channels, *kernel)`` windows of a padded channels-last ``x``."""
    rank = len(kernel)
    extents = [(k - 1) * d + 1 for k, d in zip(kernel, dilation, strict=True)]
    windows = sliding_window_view(x, extents, axis=tuple(range(1, rank + 1)))
    outputs = tuple(slice(None, None, s) for s in strides)
    taps = tuple(slice(None, None, d) for d in dilation)
    return windows[(slice(None), *outputs, slice(None), *taps)]


def _computation_dtype(*arrays):
    dtype = result_type(*(a.dtype for a in arrays))
    wide = "float32" if dtype in ("float16", "bfloat16") else dtype
    return to_numpy_dtype(dtype), to_numpy_dtype(wide)


def _convolve(x, kernel, strides, pads, dilation):
    """Grouped forward convolution of a channels-last ``x``; ``pads`` may crop."""
    rank = kernel.ndim - 2
    windows = _windows(_pad(x, pads), kernel.shape[:rank], strides, dilation)
    *_, per_group, filters = kernel.shape
    groups = x.shape[-1] // per_group
    batch_and_outputs = windows.shape[: rank + 1]
    windows = windows.reshape(*batch_and_outputs, groups, per_group, -1)
    # Output channel g * (filters // groups) + f belongs to group g.
    grouped = kernel.reshape(-1, per_group, groups, filters // groups)
    out = np.einsum("...gck,kcgf->...gf", windows, grouped)
    return out.reshape(*batch_and_outputs, filters)


def conv(inputs, kernel, strides, padding, data_format, dilation_rate):
    inputs, kernel = convert_to_tensor(inputs), convert_to_tensor(kernel)
    dtype, wide = _computation_dtype(inputs, kernel)
    x = _channels_last(inputs, data_format).astype(wide)
    pads = conv_padding(x.shape[1:-1], kernel.shape[:-2], strides, dilation_rate, padding)
    out = _convolve(x, kernel.astype(wide), strides, pads, dilation_rate)
    return _restore_format(out, data_format).astype(dtype)


def _dilate(x, strides):
    """Inserts ``stride - 1`` zeros between the elements of each spatial axis."""
    shape = (
        x.shape[0],
        *((n - 1) * s + 1 for n, s in zip(x.shape[1:-1], strides, strict=True)),
        x.shape[-1],
    )
    out = np.zeros(shape, x.dtype)
    out[(slice(None), *(slice(None, None, s) for s in strides))] = x
    return out


def conv_transpose(inputs, kernel, strides, padding, output_padding, data_format, dilation_rate):
    inputs, kernel = convert_to_tensor(inputs), convert_to_tensor(kernel)
    dtype, wide = _computation_dtype(inputs, kernel)
    x = _channels_last(inputs, data_format).astype(wide)
    rank = kernel.ndim - 2
    extra = output_padding or (None,) * rank
    pads = [
        transpose_padding(n, k, s, d, padding, p)
        for n, k, s, d, p in zip(
            x.shape[1:-1], kernel.shape[:rank], strides, dilation_rate, extra, strict=True
        )
    ]
    # Kernel (*k, filters, channels) flipped in space is the forward kernel.
    forward = np.flip(kernel, axis=tuple(range(rank))).swapaxes(-1, -2).astype(wide)
    out = _convolve(_dilate(x, strides), forward, (1,) * rank, pads, dilation_rate)
    return _restore_format(out, data_format).astype(dtype)


def depthwise_conv(inputs, kernel, strides, padding, data_format, dilation_rate):
    kernel = convert_to_tensor(kernel)
    *window, channels, multiplier = kernel.shape
    grouped = kernel.reshape(*window, 1, channels * multiplier)
    return conv(inputs, grouped, strides, padding, data_format, dilation_rate)


def _pool(inputs, pool_size, strides, padding, data_format, fill):
    x = _channels_last(convert_to_tensor(inputs), data_format)
    pads = conv_padding(x.shape[1:-1], pool_size, strides, (1,) * len(pool_size), padding)
    windows = _windows(_pad(x, pads, fill), pool_size, strides, (1,) * len(pool_size))
    return x, pads, windows.reshape(*windows.shape[: x.ndim], -1)


def max_pool(inputs, pool_size, strides, padding, data_format):
    x = convert_to_tensor(inputs)
    lowest = np.finfo(x.dtype).min if np.issubdtype(x.dtype, np.floating) else np.iinfo(x.dtype).min
    _, _, windows = _pool(x, pool_size, strides, padding, data_format, lowest)
    return _restore_format(windows.max(axis=-1), data_format)


def average_pool(inputs, pool_size, strides, padding, data_format):
    x = convert_to_tensor(inputs)
    dtype = x.dtype if np.issubdtype(x.dtype, np.floating) else np.dtype(floatx())
    x, pads, windows = _pool(x.astype(dtype), pool_size, strides, padding, data_format, 0)
    # Only real elements count: pool a tensor of ones padded with zeros the same way.
    ones = np.ones((1, *x.shape[1:-1], 1), dtype)
    counts = _windows(_pad(ones, pads), pool_size, strides, (1,) * len(pool_size))
    counts = counts.reshape(*counts.shape[: x.ndim], -1).sum(axis=-1)
    return _restore_format((windows.sum(axis=-1) / counts).astype(dtype), data_format)


def _adaptive(x, output_size, data_format, reduce):
    x = _channels_last(x, data_format)
    for axis, size in enumerate(output_size, start=1):
        length = x.shape[axis]
        pieces = [
            reduce(np.take(x, range(i * length // size, -(-(i + 1) * length // size)), axis), axis)
            for i in range(size)
        ]
        x = np.stack(pieces, axis=axis)
    return _restore_format(x, data_format)


def adaptive_average_pool(inputs, output_size, data_format):
    x = convert_to_tensor(inputs)
    dtype = x.dtype if np.issubdtype(x.dtype, np.floating) else np.dtype(floatx())
    return _adaptive(x.astype(dtype), output_size, data_format, np.mean).astype(dtype)


def adaptive_max_pool(inputs, output_size, data_format):
    return _adaptive(convert_to_tensor(inputs), output_size, data_format, np.max)


def unfold(x, kernel_size, dilation, padding, stride):
    x = convert_to_tensor(x)
    batch, channels = x.shape[:2]
    pads = [(p, p) for p in padding]
    windows = _windows(_pad(np.moveaxis(x, 1, -1), pads), kernel_size, stride, dilation)
    # (batch, rows, columns, channels, kh, kw) -> (batch, channels, kh, kw, rows * columns)
    columns = np.moveaxis(windows, (1, 2), (-2, -1))
    return columns.reshape(batch, channels * kernel_size[0] * kernel_size[1], -1)


def fold(x, output_size, kernel_size, dilation, padding, stride):
    x = convert_to_tensor(x)
    batch = x.shape[0]
    (kh, kw), (dh, dw), (sh, sw) = kernel_size, dilation, stride
    padded = [n + 2 * p for n, p in zip(output_size, padding, strict=True)]
    rows, columns = (
        (n - (k - 1) * d - 1) // s + 1
        for n, k, d, s in zip(padded, kernel_size, dilation, stride, strict=True)
    )
    blocks = x.reshape(batch, -1, kh, kw, rows, columns)
    out = np.zeros((batch, blocks.shape[1], *padded), x.dtype)
    for i in range(kh):
        for j in range(kw):
            top, left = i * dh, j * dw
            rows_slice = slice(top, top + (rows - 1) * sh + 1, sh)
            columns_slice = slice(left, left + (columns - 1) * sw + 1, sw)
            out[:, :, rows_slice, columns_slice] += blocks[:, :, i, j]
    (ph, pw), (height, width) = padding, output_size
    return out[:, :, ph : ph + height, pw : pw + width]
