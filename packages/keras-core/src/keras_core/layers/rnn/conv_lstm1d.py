"""``ConvLSTM1D``: a 1D convolutional LSTM."""

from keras_core.layers.rnn.conv_lstm import ConvLSTM


class ConvLSTM1D(ConvLSTM):
    """1D convolutional LSTM: an LSTM whose input and recurrent transformations are 1D
    convolutions.

    Input: ``(batch, timesteps, steps, channels)`` with channels last, or
    the channels before the spatial axes with channels first. Output: the state ``h`` of
    the last step (of every step with ``return_sequences``), with ``filters`` channels.

    Args:
        filters: Number of output channels.
        kernel_size: An int or 1 ints.
        strides: An int or 1 ints (of the input convolution).
        padding: ``"valid"`` or ``"same"`` (of the input convolution).
        data_format: ``"channels_last"``, ``"channels_first"`` or ``None`` (the config's).
        dilation_rate: An int or 1 ints; not with strides > 1.
        activation, recurrent_activation, use_bias, *_initializer, unit_forget_bias,
            *_regularizer, activity_regularizer, *_constraint, dropout, recurrent_dropout,
            seed: As for ``LSTM``.
        return_sequences, return_state, go_backwards, stateful: As for ``RNN``.
        **kwargs: Base layer arguments, ``unroll`` and ``zero_output_for_mask``.

    Example:
        >>> layer = keras_core.layers.ConvLSTM1D(8, 3)
        >>> layer(keras_core.ops.ones((2, 4, 10, 3))).shape
        (2, 8, 8)
    """

    def __init__(
        self,
        filters,
        kernel_size,
        strides=1,
        padding="valid",
        data_format=None,
        dilation_rate=1,
        activation="tanh",
        recurrent_activation="sigmoid",
        use_bias=True,
        kernel_initializer="glorot_uniform",
        recurrent_initializer="orthogonal",
        bias_initializer="zeros",
        unit_forget_bias=True,
        kernel_regularizer=None,
        recurrent_regularizer=None,
        bias_regularizer=None,
        activity_regularizer=None,
        kernel_constraint=None,
        recurrent_constraint=None,
        bias_constraint=None,
        dropout=0.0,
        recurrent_dropout=0.0,
        seed=None,
        return_sequences=False,
        return_state=False,
        go_backwards=False,
        stateful=False,
        **kwargs,
    ):
        super().__init__(
            rank=1,
            filters=filters,
            kernel_size=kernel_size,
            strides=strides,
            padding=padding,
            data_format=data_format,
            dilation_rate=dilation_rate,
            activation=activation,
            recurrent_activation=recurrent_activation,
            use_bias=use_bias,
            kernel_initializer=kernel_initializer,
            recurrent_initializer=recurrent_initializer,
            bias_initializer=bias_initializer,
            unit_forget_bias=unit_forget_bias,
            kernel_regularizer=kernel_regularizer,
            recurrent_regularizer=recurrent_regularizer,
            bias_regularizer=bias_regularizer,
            activity_regularizer=activity_regularizer,
            kernel_constraint=kernel_constraint,
            recurrent_constraint=recurrent_constraint,
            bias_constraint=bias_constraint,
            dropout=dropout,
            recurrent_dropout=recurrent_dropout,
            seed=seed,
            return_sequences=return_sequences,
            return_state=return_state,
            go_backwards=go_backwards,
            stateful=stateful,
            **kwargs,
        )
