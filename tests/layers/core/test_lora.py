"""LoRA on Dense, EinsumDense and Embedding: Keras's weight order, the merged weight, save
and load through the layer's own-variable store, and the config keys."""

import numpy as np
import pytest

from keras_core import layers, ops


def _np(x):
    return ops.convert_to_numpy(x)


def _randomize(layer, seed=0):
    rng = np.random.default_rng(seed)
    layer.set_weights([rng.normal(size=w.shape).astype("float32") for w in layer.weights])


def test_dense_lora_weights_and_merged_kernel():
    layer = layers.Dense(4, lora_rank=2, lora_alpha=3.0, kernel_initializer="zeros")
    layer.build((None, 3))
    assert [(w.name, w.shape, w.trainable) for w in layer.weights] == [
        ("kernel", (3, 4), False),
        ("bias", (4,), True),
        ("lora_kernel_a", (3, 2), True),
        ("lora_kernel_b", (2, 4), True),
    ]
    assert [w.name for w in layer.trainable_weights] == ["bias", "lora_kernel_a", "lora_kernel_b"]
    _randomize(layer)
    kernel, bias, a, b = layer.get_weights()
    merged = kernel + (3.0 / 2) * a @ b
    np.testing.assert_allclose(_np(layer.kernel), merged, rtol=1e-5, atol=1e-5)
    x = np.random.default_rng(1).normal(size=(2, 3)).astype("float32")
    np.testing.assert_allclose(_np(layer(x)), x @ merged + bias, rtol=1e-5, atol=1e-5)
    config = layer.get_config()
    assert (config["lora_rank"], config["lora_alpha"]) == (2, 3.0)


def test_lora_b_starts_at_zero_so_outputs_are_unchanged():
    layer = layers.Dense(3, kernel_initializer="ones")
    x = np.ones((1, 2), "float32")
    before = _np(layer(x))
    layer.enable_lora(2)
    np.testing.assert_allclose(_np(layer(x)), before, rtol=1e-6)
    assert layer.get_config()["lora_alpha"] == 2


def test_save_writes_merged_kernel_and_load_resets_factors():
    layer = layers.Dense(4, lora_rank=2, kernel_initializer="zeros")
    layer.build((None, 3))
    _randomize(layer)
    store = {}
    layer.save_own_variables(store)
    assert sorted(store) == ["0", "1"]
    np.testing.assert_allclose(store["0"], _np(layer.kernel), rtol=1e-6)
    plain = layers.Dense(4, kernel_initializer="zeros")
    plain.build((None, 3))
    plain.load_own_variables(store)
    np.testing.assert_allclose(plain.get_weights()[0], store["0"], rtol=1e-6)
    layer.load_own_variables({"0": np.ones((3, 4), "float32"), "1": np.zeros(4, "float32")})
    np.testing.assert_allclose(_np(layer.lora_kernel_a), np.zeros((3, 2)))
    np.testing.assert_allclose(_np(layer.lora_kernel_b), np.zeros((2, 4)))
    np.testing.assert_allclose(_np(layer.kernel), np.ones((3, 4)))


def test_einsum_dense_lora_shapes_follow_the_kernel():
    layer = layers.EinsumDense(
        "abc,cde->abde", (None, 2, 4), bias_axes="e", lora_rank=2, kernel_initializer="zeros"
    )
    layer.build((None, 5, 3))
    assert [(w.name, w.shape) for w in layer.weights] == [
        ("kernel", (3, 2, 4)),
        ("bias", (4,)),
        ("lora_kernel_a", (3, 2, 2)),
        ("lora_kernel_b", (2, 4)),
    ]
    _randomize(layer)
    kernel, _, a, b = layer.get_weights()
    np.testing.assert_allclose(_np(layer.kernel), kernel + a @ b, rtol=1e-5, atol=1e-5)


def test_embedding_lora_adapts_the_table():
    layer = layers.Embedding(6, 4, lora_rank=2, embeddings_initializer="zeros")
    layer.build()
    assert [(w.name, w.shape, w.trainable) for w in layer.weights] == [
        ("embeddings", (6, 4), False),
        ("lora_embeddings_a", (6, 2), True),
        ("lora_embeddings_b", (2, 4), True),
    ]
    _randomize(layer)
    table, a, b = layer.get_weights()
    ids = np.array([[0, 5, 2]], "int32")
    np.testing.assert_allclose(_np(layer(ids)), (table + a @ b)[ids], rtol=1e-5, atol=1e-5)
    store = {}
    layer.save_own_variables(store)
    assert sorted(store) == ["0"]


def test_enable_lora_errors():
    layer = layers.Dense(2, name="d")
    with pytest.raises(ValueError, match=r"Dense 'd': enable_lora needs the layer built"):
        layer.enable_lora(2)
    layer.build((None, 3))
    with pytest.raises(ValueError, match=r"rank must be a positive integer, received 0"):
        layer.enable_lora(0)
    layer.enable_lora(2)
    with pytest.raises(ValueError, match=r"LoRA is already enabled"):
        layer.enable_lora(2)
    with pytest.raises(ValueError, match=r"lora_rank must be a positive integer, received -1"):
        layers.Dense(2, lora_rank=-1)
