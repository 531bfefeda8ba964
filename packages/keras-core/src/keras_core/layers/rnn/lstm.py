"""``LSTMCell`` and ``LSTM``: long short-term memory (Hochreiter & Schmidhuber, 1997)."""

from keras_core import activations, ops
from keras_core.backend.dispatch import table
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.rnn.arguments import check_units
from keras_core.layers.rnn.fused_rnn import FusedRNN
from keras_core.layers.rnn.recurrent_cell import (
    CELL_ARGUMENTS,
    WEIGHT_ARGUMENTS,
    CellLayer,
    RecurrentCell,
    expose_cell_arguments,
    gate_projection,
    unit_forget_bias,
)

_GATES = 4


class LSTMCell(RecurrentCell):
    """The cell of an LSTM layer.

    With ``z = x W + h U + b`` split into four blocks (input, forget, cell, output gates,
    Keras's order): ``c' = f * c + i * activation(z_c)`` and ``h' = o * activation(c')``,
    where ``i, f, o`` are ``recurrent_activation`` of their blocks.

    Args:
        units: Dimension of the output and of both states.
        activation: Activation of the cell candidate and output (``"tanh"``).
        recurrent_activation: Activation of the gates (``"sigmoid"``).
        use_bias: Whether to add a bias.
        kernel_initializer, recurrent_initializer, bias_initializer: Initializers of the
            ``(input_dim, 4 * units)`` kernel, ``(units, 4 * units)`` recurrent kernel and
            ``(4 * units,)`` bias.
        unit_forget_bias: Initialize the forget gate's bias to ones.
        kernel_regularizer, recurrent_regularizer, bias_regularizer: Their regularizers.
        kernel_constraint, recurrent_constraint, bias_constraint: Their constraints.
        dropout: Fraction of the input units dropped (one mask per gate and sequence).
        recurrent_dropout: Fraction of the hidden-state units dropped in the recurrent
            product (one mask per gate and sequence).
        seed: Seed of the dropout masks.
        **kwargs: Base layer arguments.

    Call arguments:
        inputs: One step's input, ``(batch, features)``.
        states: ``[h, c]``.
        training: Whether dropout is active.

    Example:
        >>> cell = keras_core.layers.LSTMCell(4)
        >>> h, [h, c] = cell(x, cell.get_initial_state(batch_size=2))
    """

    _config_arguments = (
        "units",
        "activation",
        "recurrent_activation",
        "use_bias",
        "unit_forget_bias",
        *WEIGHT_ARGUMENTS,
        "dropout",
        "recurrent_dropout",
        "seed",
    )

    _dropout_mask_count = _GATES

    def __init__(
        self,
        units,
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
        units = check_units(type(self).__name__, units)
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
        self.units = units
        self.recurrent_activation = activations.get(recurrent_activation)
        self.unit_forget_bias = bool(unit_forget_bias)
        self.state_size = [units, units]
        self.output_size = units

    def build(self, input_shape):
        units = self.units
        bias_initializer = None
        if self.unit_forget_bias:
            bias_initializer = unit_forget_bias(self.bias_initializer, units)
        self._add_weights(
            (input_shape[-1], _GATES * units),
            (units, _GATES * units),
            (_GATES * units,),
            bias_initializer=bias_initializer,
        )

    def call(self, inputs, states, training=False):
        h_previous, c_previous = states[0], states[1]
        input_masks = state_masks = None
        if training:
            input_masks = self.get_dropout_mask(inputs)
            state_masks = self.get_recurrent_dropout_mask(h_previous)
        z = gate_projection(inputs, self.kernel.value, input_masks)
        z = z + gate_projection(h_previous, self.recurrent_kernel.value, state_masks)
        if self.bias is not None:
            z = z + self.bias.value
        z_input, z_forget, z_cell, z_output = ops.split(z, _GATES, axis=-1)
        gate = self.recurrent_activation
        c = gate(z_forget) * c_previous + gate(z_input) * self.activation(z_cell)
        h = gate(z_output) * self.activation(c)
        return h, [h, c]

    def get_initial_state(self, batch_size=None) -> list:
        return [ops.zeros((batch_size, self.units), dtype=self.compute_dtype) for _ in range(2)]


class LSTM(CellLayer, FusedRNN):
    """Long short-term memory layer.

    With the default ``activation``/``recurrent_activation``, no ``recurrent_dropout``,
    ``unroll=False`` and no mask, it runs the backend's fused LSTM kernel (cuDNN or
    ``torch.lstm`` on torch, ``BlockLSTMV2`` on TensorFlow), with the same results as its
    step loop.

    Args:
        units: Dimension of the output and states.
        activation, recurrent_activation, use_bias, *_initializer, unit_forget_bias,
            *_regularizer, *_constraint, dropout, recurrent_dropout, seed: As for
            ``LSTMCell``.
        activity_regularizer: Regularizer of the layer's output.
        return_sequences, return_state, go_backwards, stateful, unroll: As for ``RNN``.
        use_cudnn: ``"auto"`` (use the fused kernel when possible), ``True`` (require it)
            or ``False`` (always run the step loop).
        **kwargs: Base layer arguments and ``zero_output_for_mask``.

    Example:
        >>> keras_core.layers.LSTM(4, return_state=True)(keras_core.ops.ones((2, 5, 3)))
        (output (2, 4), h (2, 4), c (2, 4))
    """

    _config_arguments = (
        "units",
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
        units,
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
        unroll=False,
        use_cudnn="auto",
        **kwargs,
    ):
        cell = LSTMCell(
            units,
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
            name="lstm_cell",
        )
        super().__init__(
            cell,
            use_cudnn=use_cudnn,
            return_sequences=return_sequences,
            return_state=return_state,
            go_backwards=go_backwards,
            stateful=stateful,
            unroll=unroll,
            activity_regularizer=activity_regularizer,
            **kwargs,
        )
        self.input_spec = InputSpec(ndim=3)

    def build(self, sequences_shape):
        super().build(sequences_shape)
        self.input_spec = InputSpec(ndim=3, axes={-1: sequences_shape[-1]})

    def _fused_loop(self, sequences, initial_state):
        cell = self.cell
        outputs, h, c = table("rnn").lstm(
            sequences,
            initial_state[0],
            initial_state[1],
            cell.kernel.value,
            cell.recurrent_kernel.value,
            None if cell.bias is None else cell.bias.value,
            go_backwards=self.go_backwards,
        )
        return h, outputs if self.return_sequences else None, [h, c]


expose_cell_arguments(LSTM, ("units", "recurrent_activation", "unit_forget_bias", *CELL_ARGUMENTS))
