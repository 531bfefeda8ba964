"""Convolution and pooling on jax.Array, through ``jax.lax``'s convolution and windows."""

import math

import jax.numpy as jnp
from jax import lax

from keras_backend_jax.core import convert_to_tensor
from keras_core.backend.conv_geometry import conv_padding, transpose_padding
from keras_core.backend.dtypes import result_type
from keras_core.backend.settings import floatx


def _dimension_numbers(rank, data_format):
    spatial = "DHW"[3 - rank :]
    layout = f"NC{spatial}" if data_format == "channels_first" else f"N{spatial}C"
    return layout, f"{spatial}IO", layout


def _spatial_shape(x, data_format):
    return x.shape[2:] if data_format == "channels_first" else x.shape[1:-1]


def _promoted(inputs, kernel):
    inputs, kernel = convert_to_tensor(inputs), convert_to_tensor(kernel)
    dtype = result_type(inputs.dtype, kernel.dtype)
    return inputs.astype(dtype), kernel.astype(dtype)


def conv(inputs, kernel, strides, padding, data_format, dilation_rate):
    inputs, kernel = _promoted(inputs, kernel)
    rank = kernel.ndim - 2
    pads = conv_padding(
        _spatial_shape(inputs, data_format), kernel.shape[:rank], strides, dilation_rate, padding
    )
    channels = inputs.shape[1] if data_format == "channels_first" else inputs.shape[-1]
    return lax.conv_general_dilated(
        inputs,
        kernel,
        window_strides=strides,
        padding=pads,
        rhs_dilation=dilation_rate,
        dimension_numbers=_dimension_numbers(rank, data_format),
        feature_group_count=channels // kernel.shape[-2],
    )


def depthwise_conv(inputs, kernel, strides, padding, data_format, dilation_rate):
    kernel = convert_to_tensor(kernel)
    *window, channels, multiplier = kernel.shape
    grouped = kernel.reshape(*window, 1, channels * multiplier)
    return conv(inputs, grouped, strides, padding, data_format, dilation_rate)


def conv_transpose(inputs, kernel, strides, padding, output_padding, data_format, dilation_rate):
    inputs, kernel = _promoted(inputs, kernel)
    rank = kernel.ndim - 2
    extra = output_padding or (None,) * rank
    pads = [
        transpose_padding(n, k, s, d, padding, p)
        for n, k, s, d, p in zip(
            _spatial_shape(inputs, data_format),
            kernel.shape[:rank],
            strides,
            dilation_rate,
            extra,
            strict=True,
        )
    ]
    # Kernel (*k, filters, channels) flipped in space is the forward kernel of the
    # stride-dilated input.
    forward = jnp.flip(kernel, axis=tuple(range(rank))).swapaxes(-1, -2)
    return lax.conv_general_dilated(
        inputs,
        forward,
        window_strides=(1,) * rank,
        padding=pads,
        lhs_dilation=strides,
        rhs_dilation=dilation_rate,
        dimension_numbers=_dimension_numbers(rank, data_format),
    )


def _window(values, data_format):
    """Per-axis window parameters (``values`` for spatial axes, 1 for batch and channels)."""
    if data_format == "channels_first":
        return (1, 1, *values)
    return (1, *values, 1)


def _pool_padding(inputs, pool_size, strides, padding, data_format):
    pads = conv_padding(
        _spatial_shape(inputs, data_format), pool_size, strides, (1,) * len(pool_size), padding
    )
    if data_format == "channels_first":
        return [(0, 0), (0, 0), *pads]
    return [(0, 0), *pads, (0, 0)]


def max_pool(inputs, pool_size, strides, padding, data_format):
    inputs = convert_to_tensor(inputs)
    floating = jnp.issubdtype(inputs.dtype, jnp.floating)
    lowest = -jnp.inf if floating else jnp.iinfo(inputs.dtype).min
    return lax.reduce_window(
        inputs,
        jnp.asarray(lowest, inputs.dtype),
        lax.max,
        _window(pool_size, data_format),
        _window(strides, data_format),
        _pool_padding(inputs, pool_size, strides, padding, data_format),
    )


def average_pool(inputs, pool_size, strides, padding, data_format):
    inputs = convert_to_tensor(inputs)
    if not jnp.issubdtype(inputs.dtype, jnp.floating):
        inputs = inputs.astype(floatx())
    window, steps = _window(pool_size, data_format), _window(strides, data_format)
    pads = _pool_padding(inputs, pool_size, strides, padding, data_format)
    zero = jnp.zeros((), inputs.dtype)
    sums = lax.reduce_window(inputs, zero, lax.add, window, steps, pads)
    if padding == "valid":
        return sums / math.prod(pool_size)
    # Only real elements count: pool ones padded with zeros the same way.
    ones = jnp.ones((1, *inputs.shape[1:]), inputs.dtype)
    counts = lax.reduce_window(ones, zero, lax.add, window, steps, pads)
    return sums / counts


def _adaptive(x, output_size, data_format, reduce):
    first = 2 if data_format == "channels_first" else 1
    for offset, size in enumerate(output_size):
        axis = first + offset
        length = x.shape[axis]
        pieces = [
            reduce(
                lax.slice_in_dim(x, i * length // size, -(-(i + 1) * length // size), axis=axis),
                axis=axis,
            )
            for i in range(size)
        ]
        x = jnp.stack(pieces, axis=axis)
    return x


def adaptive_average_pool(inputs, output_size, data_format):
    inputs = convert_to_tensor(inputs)
    if not jnp.issubdtype(inputs.dtype, jnp.floating):
        inputs = inputs.astype(floatx())
    return _adaptive(inputs, output_size, data_format, jnp.mean)


def adaptive_max_pool(inputs, output_size, data_format):
    return _adaptive(convert_to_tensor(inputs), output_size, data_format, jnp.max)


def unfold(x, kernel_size, dilation, padding, stride):
    x = convert_to_tensor(x)
    batch = x.shape[0]
    # Patches come out as (batch, channels * kh * kw, rows, columns), channel-major.
    patches = lax.conv_general_dilated_patches(
        x,
        filter_shape=kernel_size,
        window_strides=stride,
        padding=[(p, p) for p in padding],
        rhs_dilation=dilation,
        dimension_numbers=("NCHW", "OIHW", "NCHW"),
        precision=lax.Precision.HIGHEST,
    )
    return patches.reshape(batch, patches.shape[1], -1).astype(x.dtype)


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
    zero = jnp.zeros((), x.dtype)
    out = jnp.zeros((batch, blocks.shape[1], *padded), x.dtype)
    for i in range(kh):
        for j in range(kw):
            # Interior padding spreads the block by the stride; edge padding places it.
            top, left = i * dh, j * dw
            config = [
                (0, 0, 0),
                (0, 0, 0),
                (top, padded[0] - top - (rows - 1) * sh - 1, sh - 1),
                (left, padded[1] - left - (columns - 1) * sw - 1, sw - 1),
            ]
            out = out + lax.pad(blocks[:, :, i, j], zero, config)
    (ph, pw), (height, width) = padding, output_size
    return out[:, :, ph : ph + height, pw : pw + width]
