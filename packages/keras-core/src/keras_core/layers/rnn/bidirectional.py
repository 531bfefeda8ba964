"""``Bidirectional``: runs a recurrent layer forwards and a copy of it backwards."""

from keras_core import ops, tree
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers.layer import Layer
from keras_core.layers.rnn import cell_states
from keras_core.layers.rnn.sublayers import build_sublayer
from keras_core.saving import serialization_lib

_MERGE_MODES = ("sum", "mul", "ave", "concat", None)
_SAME_ATTRIBUTES = ("return_sequences", "return_state", "stateful")


class Bidirectional(Layer):
    """Bidirectional wrapper for RNNs: a forward copy of ``layer`` reads the sequence from
    first to last step, a backward copy from last to first, and their outputs are merged.

    With ``return_sequences``, the backward outputs are put back in time order before
    merging, so step ``t`` of the result combines both directions at step ``t``.

    Args:
        layer: A recurrent layer (``LSTM``, ``GRU``, ``RNN``...). It is copied from its
            config into ``forward_layer`` (named ``forward_<name>``); ``layer`` itself is
            not used.
        merge_mode: How the two outputs combine: ``"concat"`` (last axis), ``"sum"``,
            ``"mul"``, ``"ave"``, or ``None`` (return both).
        weights: Optional initial weights: the forward layer's, then the backward layer's.
        backward_layer: Optional recurrent layer for the backward direction; by default a
            copy of ``layer`` with ``go_backwards`` flipped (named ``backward_<name>``).
        **kwargs: Base layer arguments.

    Call arguments:
        sequences: ``(batch, timesteps, features)``.
        initial_state: Optional list: the forward layer's states, then the backward's.
        mask: Optional ``(batch, timesteps)`` booleans, given to both directions.
        training: Whether dropout is active.

    Example:
        >>> layer = keras_core.layers.Bidirectional(keras_core.layers.LSTM(4))
        >>> layer(keras_core.ops.ones((2, 5, 3))).shape
        (2, 8)
    """

    def __init__(self, layer, merge_mode="concat", weights=None, backward_layer=None, **kwargs):
        super().__init__(**kwargs)
        where = f"Bidirectional '{self.name}'"
        _check_recurrent(where, "layer", layer)
        if merge_mode not in _MERGE_MODES:
            raise ValueError(
                f"{where}: merge_mode must be one of 'sum', 'mul', 'ave', 'concat' or None, "
                f"received merge_mode={merge_mode!r}"
            )
        # A layer recreated from a Bidirectional config is already named forward_<name>.
        base_name = layer.name.removeprefix("forward_")
        config = layer.get_config()
        self.forward_layer = type(layer).from_config({**config, "name": f"forward_{base_name}"})
        if backward_layer is None:
            backward_layer = type(layer).from_config(
                {**config, "name": f"backward_{base_name}", "go_backwards": not layer.go_backwards}
            )
        else:
            _check_recurrent(where, "backward_layer", backward_layer)
            _check_pair(where, self.forward_layer, backward_layer)
        self.backward_layer = backward_layer
        self.merge_mode = merge_mode
        self.return_sequences = layer.return_sequences
        self.return_state = layer.return_state
        self.stateful = layer.stateful
        self.supports_masking = True
        self.input_spec = layer.input_spec
        self._initial_weights = weights

    @property
    def states(self):
        """The forward then backward state variables of a stateful layer."""
        if self.forward_layer.states is None:
            return None
        return tuple(self.forward_layer.states) + tuple(self.backward_layer.states)

    def reset_state(self):
        """Sets the states of both directions of a stateful layer back to zeros."""
        self.forward_layer.reset_state()
        self.backward_layer.reset_state()

    def reset_states(self):
        """Same as ``reset_state``."""
        self.reset_state()

    def build(self, sequences_shape):
        build_sublayer(self.forward_layer, sequences_shape)
        build_sublayer(self.backward_layer, sequences_shape)
        if self._initial_weights is not None:
            half = len(self._initial_weights) // 2
            self.forward_layer.set_weights(self._initial_weights[:half])
            self.backward_layer.set_weights(self._initial_weights[half:])
            self._initial_weights = None

    def call(self, sequences, initial_state=None, mask=None, training=None):
        forward_state = backward_state = None
        if initial_state is not None:
            initial_state = list(initial_state)
            half = len(initial_state) // 2
            forward_state, backward_state = initial_state[:half], initial_state[half:]
        y = self.forward_layer(sequences, initial_state=forward_state, mask=mask, training=training)
        y_reversed = self.backward_layer(
            sequences, initial_state=backward_state, mask=mask, training=training
        )
        states = ()
        if self.return_state:
            states = (*y[1:], *y_reversed[1:])
            y, y_reversed = y[0], y_reversed[0]
        if self.return_sequences:
            y_reversed = ops.flip(y_reversed, axis=1)
        if self.merge_mode is None:
            return (y, y_reversed, *states)
        output = _merge(self.merge_mode, y, y_reversed)
        return (output, *states) if self.return_state else output

    def compute_output_shape(self, sequences_shape, initial_state_shape=None):
        shapes = self.forward_layer.compute_output_shape(sequences_shape)
        state_shapes = ()
        if self.return_state:
            backward_shapes = self.backward_layer.compute_output_shape(sequences_shape)
            state_shapes = (*shapes[1:], *backward_shapes[1:])
            shapes = shapes[0]
        if self.merge_mode is None:
            return (shapes, shapes, *state_shapes)
        if self.merge_mode == "concat":
            last = None if shapes[-1] is None else 2 * shapes[-1]
            shapes = (*shapes[:-1], last)
        return (shapes, *state_shapes) if self.return_state else shapes

    def compute_output_spec(self, sequences, initial_state=None, mask=None, training=None):
        shapes = self.compute_output_shape(tuple(sequences.shape))
        return tree.map_shape_structure(
            lambda shape: KerasTensor(shape, self.compute_dtype), shapes
        )

    def compute_mask(self, inputs, previous_mask):
        mask = previous_mask[0] if isinstance(previous_mask, (list, tuple)) else previous_mask
        output_mask = mask if self.return_sequences else None
        output_masks = [output_mask] * (2 if self.merge_mode is None else 1)
        if self.return_state:
            states = sum(
                len(cell_states.state_sizes(layer.state_size))
                for layer in (self.forward_layer, self.backward_layer)
            )
            return output_masks + [None] * states
        return output_masks if self.merge_mode is None else output_mask

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            {
                "merge_mode": self.merge_mode,
                "layer": serialization_lib.serialize_keras_object(self.forward_layer),
                "backward_layer": serialization_lib.serialize_keras_object(self.backward_layer),
            }
        )
        return config

    @classmethod
    def from_config(cls, config):
        config = dict(config)
        config["layer"] = serialization_lib.deserialize_keras_object(config["layer"])
        if config.get("backward_layer") is not None:
            config["backward_layer"] = serialization_lib.deserialize_keras_object(
                config["backward_layer"]
            )
        return super().from_config(config)


def _merge(mode, y, y_reversed):
    if mode == "concat":
        return ops.concatenate([y, y_reversed], axis=-1)
    if mode == "sum":
        return y + y_reversed
    if mode == "ave":
        return (y + y_reversed) / 2
    return y * y_reversed


def _check_recurrent(where, argument, layer):
    if not isinstance(layer, Layer) or not all(
        hasattr(layer, attribute) for attribute in ("go_backwards", *_SAME_ATTRIBUTES)
    ):
        raise ValueError(
            f"{where}: {argument} must be a recurrent layer (an RNN, LSTM, GRU... with "
            f"go_backwards, return_sequences, return_state and stateful), received {layer!r}"
        )


def _check_pair(where, forward, backward):
    if forward.go_backwards == backward.go_backwards:
        raise ValueError(
            f"{where}: the forward and backward layers must have different go_backwards, "
            f"received {forward.go_backwards} for both"
        )
    for attribute in _SAME_ATTRIBUTES:
        if getattr(forward, attribute) != getattr(backward, attribute):
            raise ValueError(
                f"{where}: the forward and backward layers must have the same "
                f"{attribute}, received {getattr(forward, attribute)} for the forward layer "
                f"and {getattr(backward, attribute)} for the backward layer"
            )
