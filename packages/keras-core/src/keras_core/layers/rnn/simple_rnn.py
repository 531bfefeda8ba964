"""``SimpleRNNCell`` and ``SimpleRNN``: ``h_t = activation(x_t W + h_{t-1} U + b)``."""

from keras_core import ops
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.rnn.arguments import check_units
from keras_core.layers.rnn.recurrent_cell import (
    CELL_ARGUMENTS,
    WEIGHT_ARGUMENTS,
    CellLayer,
    RecurrentCell,
    expose_cell_arguments,
)
from keras_core.layers.rnn.rnn import RNN


class SimpleRNNCell(RecurrentCell):
    """The cell of a fully-connected RNN whose output is fed back as its state.

    Args:
        units: Dimension of the output and state.
        activation: Activation (``"tanh"``); ``None`` means linear.
        use_bias: Whether to add a bias.
        kernel_initializer, recurrent_initializer, bias_initializer: Initializers of the
            input kernel, recurrent kernel and bias.
        kernel_regularizer, recurrent_regularizer, bias_regularizer: Their regularizers.
        kernel_constraint, recurrent_constraint, bias_constraint: Their constraints.
        dropout: Fraction of the input units dropped (one mask per sequence).
        recurrent_dropout: Fraction of the state units dropped in the recurrent product.
        seed: Seed of the dropout masks.
        **kwargs: Base layer arguments.

    Call arguments:
        sequence: One step's input, ``(batch, features)``.
        states: ``[h]`` (or ``h``): the previous output.
        training: Whether dropout is active.

    Example:
        >>> cell = keras_core.layers.SimpleRNNCell(4)
        >>> output, [h] = cell(x, [keras_core.ops.zeros((2, 4))])
    """

    _config_arguments = (
        "units",
        "activation",
        "use_bias",
        *WEIGHT_ARGUMENTS,
        "dropout",
        "recurrent_dropout",
        "seed",
    )

    def __init__(
        self,
        units,
        activation="tanh",
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
        self.state_size = units
        self.output_size = units

    def build(self, input_shape):
        units = self.units
        self._add_weights((input_shape[-1], units), (units, units), (units,))

    def call(self, sequence, states, training=False):
        previous = states[0] if isinstance(states, (list, tuple)) else states
        if training:
            input_mask = self.get_dropout_mask(sequence)
            state_mask = self.get_recurrent_dropout_mask(previous)
            if input_mask is not None:
                sequence = sequence * input_mask
            if state_mask is not None:
                previous = previous * state_mask
        h = ops.matmul(sequence, self.kernel.value)
        if self.bias is not None:
            h = h + self.bias.value
        output = self.activation(h + ops.matmul(previous, self.recurrent_kernel.value))
        return output, [output] if isinstance(states, (list, tuple)) else output

    def get_initial_state(self, batch_size=None) -> list:
        return [ops.zeros((batch_size, self.units), dtype=self.compute_dtype)]


class SimpleRNN(CellLayer, RNN):
    """Fully-connected RNN whose output is fed back as its state.

    Args:
        units: Dimension of the output and state.
        activation, use_bias, *_initializer, *_regularizer, *_constraint, dropout,
            recurrent_dropout, seed: As for ``SimpleRNNCell``.
        activity_regularizer: Regularizer of the layer's output.
        return_sequences, return_state, go_backwards, stateful, unroll: As for ``RNN``.
        **kwargs: Base layer arguments and ``zero_output_for_mask``.

    Example:
        >>> keras_core.layers.SimpleRNN(4)(keras_core.ops.ones((2, 5, 3))).shape
        (2, 4)
    """

    # Keras's SimpleRNN config has no "seed" (unlike LSTM's and GRU's).
    _config_arguments = (
        "units",
        "activation",
        "use_bias",
        *WEIGHT_ARGUMENTS,
        "activity_regularizer",
        "dropout",
        "recurrent_dropout",
    )

    def __init__(
        self,
        units,
        activation="tanh",
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
        return_sequences=False,
        return_state=False,
        go_backwards=False,
        stateful=False,
        unroll=False,
        seed=None,
        **kwargs,
    ):
        cell = SimpleRNNCell(
            units,
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
            dtype=kwargs.get("dtype"),
            trainable=kwargs.get("trainable", True),
            name="simple_rnn_cell",
        )
        super().__init__(
            cell,
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


expose_cell_arguments(SimpleRNN, ("units", *CELL_ARGUMENTS))
