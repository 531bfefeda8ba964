"""``DepthwiseConv1D`` and ``DepthwiseConv2D``: one set of filters per input channel."""

from keras_core.layers.convolutional.base_depthwise_conv import BaseDepthwiseConv


class DepthwiseConv1D(BaseDepthwiseConv):
    """1D depthwise convolution: each input channel gets its own ``depth_multiplier``
    filters, and channels are not mixed.

    The kernel has shape ``(kernel_size, input_channels, depth_multiplier)``; output channel
    ``c * depth_multiplier + m`` is channel ``c`` convolved with its filter ``m``.

    Args:
        kernel_size: An int or a tuple of 1 int.
        strides: An int or a tuple of 1 int.
        padding: ``"valid"`` or ``"same"``.
        depth_multiplier: Filters per input channel.
        data_format: ``"channels_last"``, ``"channels_first"`` or None (the config's).
        dilation_rate: An int or a tuple of 1 int.
        activation: Activation of the output; None means linear.
        use_bias: Whether a bias vector is added.
        depthwise_initializer, bias_initializer: Initializers of the weights.
        depthwise_regularizer, bias_regularizer, activity_regularizer: Regularizers.
        depthwise_constraint, bias_constraint: Constraints of the weights.
        **kwargs: ``Layer`` arguments (``name``, ``dtype``, ``trainable``...).

    Example:
        >>> layer = keras_core.layers.DepthwiseConv1D(3, depth_multiplier=2)
        >>> layer(keras_core.ops.ones((2, 10, 3))).shape
        (2, 8, 6)
    """

    def __init__(
        self,
        kernel_size,
        strides=1,
        padding="valid",
        depth_multiplier=1,
        data_format=None,
        dilation_rate=1,
        activation=None,
        use_bias=True,
        depthwise_initializer="glorot_uniform",
        bias_initializer="zeros",
        depthwise_regularizer=None,
        bias_regularizer=None,
        activity_regularizer=None,
        depthwise_constraint=None,
        bias_constraint=None,
        **kwargs,
    ):
        super().__init__(
            1,
            kernel_size=kernel_size,
            strides=strides,
            padding=padding,
            depth_multiplier=depth_multiplier,
            data_format=data_format,
            dilation_rate=dilation_rate,
            activation=activation,
            use_bias=use_bias,
            depthwise_initializer=depthwise_initializer,
            bias_initializer=bias_initializer,
            depthwise_regularizer=depthwise_regularizer,
            bias_regularizer=bias_regularizer,
            activity_regularizer=activity_regularizer,
            depthwise_constraint=depthwise_constraint,
            bias_constraint=bias_constraint,
            **kwargs,
        )


class DepthwiseConv2D(BaseDepthwiseConv):
    """2D depthwise convolution: each input channel gets its own ``depth_multiplier``
    filters, and channels are not mixed.

    Args:
        kernel_size: An int or 2 ints.
        strides: An int or 2 ints.
        padding: ``"valid"`` or ``"same"``.
        depth_multiplier: Filters per input channel.
        data_format: ``"channels_last"``, ``"channels_first"`` or None (the config's).
        dilation_rate: An int or 2 ints.
        activation, use_bias, depthwise_initializer, bias_initializer,
        depthwise_regularizer, bias_regularizer, activity_regularizer,
        depthwise_constraint, bias_constraint, **kwargs: As for ``DepthwiseConv1D``.

    Example:
        >>> layer = keras_core.layers.DepthwiseConv2D(3, padding="same")
        >>> layer(keras_core.ops.ones((2, 5, 5, 3))).shape
        (2, 5, 5, 3)
    """

    def __init__(
        self,
        kernel_size,
        strides=(1, 1),
        padding="valid",
        depth_multiplier=1,
        data_format=None,
        dilation_rate=(1, 1),
        activation=None,
        use_bias=True,
        depthwise_initializer="glorot_uniform",
        bias_initializer="zeros",
        depthwise_regularizer=None,
        bias_regularizer=None,
        activity_regularizer=None,
        depthwise_constraint=None,
        bias_constraint=None,
        **kwargs,
    ):
        super().__init__(
            2,
            kernel_size=kernel_size,
            strides=strides,
            padding=padding,
            depth_multiplier=depth_multiplier,
            data_format=data_format,
            dilation_rate=dilation_rate,
            activation=activation,
            use_bias=use_bias,
            depthwise_initializer=depthwise_initializer,
            bias_initializer=bias_initializer,
            depthwise_regularizer=depthwise_regularizer,
            bias_regularizer=bias_regularizer,
            activity_regularizer=activity_regularizer,
            depthwise_constraint=depthwise_constraint,
            bias_constraint=bias_constraint,
            **kwargs,
        )
