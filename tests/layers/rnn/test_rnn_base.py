"""``RNN`` around cells (built-in, stacked and user-written) and the cells on their own:
NumPy references of the recurrences, return structures, masks, dropout masks, configs
equal to Keras 3.15.1's, and errors."""

import numpy as np
import pytest
import rnn_reference as ref
from keras_values import GRU_CELL, LSTM_CELL, RNN_KEYS, SIMPLE_RNN_CELL, base, envelope

import keras_core as keras
from keras_core import ops


def _np(x):
    return ops.convert_to_numpy(x)


def _close(actual, expected):
    np.testing.assert_allclose(_np(actual), expected, rtol=1e-5, atol=1e-5)


def _inputs(shape=(2, 4, 3)):
    return np.random.default_rng(0).standard_normal(shape).astype("float32")


def _randomize(layer):
    rng = np.random.default_rng(1)
    weights = [rng.standard_normal(w.shape).astype("float32") * 0.5 for w in layer.weights]
    layer.set_weights(weights)
    return weights


class MinimalCell(keras.layers.Layer):
    """The user cell of Keras's RNN docs: ``h = x W + h U``, one state of ``units``."""

    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.state_size = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")
        self.recurrent = self.add_weight(shape=(self.units, self.units), name="recurrent")

    def call(self, inputs, states):
        h = ops.matmul(inputs, self.kernel) + ops.matmul(states[0], self.recurrent)
        return h, [h]

    def get_config(self):
        return {**super().get_config(), "units": self.units}


def test_user_cell_runs_like_keras_documents_it():
    x = _inputs()
    layer = keras.layers.RNN(MinimalCell(3), return_sequences=True, return_state=True)
    outputs, state = layer(x)
    kernel, recurrent = layer.get_weights()

    def step(inputs, states):
        h = inputs @ kernel + states[0] @ recurrent
        return h, [h]

    expected, _, (expected_state,) = ref.run(step, x, [np.zeros((2, 3))])
    _close(outputs, expected)
    _close(state, expected_state)


def test_stacked_cells_feed_each_other_and_return_nested_states():
    x = _inputs()
    layer = keras.layers.RNN(
        [keras.layers.LSTMCell(3), keras.layers.GRUCell(2)],
        return_sequences=True,
        return_state=True,
    )
    layer.build(x.shape)
    weights = _randomize(layer)
    assert [w.shape for w in layer.weights] == [(3, 12), (3, 12), (12,), (3, 6), (2, 6), (2, 6)]
    assert layer.count_params() == 150 - 24  # Keras's 150 counts a 5-feature input
    outputs, lstm_states, gru_states = layer(x)
    lstm, gru = ref.lstm_step(*weights[:3]), ref.gru_step(*weights[3:])

    def step(inputs, states):
        h1, s1 = lstm(inputs, states[:2])
        h2, s2 = gru(h1, states[2:])
        return h2, s1 + s2

    expected, _, expected_states = ref.run(step, x, [np.zeros((2, 3))] * 2 + [np.zeros((2, 2))])
    _close(outputs, expected)
    assert len(lstm_states) == 2 and len(gru_states) == 1
    for state, wanted in zip([*lstm_states, *gru_states], expected_states, strict=True):
        _close(state, wanted)
    shapes = layer.compute_output_shape((None, 4, 3))
    assert shapes == ((None, 4, 2), [(None, 3), (None, 3)], [(None, 2)])


def test_stacked_cells_with_dropout_draw_masks_for_every_cell():
    layer = keras.layers.RNN(
        [keras.layers.LSTMCell(3, dropout=0.5), keras.layers.SimpleRNNCell(2, dropout=0.5)]
    )
    x = _inputs()
    inference = _np(layer(x))
    assert not np.allclose(_np(layer(x, training=True)), inference)
    assert all(cell._dropout_mask is None for cell in layer.cell.cells)


@pytest.mark.parametrize(
    "cell, step",
    [
        (keras.layers.SimpleRNNCell, ref.simple_rnn_step),
        (keras.layers.LSTMCell, ref.lstm_step),
        (keras.layers.GRUCell, ref.gru_step),
    ],
)
def test_cells_called_directly_match_numpy(cell, step):
    x = _inputs((2, 3))
    layer = cell(4)
    states = layer.get_initial_state(batch_size=2)
    assert all(tuple(s.shape) == (2, 4) for s in states)
    states = [np.full((2, 4), 0.3, "float32") for _ in states]
    layer.build((2, 3))
    weights = _randomize(layer)
    # Layer.__call__ converts only the first argument: the states go in as tensors.
    output, new_states = layer(x, [ops.convert_to_tensor(s) for s in states])
    expected, expected_states = step(*weights)(x.astype(np.float64), states)
    _close(output, expected)
    for state, wanted in zip(new_states, expected_states, strict=True):
        _close(state, wanted)


def test_cells_drop_each_gate_input_with_its_own_mask():
    # Keras 3 draws one mask per gate (4 for LSTM, 3 for GRU) and keeps them for the
    # sequence; the cached masks reproduce the output.
    x, h = _inputs((3, 4)), np.full((3, 5), 0.5, "float32")
    cell = keras.layers.GRUCell(5, dropout=0.3, recurrent_dropout=0.5, seed=3)
    output, _ = cell(x, [ops.convert_to_tensor(h)], training=True)
    input_masks = _np(cell.get_dropout_mask(x))
    state_masks = _np(cell.get_recurrent_dropout_mask(h))
    assert input_masks.shape == (3, 3, 4) and state_masks.shape == (3, 3, 5)
    kernel, recurrent, bias = cell.get_weights()
    x_parts = [(x * input_masks[g]) @ np.split(kernel, 3, -1)[g] for g in range(3)]
    h_parts = [(h * state_masks[g]) @ np.split(recurrent, 3, -1)[g] for g in range(3)]
    x_z, x_r, x_h = (p + b for p, b in zip(x_parts, np.split(bias[0], 3), strict=True))
    h_z, h_r, h_h = (p + b for p, b in zip(h_parts, np.split(bias[1], 3), strict=True))
    z, r = ref.sigmoid(x_z + h_z), ref.sigmoid(x_r + h_r)
    _close(output, z * h + (1 - z) * np.tanh(x_h + r * h_h))
    cell.reset_dropout_mask()
    cell.reset_recurrent_dropout_mask()
    assert cell._dropout_mask is None and cell._recurrent_dropout_mask is None


def test_compute_mask_follows_return_sequences_and_state():
    mask = np.array([[1, 1, 0], [1, 0, 0]], bool)
    x = _inputs((2, 3, 3))
    assert keras.layers.LSTM(2).compute_mask(x, mask) is None
    np.testing.assert_array_equal(
        _np(keras.layers.LSTM(2, return_sequences=True).compute_mask(x, mask)), mask
    )
    masks = keras.layers.LSTM(2, return_sequences=True, return_state=True).compute_mask(x, mask)
    assert len(masks) == 3 and masks[1] is None and masks[2] is None


def test_rnn_config_nests_the_cell_as_keras_does():
    keras.backend.clear_session()
    layer = keras.layers.RNN(keras.layers.LSTMCell(3))
    assert layer.get_config() == {
        **base("rnn"),
        **RNN_KEYS,
        "cell": envelope("LSTMCell", LSTM_CELL),
    }
    built = keras.layers.RNN(keras.layers.GRUCell(3), return_sequences=True)
    x = _inputs()
    built(x)
    _randomize(built)
    clone = keras.layers.RNN.from_config(built.get_config())
    clone.build(x.shape)
    clone.set_weights(built.get_weights())
    assert clone.get_config() == built.get_config()
    _close(clone(x), _np(built(x)))


def test_cell_configs_equal_keras():
    keras.backend.clear_session()
    assert keras.layers.SimpleRNNCell(3).get_config() == SIMPLE_RNN_CELL
    assert keras.layers.LSTMCell(3).get_config() == LSTM_CELL
    assert keras.layers.GRUCell(3).get_config() == GRU_CELL
    stacked = keras.layers.StackedRNNCells([keras.layers.LSTMCell(3, name="lstm_cell")])
    assert stacked.get_config() == {
        **base("stacked_rnn_cells"),
        "cells": [envelope("LSTMCell", LSTM_CELL)],
    }
    clone = keras.layers.StackedRNNCells.from_config(stacked.get_config())
    assert clone.get_config() == stacked.get_config()
    assert (clone.state_size, clone.output_size) == ([[3, 3]], 3)


def test_user_cell_round_trips_through_custom_objects():
    layer = keras.layers.RNN(MinimalCell(2))
    with keras.saving.custom_object_scope({"MinimalCell": MinimalCell}):
        clone = keras.layers.RNN.from_config(layer.get_config())
    assert isinstance(clone.cell, MinimalCell) and clone.cell.units == 2


def test_bad_cells_and_states_are_rejected():
    with pytest.raises(ValueError, match=r"RNN 'r': an RNN cell must have a call"):
        keras.layers.RNN(3, name="r")

    class NoStateSize(keras.layers.Layer):
        def call(self, inputs, states):
            return inputs, states

    with pytest.raises(ValueError, match=r"NoStateSize must have a state_size attribute"):
        keras.layers.RNN(NoStateSize())
    with pytest.raises(ValueError, match=r"StackedRNNCells 's': cells must be a non-empty"):
        keras.layers.StackedRNNCells([], name="s")
    with pytest.raises(ValueError, match=r"'r'.*expected min_ndim=3, found ndim=2"):
        keras.layers.RNN(keras.layers.LSTMCell(2), name="r")(np.zeros((2, 3), "float32"))
    layer = keras.layers.RNN(keras.layers.LSTMCell(2), stateful=True, name="stateful")
    with pytest.raises(ValueError, match=r"'stateful' is stateful, so it needs a fixed batch"):
        layer.call(keras.KerasTensor((None, 3, 2)))
