"""ActivityRegularization: identity output, the L1/L2 loss of each call, the config."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import layers, ops


def _np(x):
    return ops.convert_to_numpy(x)


def test_output_is_input_and_loss_is_l1_l2():
    layer = layers.ActivityRegularization(l1=0.1, l2=0.2)
    x = np.array([[1.0, -2.0], [0.5, 0.0]], "float32")
    np.testing.assert_array_equal(_np(layer(x)), x)
    expected = 0.1 * np.abs(x).sum() + 0.2 * (x**2).sum()
    assert len(layer.losses) == 1
    np.testing.assert_allclose(float(_np(layer.losses[0])), expected, rtol=1e-6)
    # Each call replaces the previous call's loss.
    layer(2 * x)
    np.testing.assert_allclose(
        float(_np(layer.losses[0])), 0.1 * np.abs(2 * x).sum() + 0.2 * (4 * x**2).sum(), rtol=1e-6
    )
    assert layer.supports_masking
    assert tuple(layer(keras.Input((2,))).shape) == (None, 2)


def test_config_equals_keras_and_round_trips():
    layer = layers.ActivityRegularization(name="activity_regularization")
    assert layer.get_config() == {
        "name": "activity_regularization",
        "trainable": True,
        "dtype": {
            "module": "keras",
            "class_name": "DTypePolicy",
            "config": {"name": "float32"},
            "registered_name": None,
        },
        "l1": 0.0,
        "l2": 0.0,
    }
    layer = layers.ActivityRegularization(l1=1, l2=0.5)
    clone = layers.ActivityRegularization.from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()
    assert clone.activity_regularizer.get_config() == {"l1": 1.0, "l2": 0.5}


def test_bad_arguments_raise():
    with pytest.raises(ValueError, match=r"ActivityRegularization '.*': l1 must be a non-neg"):
        layers.ActivityRegularization(l1=-1)
    with pytest.raises(ValueError, match=r"l2 must be a non-negative number, received 'x'"):
        layers.ActivityRegularization(l2="x")
    with pytest.raises(ValueError, match=r"activity_regularizer cannot be given"):
        layers.ActivityRegularization(activity_regularizer="l2")
