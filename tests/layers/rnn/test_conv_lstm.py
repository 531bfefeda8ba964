"""ConvLSTM1D/2D/3D: outputs against a NumPy convolutional LSTM from the layer's weights,
shapes and parameter counts equal to Keras 3.15.1's, its config, and errors."""

import numpy as np
import pytest
import rnn_reference as ref
from keras_values import RNN_KEYS, WEIGHT_KEYS, base

import keras_core as keras
from keras_core import ops


def _np(x):
    return ops.convert_to_numpy(x)


def _randomize(layer, input_shape):
    layer.build(input_shape)
    rng = np.random.default_rng(1)
    weights = [rng.standard_normal(w.shape).astype("float32") * 0.5 for w in layer.weights]
    layer.set_weights(weights)
    return weights


@pytest.mark.parametrize(
    "cls, kwargs, input_shape",
    [
        ("ConvLSTM1D", dict(kernel_size=3), (2, 3, 7, 3)),
        ("ConvLSTM1D", dict(kernel_size=3, strides=2, padding="same"), (2, 3, 7, 3)),
        ("ConvLSTM1D", dict(kernel_size=2, dilation_rate=2, go_backwards=True), (2, 3, 7, 2)),
        ("ConvLSTM2D", dict(kernel_size=(2, 3), padding="same"), (2, 3, 4, 5, 2)),
    ],
)
def test_outputs_and_states_match_numpy(cls, kwargs, input_shape):
    x = np.random.default_rng(0).standard_normal(input_shape).astype("float32")
    layer = getattr(keras.layers, cls)(2, return_sequences=True, return_state=True, **kwargs)
    kernel, recurrent, bias = _randomize(layer, input_shape)
    outputs, h, c = layer(x)
    rank = len(input_shape) - 3
    strides = (kwargs.get("strides", 1),) * rank
    dilation = (kwargs.get("dilation_rate", 1),) * rank
    step = ref.conv_lstm_step(
        kernel, recurrent, bias, strides, kwargs.get("padding", "valid"), dilation
    )
    zeros = np.zeros(tuple(h.shape))
    expected, _, (expected_h, expected_c) = ref.run(
        step, x, [zeros, zeros], go_backwards=kwargs.get("go_backwards", False)
    )
    for actual, wanted in ((outputs, expected), (h, expected_h), (c, expected_c)):
        np.testing.assert_allclose(_np(actual), wanted, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize(
    "cls, kwargs, input_shape, output_shape, weights, params",
    [
        ("ConvLSTM1D", {}, (2, 3, 6, 5), (2, 4, 2), [(3, 5, 8), (3, 2, 8), (8,)], 176),
        ("ConvLSTM2D", {}, (2, 3, 6, 6, 5), (2, 4, 4, 2), [(3, 3, 5, 8), (3, 3, 2, 8), (8,)], 512),
        (
            "ConvLSTM3D",
            {},
            (2, 3, 5, 5, 5, 2),
            (2, 3, 3, 3, 2),
            [(3, 3, 3, 2, 8), (3, 3, 3, 2, 8), (8,)],
            872,
        ),
        (
            "ConvLSTM2D",
            {"data_format": "channels_first"},
            (2, 4, 3, 8, 8),
            (2, 2, 6, 6),
            [(3, 3, 3, 8), (3, 3, 2, 8), (8,)],
            368,
        ),
    ],
)
def test_shapes_and_param_counts_equal_keras(
    cls, kwargs, input_shape, output_shape, weights, params
):
    layer = getattr(keras.layers, cls)(2, 3, **kwargs)
    x = np.random.default_rng(0).standard_normal(input_shape).astype("float32")
    assert tuple(layer(x).shape) == output_shape
    assert [w.shape for w in layer.weights] == weights
    assert layer.cell.name == "conv_lstm_cell"
    assert layer.count_params() == params
    assert layer.compute_output_shape((None, *input_shape[1:])) == (None, *output_shape[1:])
    symbolic = layer(keras.Input(input_shape[1:]))
    assert tuple(symbolic.shape) == (None, *output_shape[1:])


def test_return_sequences_and_state_shapes():
    layer = keras.layers.ConvLSTM2D(2, 3, return_sequences=True, return_state=True)
    outputs = layer(np.zeros((2, 4, 6, 6, 3), "float32"))
    assert [tuple(t.shape) for t in outputs] == [(2, 4, 4, 4, 2), (2, 4, 4, 2), (2, 4, 4, 2)]
    assert layer.compute_output_shape((None, 4, 6, 6, 3)) == (
        (None, 4, 4, 4, 2),
        (None, 4, 4, 2),
        (None, 4, 4, 2),
    )


def test_default_config_equals_keras_and_round_trips():
    keras.backend.clear_session()
    layer = keras.layers.ConvLSTM2D(2, 3)
    expected = {
        **base("conv_lstm2d"),
        **RNN_KEYS,
        "filters": 2,
        "kernel_size": (3, 3),
        "strides": (1, 1),
        "padding": "valid",
        "data_format": "channels_last",
        "dilation_rate": (1, 1),
        "activation": "tanh",
        "recurrent_activation": "sigmoid",
        "use_bias": True,
        **WEIGHT_KEYS,
        "unit_forget_bias": True,
        "activity_regularizer": None,
        "dropout": 0.0,
        "recurrent_dropout": 0.0,
        "seed": None,
    }
    assert layer.get_config() == expected
    # Keras's config has "unroll" although the ConvLSTM constructors do not list it.
    clone = keras.layers.ConvLSTM2D.from_config(layer.get_config())
    assert clone.get_config() == expected


def test_dropout_in_training_only_and_masks_per_gate():
    x = np.random.default_rng(0).standard_normal((2, 3, 5, 2)).astype("float32")
    layer = keras.layers.ConvLSTM1D(2, 3, dropout=0.5, recurrent_dropout=0.5, seed=2)
    inference = _np(layer(x))
    np.testing.assert_allclose(_np(layer(x, training=False)), inference, rtol=1e-6)
    assert not np.allclose(_np(layer(x, training=True)), inference)
    assert tuple(layer.cell.get_dropout_mask(x[:, 0]).shape) == (4, 2, 5, 2)
    layer.cell.reset_dropout_mask()


def test_errors_name_the_argument():
    with pytest.raises(ValueError, match=r"padding must be one of 'valid', 'same'"):
        keras.layers.ConvLSTM2D(2, 3, padding="causal")
    with pytest.raises(ValueError, match=r"kernel_size must be an integer or a tuple of 2"):
        keras.layers.ConvLSTM2D(2, (3, 3, 3))
    with pytest.raises(ValueError, match=r"strides > 1 cannot be combined with dilation_rate"):
        keras.layers.ConvLSTM2D(2, 3, strides=2, dilation_rate=2)
    with pytest.raises(ValueError, match=r"'c'.*expected ndim=5, found ndim=4"):
        keras.layers.ConvLSTM2D(2, 3, name="c")(np.zeros((2, 4, 6, 3), "float32"))
    with pytest.raises(ValueError, match=r"spatial dimensions of its input to be known"):
        keras.layers.ConvLSTM2D(2, 3)(keras.Input((None, None, None, 3)))
