"""``BaseSeparableConv``: the depthwise-then-pointwise convolution behind
``SeparableConv1D`` and ``SeparableConv2D``."""

from keras_core import activations, constraints, initializers, ops, regularizers
from keras_core.layers import arguments
from keras_core.layers.convolutional.base_convolution import BaseConvolution


class BaseSeparableConv(BaseConvolution):
    """A depthwise convolution followed by a 1x1 (pointwise) convolution mixing channels.

    Weights, in order: ``depthwise_kernel`` of shape
    ``(*kernel_size, input_channels, depth_multiplier)``, ``pointwise_kernel`` of shape
    ``(*(1,) * rank, input_channels * depth_multiplier, filters)`` and ``bias``.

    Args:
        rank: Number of spatial axes (``kernel_size`` is the depthwise step's).
        depth_multiplier: Depthwise filters per input channel.
        filters: Number of output channels.
        depthwise_initializer, depthwise_regularizer, depthwise_constraint: For the
            depthwise kernel.
        pointwise_initializer, pointwise_regularizer, pointwise_constraint: For the
            pointwise kernel.
        **kwargs: ``BaseConvolution``'s arguments (``kernel_size``, ``strides``, ``padding``,
            ``data_format``, ``dilation_rate``, ``activation``, ``bias_*``...) and ``Layer``'s.

    Example:
        >>> layer = keras_core.layers.SeparableConv2D(8, 3, depth_multiplier=2)
        >>> layer(keras_core.ops.ones((2, 5, 5, 4))).shape
        (2, 3, 3, 8)
    """

    def __init__(
        self,
        rank,
        *,
        depth_multiplier=1,
        filters,
        depthwise_initializer="glorot_uniform",
        pointwise_initializer="glorot_uniform",
        depthwise_regularizer=None,
        pointwise_regularizer=None,
        depthwise_constraint=None,
        pointwise_constraint=None,
        **kwargs,
    ):
        super().__init__(rank, **kwargs)
        layer = type(self).__name__
        self.depth_multiplier = arguments.positive_int(layer, "depth_multiplier", depth_multiplier)
        self.filters = arguments.positive_int(layer, "filters", filters)
        self.depthwise_initializer = initializers.get(depthwise_initializer)
        self.pointwise_initializer = initializers.get(pointwise_initializer)
        self.depthwise_regularizer = regularizers.get(depthwise_regularizer)
        self.pointwise_regularizer = regularizers.get(pointwise_regularizer)
        self.depthwise_constraint = constraints.get(depthwise_constraint)
        self.pointwise_constraint = constraints.get(pointwise_constraint)
        self.depthwise_kernel = None
        self.pointwise_kernel = None

    def _create_kernels(self, channels):
        self.depthwise_kernel = self.add_weight(
            shape=(*self.kernel_size, channels, self.depth_multiplier),
            initializer=self.depthwise_initializer,
            regularizer=self.depthwise_regularizer,
            constraint=self.depthwise_constraint,
            name="depthwise_kernel",
        )
        self.pointwise_kernel = self.add_weight(
            shape=((1,) * self.rank + (channels * self.depth_multiplier, self.filters)),
            initializer=self.pointwise_initializer,
            regularizer=self.pointwise_regularizer,
            constraint=self.pointwise_constraint,
            name="pointwise_kernel",
        )
        return self.filters

    def _convolve(self, inputs):
        return ops.separable_conv(
            inputs,
            self.depthwise_kernel,
            self.pointwise_kernel,
            strides=self.strides,
            padding=self.padding,
            data_format=self.data_format,
            dilation_rate=self.dilation_rate,
        )

    def _output_channels(self, channels):
        return self.filters

    def get_config(self):
        config = super().get_config()
        config.update(
            {
                "depth_multiplier": self.depth_multiplier,
                "filters": self.filters,
                "kernel_size": self.kernel_size,
                "strides": self.strides,
                "padding": self.padding,
                "data_format": self.data_format,
                "dilation_rate": self.dilation_rate,
                "activation": activations.serialize(self.activation),
                "use_bias": self.use_bias,
                "depthwise_initializer": initializers.serialize(self.depthwise_initializer),
                "pointwise_initializer": initializers.serialize(self.pointwise_initializer),
                "bias_initializer": initializers.serialize(self.bias_initializer),
                "depthwise_regularizer": regularizers.serialize(self.depthwise_regularizer),
                "pointwise_regularizer": regularizers.serialize(self.pointwise_regularizer),
                "bias_regularizer": regularizers.serialize(self.bias_regularizer),
                "activity_regularizer": regularizers.serialize(self.activity_regularizer),
                "depthwise_constraint": constraints.serialize(self.depthwise_constraint),
                "pointwise_constraint": constraints.serialize(self.pointwise_constraint),
                "bias_constraint": constraints.serialize(self.bias_constraint),
            }
        )
        return config
