"""Scaled dot-product attention on jax.Array, through ``jax.nn.dot_product_attention``."""

import jax
import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor
from keras_core.backend.dtypes import result_type
from keras_core.backend.settings import floatx

_FLOATS = ("bfloat16", "float16", "float32", "float64")


def _with_heads_axis(extra):
    """A ``(batch, target, source)`` bias or mask of single-head attention, with a heads axis."""
    if extra is None:
        return None
    extra = convert_to_tensor(extra)
    return extra[:, None] if extra.ndim == 3 else extra


def _soft_capped(query, key, value, bias, mask, scale, is_causal, cap):
    groups = query.shape[2] // key.shape[2]
    key, value = jnp.repeat(key, groups, axis=2), jnp.repeat(value, groups, axis=2)
    logits = jnp.einsum("btnh,bsnh->bnts", query, key) * scale
    if bias is not None:
        logits = logits + bias.astype(logits.dtype)
    logits = cap * jnp.tanh(logits / cap)
    allowed = jnp.ones(logits.shape, bool)
    if mask is not None:
        allowed = allowed & mask.astype(bool)
    if is_causal:
        allowed = allowed & jnp.tril(jnp.ones(logits.shape[-2:], bool))
    logits = jnp.where(allowed, logits, jnp.finfo(logits.dtype).min)
    return jnp.einsum("bnts,bsnh->btnh", jax.nn.softmax(logits, axis=-1), value)


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
    dtype = dtype if dtype in _FLOATS else floatx()
    query, key, value = (t.astype(dtype) for t in (query, key, value))
    one_head = query.ndim == 3
    if one_head:
        query, key, value = (t[:, :, None] for t in (query, key, value))
        bias, mask = _with_heads_axis(bias), _with_heads_axis(mask)
    if bias is not None:
        bias = convert_to_tensor(bias).astype(dtype)
    if mask is not None:
        mask = convert_to_tensor(mask).astype(bool)
    scale = 1 / query.shape[-1] ** 0.5 if scale is None else scale
    if attn_logits_soft_cap is not None:
        out = _soft_capped(query, key, value, bias, mask, scale, is_causal, attn_logits_soft_cap)
    else:
        out = jax.nn.dot_product_attention(
            query,
            key,
            value,
            bias=bias,
            mask=mask,
            scale=scale,
            is_causal=is_causal,
            implementation="cudnn" if flash_attention else None,
        )
    return out[:, :, 0] if one_head else out
