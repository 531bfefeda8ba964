"""Attention masks: which key positions each query position may attend to.

Masks are booleans, ``True`` where attending is allowed, shaped to broadcast against
``(batch, Tq, Tv)`` scores.
"""

from keras_core import ops
from keras_core.backend.dtypes import standardize_dtype


def large_negative(dtype) -> float:
    """A logit that softmax turns into 0 next to ordinary ones, finite in ``dtype``."""
    return -65504.0 if standardize_dtype(dtype) == "float16" else -1e9


def band_mask(query_length, key_length, causal=False, window=None):
    """``(Tq, Tk)``: ``j <= i`` when ``causal``; ``|i - j| < window`` when ``window``."""
    offsets = ops.expand_dims(ops.arange(query_length), -1) - ops.arange(key_length)
    allowed = None
    if causal:
        allowed = ops.greater_equal(offsets, 0)
    if window is not None:
        near = ops.less(ops.abs(offsets), window)
        allowed = near if allowed is None else ops.logical_and(allowed, near)
    return allowed


def value_mask_and_causal(scores, value_mask, use_causal_mask):
    """``Attention``'s mask: the value mask (``(batch, Tv)``) and, with
    ``use_causal_mask``, ``j <= i``; ``None`` when everything is allowed."""
    allowed = None
    if value_mask is not None:
        allowed = ops.expand_dims(ops.cast(value_mask, "bool"), -2)
    if use_causal_mask:
        shape = ops.shape(scores)
        causal = band_mask(shape[-2], shape[-1], causal=True)
        allowed = causal if allowed is None else ops.logical_and(allowed, causal)
    return allowed


def combined_mask(
    query,
    value,
    key,
    query_mask,
    value_mask,
    key_mask,
    attention_mask,
    use_causal_mask,
    sliding_window,
):
    """The ``(batch, Tq, Tv)``-broadcastable mask of the multi-head attention layers: the
    given ``attention_mask`` and the query, value and key masks (explicit, or attached to
    the inputs by earlier layers), the causal mask and the sliding window; ``None`` when
    everything is allowed. A query position that may attend nowhere gets zero weights."""
    allowed = None
    masks = (
        (_given_or_attached(query_mask, query), -1),
        (_given_or_attached(value_mask, value), -2),
        (_given_or_attached(key_mask, key), -2),
    )
    for mask, axis in masks:
        if mask is not None:
            mask = ops.expand_dims(ops.cast(mask, "bool"), axis)
            allowed = mask if allowed is None else ops.logical_and(allowed, mask)
    if use_causal_mask or sliding_window is not None:
        band = band_mask(ops.shape(query)[1], ops.shape(value)[1], use_causal_mask, sliding_window)
        allowed = band if allowed is None else ops.logical_and(allowed, band)
    if attention_mask is not None:
        attention_mask = ops.cast(attention_mask, "bool")
        allowed = attention_mask if allowed is None else ops.logical_and(attention_mask, allowed)
    return allowed


def _given_or_attached(mask, tensor):
    return getattr(tensor, "_keras_mask", None) if mask is None else mask


def softmax_and_dropout(layer, scores, mask, training):
    """``(weights, dropped)``: the masked softmax of ``scores`` and its dropout, through
    ``layer``'s ``_softmax`` and ``_dropout_layer``."""
    weights = layer._softmax(scores, mask=mask)
    return weights, layer._dropout_layer(weights, training=training)
