"""``RNN``: runs a recurrent cell over the time axis of a sequence."""

from keras_core import ops, tree
from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import is_float_dtype
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer
from keras_core.layers.rnn import cell_states
from keras_core.layers.rnn.dropout_rnn_cell import DropoutRNNCell
from keras_core.layers.rnn.stacked_rnn_cells import StackedRNNCells, check_cell
from keras_core.layers.rnn.sublayers import build_sublayer
from keras_core.layers.rnn.time_loop import time_loop
from keras_core.saving import serialization_lib


class RNN(Layer):
    """Base class for recurrent layers: applies a cell to every time step of a sequence.

    A cell is a layer with ``call(inputs, states, training=False) -> (output, new_states)``
    and a ``state_size`` (and optionally ``output_size`` and ``get_initial_state``).

    Args:
        cell: A cell, or a list of cells (run as ``StackedRNNCells``).
        return_sequences: Return the output of every step ``(batch, timesteps, ...)``
            instead of the last one.
        return_state: Also return the final states: the call returns
            ``(output, *states)``.
        go_backwards: Process the sequence from its last step to its first; the returned
            sequence is in processing order.
        stateful: Start each batch from the final states of the previous one (batch ``i``
            of a call continues example ``i`` of the previous call). Needs a fixed batch
            size. ``reset_state()`` goes back to zeros.
        unroll: Write the time loop out in Python instead of ``ops.scan`` (faster for short
            sequences on some backends; needs a fixed number of timesteps).
        zero_output_for_mask: Masked steps output zeros instead of the previous output.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Call arguments:
        sequences: ``(batch, timesteps, ...)``.
        initial_state: Optional list of initial states (the cell's ``state_size`` order).
        mask: Optional ``(batch, timesteps)`` booleans; masked steps keep the states.
        training: Whether dropout is active.

    Example:
        >>> layer = keras_core.layers.RNN(keras_core.layers.LSTMCell(4), return_sequences=True)
        >>> layer(keras_core.ops.ones((2, 5, 3))).shape
        (2, 5, 4)
    """

    def __init__(
        self,
        cell,
        return_sequences=False,
        return_state=False,
        go_backwards=False,
        stateful=False,
        unroll=False,
        zero_output_for_mask=False,
        **kwargs,
    ):
        super().__init__(**kwargs)
        if isinstance(cell, (list, tuple)):
            cell = StackedRNNCells(cell)
        check_cell(f"{type(self).__name__} '{self.name}'", cell)
        self.cell = cell
        self.return_sequences = bool(return_sequences)
        self.return_state = bool(return_state)
        self.go_backwards = bool(go_backwards)
        self.stateful = bool(stateful)
        self.unroll = bool(unroll)
        self.zero_output_for_mask = bool(zero_output_for_mask)
        self.supports_masking = True
        self.input_spec = InputSpec(min_ndim=3)
        self._states = None

    @property
    def state_size(self):
        return self.cell.state_size

    @property
    def states(self):
        """The state variables of a stateful layer (``None`` before its first call)."""
        return self._states

    def build(self, sequences_shape):
        build_sublayer(self.cell, (sequences_shape[0], *sequences_shape[2:]))

    def get_initial_state(self, batch_size) -> list:
        """The states a sequence starts from when no ``initial_state`` is given (zeros)."""
        return cell_states.initial_states(self.cell, batch_size, self.compute_dtype)

    # Calling ------------------------------------------------------------------------

    def call(self, sequences, initial_state=None, mask=None, training=False):
        if isinstance(mask, (list, tuple)):
            mask = mask[0]
        if self.unroll and sequences.shape[1] is None:
            raise ValueError(
                f"{type(self).__name__} '{self.name}': unroll=True needs a known number of "
                f"timesteps, received input shape {tuple(sequences.shape)}. Give the input a "
                f"fixed length or use unroll=False."
            )
        if initial_state is not None:
            initial_state = self._checked_initial_state(initial_state)
        elif self.stateful:
            initial_state = self._stateful_initial_state(sequences.shape[0])
        else:
            initial_state = self.get_initial_state(ops.shape(sequences)[0])
        if training:
            self._draw_dropout_masks(sequences, initial_state)
        try:
            last_output, outputs, states = self.inner_loop(
                sequences, initial_state, mask=mask, training=training
            )
        finally:
            self._reset_dropout_masks()
        if self.stateful:
            for variable, value in zip(
                tree.flatten(self._states), tree.flatten(states), strict=True
            ):
                variable.assign(value)
        output = outputs if self.return_sequences else last_output
        if self.return_state:
            return (output, *states)
        return output

    def inner_loop(self, sequences, initial_state, mask=None, training=False):
        """Runs the cell over ``sequences``; returns ``(last_output, outputs, states)``
        (``outputs`` is ``None`` unless ``return_sequences``). Subclasses override it to
        use a fused kernel when they can."""
        cell = self.cell

        def step(inputs, states):
            return cell(inputs, states, training=training)

        return time_loop(
            step,
            sequences,
            initial_state,
            self._zero_output(sequences, initial_state),
            mask=mask,
            go_backwards=self.go_backwards,
            unroll=self.unroll,
            zero_output_for_mask=self.zero_output_for_mask,
            return_sequences=self.return_sequences,
        )

    def _zero_output(self, sequences, initial_state):
        """Zeros shaped like one step's output (what a masked first step emits)."""
        if getattr(self.cell, "output_size", None) is None:
            return ops.zeros_like(tree.flatten(initial_state)[0])
        shape = (ops.shape(sequences)[0], *cell_states.output_dims(self.cell))
        return ops.zeros(shape, dtype=self.compute_dtype)

    def _checked_initial_state(self, initial_state) -> list:
        initial_state = (
            list(initial_state) if isinstance(initial_state, (list, tuple)) else [initial_state]
        )
        expected = len(cell_states.state_sizes(self.cell.state_size))
        if len(initial_state) != expected:
            raise ValueError(
                f"{type(self).__name__} '{self.name}' has {expected} state(s), but "
                f"initial_state has {len(initial_state)} entries"
            )
        return tree.map_structure(self._to_compute_dtype, initial_state)

    def _to_compute_dtype(self, state):
        state = ops.convert_to_tensor(state)
        if is_float_dtype(ops.dtype(state)) and ops.dtype(state) != self.compute_dtype:
            return ops.cast(state, self.compute_dtype)
        return state

    # Dropout masks are drawn before the loop (random ops cannot run inside ops.scan) and
    # reset after it, so each sequence gets new ones.

    def _draw_dropout_masks(self, sequences, initial_state):
        cells = self.cell.cells if isinstance(self.cell, StackedRNNCells) else [self.cell]
        states = initial_state if isinstance(self.cell, StackedRNNCells) else [initial_state]
        step_input = sequences[:, 0]
        for index, (cell, cell_state) in enumerate(zip(cells, states, strict=True)):
            if index:
                # A stacked cell's input is its predecessor's output: its mask's shape.
                batch = ops.shape(step_input)[0]
                output_shape = (batch, *cell_states.output_dims(cells[index - 1]))
                step_input = ops.zeros(output_shape, self.compute_dtype)
            if isinstance(cell, DropoutRNNCell):
                cell.get_dropout_mask(step_input)
                cell.get_recurrent_dropout_mask(tree.flatten(cell_state)[0])

    def _reset_dropout_masks(self):
        cells = self.cell.cells if isinstance(self.cell, StackedRNNCells) else [self.cell]
        for cell in cells:
            if isinstance(cell, DropoutRNNCell):
                cell.reset_dropout_mask()
                cell.reset_recurrent_dropout_mask()

    # Stateful layers ----------------------------------------------------------------

    def _stateful_initial_state(self, batch_size):
        if batch_size is None:
            raise ValueError(
                f"{type(self).__name__} '{self.name}' is stateful, so it needs a fixed batch "
                f"size; received an input whose batch size is unknown"
            )
        if self._states is None:
            variable_class = table("variables").Variable
            self._states = tree.map_structure(
                lambda zeros: self._state_variable(variable_class, zeros),
                self.get_initial_state(batch_size),
            )
        expected = tree.flatten(self._states)[0].shape[0]
        if batch_size != expected:
            raise ValueError(
                f"{type(self).__name__} '{self.name}' is stateful: the batch size of the "
                f"inputs must equal that of its states. Expected batch size {expected}, "
                f"received {batch_size}"
            )
        return tree.map_structure(lambda variable: variable.value, self._states)

    def _state_variable(self, variable_class, zeros):
        # Not tracked: Keras saves no state of a stateful RNN, so these stay out of weights.
        variable = variable_class(zeros, trainable=False, name="rnn_state")
        variable.path = f"{self.name}/rnn_state"
        return variable

    def reset_state(self):
        """Sets the states of a stateful layer back to zeros."""
        if self._states is not None:
            for variable in tree.flatten(self._states):
                variable.assign(ops.zeros(variable.shape, dtype=variable.dtype))

    def reset_states(self):
        """Same as ``reset_state``."""
        self.reset_state()

    # Shapes and masks ---------------------------------------------------------------

    def compute_output_shape(self, sequences_shape, initial_state_shape=None):
        batch = sequences_shape[0]
        step_output = cell_states.output_dims(self.cell)
        if self.return_sequences:
            output_shape = (batch, sequences_shape[1], *step_output)
        else:
            output_shape = (batch, *step_output)
        if not self.return_state:
            return output_shape
        return (output_shape, *self._state_shapes(batch))

    def _state_shapes(self, batch) -> list:
        def shapes_of(cell):
            return [(batch, *cell_states.dims(s)) for s in cell_states.state_sizes(cell.state_size)]

        if isinstance(self.cell, StackedRNNCells):
            return [shapes_of(cell) for cell in self.cell.cells]
        return shapes_of(self.cell)

    def compute_output_spec(self, sequences, initial_state=None, mask=None, training=False):
        shapes = self.compute_output_shape(tuple(sequences.shape))
        return tree.map_shape_structure(
            lambda shape: KerasTensor(shape, self.compute_dtype), shapes
        )

    def compute_mask(self, inputs, previous_mask):
        mask = previous_mask[0] if isinstance(previous_mask, (list, tuple)) else previous_mask
        output_mask = mask if self.return_sequences else None
        if self.return_state:
            return [output_mask] + [None] * len(cell_states.state_sizes(self.cell.state_size))
        return output_mask

    # Configuration ------------------------------------------------------------------

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            {
                "return_sequences": self.return_sequences,
                "return_state": self.return_state,
                "go_backwards": self.go_backwards,
                "stateful": self.stateful,
                "unroll": self.unroll,
                "zero_output_for_mask": self.zero_output_for_mask,
                "cell": serialization_lib.serialize_keras_object(self.cell),
            }
        )
        return config

    @classmethod
    def from_config(cls, config):
        # Subclasses that own their cell (LSTM, GRU...) have no "cell" in their config.
        if "cell" in config:
            config = {**config, "cell": serialization_lib.deserialize_keras_object(config["cell"])}
        return super().from_config(config)
