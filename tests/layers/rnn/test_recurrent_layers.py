"""SimpleRNN, LSTM and GRU compute Keras 3's recurrences: outputs and states against a NumPy
reference (``rnn_reference``) run on the layer's own weights; masks, initial states,
``go_backwards``, ``unroll``, stateful calls and dropout as Keras; weight shapes, parameter
counts and configs equal to Keras 3.15.1's (numbers read off Keras)."""

import numpy as np
import pytest
import rnn_reference as ref
from keras_values import GRU, LSTM, SIMPLE_RNN

import keras_core as keras
from keras_core import ops

NAMES = ("SimpleRNN", "LSTM", "GRU")
STATE_COUNT = {"SimpleRNN": 1, "LSTM": 2, "GRU": 1}
MASK = np.array([[1, 1, 0, 1, 0], [0, 1, 1, 1, 1]], bool)


def _np(x):
    return ops.convert_to_numpy(x)


def _inputs(shape=(2, 5, 3), seed=0):
    return np.random.default_rng(seed).standard_normal(shape).astype("float32")


def _set_random_weights(layer, input_shape=(2, 5, 3)):
    layer.build(input_shape)
    rng = np.random.default_rng(1)
    weights = [rng.standard_normal(w.shape).astype("float32") * 0.5 for w in layer.weights]
    layer.set_weights(weights)
    return weights


def _reference_step(name, weights, reset_after=True):
    if name == "SimpleRNN":
        return ref.simple_rnn_step(*weights)
    if name == "LSTM":
        return ref.lstm_step(*weights)
    return ref.gru_step(*weights, reset_after=reset_after)


def _zeros(name, units=4):
    return [np.zeros((2, units))] * STATE_COUNT[name]


def _close(actual, expected):
    np.testing.assert_allclose(_np(actual), expected, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("return_sequences", [False, True])
@pytest.mark.parametrize("go_backwards", [False, True])
def test_outputs_and_states_match_numpy(name, return_sequences, go_backwards):
    x = _inputs()
    layer = getattr(keras.layers, name)(
        4, return_sequences=return_sequences, return_state=True, go_backwards=go_backwards
    )
    weights = _set_random_weights(layer)
    output, *states = layer(x)
    outputs, last, expected_states = ref.run(
        _reference_step(name, weights), x, _zeros(name), go_backwards=go_backwards
    )
    _close(output, outputs if return_sequences else last)
    assert len(states) == STATE_COUNT[name]
    for state, expected in zip(states, expected_states, strict=True):
        _close(state, expected)


def test_gru_reset_before_and_no_bias_match_numpy():
    x = _inputs()
    layer = keras.layers.GRU(4, reset_after=False, return_sequences=True)
    weights = _set_random_weights(layer)
    assert [w.shape for w in layer.weights] == [(3, 12), (4, 12), (12,)]
    outputs, _, _ = ref.run(_reference_step("GRU", weights, reset_after=False), x, _zeros("GRU"))
    _close(layer(x), outputs)
    for name in NAMES:
        layer = getattr(keras.layers, name)(4, use_bias=False, return_sequences=True)
        weights = _set_random_weights(layer)
        assert len(weights) == 2
        outputs, _, _ = ref.run(_reference_step(name, weights), x, _zeros(name))
        _close(layer(x), outputs)


@pytest.mark.parametrize("name", NAMES)
def test_initial_state_is_used(name):
    x = _inputs()
    layer = getattr(keras.layers, name)(4, return_state=True)
    weights = _set_random_weights(layer)
    rng = np.random.default_rng(3)
    initial = [rng.standard_normal((2, 4)).astype("float32") for _ in range(STATE_COUNT[name])]
    output, *states = layer(x, initial_state=initial)
    _, last, expected_states = ref.run(_reference_step(name, weights), x, initial)
    _close(output, last)
    for state, expected in zip(states, expected_states, strict=True):
        _close(state, expected)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("zero_output_for_mask", [False, True])
@pytest.mark.parametrize("go_backwards", [False, True])
def test_masked_steps_keep_states_and_outputs(name, zero_output_for_mask, go_backwards):
    x = _inputs()
    kwargs = dict(return_state=True, go_backwards=go_backwards)
    kwargs["zero_output_for_mask"] = zero_output_for_mask
    sequences = getattr(keras.layers, name)(4, return_sequences=True, **kwargs)
    weights = _set_random_weights(sequences)
    last_only = getattr(keras.layers, name)(4, **kwargs)
    _set_random_weights(last_only)
    outputs, last, expected_states = ref.run(
        _reference_step(name, weights), x, _zeros(name), MASK, go_backwards, zero_output_for_mask
    )
    output, *states = sequences(x, mask=MASK)
    _close(output, outputs)
    for state, expected in zip(states, expected_states, strict=True):
        _close(state, expected)
    _close(last_only(x, mask=MASK)[0], last)


def test_mask_from_a_masking_layer_reaches_the_rnn():
    x = _inputs((2, 4, 3))
    x[0, 2:] = 0.0
    inputs = keras.Input((4, 3))
    lstm = keras.layers.LSTM(4, return_sequences=True)
    model = keras.Model(inputs, lstm(keras.layers.Masking(0.0)(inputs)))
    weights = _set_random_weights(lstm, (2, 4, 3))
    mask = np.any(x != 0.0, axis=-1)
    outputs, _, _ = ref.run(ref.lstm_step(*weights), x, _zeros("LSTM"), mask)
    _close(model(x), outputs)


@pytest.mark.parametrize("name", NAMES)
def test_unroll_gives_the_loop_results(name):
    x = _inputs()
    looped = getattr(keras.layers, name)(4, return_sequences=True)
    unrolled = getattr(keras.layers, name)(4, return_sequences=True, unroll=True)
    weights = _set_random_weights(looped)
    _set_random_weights(unrolled)
    assert unrolled.get_config()["unroll"] is True
    outputs, _, _ = ref.run(_reference_step(name, weights), x, _zeros(name), MASK)
    _close(unrolled(x, mask=MASK), outputs)
    _close(looped(x, mask=MASK), outputs)


@pytest.mark.parametrize("name", NAMES)
def test_stateful_layer_continues_from_the_last_states(name):
    x = _inputs()
    layer = getattr(keras.layers, name)(4, stateful=True, return_state=True)
    weights = _set_random_weights(layer)
    step = _reference_step(name, weights)
    _, first, first_states = ref.run(step, x, _zeros(name))
    _, second, _ = ref.run(step, x, first_states)
    _close(layer(x)[0], first)
    _close(layer(x)[0], second)
    assert len(layer.states) == STATE_COUNT[name]
    # The states are not weights: .keras files store none, as in Keras.
    assert len(layer.weights) == len(weights)
    assert all(v.path.endswith("rnn_state") for v in layer.states)
    layer.reset_states()
    _close(layer(x)[0], first)
    with pytest.raises(ValueError, match=r"stateful.*batch size.*Expected batch size 2.*1"):
        layer(x[:1])


@pytest.mark.parametrize(
    "name, kwargs, weights, params",
    [
        ("SimpleRNN", {}, [("kernel", (5, 4)), ("recurrent_kernel", (4, 4)), ("bias", (4,))], 40),
        ("LSTM", {}, [("kernel", (5, 16)), ("recurrent_kernel", (4, 16)), ("bias", (16,))], 160),
        ("GRU", {}, [("kernel", (5, 12)), ("recurrent_kernel", (4, 12)), ("bias", (2, 12))], 132),
        (
            "GRU",
            {"reset_after": False},
            [("kernel", (5, 12)), ("recurrent_kernel", (4, 12)), ("bias", (12,))],
            120,
        ),
    ],
)
def test_weights_and_param_counts_equal_keras(name, kwargs, weights, params):
    layer = getattr(keras.layers, name)(4, **kwargs)
    layer(_inputs((2, 3, 5)))
    assert [(w.name, w.shape) for w in layer.weights] == weights
    cell = {"SimpleRNN": "simple_rnn_cell", "LSTM": "lstm_cell", "GRU": "gru_cell"}[name]
    assert layer.cell.name == cell
    assert all(w.path.endswith(f"{cell}/{w.name}") for w in layer.weights)
    assert layer.count_params() == params


def test_lstm_unit_forget_bias_initializes_the_forget_gate_to_one():
    layer = keras.layers.LSTM(3)
    layer.build((None, 2, 2))
    np.testing.assert_array_equal(_np(layer.cell.bias.value), [0] * 3 + [1] * 3 + [0] * 6)
    layer = keras.layers.LSTM(3, unit_forget_bias=False, bias_initializer="ones")
    layer.build((None, 2, 2))
    np.testing.assert_array_equal(_np(layer.cell.bias.value), [1] * 12)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("return_sequences", [False, True])
def test_output_shapes_symbolic_and_computed(name, return_sequences):
    layer = getattr(keras.layers, name)(4, return_sequences=return_sequences, return_state=True)
    symbolic = layer(keras.Input((None, 3)))
    expected = [(None, None, 4) if return_sequences else (None, 4)]
    expected += [(None, 4)] * STATE_COUNT[name]
    assert [tuple(t.shape) for t in symbolic] == expected
    assert list(layer.compute_output_shape((None, None, 3))) == expected
    real = layer(_inputs((2, 5, 3)))
    assert [tuple(t.shape) for t in real] == [
        (2, 5, 4) if return_sequences else (2, 4),
        *[(2, 4)] * STATE_COUNT[name],
    ]


@pytest.mark.parametrize(
    "name, expected", [("SimpleRNN", SIMPLE_RNN), ("LSTM", LSTM), ("GRU", GRU)]
)
def test_default_config_equals_keras(name, expected):
    keras.backend.clear_session()
    assert getattr(keras.layers, name)(4).get_config() == expected


@pytest.mark.parametrize("name", NAMES)
def test_config_round_trip_gives_the_same_layer(name):
    cls = getattr(keras.layers, name)
    layer = cls(
        4,
        activation="relu",
        return_sequences=True,
        go_backwards=True,
        dropout=0.25,
        kernel_regularizer="l2",
        bias_initializer="ones",
    )
    weights = _set_random_weights(layer)
    config = layer.get_config()
    assert config["activation"] == "relu" and config["dropout"] == 0.25
    clone = cls.from_config(config)
    assert clone.get_config() == config
    clone.build((2, 5, 3))
    clone.set_weights(weights)
    x = _inputs()
    _close(clone(x), _np(layer(x)))


@pytest.mark.parametrize("name", NAMES)
def test_dropout_is_active_only_in_training(name):
    x = _inputs()
    layer = getattr(keras.layers, name)(4, dropout=0.5, recurrent_dropout=0.5, seed=1)
    _set_random_weights(layer)
    inference = _np(layer(x))
    _close(layer(x, training=False), inference)
    assert not np.allclose(_np(layer(x, training=True)), inference)
    assert all(cell_mask is None for cell_mask in (layer.cell._dropout_mask,))


def test_one_dropout_mask_per_sequence():
    # With an identity kernel, no recurrence and a linear activation, each output step is
    # the dropped input step: the same units are dropped at every step of a sequence.
    layer = keras.layers.SimpleRNN(
        3, activation=None, dropout=0.5, return_sequences=True, seed=3, use_bias=False
    )
    layer.build((2, 4, 3))
    layer.set_weights([np.eye(3, dtype="float32"), np.zeros((3, 3), "float32")])
    outputs = _np(layer(np.ones((2, 4, 3), "float32"), training=True))
    assert set(np.unique(outputs)) <= {0.0, 2.0}
    np.testing.assert_array_equal(outputs, np.repeat(outputs[:, :1], 4, axis=1))


def test_weight_regularizers_add_losses():
    layer = keras.layers.LSTM(2, kernel_regularizer="l2", recurrent_regularizer="l1")
    layer(_inputs((2, 3, 2)))
    kernel, recurrent = _np(layer.cell.kernel.value), _np(layer.cell.recurrent_kernel.value)
    expected = 0.01 * np.sum(kernel**2) + 0.01 * np.sum(np.abs(recurrent))
    assert len(layer.losses) == 2
    np.testing.assert_allclose(sum(float(_np(loss)) for loss in layer.losses), expected, 1e-5)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("units", [0, -1, 2.5, "4"])
def test_bad_units_are_rejected(name, units):
    with pytest.raises(ValueError, match=rf"{name}Cell: units must be a positive integer.*"):
        getattr(keras.layers, name)(units)


@pytest.mark.parametrize("name", NAMES)
def test_bad_inputs_name_the_layer(name):
    layer = getattr(keras.layers, name)(4, name="recurrent")
    with pytest.raises(ValueError, match=r"'recurrent'.*expected ndim=3, found ndim=2"):
        layer(np.zeros((2, 3), "float32"))
    layer(np.zeros((2, 5, 3), "float32"))
    with pytest.raises(ValueError, match=r"'recurrent'.*axis -1.*value 3.*\(2, 5, 7\)"):
        layer(np.zeros((2, 5, 7), "float32"))
    with pytest.raises(ValueError, match=r"'recurrent' has \d state\(s\), but initial_state has 3"):
        layer(np.zeros((2, 5, 3), "float32"), initial_state=[np.zeros((2, 4))] * 3)


def test_unroll_needs_a_known_number_of_steps():
    # Only a traced call (tf.function with an unknown time axis) can meet this; the
    # symbolic KerasTensor stands for such a tensor.
    layer = keras.layers.LSTM(2, unroll=True, name="unrolled")
    layer.build((2, None, 3))
    with pytest.raises(ValueError, match=r"LSTM 'unrolled': unroll=True needs a known number"):
        layer.call(keras.KerasTensor((2, None, 3)))


def test_dropout_rates_are_clipped_as_keras_stores_them():
    config = keras.layers.LSTM(2, dropout=1.5, recurrent_dropout=-1).get_config()
    assert (config["dropout"], config["recurrent_dropout"]) == (1.0, 0.0)
    with pytest.raises(ValueError, match=r"GRUCell 'gru_cell': dropout must be a float"):
        keras.layers.GRU(2, dropout="high")
