"""MultiHeadAttention against a NumPy computation from its own weights (masks, causal,
sliding window, gate, several attention axes), weights and configs as Keras 3.15.1 has
them, errors."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import layers, ops

GLOROT = {
    "module": "keras.initializers",
    "class_name": "GlorotUniform",
    "config": {"seed": None, "input_axes": None, "output_axes": None},
    "registered_name": None,
}
ZEROS = {
    "module": "keras.initializers",
    "class_name": "Zeros",
    "config": {},
    "registered_name": None,
}
FLOAT32 = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}


def _np(x):
    return ops.convert_to_numpy(x)


def _inputs(*shape, seed=0):
    return np.random.default_rng(seed).normal(size=shape).astype("float32")


QUERY, VALUE, KEY = _inputs(2, 3, 4, seed=0), _inputs(2, 5, 6, seed=1), _inputs(2, 5, 7, seed=2)
VALUE_MASK = np.array([[True, True, True, False, False], [True, False, True, False, True]])


def _randomized(layer, *shapes, seed=3):
    """The layer built on ``shapes`` with random weights; returns them by sublayer/name."""
    layer.build(*shapes)
    rng = np.random.default_rng(seed)
    values = [(rng.normal(size=w.shape) * 0.5).astype("float32") for w in layer.weights]
    layer.set_weights(values)
    names = [w.path.split("/")[-2] + "/" + w.name for w in layer.weights]
    return dict(zip(names, values, strict=True))


def _project(x, weights, name):
    out = np.einsum("...c,cde->...de", x, weights[f"{name}/kernel"])
    return out + weights.get(f"{name}/bias", 0.0)


def _softmax(scores):
    exp = np.exp(scores - scores.max(-1, keepdims=True))
    return exp / exp.sum(-1, keepdims=True)


def _reference(weights, query, value, key=None, mask=None, key_dim=3, gate=False):
    """Multi-head attention over axis 1 of rank-3 inputs: ``(outputs, weights)``."""
    key = value if key is None else key
    q = _project(query, weights, "query") / np.sqrt(key_dim)
    k, v = _project(key, weights, "key"), _project(value, weights, "value")
    scores = np.einsum("bqhd,bkhd->bhqk", q, k)
    if mask is not None:
        scores = np.where(mask[:, None], scores, -np.inf)
    with np.errstate(invalid="ignore"):
        probabilities = np.nan_to_num(_softmax(scores))  # fully masked rows: zeros
    heads = np.einsum("bhqk,bkhd->bqhd", probabilities, v)
    if gate:
        heads = heads / (1 + np.exp(-_project(query, weights, "gate")))
    kernel = weights["attention_output/kernel"]
    out = np.einsum("bqhd,hd...->bq...", heads, kernel)
    return out + weights.get("attention_output/bias", 0.0), probabilities


def test_output_and_scores_match_numpy():
    layer = layers.MultiHeadAttention(num_heads=2, key_dim=3)
    weights = _randomized(layer, (None, 3, 4), (None, 5, 6))
    outputs, scores = layer(QUERY, VALUE, return_attention_scores=True)
    expected, probabilities = _reference(weights, QUERY, VALUE)
    assert outputs.shape == (2, 3, 4) and scores.shape == (2, 2, 3, 5)
    np.testing.assert_allclose(_np(scores), probabilities, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(_np(outputs), expected, rtol=1e-5, atol=1e-5)


def test_separate_key_value_dim_and_output_shape():
    layer = layers.MultiHeadAttention(num_heads=2, key_dim=3, value_dim=5, output_shape=(2, 4))
    weights = _randomized(layer, (None, 3, 4), (None, 5, 6), (None, 5, 7))
    assert weights["value/kernel"].shape == (6, 2, 5)
    assert weights["attention_output/kernel"].shape == (2, 5, 2, 4)
    outputs = layer(QUERY, VALUE, key=KEY)
    assert outputs.shape == (2, 3, 2, 4)
    expected, _ = _reference(weights, QUERY, VALUE, KEY)
    np.testing.assert_allclose(_np(outputs), expected, rtol=1e-5, atol=1e-5)


def test_attention_mask_value_mask_and_causal_mask_combine():
    layer = layers.MultiHeadAttention(num_heads=2, key_dim=3)
    weights = _randomized(layer, (None, 3, 4), (None, 5, 6))
    attention_mask = np.random.default_rng(4).random((2, 3, 5)) > 0.3
    attention_mask[0, 0] = False
    outputs, scores = layer(
        QUERY,
        VALUE,
        value_mask=VALUE_MASK,
        attention_mask=attention_mask,
        use_causal_mask=True,
        return_attention_scores=True,
    )
    allowed = attention_mask & VALUE_MASK[:, None, :] & np.tril(np.ones((3, 5), bool))
    expected, probabilities = _reference(weights, QUERY, VALUE, mask=allowed)
    np.testing.assert_allclose(_np(scores), probabilities, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(_np(outputs), expected, rtol=1e-5, atol=1e-5)
    # A query position that may attend nowhere gets zero weights.
    np.testing.assert_array_equal(_np(scores)[0, :, 0], np.zeros((2, 5)))


def test_query_and_key_masks():
    layer = layers.MultiHeadAttention(num_heads=2, key_dim=3)
    weights = _randomized(layer, (None, 3, 4), (None, 5, 6))
    query_mask = np.array([[True, True, False], [True, True, True]])
    _, scores = layer(
        QUERY, VALUE, query_mask=query_mask, key_mask=VALUE_MASK, return_attention_scores=True
    )
    allowed = query_mask[:, :, None] & VALUE_MASK[:, None, :]
    _, probabilities = _reference(weights, QUERY, VALUE, mask=allowed)
    np.testing.assert_allclose(_np(scores), probabilities, rtol=1e-5, atol=1e-6)


def test_sliding_window_keeps_nearby_positions():
    layer = layers.MultiHeadAttention(num_heads=2, key_dim=3, sliding_window=2)
    weights = _randomized(layer, (None, 4, 4), (None, 4, 4))
    x = _inputs(2, 4, 4, seed=5)
    _, scores = layer(x, x, return_attention_scores=True)
    offsets = np.arange(4)[:, None] - np.arange(4)
    _, probabilities = _reference(weights, x, x, mask=np.broadcast_to(abs(offsets) < 2, (2, 4, 4)))
    np.testing.assert_allclose(_np(scores), probabilities, rtol=1e-5, atol=1e-6)
    _, scores = layer(x, x, use_causal_mask=True, return_attention_scores=True)
    band = (offsets >= 0) & (offsets < 2)
    _, probabilities = _reference(weights, x, x, mask=np.broadcast_to(band, (2, 4, 4)))
    np.testing.assert_allclose(_np(scores), probabilities, rtol=1e-5, atol=1e-6)


def test_gate_multiplies_the_heads_by_a_sigmoid():
    layer = layers.MultiHeadAttention(num_heads=2, key_dim=3, use_gate=True, use_bias=False)
    weights = _randomized(layer, (None, 3, 4), (None, 5, 6))
    assert list(weights) == [
        "query/kernel",
        "key/kernel",
        "gate/kernel",
        "value/kernel",
        "attention_output/kernel",
    ]
    expected, _ = _reference(weights, QUERY, VALUE, gate=True)
    np.testing.assert_allclose(_np(layer(QUERY, VALUE)), expected, rtol=1e-5, atol=1e-5)


def test_attention_over_two_axes_equals_attention_over_their_flattening():
    layer = layers.MultiHeadAttention(num_heads=2, key_dim=3, attention_axes=(1, 2))
    weights = _randomized(layer, (None, 2, 3, 4), (None, 2, 2, 6))
    query, value = _inputs(2, 2, 3, 4, seed=6), _inputs(2, 2, 2, 6, seed=7)
    outputs, scores = layer(query, value, return_attention_scores=True)
    assert scores.shape == (2, 2, 2, 3, 2, 2)
    expected, _ = _reference(weights, query.reshape(2, 6, 4), value.reshape(2, 4, 6))
    np.testing.assert_allclose(_np(outputs), expected.reshape(2, 2, 3, 4), rtol=1e-5, atol=1e-5)
    assert layer.get_config()["attention_axes"] == (1, 2)


def test_dropout_changes_training_outputs_but_not_the_returned_scores():
    layer = layers.MultiHeadAttention(num_heads=2, key_dim=3, dropout=0.5, seed=1)
    weights = _randomized(layer, (None, 3, 4), (None, 5, 6))
    outputs, scores = layer(QUERY, VALUE, training=True, return_attention_scores=True)
    expected, probabilities = _reference(weights, QUERY, VALUE)
    np.testing.assert_allclose(_np(scores), probabilities, rtol=1e-5, atol=1e-6)
    assert np.abs(_np(outputs) - expected).max() > 1e-3
    np.testing.assert_allclose(_np(layer(QUERY, VALUE)), expected, rtol=1e-5, atol=1e-5)
    # The dropout's seed state is part of the layer's state, as in Keras.
    assert len(layer.non_trainable_variables) == 1


def test_flash_attention_matches_the_einsum_path(backend_name):
    if backend_name == "jax":
        pytest.skip("JAX's fused attention kernel needs cuDNN (a GPU)")
    layer = layers.MultiHeadAttention(num_heads=2, key_dim=3, flash_attention=True)
    weights = _randomized(layer, (None, 3, 4), (None, 5, 6))
    outputs = layer(QUERY, VALUE, value_mask=VALUE_MASK)
    expected, _ = _reference(
        weights, QUERY, VALUE, mask=np.broadcast_to(VALUE_MASK[:, None], (2, 3, 5))
    )
    np.testing.assert_allclose(_np(outputs), expected, rtol=1e-5, atol=1e-5)


def test_weights_sublayers_and_parameter_count_like_keras():
    layer = layers.MultiHeadAttention(num_heads=2, key_dim=3)
    layer.build((None, 3, 4), (None, 5, 6))
    assert [(w.path.split("/")[-2], w.name, w.shape) for w in layer.weights] == [
        ("query", "kernel", (4, 2, 3)),
        ("query", "bias", (2, 3)),
        ("key", "kernel", (6, 2, 3)),
        ("key", "bias", (2, 3)),
        ("value", "kernel", (6, 2, 3)),
        ("value", "bias", (2, 3)),
        ("attention_output", "kernel", (2, 3, 4)),
        ("attention_output", "bias", (4,)),
    ]
    # Keras 3.15.1: 142 parameters.
    assert layer.count_params() == 142
    assert [
        layer.query_dense.name,
        layer.key_dense.name,
        layer.value_dense.name,
        layer.output_dense.name,
    ] == ["query", "key", "value", "attention_output"]
    assert layer.query_dense.equation == "abc,cde->abde"
    assert layer.output_dense.equation == "abcd,cde->abe"


def test_shapes_and_symbolic_calls():
    layer = layers.MultiHeadAttention(num_heads=2, key_dim=3, output_shape=8)
    query, value = keras.Input((3, 4)), keras.Input((5, 6))
    outputs, scores = layer(query, value, return_attention_scores=True, use_causal_mask=True)
    assert outputs.shape == (None, 3, 8) and scores.shape == (None, 2, 3, 5)
    assert layer.compute_output_shape((None, 3, 4), (None, 5, 6)) == (None, 3, 8)
    assert layer(QUERY, VALUE).shape == (2, 3, 8)


def test_default_config_equals_keras():
    assert layers.MultiHeadAttention(num_heads=2, key_dim=4, name="mha").get_config() == {
        "name": "mha",
        "trainable": True,
        "dtype": FLOAT32,
        "num_heads": 2,
        "key_dim": 4,
        "value_dim": 4,
        "dropout": 0.0,
        "use_bias": True,
        "use_gate": False,
        "output_shape": None,
        "attention_axes": None,
        "sliding_window": None,
        "kernel_initializer": GLOROT,
        "bias_initializer": ZEROS,
        "kernel_regularizer": None,
        "bias_regularizer": None,
        "activity_regularizer": None,
        "kernel_constraint": None,
        "bias_constraint": None,
        "seed": None,
    }


def test_config_round_trip_gives_the_same_outputs():
    layer = layers.MultiHeadAttention(
        num_heads=2,
        key_dim=3,
        value_dim=2,
        output_shape=[5],
        attention_axes=1,
        kernel_regularizer="l2",
        use_gate=True,
        seed=7,
    )
    weights = _randomized(layer, (None, 3, 4), (None, 5, 6))
    config = layer.get_config()
    assert config["output_shape"] == (5,) and config["attention_axes"] == (1,)
    clone = layers.MultiHeadAttention.from_config(config)
    assert clone.get_config() == config
    clone.build((None, 3, 4), (None, 5, 6))
    clone.set_weights(list(weights.values()))
    np.testing.assert_allclose(_np(clone(QUERY, VALUE)), _np(layer(QUERY, VALUE)), rtol=1e-6)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"num_heads": 0}, r"num_heads must be a positive int, received num_heads=0"),
        ({"key_dim": 2.5}, r"key_dim must be a positive int, received key_dim=2.5"),
        ({"value_dim": 0}, r"value_dim must be a positive int"),
        ({"dropout": 1.5}, r"dropout must be a number in \[0, 1\]"),
        ({"output_shape": "a"}, r"output_shape must be a positive int or a tuple"),
        ({"attention_axes": "a"}, r"attention_axes must be an int or a tuple of ints"),
        ({"sliding_window": 0}, r"sliding_window must be a positive int"),
        ({"flash_attention": True, "dropout": 0.1}, r"flash attention has no dropout"),
    ],
)
def test_bad_constructor_arguments(arguments, message):
    arguments = {"num_heads": 2, "key_dim": 3, **arguments}
    with pytest.raises(ValueError, match=r"MultiHeadAttention 'mha_bad': " + message):
        layers.MultiHeadAttention(name="mha_bad", **arguments)


def test_bad_shapes_name_the_layer():
    layer = layers.MultiHeadAttention(num_heads=2, key_dim=3, name="mha_shapes")
    with pytest.raises(ValueError, match=r"'mha_shapes'.*rank >= 3.*\(None, 4\)"):
        layer.build((None, 4), (None, 6))
    with pytest.raises(
        ValueError,
        match=r"'mha_shapes'.*value and key.*\(None, 5, 6\).*"
        r"\(None, 6, 6\)",
    ):
        layer.compute_output_shape((None, 3, 4), (None, 5, 6), (None, 6, 6))
    with pytest.raises(ValueError, match=r"'mha_shapes'.*attention_axes must be axes"):
        layers.MultiHeadAttention(2, 3, attention_axes=2, name="mha_shapes").build(
            (None, 3, 4), (None, 5, 6)
        )
    flash = layers.MultiHeadAttention(num_heads=2, key_dim=3, flash_attention=True)
    with pytest.raises(ValueError, match=r"return_attention_scores=True needs the"):
        flash(QUERY, VALUE, return_attention_scores=True)
