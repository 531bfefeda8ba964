"""``ConvLSTM2D``: a 2D convolutional LSTM."""

from keras_core.layers.rnn.conv_lstm import ConvLSTM, fixed_rank_init


class ConvLSTM2D(ConvLSTM):
    """2D convolutional LSTM: an LSTM whose input and recurrent transformations are 2D
    convolutions.

    Input: ``(batch, timesteps, rows, cols, channels)`` with channels last, or
    the channels before the spatial axes with channels first. Output: the state ``h`` of
    the last step (of every step with ``return_sequences``), with ``filters`` channels.

    Args:
        filters: Number of output channels.
        kernel_size: An int or 2 ints.
        strides: An int or 2 ints (of the input convolution).
        padding: ``"valid"`` or ``"same"`` (of the input convolution).
        data_format: ``"channels_last"``, ``"channels_first"`` or ``None`` (the config's).
        dilation_rate: An int or 2 ints; not with strides > 1.
        activation, recurrent_activation, use_bias, *_initializer, unit_forget_bias,
            *_regularizer, activity_regularizer, *_constraint, dropout, recurrent_dropout,
            seed: As for ``LSTM``.
        return_sequences, return_state, go_backwards, stateful: As for ``RNN``.
        **kwargs: Base layer arguments, ``unroll`` and ``zero_output_for_mask``.

    Example:
        >>> layer = keras_core.layers.ConvLSTM2D(8, 3)
        >>> layer(keras_core.ops.ones((2, 4, 10, 10, 3))).shape
        (2, 8, 8, 8)
    """

    __init__ = fixed_rank_init(2)
