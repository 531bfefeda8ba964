"""Scaled dot-product attention on tf.Tensor (TensorFlow has no fused kernel)."""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.settings import floatx

_FLOATS = ("bfloat16", "float16", "float32", "float64")


def dot_product_attention(
    query,
    key,
    value,
    bias=None,
    mask=None,
    scale=None,
    is_causal=False,
    flash_attention=None,
    attn_logits_soft_cap=None,
):
    query, key, value = (convert_to_tensor(t) for t in (query, key, value))
    dtype = result_type(*(standardize_dtype(t.dtype) for t in (query, key, value)))
    dtype = dtype if dtype in _FLOATS else floatx()
    query, key, value = (tf.cast(t, dtype) for t in (query, key, value))
    one_head = len(query.shape) == 3
    if one_head:
        query, key, value = (t[:, :, None] for t in (query, key, value))
    groups = query.shape[2] // key.shape[2]
    key, value = tf.repeat(key, groups, axis=2), tf.repeat(value, groups, axis=2)
    scale = 1 / query.shape[-1] ** 0.5 if scale is None else scale
    logits = tf.einsum("btnh,bsnh->bnts", query, key) * tf.cast(scale, dtype)
    if one_head:
        logits = logits[:, 0]
    if bias is not None:
        logits = logits + tf.cast(convert_to_tensor(bias), dtype)
    if attn_logits_soft_cap is not None:
        cap = tf.cast(attn_logits_soft_cap, dtype)
        logits = cap * tf.tanh(logits / cap)
    allowed = tf.ones(tf.shape(logits), tf.bool)
    if mask is not None:
        allowed = allowed & tf.cast(convert_to_tensor(mask), tf.bool)
    if is_causal:
        causal = tf.linalg.band_part(tf.ones(tf.shape(logits)[-2:], tf.bool), -1, 0)
        allowed = allowed & causal
    # A finite floor (not -inf) makes a query that may attend to nothing average uniformly.
    logits = tf.where(allowed, logits, logits.dtype.min)
    weights = tf.nn.softmax(logits, axis=-1)
    if one_head:
        return tf.einsum("bts,bsh->bth", weights, value[:, :, 0])
    return tf.einsum("bnts,bsnh->btnh", weights, value)
