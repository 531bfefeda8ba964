"""Dropout and SpatialDropout1D/2D/3D: inverted dropout statistics in training, identity at
inference, seeded reproducibility, noise shapes, configs as Keras 3.15.1 writes them."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import layers, ops

FLOAT32 = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}
ONES = np.ones((200, 50), "float32")


def _np(x):
    return ops.convert_to_numpy(x)


def test_inference_is_the_identity():
    x = np.random.default_rng(0).normal(size=(4, 5)).astype("float32")
    layer = layers.Dropout(0.5)
    np.testing.assert_array_equal(_np(layer(x)), x)
    np.testing.assert_array_equal(_np(layer(x, training=False)), x)


@pytest.mark.parametrize("rate", [0.2, 0.5, 0.8])
def test_training_drops_rate_and_preserves_the_mean(rate):
    y = _np(layers.Dropout(rate, seed=3)(ONES, training=True))
    kept = y != 0
    np.testing.assert_allclose(1 - kept.mean(), rate, atol=0.03)
    np.testing.assert_allclose(y[kept], 1 / (1 - rate), rtol=1e-6)
    np.testing.assert_allclose(y.mean(), 1.0, atol=0.08)


def test_seeded_layers_reproduce_and_successive_calls_differ():
    first, second = layers.Dropout(0.5, seed=7), layers.Dropout(0.5, seed=7)
    a, b = _np(first(ONES, training=True)), _np(second(ONES, training=True))
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, _np(first(ONES, training=True)))


def test_rate_edges():
    np.testing.assert_array_equal(_np(layers.Dropout(0.0)(ONES, training=True)), ONES)
    np.testing.assert_array_equal(_np(layers.Dropout(1.0)(ONES, training=True)), 0 * ONES)
    assert layers.Dropout(0.0).variables == []
    assert len(layers.Dropout(0.5).variables) == 1  # the seed generator's state


def test_noise_shape_shares_decisions():
    x = np.ones((40, 3, 6), "float32")
    y = _np(layers.Dropout(0.5, noise_shape=(None, 1, 6), seed=1)(x, training=True))
    # Each (sample, feature) is kept or dropped at every timestep together.
    assert np.all(y == y[:, :1, :])
    assert 0 < (y == 0).mean() < 1
    z = _np(layers.Dropout(0.5, noise_shape=(1, 3, 1), seed=1)(x, training=True))
    assert np.all(z == z[:1, :, :1])


def test_mask_and_shapes_pass_through():
    layer = layers.Dropout(0.5)
    assert layer.supports_masking
    assert tuple(layer(keras.Input((3, 4)), training=True).shape) == (None, 3, 4)
    assert layer.compute_output_shape((None, 3, 4)) == (None, 3, 4)


def test_training_flag_from_an_outer_model_call():
    inputs = keras.Input((50,))
    model = keras.Model(inputs, layers.Dropout(0.5, seed=2)(inputs))
    np.testing.assert_array_equal(_np(model(ONES)), ONES)
    assert (_np(model(ONES, training=True)) == 0).any()


def test_config_equals_keras_and_round_trips():
    layer = layers.Dropout(0.5, name="dropout")
    assert layer.get_config() == {
        "name": "dropout",
        "trainable": True,
        "dtype": FLOAT32,
        "rate": 0.5,
        "seed": None,
        "noise_shape": None,
    }
    layer = layers.Dropout(0.3, noise_shape=[None, 1], seed=5)
    assert layer.get_config()["noise_shape"] == (None, 1)
    clone = layers.Dropout.from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()
    np.testing.assert_array_equal(_np(clone(ONES, training=True)), _np(layer(ONES, training=True)))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"rate": -0.1}, r"rate must be a number in \[0, 1\], received -0.1"),
        ({"rate": 1.5}, r"rate must be a number in \[0, 1\], received 1.5"),
        ({"rate": "a"}, r"rate must be a number"),
        ({"rate": 0.5, "noise_shape": 3}, r"noise_shape must be a tuple"),
        ({"rate": 0.5, "seed": "a"}, r"seed must be a non-negative int or None"),
        ({"rate": 0.5, "seed": -1}, r"seed must be a non-negative int or None"),
    ],
)
def test_bad_arguments_raise(kwargs, message):
    with pytest.raises(ValueError, match=r"Dropout '.*': " + message):
        layers.Dropout(**kwargs)


@pytest.mark.parametrize(
    ("cls", "shape", "data_format", "channel_axis"),
    [
        (layers.SpatialDropout1D, (30, 5, 8), None, -1),
        (layers.SpatialDropout2D, (30, 4, 5, 8), "channels_last", -1),
        (layers.SpatialDropout2D, (30, 8, 4, 5), "channels_first", 1),
        (layers.SpatialDropout3D, (30, 2, 3, 4, 8), "channels_last", -1),
        (layers.SpatialDropout3D, (30, 8, 2, 3, 4), "channels_first", 1),
    ],
)
def test_spatial_dropout_drops_whole_channels(cls, shape, data_format, channel_axis):
    kwargs = {} if data_format is None else {"data_format": data_format}
    layer = cls(0.5, seed=4, **kwargs)
    x = np.ones(shape, "float32")
    y = _np(layer(x, training=True))
    channels_last = np.moveaxis(y, channel_axis, -1).reshape(shape[0], -1, 8)
    # Each (sample, channel) is one decision: all 0 or all 2 over the spatial positions.
    assert np.all(channels_last == channels_last[:, :1, :])
    assert set(np.unique(y)) == {0.0, 2.0}
    np.testing.assert_allclose((channels_last[:, 0, :] == 0).mean(), 0.5, atol=0.1)
    np.testing.assert_array_equal(_np(layer(x)), x)


def test_spatial_dropout_configs_equal_keras():
    assert layers.SpatialDropout1D(0.5, name="spatial_dropout1d").get_config() == {
        "rate": 0.5,
        "seed": None,
        "name": "spatial_dropout1d",
        "dtype": "float32",
    }
    config = layers.SpatialDropout2D(0.5, name="spatial_dropout2d").get_config()
    assert config == {
        "rate": 0.5,
        "seed": None,
        "name": "spatial_dropout2d",
        "dtype": "float32",
        "data_format": "channels_last",
    }
    layer = layers.SpatialDropout3D(0.2, data_format="channels_first", seed=3)
    clone = layers.SpatialDropout3D.from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()


def test_spatial_dropout_errors():
    with pytest.raises(ValueError, match=r"SpatialDropout2D '.*': data_format must be one of"):
        layers.SpatialDropout2D(0.5, data_format="channels_middle")
    with pytest.raises(ValueError, match=r"'spatial_dropout1d.*'.*expected ndim=3.*\(2, 3\)"):
        layers.SpatialDropout1D(0.5)(np.ones((2, 3), "float32"), training=True)
    with pytest.raises(ValueError, match=r"expected ndim=4, found ndim=3"):
        layers.SpatialDropout2D(0.5)(keras.Input((3, 4)))
