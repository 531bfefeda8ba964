"""``RecurrentCell``: what Keras's built-in cells share (SimpleRNN, LSTM, GRU, ConvLSTM).

Each has a ``kernel`` (inputs to gates), a ``recurrent_kernel`` (state to gates) and an
optional ``bias``, created in that order (the order ``.keras`` files store them in), with an
initializer, regularizer and constraint each; input and recurrent dropout; and a seed.

Cells read their weights as ``variable.value`` (the value under the active stateless and
autocast scopes, like any read): the step runs inside traced loops (``tf.while_loop``),
where the TensorFlow backend cannot yet convert a ``Variable`` passed to a mixed-dtype op.
"""

from keras_core import activations, constraints, initializers, ops, regularizers
from keras_core.layers.layer import Layer
from keras_core.layers.rnn.arguments import clip_rate
from keras_core.layers.rnn.dropout_rnn_cell import DropoutRNNCell
from keras_core.random import SeedGenerator

# The weights' initializers, regularizers and constraints, in Keras's config order.
WEIGHT_ARGUMENTS = tuple(
    f"{weight}_{kind}"
    for kind in ("initializer", "regularizer", "constraint")
    for weight in ("kernel", "recurrent", "bias")
)
# Config values serialized by the ending of their argument's name.
_SERIALIZERS = (
    ("activation", activations),
    ("_initializer", initializers),
    ("_regularizer", regularizers),
    ("_constraint", constraints),
)


class RecurrentCell(Layer, DropoutRNNCell):
    """Base of the built-in cells: stores the shared arguments and creates the weights.

    Each cell lists its config keys, in Keras's order, in ``_config_arguments``.
    """

    _config_arguments = ()

    def __init__(
        self,
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
        super().__init__(**kwargs)
        where = f"{type(self).__name__} '{self.name}'"
        self.activation = activations.get(activation)
        self.use_bias = bool(use_bias)
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.recurrent_initializer = initializers.get(recurrent_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        self.kernel_regularizer = regularizers.get(kernel_regularizer)
        self.recurrent_regularizer = regularizers.get(recurrent_regularizer)
        self.bias_regularizer = regularizers.get(bias_regularizer)
        self.kernel_constraint = constraints.get(kernel_constraint)
        self.recurrent_constraint = constraints.get(recurrent_constraint)
        self.bias_constraint = constraints.get(bias_constraint)
        self.dropout = clip_rate(where, "dropout", dropout)
        self.recurrent_dropout = clip_rate(where, "recurrent_dropout", recurrent_dropout)
        self.seed = seed
        self.seed_generator = SeedGenerator(seed=seed)

    def _add_weights(self, kernel_shape, recurrent_shape, bias_shape, bias_initializer=None):
        """Creates ``kernel``, ``recurrent_kernel`` and (with ``use_bias``) ``bias``."""
        self.kernel = self.add_weight(
            shape=kernel_shape,
            initializer=self.kernel_initializer,
            regularizer=self.kernel_regularizer,
            constraint=self.kernel_constraint,
            name="kernel",
        )
        self.recurrent_kernel = self.add_weight(
            shape=recurrent_shape,
            initializer=self.recurrent_initializer,
            regularizer=self.recurrent_regularizer,
            constraint=self.recurrent_constraint,
            name="recurrent_kernel",
        )
        self.bias = None
        if self.use_bias:
            self.bias = self.add_weight(
                shape=bias_shape,
                initializer=bias_initializer or self.bias_initializer,
                regularizer=self.bias_regularizer,
                constraint=self.bias_constraint,
                name="bias",
            )

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(arguments_config(self, self._config_arguments))
        return config


def unit_forget_bias(bias_initializer, units: int):
    """The initializer of an LSTM's ``(4 * units,)`` bias with ``unit_forget_bias``: ones
    for the forget gate (the second quarter), ``bias_initializer`` elsewhere."""

    def initializer(shape, dtype=None):
        return ops.concatenate(
            [
                bias_initializer((units,), dtype=dtype),
                ops.ones((units,), dtype=dtype),
                bias_initializer((2 * units,), dtype=dtype),
            ]
        )

    return initializer


CELL_ARGUMENTS = (
    "activation",
    "use_bias",
    "kernel_initializer",
    "recurrent_initializer",
    "bias_initializer",
    "kernel_regularizer",
    "recurrent_regularizer",
    "bias_regularizer",
    "kernel_constraint",
    "recurrent_constraint",
    "bias_constraint",
    "dropout",
    "recurrent_dropout",
    "seed",
)


def expose_cell_arguments(layer_class, names=CELL_ARGUMENTS):
    """Adds read-only properties to a recurrent layer class that return its cell's
    arguments (``LSTM(4).units`` is ``LSTM(4).cell.units``), as Keras's layers have."""
    for name in names:
        setattr(layer_class, name, property(lambda self, name=name: getattr(self.cell, name)))
    return layer_class


def arguments_config(owner, names) -> dict:
    """The config entries ``names``: ``owner``'s attributes of those names, with
    activations, initializers, regularizers and constraints serialized."""
    config = {}
    for name in names:
        value = getattr(owner, name)
        for suffix, module in _SERIALIZERS:
            if name.endswith(suffix):
                value = module.serialize(value)
                break
        config[name] = value
    return config


class CellLayer:
    """Mixin of the recurrent layers that build their own cell (``LSTM``, ``GRU``,
    ``SimpleRNN``, ``ConvLSTM``): their config holds the cell's arguments, listed in
    ``_config_arguments`` in config order, instead of the cell."""

    _config_arguments = ()

    def get_config(self) -> dict:
        config = super().get_config()
        del config["cell"]
        for name in self._config_arguments:
            # The activity regularizer is the layer's own; every other argument the cell's.
            owner = self if name == "activity_regularizer" else self.cell
            config.update(arguments_config(owner, (name,)))
        return config


def gate_projection(x, kernel, masks=None):
    """``x @ kernel``, where with dropout ``masks`` (one per gate, stacked) each gate's
    block of ``kernel`` columns sees ``x`` times its own mask."""
    if masks is None:
        return ops.matmul(x, kernel)
    blocks = ops.split(kernel, masks.shape[0], axis=-1)
    return ops.concatenate(
        [ops.matmul(x * masks[gate], block) for gate, block in enumerate(blocks)], axis=-1
    )
