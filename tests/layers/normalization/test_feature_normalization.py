"""LayerNormalization, RMSNormalization and UnitNormalization: per-example normalization
against NumPy formulas, axes, weights and configs as Keras 3.15.1 writes them, errors."""

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


def _random_weights(layer, seed=1):
    rng = np.random.default_rng(seed)
    values = [rng.normal(size=w.shape).astype("float32") for w in layer.weights]
    layer.set_weights(values)
    return values


def _layer_norm(x, axes, epsilon=1e-3):
    mean = x.mean(axis=axes, keepdims=True)
    return (x - mean) / np.sqrt(x.var(axis=axes, keepdims=True) + epsilon)


# LayerNormalization ---------------------------------------------------------------------


def test_layer_normalization_over_the_last_axis():
    layer = layers.LayerNormalization()
    layer.build((None, 3, 4))
    gamma, beta = _random_weights(layer)
    x = _inputs(2, 3, 4)
    np.testing.assert_allclose(
        _np(layer(x)), _layer_norm(x, -1) * gamma + beta, rtol=1e-5, atol=1e-5
    )
    assert [(w.path, w.shape) for w in layer.weights] == [
        (f"{layer.name}/gamma", (4,)),
        (f"{layer.name}/beta", (4,)),
    ]
    assert layer.count_params() == 8


def test_layer_normalization_over_several_axes_keeps_them_sorted():
    layer = layers.LayerNormalization(axis=(2, 1))
    layer.build((None, 3, 4))
    assert layer.axis == [1, 2]
    gamma, beta = _random_weights(layer)
    assert gamma.shape == (3, 4)
    # Keras 3.15.1: 24 parameters for axes (1, 2) of a (None, 3, 4) input.
    assert layer.count_params() == 24
    x = _inputs(2, 3, 4)
    np.testing.assert_allclose(
        _np(layer(x)), _layer_norm(x, (1, 2)) * gamma + beta, rtol=1e-5, atol=1e-5
    )


def test_layer_normalization_over_a_middle_axis():
    layer = layers.LayerNormalization(axis=1, center=False)
    layer.build((None, 3, 4))
    (gamma,) = _random_weights(layer)
    x = _inputs(2, 3, 4)
    expected = _layer_norm(x, 1) * gamma.reshape(1, 3, 1)
    np.testing.assert_allclose(_np(layer(x)), expected, rtol=1e-5, atol=1e-5)


def test_rms_scaling_divides_without_centering_and_has_no_beta():
    layer = layers.LayerNormalization(rms_scaling=True)
    layer.build((None, 4))
    assert [w.name for w in layer.weights] == ["gamma"]
    (gamma,) = _random_weights(layer)
    x = _inputs(3, 4)
    expected = x / np.sqrt(x.var(-1, keepdims=True) + 1e-3) * gamma
    np.testing.assert_allclose(_np(layer(x)), expected, rtol=1e-5, atol=1e-5)
    assert layer.get_config()["rms_scaling"] is True


def test_layer_normalization_shapes_masks_and_symbolic_call():
    layer = layers.LayerNormalization()
    assert layer(keras.Input((5, 3))).shape == (None, 5, 3)
    assert layer.compute_output_shape((None, 5, 3)) == (None, 5, 3)
    mask = np.array([[True, False]])
    assert layer.compute_mask(_inputs(1, 2, 3), mask) is mask


def test_layer_normalization_default_config_equals_keras():
    assert layers.LayerNormalization(name="ln").get_config() == {
        "name": "ln",
        "trainable": True,
        "dtype": FLOAT32,
        "axis": -1,
        "epsilon": 0.001,
        "center": True,
        "scale": True,
        "rms_scaling": False,
        "beta_initializer": ZEROS,
        "gamma_initializer": ONES,
        "beta_regularizer": None,
        "gamma_regularizer": None,
        "beta_constraint": None,
        "gamma_constraint": None,
    }


def test_layer_normalization_config_round_trip():
    layer = layers.LayerNormalization(axis=[1, 2], epsilon=1e-5, gamma_regularizer="l2")
    x = _inputs(2, 3, 4)
    layer(x)
    weights = _random_weights(layer)
    config = layer.get_config()
    # Built layers store their axes as a sorted list, like Keras.
    assert config["axis"] == [1, 2]
    clone = layers.LayerNormalization.from_config(config)
    assert clone.get_config() == config
    clone(x)
    clone.set_weights(weights)
    np.testing.assert_allclose(_np(clone(x)), _np(layer(x)), rtol=1e-6, atol=1e-6)


def test_layer_normalization_bad_arguments():
    with pytest.raises(TypeError, match=r"LayerNormalization.*int or a list/tuple.*'a'"):
        layers.LayerNormalization(axis="a")
    with pytest.raises(ValueError, match=r"LayerNormalization 'ln_bad': axis 5 is out of range"):
        layers.LayerNormalization(axis=5, name="ln_bad").build((None, 3))
    layer = layers.LayerNormalization(name="ln_sym")
    layer(keras.Input((3,)))
    with pytest.raises(ValueError, match=r"ln_sym"):
        layer(_inputs(2, 5))


# RMSNormalization -----------------------------------------------------------------------


def test_rms_normalization_matches_numpy():
    layer = layers.RMSNormalization()
    layer.build((None, 3, 4))
    (scale,) = _random_weights(layer)
    assert [(w.path, w.shape) for w in layer.weights] == [(f"{layer.name}/scale", (4,))]
    x = _inputs(2, 3, 4)
    expected = x / np.sqrt((x**2).mean(-1, keepdims=True) + 1e-6) * scale
    np.testing.assert_allclose(_np(layer(x)), expected, rtol=1e-5, atol=1e-5)


def test_rms_normalization_over_two_axes():
    layer = layers.RMSNormalization(axis=[1, 2], epsilon=1e-3)
    x = _inputs(2, 3, 4)
    layer(x)
    (scale,) = _random_weights(layer)
    assert scale.shape == (3, 4) and layer.count_params() == 12
    expected = x / np.sqrt((x**2).mean((1, 2), keepdims=True) + 1e-3) * scale
    np.testing.assert_allclose(_np(layer(x)), expected, rtol=1e-5, atol=1e-5)


def test_rms_normalization_config_and_shapes():
    layer = layers.RMSNormalization(name="rms")
    assert layer.get_config() == {
        "name": "rms",
        "trainable": True,
        "dtype": FLOAT32,
        "axis": -1,
        "epsilon": 1e-06,
    }
    assert layer(keras.Input((2, 5))).shape == (None, 2, 5)
    assert layer.get_config()["axis"] == [-1]
    clone = layers.RMSNormalization.from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()


# UnitNormalization ----------------------------------------------------------------------


@pytest.mark.parametrize("axis", [-1, [1, 2], (1,)])
def test_unit_normalization_gives_unit_l2_norms(axis):
    layer = layers.UnitNormalization(axis=axis)
    x = _inputs(2, 3, 4)
    axes = tuple(axis) if isinstance(axis, (list, tuple)) else axis
    expected = x / np.sqrt((x**2).sum(axis=axes, keepdims=True))
    np.testing.assert_allclose(_np(layer(x)), expected, rtol=1e-5, atol=1e-6)
    assert layer.weights == []


def test_unit_normalization_keeps_zero_vectors_and_masks():
    layer = layers.UnitNormalization()
    np.testing.assert_array_equal(_np(layer(np.zeros((1, 3), "float32"))), np.zeros((1, 3)))
    mask = np.array([True])
    assert layer.compute_mask(np.zeros((1, 3)), mask) is mask


def test_unit_normalization_config_and_errors():
    layer = layers.UnitNormalization(name="unit")
    assert layer.get_config() == {"name": "unit", "trainable": True, "dtype": FLOAT32, "axis": -1}
    assert layers.UnitNormalization(axis=(1, 2)).get_config()["axis"] == [1, 2]
    assert layer(keras.Input((3,))).shape == (None, 3)
    with pytest.raises(TypeError, match=r"UnitNormalization.*received 1.5"):
        layers.UnitNormalization(axis=1.5)
