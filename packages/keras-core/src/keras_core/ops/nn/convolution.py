"""Convolution, pooling and patch ops (``keras_core.ops.nn``).

Images are ``channels_last`` (``(batch, *spatial, channels)``) unless ``data_format`` says
``channels_first``; ``data_format=None`` means :func:`keras_core.config.image_data_format`.
``strides``, ``dilation_rate`` and ``pool_size`` are an int (the same for every spatial
axis) or one int per spatial axis. ``padding="same"`` pads as TensorFlow and Keras do: the
output has ``ceil(size / stride)`` positions and any odd padding goes at the end.
"""

import math

from keras_core.backend import settings
from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = [
    "adaptive_average_pool",
    "adaptive_max_pool",
    "average_pool",
    "conv",
    "conv_transpose",
    "depth_to_space",
    "depthwise_conv",
    "fold",
    "max_pool",
    "separable_conv",
    "space_to_depth",
    "unfold",
]

_impl = table("nn.convolution")

_FORMATS = ("channels_last", "channels_first")
_PADDINGS = ("valid", "same")


# --- Arguments ------------------------------------------------------------------------------


def _data_format(op, data_format):
    data_format = settings.image_data_format() if data_format is None else data_format
    if data_format not in _FORMATS:
        raise ValueError(
            f"ops.{op}: data_format must be one of {_FORMATS}, received {data_format!r}."
        )
    return data_format


def _padding(op, padding):
    name = padding.lower() if isinstance(padding, str) else padding
    if name not in _PADDINGS:
        raise ValueError(f"ops.{op}: padding must be 'valid' or 'same', received {padding!r}.")
    return name


def _spatial_rank(op, inputs, low=1, high=3):
    rank = len(shape_of(inputs)) - 2
    if not low <= rank <= high:
        raise ValueError(
            f"ops.{op}: inputs must have {low + 2} to {high + 2} axes (batch, {low} to "
            f"{high} spatial axes, channels); received shape {shape_of(inputs)}."
        )
    return rank


def _ints(op, name, value, count):
    """``value`` (an int or ``count`` ints, all positive) as a tuple of ``count`` ints."""
    values = (value,) * count if isinstance(value, int) else tuple(value)
    if len(values) != count or any(isinstance(v, bool) or int(v) != v or v < 1 for v in values):
        raise ValueError(
            f"ops.{op}: {name} must be a positive int or {count} positive ints, received {value!r}."
        )
    return tuple(int(v) for v in values)


def _split_channels(shape, data_format):
    """``(batch, spatial, channels)`` of an input shape."""
    if data_format == "channels_first":
        return shape[0], shape[2:], shape[1]
    return shape[0], shape[1:-1], shape[-1]


def _join_channels(batch, spatial, channels, data_format):
    if data_format == "channels_first":
        return (batch, channels, *spatial)
    return (batch, *spatial, channels)


def _output_length(size, kernel, stride, dilation, padding):
    if size is None or (kernel is None and padding == "valid"):
        return None
    if padding == "same":
        return -(-size // stride)
    extent = (kernel - 1) * dilation + 1
    return max(size - extent, -1) // stride + 1


def _transpose_length(size, kernel, stride, dilation, padding, output_padding):
    if size is None or kernel is None:
        return None
    extent = (kernel - 1) * dilation + 1
    if output_padding is None:
        if padding == "same":
            return size * stride
        return size * stride + max(extent - stride, 0)
    pad = extent // 2 if padding == "same" else 0
    return (size - 1) * stride + extent - 2 * pad + output_padding


# --- Output rules ---------------------------------------------------------------------------


def _check_kernel(op, inputs, kernel, data_format, rank, channels_axis_size=None):
    kernel_shape = shape_of(kernel)
    if len(kernel_shape) != rank + 2:
        raise ValueError(
            f"ops.{op}: kernel must have {rank + 2} axes for inputs of shape "
            f"{shape_of(inputs)}; received kernel.shape={kernel_shape}."
        )
    channels = _split_channels(shape_of(inputs), data_format)[2]
    per_group = kernel_shape[-2] if channels_axis_size is None else channels_axis_size
    if channels is not None and per_group and channels % per_group:
        raise ValueError(
            f"ops.{op}: the input channels ({channels}) must be a multiple of kernel.shape[-2] "
            f"({per_group}); received inputs.shape={shape_of(inputs)} and kernel.shape="
            f"{kernel_shape}."
        )
    return kernel_shape


def _convolved(op, inputs, kernel, strides, padding, data_format, dilation_rate, filters):
    """The output of a forward convolution of ``inputs`` with ``filters`` output channels."""
    rank = len(shape_of(inputs)) - 2
    window = shape_of(kernel)[:rank]
    strides = _ints(op, "strides", strides, rank)
    dilation = _ints(op, "dilation_rate", dilation_rate, rank)
    batch, spatial, _ = _split_channels(shape_of(inputs), data_format)
    lengths = tuple(
        _output_length(n, k, s, d, padding)
        for n, k, s, d in zip(spatial, window, strides, dilation, strict=True)
    )
    dtype = result_type(dtype_of(inputs), dtype_of(kernel))
    return KerasTensor(_join_channels(batch, lengths, filters, data_format), dtype)


def _conv_rule(op, inputs, kernel, strides, padding, data_format, dilation_rate):
    rank = _spatial_rank(op, inputs)
    filters = _check_kernel(op, inputs, kernel, data_format, rank)[-1]
    return _convolved(op, inputs, kernel, strides, padding, data_format, dilation_rate, filters)


def _depthwise_conv_rule(op, inputs, kernel, strides, padding, data_format, dilation_rate):
    rank = _spatial_rank(op, inputs)
    kernel_shape = shape_of(kernel)
    channels = _split_channels(shape_of(inputs), data_format)[2]
    if len(kernel_shape) != rank + 2 or (
        None not in (channels, kernel_shape[-2]) and (channels != kernel_shape[-2])
    ):
        raise ValueError(
            f"ops.{op}: kernel must have shape (*kernel_size, channels, multiplier) with the "
            f"input's {channels} channels; received kernel.shape={kernel_shape}."
        )
    channels = kernel_shape[-2] if channels is None else channels
    multiplier = kernel_shape[-1]
    filters = None if None in (channels, multiplier) else channels * multiplier
    return _convolved(op, inputs, kernel, strides, padding, data_format, dilation_rate, filters)


def _separable_conv_rule(
    op, inputs, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate
):
    depthwise = _depthwise_conv_rule(
        op, inputs, depthwise_kernel, strides, padding, data_format, dilation_rate
    )
    return _conv_rule(op, depthwise, pointwise_kernel, 1, "valid", data_format, 1)


def _conv_transpose_rule(
    op, inputs, kernel, strides, padding, output_padding, data_format, dilation_rate
):
    rank = _spatial_rank(op, inputs)
    kernel_shape = shape_of(kernel)
    channels = _split_channels(shape_of(inputs), data_format)[2]
    if len(kernel_shape) != rank + 2 or (
        None not in (channels, kernel_shape[-1]) and (channels != kernel_shape[-1])
    ):
        raise ValueError(
            f"ops.{op}: kernel must have shape (*kernel_size, filters, input_channels) with "
            f"the input's {channels} channels; received kernel.shape={kernel_shape}."
        )
    strides = _ints(op, "strides", strides, rank)
    dilation = _ints(op, "dilation_rate", dilation_rate, rank)
    extra = (None,) * rank if output_padding is None else _paddings(op, output_padding, rank)
    batch, spatial, _ = _split_channels(shape_of(inputs), data_format)
    lengths = tuple(
        _transpose_length(n, k, s, d, padding, p)
        for n, k, s, d, p in zip(
            spatial, kernel_shape[:rank], strides, dilation, extra, strict=True
        )
    )
    dtype = result_type(dtype_of(inputs), dtype_of(kernel))
    return KerasTensor(_join_channels(batch, lengths, kernel_shape[-2], data_format), dtype)


def _paddings(op, output_padding, count):
    values = (output_padding,) * count if isinstance(output_padding, int) else output_padding
    values = tuple(values)
    if len(values) != count or any(not isinstance(v, int) or v < 0 for v in values):
        raise ValueError(
            f"ops.{op}: output_padding must be a non-negative int or {count} of them, "
            f"received {output_padding!r}."
        )
    return values


def _pool_rule(op, inputs, pool_size, strides, padding, data_format, float_result):
    rank = _spatial_rank(op, inputs)
    window = _ints(op, "pool_size", pool_size, rank)
    strides = window if strides is None else _ints(op, "strides", strides, rank)
    batch, spatial, channels = _split_channels(shape_of(inputs), data_format)
    lengths = tuple(
        _output_length(n, k, s, 1, padding)
        for n, k, s in zip(spatial, window, strides, strict=True)
    )
    dtype = dtype_of(inputs)
    dtype = rules.float_dtype(dtype) if float_result else rules.same(op, inputs).dtype
    return KerasTensor(_join_channels(batch, lengths, channels, data_format), dtype)


def _adaptive_pool_rule(op, inputs, output_size, data_format, float_result):
    rank = _spatial_rank(op, inputs)
    sizes = _ints(op, "output_size", output_size, rank)
    batch, _, channels = _split_channels(shape_of(inputs), data_format)
    dtype = dtype_of(inputs)
    dtype = rules.float_dtype(dtype) if float_result else rules.same(op, inputs).dtype
    return KerasTensor(_join_channels(batch, sizes, channels, data_format), dtype)


def _check_image_batch(op, x):
    shape = shape_of(x)
    if len(shape) != 4:
        raise ValueError(
            f"ops.{op}: x must have shape (batch, channels, height, width); received {shape}."
        )
    return shape


def _unfold_rule(op, x, kernel_size, dilation, padding, stride):
    shape = _check_image_batch(op, x)
    kernel = _ints(op, "kernel_size", kernel_size, 2)
    dilation = _ints(op, "dilation", dilation, 2)
    stride = _ints(op, "stride", stride, 2)
    pad = _paddings(op, padding, 2)
    blocks = 1
    for size, k, d, p, s in zip(shape[2:], kernel, dilation, pad, stride, strict=True):
        length = None if size is None else (size + 2 * p - (k - 1) * d - 1) // s + 1
        blocks = None if None in (blocks, length) else blocks * length
    channels = None if shape[1] is None else shape[1] * math.prod(kernel)
    return KerasTensor((shape[0], channels, blocks), rules.same(op, x).dtype)


def _fold_rule(op, x, output_size, kernel_size, dilation, padding, stride):
    shape = shape_of(x)
    kernel = _ints(op, "kernel_size", kernel_size, 2)
    size = _ints(op, "output_size", output_size, 2)
    if len(shape) != 3 or (shape[1] is not None and shape[1] % math.prod(kernel)):
        raise ValueError(
            f"ops.{op}: x must have shape (batch, channels * {math.prod(kernel)}, blocks) "
            f"for kernel_size {kernel}; received {shape}."
        )
    channels = None if shape[1] is None else shape[1] // math.prod(kernel)
    return KerasTensor((shape[0], channels, *size), rules.same(op, x).dtype)


def _depth_to_space_rule(op, x, block_size, data_format, to_space):
    shape = shape_of(x)
    if len(shape) != 4:
        raise ValueError(f"ops.{op}: x must be a batch of images (4 axes); received {shape}.")
    if data_format not in _FORMATS:
        raise ValueError(
            f"ops.{op}: data_format must be one of {_FORMATS}, received {data_format!r}."
        )
    block = _ints(op, "block_size", block_size, 1)[0]
    batch, (height, width), channels = _split_channels(shape, data_format)

    def scaled(size, factor):
        return None if size is None else size * factor

    if to_space:
        if channels is not None and channels % (block * block):
            raise ValueError(
                f"ops.{op}: the channels ({channels}) must be a multiple of block_size**2 "
                f"({block * block}); received shape {shape}."
            )
        spatial = (scaled(height, block), scaled(width, block))
        channels = None if channels is None else channels // (block * block)
    else:
        for size in (height, width):
            if size is not None and size % block:
                raise ValueError(
                    f"ops.{op}: height and width must be multiples of block_size ({block}); "
                    f"received shape {shape}."
                )
        spatial = tuple(None if s is None else s // block for s in (height, width))
        channels = scaled(channels, block * block)
    return KerasTensor(_join_channels(batch, spatial, channels, data_format), dtype_of(x))


# --- Ops ------------------------------------------------------------------------------------


def conv(inputs, kernel, strides=1, padding="valid", data_format=None, dilation_rate=1):
    """N-D convolution (1D, 2D or 3D; cross-correlation, as in every framework).

    Args:
        inputs: ``(batch, *spatial, channels)`` (or channels first).
        kernel: ``(*kernel_size, channels // groups, filters)``; a kernel with fewer input
            channels than ``inputs`` makes a grouped convolution.
        strides, dilation_rate: An int or one int per spatial axis.
        padding: ``"valid"`` or ``"same"``.
        data_format: ``"channels_last"``, ``"channels_first"`` or None (the config's).

    Example:
        >>> keras_core.ops.conv(ones((1, 5, 2)), ones((3, 2, 4))).shape   # (1, 3, 4)
    """
    op = "conv"
    data_format, padding = _data_format(op, data_format), _padding(op, padding)
    rank = _spatial_rank(op, inputs)
    strides = _ints(op, "strides", strides, rank)
    dilation_rate = _ints(op, "dilation_rate", dilation_rate, rank)
    try:
        return _impl.conv(inputs, kernel, strides, padding, data_format, dilation_rate)
    except Exception as error:
        return recover(
            error, _conv_rule, op, inputs, kernel, strides, padding, data_format, dilation_rate
        )


def depthwise_conv(inputs, kernel, strides=1, padding="valid", data_format=None, dilation_rate=1):
    """Convolution of each input channel with its own ``multiplier`` filters.

    Args:
        inputs: ``(batch, *spatial, channels)`` (or channels first).
        kernel: ``(*kernel_size, channels, multiplier)``; output channel
            ``c * multiplier + m`` is channel ``c`` convolved with filter ``m``.

    Example:
        >>> keras_core.ops.depthwise_conv(ones((1, 5, 2)), ones((3, 2, 3))).shape   # (1, 3, 6)
    """
    op = "depthwise_conv"
    data_format, padding = _data_format(op, data_format), _padding(op, padding)
    rank = _spatial_rank(op, inputs)
    strides = _ints(op, "strides", strides, rank)
    dilation_rate = _ints(op, "dilation_rate", dilation_rate, rank)
    try:
        return _impl.depthwise_conv(inputs, kernel, strides, padding, data_format, dilation_rate)
    except Exception as error:
        return recover(
            error,
            _depthwise_conv_rule,
            op,
            inputs,
            kernel,
            strides,
            padding,
            data_format,
            dilation_rate,
        )


def separable_conv(
    inputs,
    depthwise_kernel,
    pointwise_kernel,
    strides=1,
    padding="valid",
    data_format=None,
    dilation_rate=1,
):
    """A depthwise convolution followed by a 1x1 (pointwise) convolution.

    Args:
        depthwise_kernel: ``(*kernel_size, channels, multiplier)``.
        pointwise_kernel: ``(*(1,) * rank, channels * multiplier, filters)``.

    Example:
        >>> keras_core.ops.separable_conv(x, ones((3, 2, 3)), ones((1, 6, 4)))
    """
    op = "separable_conv"
    data_format, padding = _data_format(op, data_format), _padding(op, padding)
    rank = _spatial_rank(op, inputs)
    strides = _ints(op, "strides", strides, rank)
    dilation_rate = _ints(op, "dilation_rate", dilation_rate, rank)
    try:
        return _impl.separable_conv(
            inputs,
            depthwise_kernel,
            pointwise_kernel,
            strides,
            padding,
            data_format,
            dilation_rate,
        )
    except Exception as error:
        return recover(
            error,
            _separable_conv_rule,
            op,
            inputs,
            depthwise_kernel,
            pointwise_kernel,
            strides,
            padding,
            data_format,
            dilation_rate,
        )


def conv_transpose(
    inputs,
    kernel,
    strides=1,
    padding="valid",
    output_padding=None,
    data_format=None,
    dilation_rate=1,
):
    """Transposed convolution (the gradient of ``conv`` with respect to its input).

    Args:
        inputs: ``(batch, *spatial, channels)`` (or channels first).
        kernel: ``(*kernel_size, filters, channels)``.
        output_padding: None (the output size follows from ``padding``: ``size * stride``
            for ``"same"``) or the extra size per spatial axis, as in Keras.

    Example:
        >>> keras_core.ops.conv_transpose(ones((1, 5, 2)), ones((3, 4, 2)), 2).shape
        ... # (1, 11, 4)
    """
    op = "conv_transpose"
    data_format, padding = _data_format(op, data_format), _padding(op, padding)
    rank = _spatial_rank(op, inputs)
    strides = _ints(op, "strides", strides, rank)
    dilation_rate = _ints(op, "dilation_rate", dilation_rate, rank)
    if output_padding is not None:
        output_padding = _paddings(op, output_padding, rank)
    try:
        return _impl.conv_transpose(
            inputs, kernel, strides, padding, output_padding, data_format, dilation_rate
        )
    except Exception as error:
        return recover(
            error,
            _conv_transpose_rule,
            op,
            inputs,
            kernel,
            strides,
            padding,
            output_padding,
            data_format,
            dilation_rate,
        )


def _pool(op, inputs, pool_size, strides, padding, data_format, float_result):
    data_format, padding = _data_format(op, data_format), _padding(op, padding)
    rank = _spatial_rank(op, inputs)
    pool_size = _ints(op, "pool_size", pool_size, rank)
    strides = pool_size if strides is None else _ints(op, "strides", strides, rank)
    try:
        return getattr(_impl, op)(inputs, pool_size, strides, padding, data_format)
    except Exception as error:
        return recover(
            error, _pool_rule, op, inputs, pool_size, strides, padding, data_format, float_result
        )


def max_pool(inputs, pool_size, strides=None, padding="valid", data_format=None):
    """Maximum over sliding windows of ``pool_size``; ``strides=None`` means ``pool_size``.

    Example:
        >>> keras_core.ops.max_pool(x, 2)   # halves each spatial size
    """
    return _pool("max_pool", inputs, pool_size, strides, padding, data_format, False)


def average_pool(inputs, pool_size, strides=None, padding="valid", data_format=None):
    """Mean over sliding windows; with ``"same"`` padding only real elements are counted.

    Example:
        >>> keras_core.ops.average_pool(x, 2)   # halves each spatial size
    """
    return _pool("average_pool", inputs, pool_size, strides, padding, data_format, True)


def _adaptive_pool(op, inputs, output_size, data_format, float_result):
    data_format = _data_format(op, data_format)
    rank = _spatial_rank(op, inputs)
    output_size = _ints(op, "output_size", output_size, rank)
    try:
        return getattr(_impl, op)(inputs, output_size, data_format)
    except Exception as error:
        return recover(
            error, _adaptive_pool_rule, op, inputs, output_size, data_format, float_result
        )


def adaptive_average_pool(inputs, output_size, data_format=None):
    """Mean pooling to a fixed ``output_size``: output ``i`` of an axis of size ``n`` averages
    the elements ``floor(i * n / size)`` to ``ceil((i + 1) * n / size)``.

    Example:
        >>> keras_core.ops.adaptive_average_pool(x, (7, 7))
    """
    return _adaptive_pool("adaptive_average_pool", inputs, output_size, data_format, True)


def adaptive_max_pool(inputs, output_size, data_format=None):
    """Max pooling to a fixed ``output_size``, with the windows of
    :func:`adaptive_average_pool`.

    Example:
        >>> keras_core.ops.adaptive_max_pool(x, (7, 7))
    """
    return _adaptive_pool("adaptive_max_pool", inputs, output_size, data_format, False)


def unfold(x, kernel_size, dilation=1, padding=0, stride=1):
    """Sliding blocks of a channels-first image batch, as columns (PyTorch's ``unfold``).

    Args:
        x: ``(batch, channels, height, width)``.
        kernel_size, dilation, padding, stride: An int or a pair; ``padding`` zeros are
            added on both sides.

    Returns:
        ``(batch, channels * kh * kw, blocks)``; row ``c * kh * kw + i * kw + j`` holds
        kernel position ``(i, j)`` of channel ``c``.

    Example:
        >>> keras_core.ops.unfold(ones((2, 3, 4, 4)), 2).shape   # (2, 12, 9)
    """
    op = "unfold"
    kernel_size = _ints(op, "kernel_size", kernel_size, 2)
    dilation = _ints(op, "dilation", dilation, 2)
    padding = _paddings(op, padding, 2)
    stride = _ints(op, "stride", stride, 2)
    # torch would unfold a single unbatched image.
    _check_image_batch(op, x)
    try:
        return _impl.unfold(x, kernel_size, dilation, padding, stride)
    except Exception as error:
        return recover(error, _unfold_rule, op, x, kernel_size, dilation, padding, stride)


def fold(x, output_size, kernel_size, dilation=1, padding=0, stride=1):
    """Sums sliding blocks back into an image: the adjoint of :func:`unfold`.

    Args:
        x: ``(batch, channels * kh * kw, blocks)``.
        output_size: ``(height, width)`` of the image.

    Returns:
        ``(batch, channels, height, width)``; overlapping block elements add up.

    Example:
        >>> keras_core.ops.fold(keras_core.ops.unfold(x, 2), (4, 4), 2)
    """
    op = "fold"
    output_size = _ints(op, "output_size", output_size, 2)
    kernel_size = _ints(op, "kernel_size", kernel_size, 2)
    dilation = _ints(op, "dilation", dilation, 2)
    padding = _paddings(op, padding, 2)
    stride = _ints(op, "stride", stride, 2)
    try:
        return _impl.fold(x, output_size, kernel_size, dilation, padding, stride)
    except Exception as error:
        return recover(
            error, _fold_rule, op, x, output_size, kernel_size, dilation, padding, stride
        )


def depth_to_space(x, block_size, data_format="channels_last"):
    """Moves channels into ``block_size x block_size`` spatial blocks.

    Channels-last input uses TensorFlow's order (channel ``(i * block + j) * C + c`` goes
    to block position ``(i, j)`` of output channel ``c``); channels-first uses PyTorch's
    ``pixel_shuffle`` order (channel ``c * block**2 + i * block + j``), as Keras does.

    Example:
        >>> keras_core.ops.depth_to_space(ones((1, 2, 2, 8)), 2).shape   # (1, 4, 4, 2)
    """
    try:
        return _impl.depth_to_space(x, block_size, data_format)
    except Exception as error:
        return recover(
            error, _depth_to_space_rule, "depth_to_space", x, block_size, data_format, True
        )


def space_to_depth(x, block_size, data_format="channels_last"):
    """The inverse of :func:`depth_to_space`: ``block_size x block_size`` blocks become
    channels.

    Example:
        >>> keras_core.ops.space_to_depth(ones((1, 4, 4, 2)), 2).shape   # (1, 2, 2, 8)
    """
    try:
        return _impl.space_to_depth(x, block_size, data_format)
    except Exception as error:
        return recover(
            error, _depth_to_space_rule, "space_to_depth", x, block_size, data_format, False
        )
