"""Embedding and ReversibleEmbedding: lookups and reverse logits against NumPy, masks (also
through a model into a mask-consuming layer), configs as Keras 3.15.1 writes them."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import layers, ops

UNIFORM = {
    "module": "keras.initializers",
    "class_name": "RandomUniform",
    "config": {"seed": None, "minval": -0.05, "maxval": 0.05},
    "registered_name": None,
}
FLOAT32 = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}
IDS = np.array([[1, 2, 0, 0], [3, 0, 4, 0]], "int32")


def _np(x):
    return ops.convert_to_numpy(x)


def test_lookup_matches_numpy_indexing():
    layer = layers.Embedding(5, 3)
    y = layer(IDS)
    (table,) = layer.get_weights()
    assert [w.path for w in layer.weights] == [f"{layer.name}/embeddings"]
    assert layer.count_params() == 15
    assert tuple(y.shape) == (2, 4, 3)
    np.testing.assert_allclose(_np(y), table[IDS], rtol=1e-6)
    assert layer.compute_output_shape((None, 4)) == (None, 4, 3)
    assert tuple(layer(keras.Input((4,), dtype="int32")).shape) == (None, 4, 3)
    # Keras truncates float ids to int32.
    np.testing.assert_allclose(_np(layer(np.array([[1.0, 2.7]], "float32"))), table[[[1, 2]]])


def test_mask_zero_mask():
    layer = layers.Embedding(5, 3, mask_zero=True)
    assert layer.supports_masking
    np.testing.assert_array_equal(_np(layer.compute_mask(IDS)), IDS != 0)
    assert layers.Embedding(5, 3).compute_mask(IDS) is None
    assert not layers.Embedding(5, 3).supports_masking
    symbolic = layer(keras.Input((4,), dtype="int32"))
    assert tuple(symbolic._keras_mask.shape) == (None, 4)


def test_mask_reaches_a_mask_consuming_layer_in_a_model():
    inputs = keras.Input((4,), dtype="int32")
    embedding = layers.Embedding(5, 3, mask_zero=True)
    # Averages the embeddings of the unmasked positions only.
    pooled = layers.Lambda(
        lambda x, mask=None: (
            ops.sum(ops.where(mask[..., None], x, 0.0), axis=1)
            / ops.sum(ops.cast(mask, "float32"), axis=1, keepdims=True)
        )
    )(embedding(inputs))
    scores = layers.Dense(1, use_bias=False, kernel_initializer="ones")(embedding(inputs))
    # Softmax over positions, with padding masked out (Dense passes the mask on; the
    # Lambda declares that it keeps it).
    squeeze = layers.Lambda(lambda s: ops.squeeze(s, -1), mask=lambda inputs, mask: mask)
    attention = layers.Softmax(axis=1)(squeeze(scores))
    model = keras.Model(inputs, [pooled, attention])
    pooled_value, attention_value = model(IDS)
    (table,) = embedding.get_weights()
    expected = np.stack([table[[1, 2]].mean(0), table[[3, 4]].mean(0)])
    np.testing.assert_allclose(_np(pooled_value), expected, rtol=1e-5, atol=1e-6)
    attention_value = _np(attention_value)
    np.testing.assert_allclose(attention_value.sum(axis=1), [1.0, 1.0], rtol=1e-5)
    assert np.all(attention_value[IDS == 0] == 0)


def test_default_config_equals_keras_and_round_trips():
    layer = layers.Embedding(10, 4, name="embedding")
    assert layer.get_config() == {
        "name": "embedding",
        "trainable": True,
        "dtype": FLOAT32,
        "input_dim": 10,
        "output_dim": 4,
        "embeddings_initializer": UNIFORM,
        "embeddings_regularizer": None,
        "activity_regularizer": None,
        "embeddings_constraint": None,
        "mask_zero": False,
        "quantization_config": None,
    }
    layer = layers.Embedding(6, 2, mask_zero=True, embeddings_regularizer="l2")
    y = layer(IDS)
    clone = layers.Embedding.from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()
    clone.build()
    clone.set_weights(layer.get_weights())
    np.testing.assert_allclose(_np(clone(IDS)), _np(y))


def test_weights_argument_sets_the_table():
    table = np.arange(6, dtype="float32").reshape(3, 2)
    layer = layers.Embedding(3, 2, weights=[table])
    assert layer.built
    np.testing.assert_allclose(_np(layer(np.array([[2, 0]]))), table[[[2, 0]]])
    with pytest.raises(ValueError, match=r"has shape \(3, 2\).*shape \(4, 2\)"):
        layers.Embedding(3, 2, weights=np.ones((4, 2), "float32"))


def test_input_length_is_ignored_with_a_warning():
    with pytest.warns(UserWarning, match="input_length"):
        layer = layers.Embedding(3, 2, input_length=4)
    assert "input_length" not in layer.get_config()


def test_mixed_precision_outputs_compute_dtype():
    layer = layers.Embedding(3, 2, dtype="mixed_float16")
    assert ops.dtype(layer(np.array([[1, 2]]))) == "float16"
    assert layer.embeddings.dtype == "float32"


@pytest.mark.parametrize(
    ("input_dim", "output_dim", "bad"),
    [(0, 3, "input_dim"), (3, -1, "output_dim"), (2.5, 3, "input_dim")],
)
def test_bad_dims_raise(input_dim, output_dim, bad):
    with pytest.raises(ValueError, match=rf"Embedding '.*': {bad} must be a positive integer"):
        layers.Embedding(input_dim, output_dim)


def test_reversible_embedding_tied_reverse_logits_with_soft_cap():
    layer = layers.ReversibleEmbedding(5, 3, logit_soft_cap=2.0)
    layer.build()
    table = np.arange(15, dtype="float32").reshape(5, 3) / 10
    layer.set_weights([table])
    hidden = np.array([[1.0, -1.0, 0.5], [0.2, 0.3, -2.0]], "float32")
    logits = layer(hidden, reverse=True)
    np.testing.assert_allclose(_np(logits), 2 * np.tanh(hidden @ table.T / 2), rtol=1e-5)
    np.testing.assert_allclose(_np(layer(IDS)), table[IDS])
    assert layer.compute_output_shape((None, 7, 3), reverse=True) == (None, 7, 5)
    assert layer.compute_output_shape((None, 7)) == (None, 7, 3)
    assert tuple(layer(keras.Input((7, 3)), reverse=True).shape) == (None, 7, 5)


def test_reversible_embedding_untied_has_its_own_projection():
    layer = layers.ReversibleEmbedding(5, 3, tie_weights=False, mask_zero=True)
    layer.build()
    assert [(w.name, w.shape) for w in layer.weights] == [
        ("embeddings", (5, 3)),
        ("reverse_embeddings", (3, 5)),
    ]
    table, reverse = layer.get_weights()
    hidden = layer(IDS)
    np.testing.assert_allclose(
        _np(layer(hidden, reverse=True)), table[IDS] @ reverse, rtol=1e-5, atol=1e-6
    )
    # Forward ids carry the padding mask; reverse logits carry none.
    np.testing.assert_array_equal(_np(layer.compute_mask(IDS)), IDS != 0)
    assert layer.compute_mask(table[IDS]) is None


def test_reversible_embedding_reverse_dtype():
    layer = layers.ReversibleEmbedding(4, 2, reverse_dtype="float16")
    layer.build()
    assert ops.dtype(layer(np.ones((1, 2), "float32"), reverse=True)) == "float16"


def test_reversible_embedding_config_equals_keras_and_round_trips():
    config = layers.ReversibleEmbedding(10, 4, name="reversible_embedding").get_config()
    assert config == {
        "name": "reversible_embedding",
        "trainable": True,
        "dtype": FLOAT32,
        "input_dim": 10,
        "output_dim": 4,
        "embeddings_initializer": UNIFORM,
        "embeddings_regularizer": None,
        "activity_regularizer": None,
        "embeddings_constraint": None,
        "mask_zero": False,
        "quantization_config": None,
        "tie_weights": True,
        "reverse_dtype": None,
        "logit_soft_cap": None,
    }
    layer = layers.ReversibleEmbedding(6, 2, tie_weights=False, logit_soft_cap=30.0)
    clone = layers.ReversibleEmbedding.from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()
    with pytest.raises(ValueError, match=r"logit_soft_cap must be a positive number"):
        layers.ReversibleEmbedding(6, 2, logit_soft_cap=-1.0)
