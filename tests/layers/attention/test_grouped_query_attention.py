"""GroupQueryAttention against a NumPy computation from its own weights (shared key/value
heads, masks, causal, gate), weights and configs as Keras 3.15.1 has them, errors."""

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


QUERY, VALUE = _inputs(2, 3, 4, seed=0), _inputs(2, 5, 6, seed=1)


def _randomized(layer, *shapes, seed=3):
    layer.build(*shapes)
    rng = np.random.default_rng(seed)
    values = [(rng.normal(size=w.shape) * 0.5).astype("float32") for w in layer.weights]
    layer.set_weights(values)
    names = [w.path.split("/")[-2] + "/" + w.name for w in layer.weights]
    return dict(zip(names, values, strict=True))


def _project(x, weights, name):
    return np.einsum("bsm,mhd->bshd", x, weights[f"{name}/kernel"]) + weights.get(
        f"{name}/bias", 0.0
    )


def _reference(weights, query, value, head_dim, groups, mask=None, gate=False):
    q = _project(query, weights, "query") / np.sqrt(head_dim)
    k = np.repeat(_project(value, weights, "key"), groups, axis=2)
    v = np.repeat(_project(value, weights, "value"), groups, axis=2)
    scores = np.einsum("bqhd,bkhd->bhqk", q, k)
    if mask is not None:
        scores = np.where(mask[:, None], scores, -np.inf)
    with np.errstate(invalid="ignore"):  # fully masked rows: zeros
        exp = np.exp(scores - scores.max(-1, keepdims=True))
        probabilities = np.nan_to_num(exp / exp.sum(-1, keepdims=True))
    heads = np.einsum("bhqk,bkhd->bqhd", probabilities, v)
    if gate:
        heads = heads / (1 + np.exp(-_project(query, weights, "gate")))
    out = np.einsum("bqhd,hdm->bqm", heads, weights["attention_output/kernel"])
    return out + weights.get("attention_output/bias", 0.0), probabilities


def test_query_heads_share_key_value_heads():
    layer = layers.GroupQueryAttention(head_dim=3, num_query_heads=4, num_key_value_heads=2)
    weights = _randomized(layer, (None, 3, 4), (None, 5, 6))
    outputs, scores = layer(QUERY, VALUE, return_attention_scores=True)
    expected, probabilities = _reference(weights, QUERY, VALUE, 3, 2)
    assert outputs.shape == (2, 3, 4) and scores.shape == (2, 4, 3, 5)
    np.testing.assert_allclose(_np(scores), probabilities, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(_np(outputs), expected, rtol=1e-5, atol=1e-5)


def test_masks_causal_and_gate():
    layer = layers.GroupQueryAttention(
        head_dim=2, num_query_heads=2, num_key_value_heads=1, use_gate=True, use_bias=False
    )
    weights = _randomized(layer, (None, 3, 4), (None, 5, 6))
    query_mask = np.array([[True, True, False], [True, True, True]])
    value_mask = np.array([[True, True, True, False, False], [True, False, True, True, True]])
    outputs, scores = layer(
        QUERY,
        VALUE,
        query_mask=query_mask,
        value_mask=value_mask,
        use_causal_mask=True,
        return_attention_scores=True,
    )
    allowed = query_mask[:, :, None] & value_mask[:, None, :] & np.tril(np.ones((3, 5), bool))
    expected, probabilities = _reference(weights, QUERY, VALUE, 2, 2, allowed, gate=True)
    np.testing.assert_allclose(_np(scores), probabilities, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(_np(outputs), expected, rtol=1e-5, atol=1e-5)
    np.testing.assert_array_equal(_np(scores)[0, :, 2], np.zeros((2, 5)))


def test_weights_and_parameter_count_like_keras():
    layer = layers.GroupQueryAttention(head_dim=3, num_query_heads=4, num_key_value_heads=2)
    layer.build((None, 3, 4), (None, 5, 6))
    assert [(w.path.split("/")[-2], w.name, w.shape) for w in layer.weights] == [
        ("query", "kernel", (4, 4, 3)),
        ("query", "bias", (4, 3)),
        ("key", "kernel", (6, 2, 3)),
        ("key", "bias", (2, 3)),
        ("value", "kernel", (6, 2, 3)),
        ("value", "bias", (2, 3)),
        ("attention_output", "kernel", (4, 3, 4)),
        ("attention_output", "bias", (4,)),
    ]
    # Keras 3.15.1: 196 parameters.
    assert layer.count_params() == 196


def test_shapes_and_symbolic_calls():
    layer = layers.GroupQueryAttention(head_dim=3, num_query_heads=4, num_key_value_heads=1)
    outputs, scores = layer(keras.Input((3, 4)), keras.Input((5, 6)), return_attention_scores=True)
    assert outputs.shape == (None, 3, 4) and scores.shape == (None, 4, 3, 5)
    assert layer.compute_output_shape((None, 3, 4), (None, 5, 6)) == (None, 3, 4)


def test_default_config_and_name_equal_keras():
    layer = layers.GroupQueryAttention(head_dim=4, num_query_heads=2, num_key_value_heads=1)
    assert layer.name.startswith("grouped_query_attention")
    config = layer.get_config()
    assert config == {
        "name": layer.name,
        "trainable": True,
        "dtype": FLOAT32,
        "head_dim": 4,
        "num_query_heads": 2,
        "num_key_value_heads": 1,
        "use_bias": True,
        "use_gate": False,
        "sliding_window": None,
        "dropout": 0.0,
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
    layer = layers.GroupQueryAttention(2, 4, 2, sliding_window=2, use_gate=True, seed=3)
    weights = _randomized(layer, (None, 3, 4), (None, 5, 6))
    clone = layers.GroupQueryAttention.from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()
    clone.build((None, 3, 4), (None, 5, 6))
    clone.set_weights(list(weights.values()))
    np.testing.assert_allclose(_np(clone(QUERY, VALUE)), _np(layer(QUERY, VALUE)), rtol=1e-6)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"num_query_heads": 3}, r"num_query_heads must be a multiple of num_key_value_heads"),
        ({"head_dim": 0}, r"head_dim must be a positive int"),
        ({"num_key_value_heads": 0}, r"num_key_value_heads must be a positive int"),
        ({"dropout": -0.1}, r"dropout must be a number in \[0, 1\]"),
    ],
)
def test_bad_constructor_arguments(arguments, message):
    arguments = {"head_dim": 2, "num_query_heads": 4, "num_key_value_heads": 2, **arguments}
    with pytest.raises(ValueError, match=r"GroupQueryAttention 'gqa_bad': " + message):
        layers.GroupQueryAttention(name="gqa_bad", **arguments)


def test_inputs_must_be_sequences():
    layer = layers.GroupQueryAttention(2, 2, 1, name="gqa_rank")
    with pytest.raises(
        ValueError,
        match=r"'gqa_rank': query must be \(batch, length, "
        r"features\); received query_shape=\(None, 2, 3, 4\)",
    ):
        layer.build((None, 2, 3, 4), (None, 5, 6))
