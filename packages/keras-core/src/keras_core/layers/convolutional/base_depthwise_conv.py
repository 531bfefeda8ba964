"""``BaseDepthwiseConv``: the per-channel convolution behind ``DepthwiseConv1D`` and
``DepthwiseConv2D``."""

from keras_core import activations, constraints, initializers, ops, regularizers
from keras_core.layers import arguments
from keras_core.layers.convolutional.base_convolution import BaseConvolution


class BaseDepthwiseConv(BaseConvolution):
    """Convolves each input channel with its own ``depth_multiplier`` filters.

    The kernel (weight name ``kernel``) has shape
    ``(*kernel_size, input_channels, depth_multiplier)``; output channel
    ``c * depth_multiplier + m`` is input channel ``c`` convolved with filter ``m``.

    Args:
        rank: Number of spatial axes.
        depth_multiplier: Filters per input channel.
        depthwise_initializer, depthwise_regularizer, depthwise_constraint: For the kernel.
        **kwargs: ``BaseConvolution``'s arguments (``kernel_size``, ``strides``, ``padding``,
            ``data_format``, ``dilation_rate``, ``activation``, ``bias_*``...) and ``Layer``'s.

    Example:
        >>> layer = keras_core.layers.DepthwiseConv2D(3, depth_multiplier=2)
        >>> layer(keras_core.ops.ones((2, 5, 5, 4))).shape
        (2, 3, 3, 8)
    """

    def __init__(
        self,
        rank,
        *,
        depth_multiplier=1,
        depthwise_initializer="glorot_uniform",
        depthwise_regularizer=None,
        depthwise_constraint=None,
        **kwargs,
    ):
        super().__init__(rank, **kwargs)
        self.depth_multiplier = arguments.positive_int(
            type(self).__name__, "depth_multiplier", depth_multiplier
        )
        self.depthwise_initializer = initializers.get(depthwise_initializer)
        self.depthwise_regularizer = regularizers.get(depthwise_regularizer)
        self.depthwise_constraint = constraints.get(depthwise_constraint)
        self.kernel = None

    def _create_kernels(self, channels):
        self.kernel = self.add_weight(
            shape=(*self.kernel_size, channels, self.depth_multiplier),
            initializer=self.depthwise_initializer,
            regularizer=self.depthwise_regularizer,
            constraint=self.depthwise_constraint,
            name="kernel",
        )
        return channels * self.depth_multiplier

    def _convolve(self, inputs):
        return ops.depthwise_conv(
            inputs,
            self.kernel,
            strides=self.strides,
            padding=self.padding,
            data_format=self.data_format,
            dilation_rate=self.dilation_rate,
        )

    def _output_channels(self, channels):
        return None if channels is None else channels * self.depth_multiplier

    def get_config(self):
        config = super().get_config()
        config.update(
            {
                "depth_multiplier": self.depth_multiplier,
                "kernel_size": self.kernel_size,
                "strides": self.strides,
                "padding": self.padding,
                "data_format": self.data_format,
                "dilation_rate": self.dilation_rate,
                "activation": activations.serialize(self.activation),
                "use_bias": self.use_bias,
                "depthwise_initializer": initializers.serialize(self.depthwise_initializer),
                "bias_initializer": initializers.serialize(self.bias_initializer),
                "depthwise_regularizer": regularizers.serialize(self.depthwise_regularizer),
                "bias_regularizer": regularizers.serialize(self.bias_regularizer),
                "activity_regularizer": regularizers.serialize(self.activity_regularizer),
                "depthwise_constraint": constraints.serialize(self.depthwise_constraint),
                "bias_constraint": constraints.serialize(self.bias_constraint),
            }
        )
        return config
