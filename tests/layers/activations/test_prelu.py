"""PReLU: the learned slope's shape (shared axes) as Keras 3.15.1 builds it, values against
NumPy, configs and errors."""

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


def _np(x):
    return ops.convert_to_numpy(x)


@pytest.mark.parametrize(
    ("shared_axes", "alpha_shape"),
    [(None, (3, 4)), ([1], (1, 4)), (2, (3, 1)), ((1, 2), (1, 1)), (-1, (3, 1))],
)
def test_alpha_shape_and_values(shared_axes, alpha_shape):
    layer = layers.PReLU(alpha_initializer="random_uniform", shared_axes=shared_axes)
    x = np.random.default_rng(0).normal(size=(2, 3, 4)).astype("float32")
    y = layer(x)
    (alpha,) = layer.get_weights()
    assert [w.path for w in layer.weights] == [f"{layer.name}/alpha"]
    assert alpha.shape == alpha_shape
    assert layer.count_params() == int(np.prod(alpha_shape))
    np.testing.assert_allclose(_np(y), np.where(x >= 0, x, alpha * x), rtol=1e-5, atol=1e-6)
    assert layer.compute_output_shape((2, 3, 4)) == (2, 3, 4)


def test_default_slope_is_zero_and_mask_passes():
    layer = layers.PReLU()
    np.testing.assert_allclose(_np(layer(np.array([[-4.0, 4.0]], "float32"))), [[0.0, 4.0]])
    assert layer.supports_masking
    assert tuple(layers.PReLU()(keras.Input((5, 2))).shape) == (None, 5, 2)


def test_shared_axes_allow_unknown_sizes():
    layer = layers.PReLU(shared_axes=[1])
    layer.build((None, None, 4))
    assert layer.get_weights()[0].shape == (1, 4)
    y = layer(np.full((2, 7, 4), -1.0, "float32"))
    assert tuple(y.shape) == (2, 7, 4)


def test_config_equals_keras_and_round_trips():
    layer = layers.PReLU(name="p_re_lu")
    assert layer.get_config() == {
        "name": "p_re_lu",
        "trainable": True,
        "dtype": FLOAT32,
        "alpha_initializer": {
            "module": "keras.initializers",
            "class_name": "Zeros",
            "config": {},
            "registered_name": None,
        },
        "alpha_regularizer": None,
        "alpha_constraint": None,
        "shared_axes": None,
    }
    assert layers.PReLU(shared_axes=2).get_config()["shared_axes"] == [2]
    layer = layers.PReLU(
        alpha_initializer="random_uniform", shared_axes=(1,), alpha_regularizer="l2"
    )
    x = np.random.default_rng(1).normal(size=(2, 3, 4)).astype("float32")
    y = layer(x)
    clone = layers.PReLU.from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()
    clone.build((None, 3, 4))
    clone.set_weights(layer.get_weights())
    np.testing.assert_allclose(_np(clone(x)), _np(y))


def test_errors():
    with pytest.raises(ValueError, match=r"PReLU '.*': shared_axes entry 3 is not a non-batch"):
        layers.PReLU(shared_axes=3).build((None, 3, 4))
    with pytest.raises(ValueError, match=r"shared_axes entry 0"):
        layers.PReLU(shared_axes=0).build((None, 3, 4))
    with pytest.raises(ValueError, match=r"shared_axes must be an int or a list of ints"):
        layers.PReLU(shared_axes="1")
    with pytest.raises(ValueError, match=r"needs known sizes.*\(None, None, 4\)"):
        layers.PReLU().build((None, None, 4))
    layer = layers.PReLU(name="slope")
    layer.build((None, 3))
    with pytest.raises(ValueError, match=r"'slope'.*axis 1.*value 3.*\(2, 4\)"):
        layer(np.ones((2, 4), "float32"))
