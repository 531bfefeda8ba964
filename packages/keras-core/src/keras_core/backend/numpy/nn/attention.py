"""Scaled dot-product attention on NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import result_type
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype
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
    dtype = result_type(query.dtype, key.dtype, value.dtype)
    dtype = to_numpy_dtype(dtype if dtype in _FLOATS else floatx())
    one_head = query.ndim == 3
    if one_head:
        query, key, value = (t[:, :, None] for t in (query, key, value))
    # Grouped-query attention: each key/value head serves heads // key_heads query heads.
    groups = query.shape[2] // key.shape[2]
    key, value = np.repeat(key, groups, axis=2), np.repeat(value, groups, axis=2)
    scale = 1 / np.sqrt(query.shape[-1]) if scale is None else scale
    wide = np.float32 if dtype.itemsize < 4 else dtype
    logits = np.einsum("btnh,bsnh->bnts", query.astype(wide), key.astype(wide)) * scale
    if one_head:
        logits = logits[:, 0]
    if bias is not None:
        logits = logits + np.asarray(bias, wide)
    if attn_logits_soft_cap is not None:
        logits = attn_logits_soft_cap * np.tanh(logits / attn_logits_soft_cap)
    allowed = np.ones(logits.shape, bool)
    if mask is not None:
        allowed &= np.asarray(mask, bool)
    if is_causal:
        allowed &= np.tril(np.ones(logits.shape[-2:], bool))
    # A finite floor (not -inf) makes a query that may attend to nothing average uniformly.
    logits = np.where(allowed, logits, np.finfo(wide).min)
    weights = np.exp(logits - logits.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    if one_head:
        weights = weights[:, None]
    out = np.einsum("bnts,bsnh->btnh", weights, value.astype(wide))
    return (out[:, :, 0] if one_head else out).astype(dtype)
