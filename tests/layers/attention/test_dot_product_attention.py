"""Attention and AdditiveAttention: scores, masks, causal masking and dropout against NumPy;
shapes, weights and configs as Keras 3.15.1 writes them; errors."""

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


def _inputs(*shape, seed=0):
    return np.random.default_rng(seed).normal(size=shape).astype("float32")


def _softmax(scores):
    exp = np.exp(scores - scores.max(-1, keepdims=True))
    return exp / exp.sum(-1, keepdims=True)


QUERY, VALUE, KEY = _inputs(2, 3, 4, seed=0), _inputs(2, 5, 4, seed=1), _inputs(2, 5, 4, seed=2)
QUERY_MASK = np.array([[True, True, False], [True, False, True]])
VALUE_MASK = np.array([[True, True, True, False, False], [True, False, True, False, True]])


def _dot_scores(query, key, scale=1.0):
    return scale * query @ key.transpose(0, 2, 1)


# Attention ------------------------------------------------------------------------------


def test_dot_attention_is_softmax_of_query_key_products_times_value():
    layer = layers.Attention()
    outputs, scores = layer([QUERY, VALUE, KEY], return_attention_scores=True)
    weights = _softmax(_dot_scores(QUERY, KEY))
    np.testing.assert_allclose(_np(scores), weights, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(_np(outputs), weights @ VALUE, rtol=1e-5, atol=1e-5)
    # Without a key, the value is the key.
    np.testing.assert_allclose(
        _np(layer([QUERY, VALUE])),
        _softmax(_dot_scores(QUERY, VALUE)) @ VALUE,
        rtol=1e-5,
        atol=1e-5,
    )


def test_learned_scale_multiplies_dot_scores():
    layer = layers.Attention(use_scale=True)
    layer.build([(None, 3, 4), (None, 5, 4)])
    assert [(w.name, w.shape) for w in layer.weights] == [("scale", ())]
    layer.set_weights([np.array(0.7, "float32")])
    expected = _softmax(_dot_scores(QUERY, KEY, 0.7)) @ VALUE
    np.testing.assert_allclose(_np(layer([QUERY, VALUE, KEY])), expected, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("use_scale", [False, True])
def test_concat_scores(use_scale):
    layer = layers.Attention(score_mode="concat", use_scale=use_scale)
    layer.build([(None, 3, 4), (None, 5, 4)])
    names = ["scale", "concat_score_weight"] if use_scale else ["concat_score_weight"]
    assert [w.name for w in layer.weights] == names
    values = [np.array(0.6, "float32"), np.array(1.3, "float32")][-len(names) :]
    layer.set_weights(values)
    scale = 0.6 if use_scale else 1.0
    pairs = scale * (QUERY[:, :, None, :] + KEY[:, None, :, :])
    scores = 1.3 * np.tanh(pairs).sum(-1)
    np.testing.assert_allclose(
        _np(layer([QUERY, VALUE, KEY])), _softmax(scores) @ VALUE, rtol=1e-5, atol=1e-5
    )


def test_value_mask_excludes_positions_and_query_mask_zeroes_outputs():
    layer = layers.Attention()
    outputs, scores = layer(
        [QUERY, VALUE, KEY], mask=[QUERY_MASK, VALUE_MASK], return_attention_scores=True
    )
    logits = np.where(VALUE_MASK[:, None, :], _dot_scores(QUERY, KEY), -np.inf)
    weights = _softmax(logits)
    np.testing.assert_allclose(_np(scores), weights, rtol=1e-5, atol=1e-6)
    expected = (weights @ VALUE) * QUERY_MASK[..., None]
    np.testing.assert_allclose(_np(outputs), expected, rtol=1e-5, atol=1e-5)
    assert layer.compute_mask([QUERY, VALUE], [QUERY_MASK, VALUE_MASK]) is QUERY_MASK
    assert layer.compute_mask([QUERY, VALUE], None) is None


def test_causal_mask_hides_later_positions():
    layer = layers.Attention()
    _, scores = layer([QUERY, VALUE, KEY], use_causal_mask=True, return_attention_scores=True)
    causal = np.tril(np.ones((3, 5), bool))
    expected = _softmax(np.where(causal, _dot_scores(QUERY, KEY), -np.inf))
    np.testing.assert_allclose(_np(scores), expected, rtol=1e-5, atol=1e-6)
    assert _np(scores)[0, 0, 0] == pytest.approx(1.0)


def test_a_query_that_may_attend_nowhere_averages_uniformly():
    # Keras masks with a large negative logit, so a fully masked row is uniform.
    layer = layers.Attention()
    mask = np.zeros((2, 5), bool)
    _, scores = layer([QUERY, VALUE], mask=[None, mask], return_attention_scores=True)
    np.testing.assert_allclose(_np(scores), np.full((2, 3, 5), 0.2), rtol=1e-6)


def test_dropout_applies_to_the_weights_in_training_only():
    layer = layers.Attention(dropout=0.5, seed=3)
    outputs, dropped = layer([QUERY, VALUE, KEY], training=True, return_attention_scores=True)
    weights = _softmax(_dot_scores(QUERY, KEY))
    dropped = _np(dropped)
    kept = dropped != 0
    assert 0 < kept.mean() < 1
    np.testing.assert_allclose(dropped[kept], (weights * 2.0)[kept], rtol=1e-5)
    np.testing.assert_allclose(_np(outputs), dropped @ VALUE, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(
        _np(layer([QUERY, VALUE, KEY])), weights @ VALUE, rtol=1e-5, atol=1e-5
    )


def test_shapes_and_symbolic_calls():
    layer = layers.Attention()
    query, value, key = keras.Input((3, 4)), keras.Input((5, 6)), keras.Input((5, 4))
    outputs, scores = layer([query, value, key], return_attention_scores=True)
    assert outputs.shape == (None, 3, 6) and scores.shape == (None, 3, 5)
    assert layer.compute_output_shape([(None, 3, 4), (None, 5, 6)]) == (None, 3, 6)
    assert layer([QUERY, _inputs(2, 5, 6), KEY]).shape == (2, 3, 6)


def test_default_config_equals_keras_and_round_trips():
    layer = layers.Attention(name="att")
    assert layer.get_config() == {
        "name": "att",
        "trainable": True,
        "dtype": FLOAT32,
        "use_scale": False,
        "score_mode": "dot",
        "dropout": 0.0,
        "seed": None,
    }
    custom = layers.Attention(use_scale=True, score_mode="concat", dropout=0.2, seed=4)
    clone = layers.Attention.from_config(custom.get_config())
    assert clone.get_config() == custom.get_config()
    custom([QUERY, VALUE])
    clone([QUERY, VALUE])
    clone.set_weights([np.array(0.5, "float32"), np.array(2.0, "float32")])
    custom.set_weights(clone.get_weights())
    np.testing.assert_allclose(_np(clone([QUERY, VALUE])), _np(custom([QUERY, VALUE])))


def test_bad_arguments_and_inputs_name_the_layer():
    with pytest.raises(ValueError, match=r"Attention 'att_bad': score_mode must be one of"):
        layers.Attention(score_mode="foo", name="att_bad")
    with pytest.raises(ValueError, match=r"dropout must be a number in \[0, 1\], received 2"):
        layers.Attention(dropout=2)
    layer = layers.Attention(name="att_in")
    with pytest.raises(ValueError, match=r"'att_in' must be called on a list.*\(2, 3, 4\)"):
        layer(QUERY)
    with pytest.raises(ValueError, match=r"'att_in' takes a list of 2 or 3 inputs.*received 4"):
        layer([QUERY, VALUE, KEY, KEY])
    with pytest.raises(ValueError, match=r"'att_in': mask must be a list"):
        layer([QUERY, VALUE], mask=VALUE_MASK)


# AdditiveAttention ----------------------------------------------------------------------


def test_additive_scores_sum_scaled_tanh_of_query_plus_key():
    layer = layers.AdditiveAttention()
    layer.build([(None, 3, 4), (None, 5, 4)])
    assert [(w.name, w.shape) for w in layer.weights] == [("scale", (4,))]
    assert layer.count_params() == 4
    scale = np.array([0.1, -0.4, 0.8, 0.3], "float32")
    layer.set_weights([scale])
    outputs, scores = layer(
        [QUERY, VALUE, KEY], mask=[QUERY_MASK, VALUE_MASK], return_attention_scores=True
    )
    logits = (scale * np.tanh(QUERY[:, :, None, :] + KEY[:, None, :, :])).sum(-1)
    weights = _softmax(np.where(VALUE_MASK[:, None, :], logits, -np.inf))
    np.testing.assert_allclose(_np(scores), weights, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(
        _np(outputs), (weights @ VALUE) * QUERY_MASK[..., None], rtol=1e-5, atol=1e-5
    )


def test_additive_without_scale():
    layer = layers.AdditiveAttention(use_scale=False)
    expected = _softmax(np.tanh(QUERY[:, :, None, :] + VALUE[:, None, :, :]).sum(-1)) @ VALUE
    np.testing.assert_allclose(_np(layer([QUERY, VALUE])), expected, rtol=1e-5, atol=1e-5)
    assert layer.weights == []


def test_additive_config_equals_keras_and_round_trips():
    layer = layers.AdditiveAttention(name="add")
    assert layer.get_config() == {
        "name": "add",
        "trainable": True,
        "dtype": FLOAT32,
        "use_scale": True,
        "dropout": 0.0,
        "seed": None,
    }
    clone = layers.AdditiveAttention.from_config(
        layers.AdditiveAttention(use_scale=False, dropout=0.1, seed=2).get_config()
    )
    assert (clone.use_scale, clone.dropout, clone.seed) == (False, 0.1, 2)


def test_additive_needs_a_known_query_size():
    with pytest.raises(ValueError, match=r"AdditiveAttention 'add_bad'.*known size"):
        layers.AdditiveAttention(name="add_bad").build([(None, 3, None), (None, 5, None)])
