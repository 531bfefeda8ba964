"""Activation, ReLU, LeakyReLU, ELU: values against NumPy, masks, and configs as Keras
3.15.1 writes them."""

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
X = np.array([[-2.0, -0.5, 0.0, 0.2, 0.7, 5.0]], "float32")


def _np(x):
    return ops.convert_to_numpy(x)


def _relu_reference(x, negative_slope=0.0, max_value=None, threshold=0.0):
    y = np.where(x > threshold, x, negative_slope * (x - threshold))
    return y if max_value is None else np.minimum(y, max_value)


@pytest.mark.parametrize(
    ("layer", "expected"),
    [
        (layers.Activation("relu"), np.maximum(X, 0)),
        (layers.Activation("tanh"), np.tanh(X)),
        (layers.Activation(None), X),
        (layers.Activation(ops.sigmoid), 1 / (1 + np.exp(-X))),
        (layers.ReLU(), np.maximum(X, 0)),
        (
            layers.ReLU(max_value=2.0, negative_slope=0.1, threshold=0.5),
            _relu_reference(X, 0.1, 2.0, 0.5),
        ),
        (layers.ReLU(max_value=1.0), np.clip(X, 0, 1)),
        (layers.LeakyReLU(), np.where(X >= 0, X, 0.3 * X)),
        (layers.LeakyReLU(negative_slope=0.05), np.where(X >= 0, X, 0.05 * X)),
        (layers.ELU(), np.where(X > 0, X, np.expm1(X))),
        (layers.ELU(alpha=0.5), np.where(X > 0, X, 0.5 * np.expm1(X))),
    ],
    ids=[
        "act-relu",
        "act-tanh",
        "act-none",
        "act-fn",
        "relu",
        "relu-all",
        "relu-max",
        "leaky",
        "leaky-0.05",
        "elu",
        "elu-0.5",
    ],
)
def test_values_match_numpy(layer, expected):
    y = layer(X)
    np.testing.assert_allclose(_np(y), expected, rtol=1e-5, atol=1e-6)
    assert layer.supports_masking
    assert layer.compute_output_shape((None, 6)) == (None, 6)
    assert tuple(layer(keras.Input((6,))).shape) == (None, 6)


def test_mask_passes_through_in_a_model():
    inputs = keras.Input((3,), dtype="int32")
    hidden = layers.Embedding(4, 2, mask_zero=True)(inputs)
    for layer in (layers.Activation("relu"), layers.ReLU(), layers.LeakyReLU(), layers.ELU()):
        hidden = layer(hidden)
    assert tuple(hidden._keras_mask.shape) == (None, 3)


@pytest.mark.parametrize(
    ("layer", "expected"),
    [
        (layers.Activation("relu", name="activation"), {"activation": "relu"}),
        (layers.ReLU(name="re_lu"), {"max_value": None, "negative_slope": 0.0, "threshold": 0.0}),
        (layers.LeakyReLU(name="leaky_re_lu"), {"negative_slope": 0.3}),
        (layers.ELU(name="elu"), {"alpha": 1.0}),
    ],
    ids=["activation", "relu", "leaky", "elu"],
)
def test_default_configs_equal_keras_and_round_trip(layer, expected):
    config = layer.get_config()
    assert config == {"name": layer.name, "trainable": True, "dtype": FLOAT32, **expected}
    clone = type(layer).from_config(config)
    assert clone.get_config() == config
    np.testing.assert_allclose(_np(clone(X)), _np(layer(X)))


def test_non_default_configs_round_trip():
    relu = layers.ReLU(max_value=6, negative_slope=0.1, threshold=0.5)
    assert layers.ReLU.from_config(relu.get_config()).get_config() == relu.get_config()
    assert relu.get_config()["max_value"] == 6
    assert layers.Activation(None).get_config()["activation"] == "linear"


def test_leaky_relu_accepts_keras2_alpha_with_a_warning():
    with pytest.warns(UserWarning, match="alpha"):
        layer = layers.LeakyReLU(alpha=0.1)
    assert layer.get_config()["negative_slope"] == 0.1


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: layers.ReLU(max_value=-1), r"ReLU '.*': max_value must be a non-negative"),
        (lambda: layers.ReLU(negative_slope=-1), r"negative_slope must be a non-negative"),
        (lambda: layers.ReLU(negative_slope=None), r"negative_slope must be a non-negative"),
        (lambda: layers.ReLU(threshold=None), r"threshold must be a non-negative number, "),
        (lambda: layers.LeakyReLU(negative_slope=None), r"LeakyReLU '.*': negative_slope"),
        (lambda: layers.LeakyReLU(negative_slope=-0.1), r"received -0.1"),
        (lambda: layers.ELU(alpha="big"), r"ELU '.*': alpha must be a number"),
        (lambda: layers.Activation("nope"), r"activation"),
    ],
)
def test_bad_arguments_raise(make, message):
    with pytest.raises(ValueError, match=message):
        make()
