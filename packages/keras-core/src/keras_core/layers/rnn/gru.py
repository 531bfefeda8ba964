"""``GRUCell`` and ``GRU``: gated recurrent unit (Cho et al., 2014)."""

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
)

_GATES = 3


class GRUCell(RecurrentCell):
    """The cell of a GRU layer.

    Gates in Keras's order: update ``z``, reset ``r``, candidate ``h~``;
    ``h' = z * h + (1 - z) * h~``. With ``reset_after=True`` (the default, and cuDNN's
    formulation) the reset gate multiplies the recurrent product:
    ``h~ = activation(x W_h + b_h + r * (h U_h + c_h))``, with separate input and recurrent
    biases (``bias`` is ``(2, 3 * units)``); with ``False`` it multiplies the state first:
    ``h~ = activation(x W_h + (r * h) U_h + b_h)`` (``bias`` is ``(3 * units,)``).

    Args:
        units: Dimension of the output and state.
        activation: Activation of the candidate (``"tanh"``).
        recurrent_activation: Activation of the gates (``"sigmoid"``).
        use_bias: Whether to add biases.
        kernel_initializer, recurrent_initializer, bias_initializer: Initializers of the
            ``(input_dim, 3 * units)`` kernel, ``(units, 3 * units)`` recurrent kernel and
            the bias.
        kernel_regularizer, recurrent_regularizer, bias_regularizer: Their regularizers.
        kernel_constraint, recurrent_constraint, bias_constraint: Their constraints.
        dropout: Fraction of the input units dropped (one mask per gate and sequence).
        recurrent_dropout: Fraction of the state units dropped in the recurrent product
            (one mask per gate and sequence).
        reset_after: Apply the reset gate after the recurrent matmul (see above).
        seed: Seed of the dropout masks.
        **kwargs: Base layer arguments.

    Call arguments:
        inputs: One step's input, ``(batch, features)``.
        states: ``[h]`` (or ``h``).
        training: Whether dropout is active.

    Example:
        >>> cell = keras_core.layers.GRUCell(4)
        >>> h, [h] = cell(x, [keras_core.ops.zeros((2, 4))])
    """

    _config_arguments = (
        "units",
        "activation",
        "recurrent_activation",
        "use_bias",
        *WEIGHT_ARGUMENTS,
        "dropout",
        "recurrent_dropout",
        "reset_after",
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
        kernel_regularizer=None,
        recurrent_regularizer=None,
        bias_regularizer=None,
        kernel_constraint=None,
        recurrent_constraint=None,
        bias_constraint=None,
        dropout=0.0,
        recurrent_dropout=0.0,
        reset_after=True,
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
        self.reset_after = bool(reset_after)
        self.state_size = units
        self.output_size = units

    def build(self, input_shape):
        units = self.units
        bias_shape = (2, _GATES * units) if self.reset_after else (_GATES * units,)
        self._add_weights((input_shape[-1], _GATES * units), (units, _GATES * units), bias_shape)

    def call(self, inputs, states, training=False):
        h_previous = states[0] if isinstance(states, (list, tuple)) else states
        input_masks = state_masks = None
        if training:
            input_masks = self.get_dropout_mask(inputs)
            state_masks = self.get_recurrent_dropout_mask(h_previous)
        input_bias = recurrent_bias = None
        if self.bias is not None:
            bias = self.bias.value
            input_bias, recurrent_bias = (bias[0], bias[1]) if self.reset_after else (bias, None)
        x = gate_projection(inputs, self.kernel.value, input_masks)
        if input_bias is not None:
            x = x + input_bias
        x_update, x_reset, x_candidate = ops.split(x, _GATES, axis=-1)
        recurrent_kernel = self.recurrent_kernel.value
        gate = self.recurrent_activation
        if self.reset_after:
            h = gate_projection(h_previous, recurrent_kernel, state_masks)
            if recurrent_bias is not None:
                h = h + recurrent_bias
            h_update, h_reset, h_candidate = ops.split(h, _GATES, axis=-1)
            update, reset = gate(x_update + h_update), gate(x_reset + h_reset)
            candidate = self.activation(x_candidate + reset * h_candidate)
        else:
            gate_kernels = ops.split(recurrent_kernel, _GATES, axis=-1)
            dropped = (
                [h_previous] * _GATES
                if state_masks is None
                else [h_previous * state_masks[index] for index in range(_GATES)]
            )
            update = gate(x_update + ops.matmul(dropped[0], gate_kernels[0]))
            reset = gate(x_reset + ops.matmul(dropped[1], gate_kernels[1]))
            candidate = self.activation(
                x_candidate + ops.matmul(reset * dropped[2], gate_kernels[2])
            )
        h = update * h_previous + (1 - update) * candidate
        return h, [h] if isinstance(states, (list, tuple)) else h

    def get_initial_state(self, batch_size=None) -> list:
        return [ops.zeros((batch_size, self.units), dtype=self.compute_dtype)]


class GRU(CellLayer, FusedRNN):
    """Gated recurrent unit layer.

    With the default ``activation``/``recurrent_activation``, ``reset_after=True``, no
    ``recurrent_dropout``, ``unroll=False`` and no mask, it runs the backend's fused GRU
    kernel where there is one (cuDNN or ``torch.gru`` on torch), with the same results as
    its step loop.

    Args:
        units: Dimension of the output and state.
        activation, recurrent_activation, use_bias, *_initializer, *_regularizer,
            *_constraint, dropout, recurrent_dropout, reset_after, seed: As for ``GRUCell``.
        activity_regularizer: Regularizer of the layer's output.
        return_sequences, return_state, go_backwards, stateful, unroll: As for ``RNN``.
        use_cudnn: ``"auto"`` (use the fused kernel when possible), ``True`` (require it)
            or ``False`` (always run the step loop).
        **kwargs: Base layer arguments and ``zero_output_for_mask``.

    Example:
        >>> keras_core.layers.GRU(4, return_sequences=True)(keras_core.ops.ones((2, 5, 3))).shape
        (2, 5, 4)
    """

    _config_arguments = (
        "units",
        "activation",
        "recurrent_activation",
        "use_bias",
        *WEIGHT_ARGUMENTS,
        "activity_regularizer",
        "dropout",
        "recurrent_dropout",
        "reset_after",
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
        reset_after=True,
        use_cudnn="auto",
        **kwargs,
    ):
        cell = GRUCell(
            units,
            activation=activation,
            recurrent_activation=recurrent_activation,
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
            reset_after=reset_after,
            seed=seed,
            dtype=kwargs.get("dtype"),
            trainable=kwargs.get("trainable", True),
            name="gru_cell",
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

    def _config_blocker(self):
        if not self.cell.reset_after:
            return "reset_after=False"
        return super()._config_blocker()

    def _fused_loop(self, sequences, initial_state):
        cell = self.cell
        outputs, h = table("rnn").gru(
            sequences,
            initial_state[0],
            cell.kernel.value,
            cell.recurrent_kernel.value,
            None if cell.bias is None else cell.bias.value,
            go_backwards=self.go_backwards,
        )
        return h, outputs if self.return_sequences else None, [h]


expose_cell_arguments(GRU, ("units", "recurrent_activation", "reset_after", *CELL_ARGUMENTS))
