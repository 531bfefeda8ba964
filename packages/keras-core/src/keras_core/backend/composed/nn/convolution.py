"""``nn.convolution``: convolutions and pooling are required; the rest is composed.

Arguments arrive normalized by the public ops: ``strides``, ``dilation_rate`` and sizes are
tuples of one int per spatial axis, ``padding`` is ``"valid"`` or ``"same"`` and
``data_format`` is ``"channels_last"`` or ``"channels_first"``.
"""

from keras_core.backend.dispatch import table

REQUIRED = (
    "conv",
    "conv_transpose",
    "max_pool",
    "average_pool",
    "adaptive_average_pool",
    "adaptive_max_pool",
    "unfold",
    "fold",
)

_core = table("core")
_convolution = table("nn.convolution")
_manipulation = table("numpy.manipulation")


def depthwise_conv(inputs, kernel, strides, padding, data_format, dilation_rate):
    # A grouped convolution with one group per input channel: kernel (*k, C, M) becomes
    # (*k, 1, C * M), whose output channel c * M + m is channel c's filter m.
    kernel = _core.convert_to_tensor(kernel)
    *window, channels, multiplier = _core.shape(kernel)
    grouped = _manipulation.reshape(kernel, (*window, 1, channels * multiplier))
    return _convolution.conv(inputs, grouped, strides, padding, data_format, dilation_rate)


def separable_conv(
    inputs, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate
):
    depthwise = _convolution.depthwise_conv(
        inputs, depthwise_kernel, strides, padding, data_format, dilation_rate
    )
    ones = (1,) * len(strides)
    return _convolution.conv(depthwise, pointwise_kernel, ones, "valid", data_format, ones)


def depth_to_space(x, block_size, data_format="channels_last"):
    x = _core.convert_to_tensor(x)
    block = block_size
    if data_format == "channels_first":
        batch, channels, height, width = _core.shape(x)
        depth = channels // (block * block)
        blocks = _manipulation.reshape(x, (batch, depth, block, block, height, width))
        moved = _manipulation.transpose(blocks, (0, 1, 4, 2, 5, 3))
        return _manipulation.reshape(moved, (batch, depth, height * block, width * block))
    batch, height, width, channels = _core.shape(x)
    depth = channels // (block * block)
    blocks = _manipulation.reshape(x, (batch, height, width, block, block, depth))
    moved = _manipulation.transpose(blocks, (0, 1, 3, 2, 4, 5))
    return _manipulation.reshape(moved, (batch, height * block, width * block, depth))


def space_to_depth(x, block_size, data_format="channels_last"):
    x = _core.convert_to_tensor(x)
    block = block_size
    if data_format == "channels_first":
        batch, channels, height, width = _core.shape(x)
        rows, columns = height // block, width // block
        blocks = _manipulation.reshape(x, (batch, channels, rows, block, columns, block))
        moved = _manipulation.transpose(blocks, (0, 1, 3, 5, 2, 4))
        return _manipulation.reshape(moved, (batch, channels * block * block, rows, columns))
    batch, height, width, channels = _core.shape(x)
    rows, columns = height // block, width // block
    blocks = _manipulation.reshape(x, (batch, rows, block, columns, block, channels))
    moved = _manipulation.transpose(blocks, (0, 1, 3, 2, 4, 5))
    return _manipulation.reshape(moved, (batch, rows, columns, block * block * channels))
