"""``Conv1DTranspose``, ``Conv2DTranspose``, ``Conv3DTranspose`` (and their
``Convolution*DTranspose`` aliases).

Each class fixes the rank of ``BaseConvTranspose`` and keeps Keras's constructor signature
(``Conv3DTranspose`` takes ``data_format`` before ``output_padding``, as in Keras).
"""

from keras_core.layers.convolutional.base_conv_transpose import BaseConvTranspose


class Conv1DTranspose(BaseConvTranspose):
    """1D transposed convolution (sometimes called deconvolution): upsamples sequences.

    The kernel has shape ``(kernel_size, filters, input_channels)``. An input of length
    ``n`` gives ``n * stride`` outputs with ``"same"`` padding and
    ``n * stride + max(kernel_extent - stride, 0)`` with ``"valid"``, unless
    ``output_padding`` is given (see ``BaseConvTranspose``).

    Args:
        filters: Number of output channels.
        kernel_size: An int or a tuple of 1 int.
        strides: An int or a tuple of 1 int; > 1 cannot be combined with dilation > 1.
        padding: ``"valid"`` or ``"same"``.
        output_padding: None, or an int or 1 int smaller than the stride: extra output size.
        data_format: ``"channels_last"``, ``"channels_first"`` or None (the config's).
        dilation_rate: An int or a tuple of 1 int.
        activation: Activation of the output; None means linear.
        use_bias: Whether a bias vector is added.
        kernel_initializer, bias_initializer: Initializers of the weights.
        kernel_regularizer, bias_regularizer, activity_regularizer: Regularizers.
        kernel_constraint, bias_constraint: Constraints of the weights.
        **kwargs: ``Layer`` arguments (``name``, ``dtype``, ``trainable``...).

    Example:
        >>> layer = keras_core.layers.Conv1DTranspose(4, 3, strides=2, padding="same")
        >>> layer(keras_core.ops.ones((2, 5, 3))).shape
        (2, 10, 4)
    """

    def __init__(
        self,
        filters,
        kernel_size,
        strides=1,
        padding="valid",
        output_padding=None,
        data_format=None,
        dilation_rate=1,
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
            output_padding=output_padding,
            data_format=data_format,
            dilation_rate=dilation_rate,
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


class Conv2DTranspose(BaseConvTranspose):
    """2D transposed convolution: upsamples ``(batch, height, width, channels)`` images.

    Args:
        filters: Number of output channels.
        kernel_size: An int or 2 ints.
        strides: An int or 2 ints; > 1 cannot be combined with dilation > 1.
        padding: ``"valid"`` or ``"same"``.
        output_padding: None, or an int or 2 ints, each smaller than its stride.
        data_format: ``"channels_last"``, ``"channels_first"`` or None (the config's).
        dilation_rate: An int or 2 ints.
        activation, use_bias, kernel_initializer, bias_initializer, kernel_regularizer,
        bias_regularizer, activity_regularizer, kernel_constraint, bias_constraint,
        **kwargs: As for ``Conv1DTranspose``.

    Example:
        >>> layer = keras_core.layers.Conv2DTranspose(8, 3, strides=2)
        >>> layer(keras_core.ops.ones((2, 4, 4, 3))).shape
        (2, 9, 9, 8)
    """

    def __init__(
        self,
        filters,
        kernel_size,
        strides=(1, 1),
        padding="valid",
        output_padding=None,
        data_format=None,
        dilation_rate=(1, 1),
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
            output_padding=output_padding,
            data_format=data_format,
            dilation_rate=dilation_rate,
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


class Conv3DTranspose(BaseConvTranspose):
    """3D transposed convolution: upsamples ``(batch, depth, height, width, channels)``.

    Args:
        filters: Number of output channels.
        kernel_size: An int or 3 ints.
        strides: An int or 3 ints; > 1 cannot be combined with dilation > 1.
        padding: ``"valid"`` or ``"same"``.
        data_format: ``"channels_last"``, ``"channels_first"`` or None (the config's).
        output_padding: None, or an int or 3 ints, each smaller than its stride.
        dilation_rate: An int or 3 ints.
        activation, use_bias, kernel_initializer, bias_initializer, kernel_regularizer,
        bias_regularizer, activity_regularizer, kernel_constraint, bias_constraint,
        **kwargs: As for ``Conv1DTranspose``.

    Example:
        >>> layer = keras_core.layers.Conv3DTranspose(4, 2, strides=2)
        >>> layer(keras_core.ops.ones((1, 2, 3, 4, 2))).shape
        (1, 4, 6, 8, 4)
    """

    def __init__(
        self,
        filters,
        kernel_size,
        strides=(1, 1, 1),
        padding="valid",
        data_format=None,
        output_padding=None,
        dilation_rate=(1, 1, 1),
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
            output_padding=output_padding,
            data_format=data_format,
            dilation_rate=dilation_rate,
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


Convolution1DTranspose = Conv1DTranspose
Convolution2DTranspose = Conv2DTranspose
Convolution3DTranspose = Conv3DTranspose
