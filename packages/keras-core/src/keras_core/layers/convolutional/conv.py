"""``Conv1D``, ``Conv2D``, ``Conv3D`` (and their ``Convolution*D`` aliases).

Each class fixes the rank of ``BaseConv`` and keeps Keras's constructor signature, whose
positional order and defaults differ slightly between ranks.
"""

from keras_core.layers.convolutional.base_conv import BaseConv


class Conv1D(BaseConv):
    """1D convolution over ``(batch, steps, channels)`` (or ``(batch, channels, steps)``).

    Args:
        filters: Number of output channels.
        kernel_size: An int or a tuple of 1 int: the window length.
        strides: An int or a tuple of 1 int; > 1 cannot be combined with dilation > 1.
        padding: ``"valid"`` (no padding), ``"same"`` (``ceil(steps / stride)`` outputs) or
            ``"causal"`` (zeros before the sequence, so no output sees the future).
        data_format: ``"channels_last"``, ``"channels_first"`` or None (the config's).
        dilation_rate: An int or a tuple of 1 int.
        groups: Number of channel groups convolved separately.
        activation: Activation of the output; None means linear.
        use_bias: Whether a bias vector is added.
        kernel_initializer, bias_initializer: Initializers of the weights.
        kernel_regularizer, bias_regularizer, activity_regularizer: Regularizers.
        kernel_constraint, bias_constraint: Constraints of the weights.
        **kwargs: ``Layer`` arguments (``name``, ``dtype``, ``trainable``...).

    Example:
        >>> layer = keras_core.layers.Conv1D(4, 3, padding="causal")
        >>> layer(keras_core.ops.ones((2, 10, 3))).shape
        (2, 10, 4)
    """

    def __init__(
        self,
        filters,
        kernel_size,
        strides=1,
        padding="valid",
        data_format=None,
        dilation_rate=1,
        groups=1,
        activation=None,
        use_bias=True,
        kernel_initializer="glorot_uniform",
        bias_initializer="zeros",
        kernel_regularizer=None,
        bias_regularizer=None,
        activity_regularizer=None,
        kernel_constraint=None,
        bias_constraint=None,
        **kwargs,
    ):
        super().__init__(
            1,
            filters=filters,
            kernel_size=kernel_size,
            strides=strides,
            padding=padding,
            data_format=data_format,
            dilation_rate=dilation_rate,
            groups=groups,
            activation=activation,
            use_bias=use_bias,
            kernel_initializer=kernel_initializer,
            bias_initializer=bias_initializer,
            kernel_regularizer=kernel_regularizer,
            bias_regularizer=bias_regularizer,
            activity_regularizer=activity_regularizer,
            kernel_constraint=kernel_constraint,
            bias_constraint=bias_constraint,
            **kwargs,
        )


class Conv2D(BaseConv):
    """2D convolution over ``(batch, height, width, channels)`` (or channels first).

    Args:
        filters: Number of output channels.
        kernel_size: An int or a tuple of 2 ints: the window's height and width.
        strides: An int or 2 ints; > 1 cannot be combined with dilation > 1.
        padding: ``"valid"`` or ``"same"`` (``ceil(size / stride)`` outputs per axis).
        data_format: ``"channels_last"``, ``"channels_first"`` or None (the config's).
        dilation_rate: An int or 2 ints.
        groups: Number of channel groups convolved separately.
        activation, use_bias, kernel_initializer, bias_initializer, kernel_regularizer,
        bias_regularizer, activity_regularizer, kernel_constraint, bias_constraint,
        **kwargs: As for ``Conv1D``.

    Example:
        >>> layer = keras_core.layers.Conv2D(8, 3, strides=2, padding="same")
        >>> layer(keras_core.ops.ones((2, 9, 9, 3))).shape
        (2, 5, 5, 8)
    """

    def __init__(
        self,
        filters,
        kernel_size,
        strides=(1, 1),
        padding="valid",
        data_format=None,
        dilation_rate=(1, 1),
        groups=1,
        activation=None,
        use_bias=True,
        kernel_initializer="glorot_uniform",
        bias_initializer="zeros",
        kernel_regularizer=None,
        bias_regularizer=None,
        activity_regularizer=None,
        kernel_constraint=None,
        bias_constraint=None,
        **kwargs,
    ):
        super().__init__(
            2,
            filters=filters,
            kernel_size=kernel_size,
            strides=strides,
            padding=padding,
            data_format=data_format,
            dilation_rate=dilation_rate,
            groups=groups,
            activation=activation,
            use_bias=use_bias,
            kernel_initializer=kernel_initializer,
            bias_initializer=bias_initializer,
            kernel_regularizer=kernel_regularizer,
            bias_regularizer=bias_regularizer,
            activity_regularizer=activity_regularizer,
            kernel_constraint=kernel_constraint,
            bias_constraint=bias_constraint,
            **kwargs,
        )


class Conv3D(BaseConv):
    """3D convolution over ``(batch, depth, height, width, channels)`` (or channels first).

    Args:
        filters: Number of output channels.
        kernel_size: An int or a tuple of 3 ints.
        strides: An int or 3 ints; > 1 cannot be combined with dilation > 1.
        padding: ``"valid"`` or ``"same"``.
        data_format: ``"channels_last"``, ``"channels_first"`` or None (the config's).
        dilation_rate: An int or 3 ints.
        groups: Number of channel groups convolved separately.
        activation, use_bias, kernel_initializer, bias_initializer, kernel_regularizer,
        bias_regularizer, activity_regularizer, kernel_constraint, bias_constraint,
        **kwargs: As for ``Conv1D``.

    Example:
        >>> layer = keras_core.layers.Conv3D(4, 2)
        >>> layer(keras_core.ops.ones((1, 3, 4, 5, 2))).shape
        (1, 2, 3, 4, 4)
    """

    def __init__(
        self,
        filters,
        kernel_size,
        strides=(1, 1, 1),
        padding="valid",
        data_format=None,
        dilation_rate=(1, 1, 1),
        groups=1,
        activation=None,
        use_bias=True,
        kernel_initializer="glorot_uniform",
        bias_initializer="zeros",
        kernel_regularizer=None,
        bias_regularizer=None,
        activity_regularizer=None,
        kernel_constraint=None,
        bias_constraint=None,
        **kwargs,
    ):
        super().__init__(
            3,
            filters=filters,
            kernel_size=kernel_size,
            strides=strides,
            padding=padding,
            data_format=data_format,
            dilation_rate=dilation_rate,
            groups=groups,
            activation=activation,
            use_bias=use_bias,
            kernel_initializer=kernel_initializer,
            bias_initializer=bias_initializer,
            kernel_regularizer=kernel_regularizer,
            bias_regularizer=bias_regularizer,
            activity_regularizer=activity_regularizer,
            kernel_constraint=kernel_constraint,
            bias_constraint=bias_constraint,
            **kwargs,
        )


Convolution1D = Conv1D
Convolution2D = Conv2D
Convolution3D = Conv3D
