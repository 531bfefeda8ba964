"""``Bidirectional`` and ``TimeDistributed``: outputs against NumPy references from the
wrapped layers' weights, merge modes, states, masks, Keras 3.15.1's configs and weight
layouts, and errors."""

import numpy as np
import pytest
import rnn_reference as ref
from keras_values import RNN_KEYS, WEIGHT_KEYS, base, envelope

import keras_core as keras
from keras_core import ops

MASK = np.array([[1, 1, 1, 0], [1, 0, 1, 1]], bool)


def _np(x):
    return ops.convert_to_numpy(x)


def _close(actual, expected):
    np.testing.assert_allclose(_np(actual), expected, rtol=1e-5, atol=1e-5)


def _inputs(shape=(2, 4, 3)):
    return np.random.default_rng(0).standard_normal(shape).astype("float32")


def _bidirectional(**kwargs):
    layer = keras.layers.Bidirectional(keras.layers.SimpleRNN(2, return_sequences=True), **kwargs)
    layer.build((2, 4, 3))
    rng = np.random.default_rng(1)
    weights = [rng.standard_normal(w.shape).astype("float32") * 0.5 for w in layer.weights]
    layer.set_weights(weights)
    return layer, weights


def _directions(weights, x, mask=None):
    forward, _, _ = ref.run(ref.simple_rnn_step(*weights[:3]), x, [np.zeros((2, 2))], mask)
    backward, _, _ = ref.run(
        ref.simple_rnn_step(*weights[3:]), x, [np.zeros((2, 2))], mask, go_backwards=True
    )
    # The backward outputs come back in time order before merging.
    return forward, backward[:, ::-1]


@pytest.mark.parametrize(
    "merge_mode, merge",
    [
        ("concat", lambda f, b: np.concatenate([f, b], -1)),
        ("sum", lambda f, b: f + b),
        ("mul", lambda f, b: f * b),
        ("ave", lambda f, b: (f + b) / 2),
    ],
)
def test_merge_modes_match_numpy(merge_mode, merge):
    x = _inputs()
    layer, weights = _bidirectional(merge_mode=merge_mode)
    forward, backward = _directions(weights, x)
    _close(layer(x), merge(forward, backward))
    forward, backward = _directions(weights, x, MASK)
    _close(layer(x, mask=MASK), merge(forward, backward))


def test_merge_mode_none_returns_both_directions():
    x = _inputs()
    layer, weights = _bidirectional(merge_mode=None)
    outputs = layer(x)
    assert isinstance(outputs, tuple) and len(outputs) == 2
    for output, expected in zip(outputs, _directions(weights, x), strict=True):
        _close(output, expected)
    assert [tuple(s) for s in layer.compute_output_shape((None, 4, 3))] == [(None, 4, 2)] * 2


def test_states_and_initial_state_are_split_between_directions():
    x = _inputs()
    layer = keras.layers.Bidirectional(keras.layers.LSTM(2, return_state=True))
    outputs = layer(x)
    assert [tuple(t.shape) for t in outputs] == [(2, 4)] + [(2, 2)] * 4
    assert layer.compute_output_shape((None, 4, 3)) == ((None, 4),) + ((None, 2),) * 4
    kernel_f, recurrent_f, bias_f, kernel_b, recurrent_b, bias_b = layer.get_weights()
    initial = [np.full((2, 2), v, "float32") for v in (0.1, 0.2, 0.3, 0.4)]
    output, h_f, c_f, h_b, c_b = layer(x, initial_state=initial)
    _, last_f, (eh_f, ec_f) = ref.run(ref.lstm_step(kernel_f, recurrent_f, bias_f), x, initial[:2])
    _, last_b, (eh_b, ec_b) = ref.run(
        ref.lstm_step(kernel_b, recurrent_b, bias_b), x, initial[2:], go_backwards=True
    )
    _close(output, np.concatenate([last_f, last_b], -1))
    for actual, expected in ((h_f, eh_f), (c_f, ec_f), (h_b, eh_b), (c_b, ec_b)):
        _close(actual, expected)


def test_weights_names_and_symbolic_shape_equal_keras():
    layer = keras.layers.Bidirectional(keras.layers.LSTM(3, name="lstm_x"))
    symbolic = layer(keras.Input((None, 5)))
    assert tuple(symbolic.shape) == (None, 6)
    assert (layer.forward_layer.name, layer.backward_layer.name) == (
        "forward_lstm_x",
        "backward_lstm_x",
    )
    assert layer.backward_layer.go_backwards and not layer.forward_layer.go_backwards
    assert [w.shape for w in layer.weights] == [(5, 12), (3, 12), (12,)] * 2
    assert layer.count_params() == 216


def test_config_equals_keras_and_round_trips():
    keras.backend.clear_session()
    layer = keras.layers.Bidirectional(keras.layers.SimpleRNN(2))

    def simple_rnn(name, go_backwards):
        return envelope(
            "SimpleRNN",
            {
                **base(name),
                **RNN_KEYS,
                "go_backwards": go_backwards,
                "units": 2,
                "activation": "tanh",
                "use_bias": True,
                **WEIGHT_KEYS,
                "activity_regularizer": None,
                "dropout": 0.0,
                "recurrent_dropout": 0.0,
            },
        )

    assert layer.get_config() == {
        **base("bidirectional"),
        "merge_mode": "concat",
        "layer": simple_rnn("forward_simple_rnn", False),
        "backward_layer": simple_rnn("backward_simple_rnn", True),
    }
    x = _inputs()
    layer(x)
    clone = keras.layers.Bidirectional.from_config(layer.get_config())
    assert (clone.forward_layer.name, clone.backward_layer.name) == (
        "forward_simple_rnn",
        "backward_simple_rnn",
    )
    clone.build(x.shape)
    clone.set_weights(layer.get_weights())
    _close(clone(x), _np(layer(x)))


def test_custom_backward_layer_and_initial_weights():
    backward = keras.layers.GRU(3, go_backwards=True, name="back")
    layer = keras.layers.Bidirectional(keras.layers.LSTM(2), backward_layer=backward)
    assert tuple(layer(_inputs()).shape) == (2, 5)
    assert layer.backward_layer is backward
    weights = [np.full(s, 0.1, "float32") for s in [(3, 8), (2, 8), (8,), (3, 8), (2, 8), (8,)]]
    seeded = keras.layers.Bidirectional(keras.layers.LSTM(2), weights=weights)
    seeded(_inputs())
    for actual, expected in zip(seeded.get_weights(), weights, strict=True):
        np.testing.assert_array_equal(actual, expected)


def test_masks_follow_return_sequences():
    x = _inputs()
    layer, _ = _bidirectional()
    np.testing.assert_array_equal(_np(layer.compute_mask(x, MASK)), MASK)
    both, _ = _bidirectional(merge_mode=None)
    assert len(both.compute_mask(x, MASK)) == 2
    assert keras.layers.Bidirectional(keras.layers.LSTM(2)).compute_mask(x, MASK) is None


def test_stateful_bidirectional_resets_both_directions():
    x = _inputs()
    layer = keras.layers.Bidirectional(keras.layers.SimpleRNN(2, stateful=True))
    first = _np(layer(x))
    assert not np.allclose(_np(layer(x)), first)
    assert len(layer.states) == 2
    layer.reset_states()
    _close(layer(x), first)


def test_bidirectional_errors_name_the_problem():
    with pytest.raises(ValueError, match=r"merge_mode must be one of.*received merge_mode='max'"):
        keras.layers.Bidirectional(keras.layers.LSTM(2), merge_mode="max")
    with pytest.raises(ValueError, match=r"layer must be a recurrent layer"):
        keras.layers.Bidirectional(keras.layers.Dense(2))
    with pytest.raises(ValueError, match=r"different go_backwards, received False for both"):
        keras.layers.Bidirectional(keras.layers.LSTM(2), backward_layer=keras.layers.LSTM(2))
    with pytest.raises(ValueError, match=r"same return_sequences, received False .* True"):
        keras.layers.Bidirectional(
            keras.layers.LSTM(2),
            backward_layer=keras.layers.LSTM(2, go_backwards=True, return_sequences=True),
        )


class StepCounter(keras.layers.Layer):
    """Doubles its input and counts its calls; takes a mask (records its shape)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.calls, self.mask_shapes = 0, []

    def call(self, inputs, mask=None):
        self.calls += 1
        if mask is not None:
            self.mask_shapes.append(tuple(mask.shape))
        return inputs * 2.0

    def compute_output_shape(self, input_shape):
        return input_shape


def test_time_distributed_dense_matches_numpy():
    x = _inputs((2, 4, 5))
    layer = keras.layers.TimeDistributed(keras.layers.Dense(3))
    output = layer(x)
    kernel, bias = layer.get_weights()
    _close(output, x @ kernel + bias)
    assert [w.shape for w in layer.weights] == [(5, 3), (3,)]
    assert layer.count_params() == 18
    assert tuple(layer(keras.Input((None, 5))).shape) == (None, None, 3)
    assert layer.compute_output_shape((None, 7, 5)) == (None, 7, 3)


@pytest.mark.compositions
def test_time_distributed_calls_the_layer_once_per_step_with_its_mask():
    counter = StepCounter()
    layer = keras.layers.TimeDistributed(counter)
    x = _inputs()
    _close(layer(x, mask=MASK), 2 * x)
    assert counter.calls == 4 and counter.mask_shapes == [(2,)] * 4
    np.testing.assert_array_equal(_np(layer.compute_mask(x, MASK)), MASK)


def test_time_distributed_over_a_convolution():
    x = _inputs((2, 3, 6, 6, 2))
    layer = keras.layers.TimeDistributed(keras.layers.Conv2D(4, 3))
    output = layer(x)
    assert tuple(output.shape) == (2, 3, 4, 4, 4)
    kernel, bias = layer.get_weights()
    expected = np.stack(
        [ref.conv_nd(x[:, t], kernel, (1, 1), "valid") + bias for t in range(3)], axis=1
    )
    _close(output, expected)


def test_time_distributed_config_nests_the_layer():
    keras.backend.clear_session()
    dense = keras.layers.Dense(3)
    layer = keras.layers.TimeDistributed(dense)
    config = layer.get_config()
    assert config == {
        **base("time_distributed"),
        "layer": envelope("Dense", dense.get_config()),
    }
    clone = keras.layers.TimeDistributed.from_config(config)
    assert clone.get_config() == config and clone.layer is not dense


def test_time_distributed_errors():
    with pytest.raises(ValueError, match=r"TimeDistributed 'td': layer must be a keras_core"):
        keras.layers.TimeDistributed(3, name="td")
    with pytest.raises(ValueError, match=r"'td'.*expected min_ndim=3, found ndim=2"):
        keras.layers.TimeDistributed(keras.layers.Dense(2), name="td")(np.zeros((2, 3)))
