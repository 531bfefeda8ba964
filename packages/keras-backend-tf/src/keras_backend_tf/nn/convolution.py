"""Convolution and pooling on tf.Tensor.

TensorFlow's CPU kernels are channels-last only, so channels-first inputs are transposed
around them.
"""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, is_float
from keras_core.backend.conv_geometry import conv_padding, transpose_padding
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.settings import floatx


def _channels_last(x, data_format):
    if data_format == "channels_last":
        return x
    rank = len(x.shape)
    return tf.transpose(x, [0, *range(2, rank), 1])


def _restore_format(x, data_format):
    if data_format == "channels_last":
        return x
    rank = len(x.shape)
    return tf.transpose(x, [0, rank - 1, *range(1, rank - 1)])


def _computation_dtypes(*tensors):
    dtype = result_type(*(standardize_dtype(t.dtype) for t in tensors))
    # TensorFlow convolves floating tensors only; integers go through float64, exactly.
    return dtype, dtype if dtype in ("bfloat16", "float16", "float32", "float64") else "float64"


def _pad_spatial(x, pads, value=0):
    """Pads (or, for negative amounts, crops) the spatial axes of a channels-last ``x``."""
    # Each step copies the input, so it runs only where some amount asks for it.
    if any(b < 0 or a < 0 for b, a in pads):
        crops = [slice(None)]
        for axis, (before, after) in enumerate(pads, start=1):
            size = x.shape[axis]
            crops.append(slice(max(-before, 0), size - max(-after, 0)))
        x = x[tuple(crops)]
    if not any(b > 0 or a > 0 for b, a in pads):
        return x
    widths = [[0, 0], *([max(b, 0), max(a, 0)] for b, a in pads), [0, 0]]
    return tf.pad(x, widths, constant_values=value)


def _convolve(x, kernel, strides, pads, dilation):
    """Forward convolution of a padded channels-last ``x`` (possibly grouped)."""
    rank = len(strides)
    x = _pad_spatial(x, pads)
    # tf.nn.convolution refuses strides together with dilation: convolve densely, then
    # keep every stride-th output.
    subsample = max(dilation) > 1 and max(strides) > 1
    steps = (1,) * rank if subsample else strides
    groups = x.shape[-1] // kernel.shape[-2]
    if groups > 1 and rank == 3:
        # The CPU Conv3D kernel has no groups: convolve each group and concatenate.
        inputs = tf.split(x, groups, axis=-1)
        kernels = tf.split(kernel, groups, axis=-1)
        out = tf.concat(
            [
                tf.nn.convolution(i, k, strides=steps, padding="VALID", dilations=dilation)
                for i, k in zip(inputs, kernels, strict=True)
            ],
            axis=-1,
        )
    else:
        out = tf.nn.convolution(x, kernel, strides=steps, padding="VALID", dilations=dilation)
    if subsample:
        out = out[(slice(None), *(slice(None, None, s) for s in strides))]
    return out


def conv(inputs, kernel, strides, padding, data_format, dilation_rate):
    inputs, kernel = convert_to_tensor(inputs), convert_to_tensor(kernel)
    dtype, wide = _computation_dtypes(inputs, kernel)
    x = _channels_last(tf.cast(inputs, wide), data_format)
    rank = len(kernel.shape) - 2
    pads = conv_padding(x.shape[1:-1], kernel.shape[:rank], strides, dilation_rate, padding)
    out = _convolve(x, tf.cast(kernel, wide), strides, pads, dilation_rate)
    return tf.cast(_restore_format(out, data_format), dtype)


def _dilate(x, axis, factor):
    """Inserts ``factor - 1`` zeros between the elements of ``axis``."""
    if factor == 1:
        return x
    size = x.shape[axis]
    spread = tf.concat(
        [tf.expand_dims(x, axis + 1)] + [tf.zeros_like(tf.expand_dims(x, axis + 1))] * (factor - 1),
        axis + 1,
    )
    shape = tf.concat([tf.shape(x)[:axis], [size * factor], tf.shape(x)[axis + 1 :]], 0)
    merged = tf.reshape(spread, shape)
    return tf.gather(merged, tf.range((size - 1) * factor + 1), axis=axis)


def conv_transpose(inputs, kernel, strides, padding, output_padding, data_format, dilation_rate):
    inputs, kernel = convert_to_tensor(inputs), convert_to_tensor(kernel)
    dtype, wide = _computation_dtypes(inputs, kernel)
    x = _channels_last(tf.cast(inputs, wide), data_format)
    kernel = tf.cast(kernel, wide)
    rank = len(kernel.shape) - 2
    # A dilated kernel is a kernel with zeros between its taps; the CPU transposed
    # convolution has no dilation of its own.
    for axis, d in enumerate(dilation_rate):
        kernel = _dilate(kernel, axis, d)
    sizes, extents = x.shape[1:-1], kernel.shape[:rank]
    full = [(n - 1) * s + e for n, s, e in zip(sizes, strides, extents, strict=True)]
    output_shape = tf.concat([tf.shape(x)[:1], full, [kernel.shape[-2]]], 0)
    out = tf.nn.conv_transpose(x, kernel, output_shape, strides, padding="VALID")
    extra = output_padding or (None,) * rank
    window = []
    for n, k, s, d, p, e in zip(
        sizes, kernel.shape[:rank], strides, dilation_rate, extra, extents, strict=True
    ):
        before, after = transpose_padding(n, (k - 1) // d + 1, s, d, padding, p)
        window.append((before - (e - 1), after - (e - 1)))
    out = _pad_spatial(out, window)
    return tf.cast(_restore_format(out, data_format), dtype)


def _pool(inputs, pool_size, strides, padding, data_format, kind):
    x = _channels_last(inputs, data_format)
    out = tf.nn.pool(x, pool_size, kind, strides=strides, padding=padding.upper())
    return _restore_format(out, data_format)


def max_pool(inputs, pool_size, strides, padding, data_format):
    inputs = convert_to_tensor(inputs)
    dtype = inputs.dtype
    wide = inputs if is_float(inputs) else tf.cast(inputs, tf.float64)
    return tf.cast(_pool(wide, pool_size, strides, padding, data_format, "MAX"), dtype)


def average_pool(inputs, pool_size, strides, padding, data_format):
    inputs = convert_to_tensor(inputs)
    if not is_float(inputs):
        inputs = tf.cast(inputs, floatx())
    return _pool(inputs, pool_size, strides, padding, data_format, "AVG")


def _adaptive(x, output_size, data_format, reduce):
    first = 2 if data_format == "channels_first" else 1
    for offset, size in enumerate(output_size):
        axis = first + offset
        length = x.shape[axis]
        pieces = []
        for i in range(size):
            start, stop = i * length // size, -(-(i + 1) * length // size)
            pieces.append(reduce(tf.gather(x, tf.range(start, stop), axis=axis), axis=axis))
        x = tf.stack(pieces, axis=axis)
    return x


def adaptive_average_pool(inputs, output_size, data_format):
    inputs = convert_to_tensor(inputs)
    if not is_float(inputs):
        inputs = tf.cast(inputs, floatx())
    return _adaptive(inputs, output_size, data_format, tf.reduce_mean)


def adaptive_max_pool(inputs, output_size, data_format):
    return _adaptive(convert_to_tensor(inputs), output_size, data_format, tf.reduce_max)


def unfold(x, kernel_size, dilation, padding, stride):
    x = convert_to_tensor(x)
    channels = x.shape[1]
    (kh, kw), (dh, dw), (sh, sw) = kernel_size, dilation, stride
    images = _pad_spatial(_channels_last(x, "channels_first"), [(p, p) for p in padding])
    patches = tf.image.extract_patches(
        images, [1, kh, kw, 1], [1, sh, sw, 1], [1, dh, dw, 1], padding="VALID"
    )
    rows, columns = patches.shape[1], patches.shape[2]
    # (batch, rows, columns, kh * kw * channels) -> (batch, channels * kh * kw, blocks)
    patches = tf.reshape(patches, [-1, rows, columns, kh, kw, channels])
    patches = tf.transpose(patches, [0, 5, 3, 4, 1, 2])
    return tf.reshape(patches, [-1, channels * kh * kw, rows * columns])


def fold(x, output_size, kernel_size, dilation, padding, stride):
    x = convert_to_tensor(x)
    (kh, kw), (dh, dw), (sh, sw) = kernel_size, dilation, stride
    padded = [n + 2 * p for n, p in zip(output_size, padding, strict=True)]
    rows, columns = (
        (n - (k - 1) * d - 1) // s + 1
        for n, k, d, s in zip(padded, kernel_size, dilation, stride, strict=True)
    )
    blocks = tf.reshape(x, [-1, x.shape[1] // (kh * kw), kh, kw, rows, columns])
    out = 0
    for i in range(kh):
        for j in range(kw):
            block = _dilate(_dilate(blocks[:, :, i, j], 2, sh), 3, sw)
            top, left = i * dh, j * dw
            widths = [
                [0, 0],
                [0, 0],
                [top, padded[0] - top - block.shape[2]],
                [left, padded[1] - left - block.shape[3]],
            ]
            out = out + tf.pad(block, widths)
    (ph, pw), (height, width) = padding, output_size
    return out[:, :, ph : ph + height, pw : pw + width]
