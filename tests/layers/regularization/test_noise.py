"""GaussianDropout, GaussianNoise and AlphaDropout: training statistics against their closed
forms, identity at inference, seeded reproducibility, configs as Keras 3.15.1 writes them."""

import math

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
# One input shape throughout: on JAX every new shape of a random op compiles.
ONES = np.ones((200, 50), "float32")
NORMAL = np.random.default_rng(0).normal(size=(200, 50)).astype("float32")
SELU_SATURATION = -1.6732632423543772 * 1.0507009873554805


def _np(x):
    return ops.convert_to_numpy(x)


def test_gaussian_dropout_noise_has_mean_one_and_dropout_variance():
    rate = 0.3
    y = _np(layers.GaussianDropout(rate, seed=1)(ONES, training=True))
    np.testing.assert_allclose(y.mean(), 1.0, atol=0.03)
    np.testing.assert_allclose(y.std(), math.sqrt(rate / (1 - rate)), rtol=0.05)


def test_gaussian_noise_adds_zero_mean_noise():
    y = _np(layers.GaussianNoise(0.5, seed=1)(ONES, training=True)) - 1
    np.testing.assert_allclose(y.mean(), 0.0, atol=0.03)
    np.testing.assert_allclose(y.std(), 0.5, rtol=0.05)


def test_alpha_dropout_uses_selu_saturation_and_keeps_moments():
    rate = 0.5
    layer = layers.AlphaDropout(rate, seed=2)
    a = ((1 - rate) * (1 + rate * SELU_SATURATION**2)) ** -0.5
    b = -a * SELU_SATURATION * rate
    y = _np(layer(ONES, training=True))
    np.testing.assert_allclose(np.unique(y), sorted([a + b, a * SELU_SATURATION + b]), rtol=1e-5)
    np.testing.assert_allclose((y < 0).mean(), rate, atol=0.03)
    # Standardized inputs keep zero mean and unit variance.
    w = _np(layer(NORMAL, training=True))
    np.testing.assert_allclose([w.mean(), w.std()], [0.0, 1.0], atol=0.05)


def test_alpha_dropout_noise_shape():
    x = np.ones((40, 3, 6), "float32")
    y = _np(layers.AlphaDropout(0.5, noise_shape=(None, 1, None), seed=1)(x, training=True))
    assert np.all(y == y[:, :1, :])


@pytest.mark.parametrize(
    "make",
    [
        lambda seed: layers.GaussianDropout(0.4, seed=seed),
        lambda seed: layers.GaussianNoise(0.4, seed=seed),
        lambda seed: layers.AlphaDropout(0.4, seed=seed),
    ],
    ids=["gaussian_dropout", "gaussian_noise", "alpha_dropout"],
)
def test_inference_identity_and_seeded_reproducibility(make):
    x = NORMAL
    layer = make(9)
    np.testing.assert_array_equal(_np(layer(x)), x)
    first = _np(layer(x, training=True))
    np.testing.assert_array_equal(first, _np(make(9)(x, training=True)))
    assert not np.array_equal(first, _np(layer(x, training=True)))
    assert layer.supports_masking
    assert tuple(layer(keras.Input((50,)), training=True).shape) == (None, 50)
    clone = type(layer).from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()


def test_zero_rates_are_identities_without_state():
    for layer in (layers.GaussianDropout(0.0), layers.GaussianNoise(0.0), layers.AlphaDropout(0.0)):
        np.testing.assert_array_equal(_np(layer(ONES, training=True)), ONES)
        assert layer.variables == []


def test_configs_equal_keras():
    base = {"trainable": True, "dtype": FLOAT32}
    assert layers.GaussianDropout(0.5, name="g").get_config() == {
        "name": "g",
        **base,
        "rate": 0.5,
        "seed": None,
    }
    assert layers.GaussianNoise(0.1, name="n").get_config() == {
        "name": "n",
        **base,
        "stddev": 0.1,
        "seed": None,
    }
    assert layers.AlphaDropout(0.5, name="a").get_config() == {
        "name": "a",
        **base,
        "rate": 0.5,
        "seed": None,
        "noise_shape": None,
    }


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: layers.GaussianDropout(1.0), r"GaussianDropout '.*': rate .*\[0, 1\)"),
        (lambda: layers.GaussianDropout(-0.1), r"rate must be a number in \[0, 1\)"),
        (lambda: layers.AlphaDropout(1.0), r"AlphaDropout '.*': rate .*\[0, 1\)"),
        (lambda: layers.AlphaDropout(0.5, noise_shape="x"), r"noise_shape must be a tuple"),
        (lambda: layers.GaussianNoise(-1.0), r"GaussianNoise '.*': stddev must be a non-neg"),
        (lambda: layers.GaussianNoise(0.1, seed=1.5), r"seed must be a non-negative int"),
    ],
)
def test_bad_arguments_raise(make, message):
    with pytest.raises(ValueError, match=message):
        make()
