"""GroupNormalization: group statistics against NumPy, instance/layer-norm limits, configs
as Keras 3.15.1 writes them, errors."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import layers, ops

ZEROS = {
    "module": "keras.initializers",
    "class_name": "Zeros",
    "config": {},
    "registered_name": None,
}
ONES = {"module": "keras.initializers", "class_name": "Ones", "config": {}, "registered_name": None}
FLOAT32 = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}


def _np(x):
    return ops.convert_to_numpy(x)


def _inputs(*shape, seed=0):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=shape) * 2.0 + 0.5).astype("float32")


def _group_norm(x, groups, epsilon=1e-3):
    """Channels-last group normalization of ``x`` (batch, ..., channels)."""
    channels = x.shape[-1]
    grouped = x.reshape(*x.shape[:-1], groups, channels // groups)
    axes = (*range(1, grouped.ndim - 2), grouped.ndim - 1)
    mean = grouped.mean(axis=axes, keepdims=True)
    variance = grouped.var(axis=axes, keepdims=True)
    return ((grouped - mean) / np.sqrt(variance + epsilon)).reshape(x.shape)


@pytest.mark.parametrize("groups", [1, 2, 4])
def test_group_statistics_match_numpy(groups):
    layer = layers.GroupNormalization(groups=groups)
    layer.build((None, 3, 4))
    rng = np.random.default_rng(1)
    gamma, beta = rng.normal(size=(2, 4)).astype("float32")
    layer.set_weights([gamma, beta])
    x = _inputs(2, 3, 4)
    np.testing.assert_allclose(
        _np(layer(x)), _group_norm(x, groups) * gamma + beta, rtol=1e-5, atol=1e-5
    )


def test_minus_one_gives_one_group_per_channel():
    layer = layers.GroupNormalization(groups=-1)
    x = _inputs(2, 5, 3)
    y = layer(x)
    assert layer.groups == 3 and layer.get_config()["groups"] == 3
    np.testing.assert_allclose(_np(y), _group_norm(x, 3), rtol=1e-5, atol=1e-5)


def test_channels_first_axis():
    layer = layers.GroupNormalization(groups=2, axis=1, center=False, scale=False)
    x = _inputs(2, 4, 3)
    expected = _group_norm(np.moveaxis(x, 1, -1), 2)
    np.testing.assert_allclose(_np(layer(x)), np.moveaxis(expected, -1, 1), rtol=1e-5, atol=1e-5)
    assert layer.weights == []


def test_weights_shapes_and_symbolic_call_like_keras():
    layer = layers.GroupNormalization(groups=2)
    outputs = layer(keras.Input((None, 4)))
    assert outputs.shape == (None, None, 4)
    assert layer.compute_output_shape((None, 5, 4)) == (None, 5, 4)
    assert [(w.path, w.shape) for w in layer.weights] == [
        (f"{layer.name}/gamma", (4,)),
        (f"{layer.name}/beta", (4,)),
    ]
    # Keras 3.15.1: 8 parameters for 4 channels.
    assert layer.count_params() == 8
    assert layer.input_spec.ndim == 3 and layer.input_spec.axes == {-1: 4}


def test_default_config_equals_keras_and_round_trips():
    layer = layers.GroupNormalization(name="gn")
    assert layer.get_config() == {
        "name": "gn",
        "trainable": True,
        "dtype": FLOAT32,
        "groups": 32,
        "axis": -1,
        "epsilon": 0.001,
        "center": True,
        "scale": True,
        "beta_initializer": ZEROS,
        "gamma_initializer": ONES,
        "beta_regularizer": None,
        "gamma_regularizer": None,
        "beta_constraint": None,
        "gamma_constraint": None,
    }
    custom = layers.GroupNormalization(groups=2, epsilon=1e-4, beta_regularizer="l1")
    x = _inputs(2, 3, 4)
    custom(x)
    custom.set_weights([np.full(4, 2.0, "float32"), np.full(4, -1.0, "float32")])
    clone = layers.GroupNormalization.from_config(custom.get_config())
    assert clone.get_config() == custom.get_config()
    clone(x)
    clone.set_weights(custom.get_weights())
    np.testing.assert_allclose(_np(clone(x)), _np(custom(x)), rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("groups", [0, -2, 1.5, True])
def test_bad_groups(groups):
    with pytest.raises(ValueError, match=r"GroupNormalization .*groups must be a positive"):
        layers.GroupNormalization(groups=groups)


def test_bad_build_shapes_name_the_layer():
    with pytest.raises(ValueError, match=r"'gn_bad'.*channels \(4, axis -1\).*groups \(3\)"):
        layers.GroupNormalization(groups=3, name="gn_bad").build((None, 5, 4))
    with pytest.raises(ValueError, match=r"'gn_bad2': axis -1 .*known size"):
        layers.GroupNormalization(groups=2, name="gn_bad2").build((None, 5, None))
