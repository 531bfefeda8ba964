"""``ConvLSTMCell`` and ``ConvLSTM``: an LSTM whose matmuls are convolutions, the base
of ``ConvLSTM1D`` / ``ConvLSTM2D`` / ``ConvLSTM3D``."""

import inspect

from keras_core import activations, ops
from keras_core.layers import arguments
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.rnn.recurrent_cell import (
    WEIGHT_ARGUMENTS,
    CellLayer,
    RecurrentCell,
    unit_forget_bias,
)
from keras_core.layers.rnn.rnn import RNN

_GATES = 4


class ConvLSTMCell(RecurrentCell):
    """The cell of the ConvLSTM layers: an ``LSTMCell`` with convolutions.

    The gates are ``conv(x, kernel) + conv(h, recurrent_kernel) + bias`` split along the
    channel axis (Keras's order: input, forget, cell, output). The input convolution uses
    ``strides``, ``padding`` and ``dilation_rate``; the recurrent one keeps the state's
    shape (stride 1, ``"same"`` padding). The states ``[h, c]`` have the spatial shape of
    the input convolution's output and ``filters`` channels.

    Args:
        rank: Number of spatial dimensions (1, 2 or 3).
        filters: Number of output channels.
        kernel_size, strides, dilation_rate: An int or ``rank`` ints.
        padding: ``"valid"`` or ``"same"`` (of the input convolution).
        data_format: ``"channels_last"``, ``"channels_first"``, or ``None`` (the config's).
        Other arguments: as for ``LSTMCell``; the kernel is
            ``(*kernel_size, input_channels, 4 * filters)``, the recurrent kernel
            ``(*kernel_size, filters, 4 * filters)``, the bias ``(4 * filters,)``.
    """

    _config_arguments = (
        "filters",
        "kernel_size",
        "strides",
        "padding",
        "data_format",
        "dilation_rate",
        "activation",
        "recurrent_activation",
        "use_bias",
        *WEIGHT_ARGUMENTS,
        "unit_forget_bias",
        "dropout",
        "recurrent_dropout",
        "seed",
    )

    _dropout_mask_count = _GATES

    def __init__(
        self,
        rank,
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
        kernel_constraint=None,
        recurrent_constraint=None,
        bias_constraint=None,
        dropout=0.0,
        recurrent_dropout=0.0,
        seed=None,
        **kwargs,
    ):
        super().__init__(
            activation=activation,
            use_bias=use_bias,
            kernel_initializer=kernel_initializer,
            recurrent_initializer=recurrent_initializer,
            bias_initializer=bias_initializer,
            kernel_regularizer=kernel_regularizer,
            recurrent_regularizer=recurrent_regularizer,
            bias_regularizer=bias_regularizer,
            kernel_constraint=kernel_constraint,
            recurrent_constraint=recurrent_constraint,
            bias_constraint=bias_constraint,
            dropout=dropout,
            recurrent_dropout=recurrent_dropout,
            seed=seed,
            **kwargs,
        )
        where = type(self).__name__
        self.rank = rank
        self.filters = arguments.positive_int(where, "filters", filters)
        self.kernel_size = arguments.int_tuple(where, "kernel_size", kernel_size, rank)
        self.strides = arguments.int_tuple(where, "strides", strides, rank)
        self.padding = arguments.padding_mode(where, padding, ("valid", "same"))
        self.data_format = arguments.data_format(where, data_format)
        self.dilation_rate = arguments.int_tuple(where, "dilation_rate", dilation_rate, rank)
        arguments.no_strided_dilation(where, self.strides, self.dilation_rate)
        self.recurrent_activation = activations.get(recurrent_activation)
        self.unit_forget_bias = bool(unit_forget_bias)
        self._channels_first = self.data_format == "channels_first"
        # The per-example shapes of [h, c]; known once built.
        self.state_size = [None, None]

    def build(self, input_shape):
        spatial = input_shape[2:] if self._channels_first else input_shape[1:-1]
        channels = input_shape[1] if self._channels_first else input_shape[-1]
        if any(size is None for size in spatial):
            raise ValueError(
                f"{type(self).__name__} '{self.name}' needs the spatial dimensions of its "
                f"input to be known, received step input shape {tuple(input_shape)}"
            )
        spatial = [
            _output_length(size, k, s, d, self.padding)
            for size, k, s, d in zip(
                spatial, self.kernel_size, self.strides, self.dilation_rate, strict=True
            )
        ]
        state = (self.filters, *spatial) if self._channels_first else (*spatial, self.filters)
        self.state_size = [state, state]
        bias_initializer = None
        if self.unit_forget_bias:
            bias_initializer = unit_forget_bias(self.bias_initializer, self.filters)
        self._add_weights(
            (*self.kernel_size, channels, _GATES * self.filters),
            (*self.kernel_size, self.filters, _GATES * self.filters),
            (_GATES * self.filters,),
            bias_initializer=bias_initializer,
        )

    def call(self, inputs, states, training=False):
        h_previous, c_previous = states[0], states[1]
        input_masks = state_masks = None
        if training:
            input_masks = self.get_dropout_mask(inputs)
            state_masks = self.get_recurrent_dropout_mask(h_previous)
        z = self._gate_conv(
            inputs, self.kernel.value, input_masks, self.strides, self.padding, self.dilation_rate
        )
        z = z + self._gate_conv(h_previous, self.recurrent_kernel.value, state_masks, 1, "same", 1)
        if self.bias is not None:
            bias = self.bias.value
            if self._channels_first:
                bias = ops.reshape(bias, (-1,) + (1,) * self.rank)
            z = z + bias
        channel_axis = 1 if self._channels_first else -1
        z_input, z_forget, z_cell, z_output = ops.split(z, _GATES, axis=channel_axis)
        gate = self.recurrent_activation
        c = gate(z_forget) * c_previous + gate(z_input) * self.activation(z_cell)
        h = gate(z_output) * self.activation(c)
        return h, [h, c]

    def _gate_conv(self, x, kernel, masks, strides, padding, dilation_rate):
        """``conv(x, kernel)``; with dropout ``masks`` (one per gate), each gate's block of
        output channels convolves ``x`` times its own mask."""

        def conv(inputs, weights):
            return ops.conv(inputs, weights, strides, padding, self.data_format, dilation_rate)

        if masks is None:
            return conv(x, kernel)
        blocks = ops.split(kernel, _GATES, axis=-1)
        return ops.concatenate(
            [conv(x * masks[gate], block) for gate, block in enumerate(blocks)],
            axis=1 if self._channels_first else -1,
        )


def _output_length(size, kernel, stride, dilation, padding) -> int:
    if padding == "same":
        return -(-size // stride)
    return (size - (kernel - 1) * dilation - 1) // stride + 1


class ConvLSTM(CellLayer, RNN):
    """Base of the ConvLSTM layers: ``RNN`` over a ``ConvLSTMCell`` of rank ``rank``.

    Input ``(batch, timesteps, *spatial, channels)`` (channels last) or
    ``(batch, timesteps, channels, *spatial)`` (channels first); the spatial dimensions
    must be known.

    Args:
        rank: Number of spatial dimensions.
        filters, kernel_size, strides, padding, data_format, dilation_rate, activation,
            recurrent_activation, use_bias, *_initializer, unit_forget_bias,
            *_regularizer, *_constraint, dropout, recurrent_dropout, seed: As for
            ``ConvLSTMCell``.
        activity_regularizer: Regularizer of the layer's output.
        return_sequences, return_state, go_backwards, stateful: As for ``RNN``.
        **kwargs: Base layer arguments, ``unroll`` and ``zero_output_for_mask``.
    """

    _config_arguments = (
        "filters",
        "kernel_size",
        "strides",
        "padding",
        "data_format",
        "dilation_rate",
        "activation",
        "recurrent_activation",
        "use_bias",
        *WEIGHT_ARGUMENTS,
        "unit_forget_bias",
        "activity_regularizer",
        "dropout",
        "recurrent_dropout",
        "seed",
    )

    def __init__(
        self,
        rank,
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
        cell = ConvLSTMCell(
            rank=rank,
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
            kernel_constraint=kernel_constraint,
            recurrent_constraint=recurrent_constraint,
            bias_constraint=bias_constraint,
            dropout=dropout,
            recurrent_dropout=recurrent_dropout,
            seed=seed,
            dtype=kwargs.get("dtype"),
            trainable=kwargs.get("trainable", True),
            name="conv_lstm_cell",
        )
        super().__init__(
            cell,
            return_sequences=return_sequences,
            return_state=return_state,
            go_backwards=go_backwards,
            stateful=stateful,
            activity_regularizer=activity_regularizer,
            **kwargs,
        )
        self.input_spec = InputSpec(ndim=rank + 3)

    def build(self, sequences_shape):
        super().build(sequences_shape)
        channel_axis = 2 if self.cell.data_format == "channels_first" else -1
        self.input_spec = InputSpec(
            ndim=self.cell.rank + 3, axes={channel_axis: sequences_shape[channel_axis]}
        )

    def compute_output_shape(self, sequences_shape, initial_state_shape=None):
        cell = self.cell
        first = cell.data_format == "channels_first"
        spatial = sequences_shape[3:] if first else sequences_shape[2:-1]
        spatial = [
            None if size is None else _output_length(size, k, s, d, cell.padding)
            for size, k, s, d in zip(
                spatial, cell.kernel_size, cell.strides, cell.dilation_rate, strict=True
            )
        ]
        state = (cell.filters, *spatial) if first else (*spatial, cell.filters)
        batch = sequences_shape[0]
        if self.return_sequences:
            output_shape = (batch, sequences_shape[1], *state)
        else:
            output_shape = (batch, *state)
        if self.return_state:
            return (output_shape, (batch, *state), (batch, *state))
        return output_shape


def fixed_rank_init(rank):
    """The ``__init__`` of ``ConvLSTM{rank}D``: ``ConvLSTM.__init__`` with ``rank`` given,
    whose signature (``ConvLSTM``'s without ``rank``, Keras's) ``inspect.signature``
    shows."""

    def init(self, *args, **kwargs):
        ConvLSTM.__init__(self, rank, *args, **kwargs)

    signature = inspect.signature(ConvLSTM.__init__)
    init.__signature__ = signature.replace(
        parameters=[p for name, p in signature.parameters.items() if name != "rank"]
    )
    init.__name__ = "__init__"
    init.__qualname__ = f"ConvLSTM{rank}D.__init__"
    return init
