"""``StackedRNNCells``: several recurrent cells run as one, each feeding the next."""

from keras_core.layers.layer import Layer
from keras_core.layers.rnn import cell_states
from keras_core.layers.rnn.sublayers import build_sublayer
from keras_core.saving import serialization_lib


class StackedRNNCells(Layer):
    """Wraps a list of RNN cells into one cell: at each step the output of a cell is the
    input of the next, and the states are the list of every cell's states.

    Args:
        cells: A list of cells (objects with ``call(inputs, states)`` and ``state_size``).
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> cells = [keras_core.layers.LSTMCell(8), keras_core.layers.GRUCell(4)]
        >>> keras_core.layers.RNN(keras_core.layers.StackedRNNCells(cells))(x).shape
        (batch, 4)
    """

    def __init__(self, cells, **kwargs):
        super().__init__(**kwargs)
        if not isinstance(cells, (list, tuple)) or not cells:
            raise ValueError(
                f"StackedRNNCells '{self.name}': cells must be a non-empty list of RNN "
                f"cells, received {cells!r}"
            )
        for cell in cells:
            check_cell(f"StackedRNNCells '{self.name}'", cell)
        self.cells = list(cells)

    @property
    def state_size(self) -> list:
        return [cell.state_size for cell in self.cells]

    @property
    def output_size(self):
        last = self.cells[-1]
        size = getattr(last, "output_size", None)
        return cell_states.state_sizes(last.state_size)[0] if size is None else size

    def get_initial_state(self, batch_size=None) -> list:
        """One list of initial states per cell."""
        return [
            cell_states.initial_states(cell, batch_size, self.compute_dtype) for cell in self.cells
        ]

    def build(self, input_shape):
        for cell in self.cells:
            build_sublayer(cell, input_shape)
            input_shape = (input_shape[0], *cell_states.output_dims(cell))

    def call(self, inputs, states, training=False):
        new_states = []
        for cell, states_of_cell in zip(self.cells, states, strict=True):
            inputs, new = cell(inputs, _as_list(states_of_cell), training=training)
            new_states.append(_as_list(new))
        return inputs, new_states

    def get_config(self) -> dict:
        config = super().get_config()
        config["cells"] = [serialization_lib.serialize_keras_object(cell) for cell in self.cells]
        return config

    @classmethod
    def from_config(cls, config):
        cells = [serialization_lib.deserialize_keras_object(cell) for cell in config["cells"]]
        return super().from_config({**config, "cells": cells})


def _as_list(states) -> list:
    return list(states) if isinstance(states, (list, tuple)) else [states]


def check_cell(where: str, cell) -> None:
    """A ``ValueError`` naming ``where`` unless ``cell`` is usable as an RNN cell."""
    if not callable(getattr(cell, "call", None)):
        raise ValueError(
            f"{where}: an RNN cell must have a call(inputs, states) method, received "
            f"{cell!r} of type {type(cell).__name__}"
        )
    if not hasattr(cell, "state_size"):
        raise ValueError(
            f"{where}: the RNN cell {type(cell).__name__} must have a state_size attribute "
            f"(an int, or one int or shape per state)"
        )
