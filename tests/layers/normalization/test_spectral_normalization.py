"""SpectralNormalization: one power-iteration step against NumPy, the kernel and
``vector_u`` updates in training only, wrapped Dense/Conv2D/Embedding, configs, errors."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import layers, ops


def _np(x):
    return ops.convert_to_numpy(x)


def _inputs(*shape, seed=0):
    return np.random.default_rng(seed).normal(size=shape).astype("float32")


def _weights(layer):
    # Copies: under PyTorch get_weights() returns views of the parameters, which the
    # training call updates in place.
    return [w.copy() for w in layer.get_weights()]


def _power_iteration(matrix, u, steps):
    for _ in range(steps):
        v = u @ matrix.T
        v /= np.linalg.norm(v)
        u = v @ matrix
        u /= np.linalg.norm(u)
    return u, (v @ matrix @ u.T).item()


def _wrapped_dense(power_iterations=1):
    layer = layers.SpectralNormalization(layers.Dense(4), power_iterations=power_iterations)
    layer.build((None, 3))
    rng = np.random.default_rng(1)
    layer.set_weights([rng.normal(size=w.shape).astype("float32") for w in layer.weights])
    return layer


@pytest.mark.parametrize("power_iterations", [1, 3])
def test_training_divides_the_kernel_by_its_spectral_norm(power_iterations):
    layer = _wrapped_dense(power_iterations)
    kernel, u, bias = _weights(layer)
    x = _inputs(2, 3)
    y = layer(x, training=True)
    new_u, sigma = _power_iteration(kernel, u, power_iterations)
    np.testing.assert_allclose(_np(y), x @ (kernel / sigma) + bias, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(layer.vector_u.numpy(), new_u, rtol=1e-5, atol=1e-6)
    # The wrapped layer keeps the normalized kernel.
    np.testing.assert_allclose(layer.layer.kernel.numpy(), kernel / sigma, rtol=1e-5)


def test_inference_calls_the_wrapped_layer_unchanged():
    layer = _wrapped_dense()
    kernel, u, bias = _weights(layer)
    x = _inputs(2, 3)
    np.testing.assert_allclose(_np(layer(x)), x @ kernel + bias, rtol=1e-5, atol=1e-5)
    np.testing.assert_array_equal(layer.vector_u.numpy(), u)


def test_many_training_steps_converge_to_the_largest_singular_value():
    layer = _wrapped_dense(power_iterations=5)
    kernel = _weights(layer)[0]
    x = _inputs(2, 3)
    for _ in range(4):
        layer(x, training=True)
    # Spectral norm 1 after normalization.
    normalized = layer.layer.kernel.numpy()
    np.testing.assert_allclose(np.linalg.svd(normalized, compute_uv=False)[0], 1.0, rtol=1e-3)
    assert np.linalg.svd(kernel, compute_uv=False)[0] > 1.0


def test_weights_order_and_shapes_like_keras():
    layer = layers.SpectralNormalization(layers.Dense(4))
    layer.build((None, 3))
    # Keras 3.15.1: kernel, vector_u, bias; 20 parameters.
    assert [(w.name, w.shape, w.trainable) for w in layer.weights] == [
        ("kernel", (3, 4), True),
        ("vector_u", (1, 4), False),
        ("bias", (4,), True),
    ]
    assert layer.count_params() == 20
    assert layer.compute_output_shape((None, 3)) == (None, 4)
    assert layers.SpectralNormalization(layers.Dense(4))(keras.Input((3,))).shape == (None, 4)


def test_conv_kernels_are_normalized_as_matrices():
    conv = layers.Conv2D(3, 2)
    layer = layers.SpectralNormalization(conv)
    x = _inputs(1, 4, 4, 2)
    layer(x)
    kernel, u, _ = _weights(layer)
    assert kernel.shape == (2, 2, 2, 3) and u.shape == (1, 3)
    layer(x, training=True)
    _, sigma = _power_iteration(kernel.reshape(-1, 3), u, 1)
    np.testing.assert_allclose(conv.kernel.numpy(), kernel / sigma, rtol=1e-5, atol=1e-6)


def test_embeddings_are_normalized():
    embedding = layers.Embedding(5, 3)
    layer = layers.SpectralNormalization(embedding)
    ids = np.array([[0, 4]])
    layer(ids)
    table, u = _weights(layer)
    layer(ids, training=True)
    _, sigma = _power_iteration(table, u, 1)
    np.testing.assert_allclose(embedding.embeddings.numpy(), table / sigma, rtol=1e-5)


def test_config_round_trip_rebuilds_the_wrapped_layer():
    layer = layers.SpectralNormalization(layers.Dense(4, use_bias=False), power_iterations=2)
    config = layer.get_config()
    assert [key for key in config] == ["name", "trainable", "dtype", "layer", "power_iterations"]
    assert config["layer"]["class_name"] == "Dense"
    assert config["power_iterations"] == 2
    clone = layers.SpectralNormalization.from_config(config)
    assert isinstance(clone.layer, layers.Dense) and clone.layer.use_bias is False
    assert clone.get_config() == config


def test_bad_arguments_name_the_layer():
    with pytest.raises(ValueError, match=r"SpectralNormalization.*layer must be a keras_core"):
        layers.SpectralNormalization(4)
    with pytest.raises(ValueError, match=r"power_iterations must be a positive int, received 0"):
        layers.SpectralNormalization(layers.Dense(2), power_iterations=0)
    with pytest.raises(ValueError, match=r"'sn_bad'.*Dropout.*neither a 'kernel' nor"):
        layers.SpectralNormalization(layers.Dropout(0.1), name="sn_bad").build((None, 3))
