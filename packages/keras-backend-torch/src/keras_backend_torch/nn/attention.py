"""Scaled dot-product attention on torch.Tensor, through the fused SDPA kernels."""

import torch
from torch.nn import functional

from keras_backend_torch.core import convert_to_tensor, to_torch_dtype
from keras_core.backend.dtypes import result_type
from keras_core.backend.settings import floatx

_FLOATS = ("bfloat16", "float16", "float32", "float64")


def _with_heads_axis(extra):
    """A ``(batch, target, source)`` bias or mask of single-head attention, with a heads axis."""
    if extra is None:
        return None
    extra = convert_to_tensor(extra)
    return extra[:, None] if extra.ndim == 3 else extra


def _allowed(mask, is_causal, target, source, device):
    allowed = torch.ones((target, source), dtype=torch.bool, device=device)
    if is_causal:
        allowed = torch.tril(allowed)
    return allowed if mask is None else allowed & mask.to(torch.bool)


def _explicit(query, key, value, bias, mask, scale, is_causal, cap):
    logits = torch.einsum("bnth,bnsh->bnts", query, key) * scale
    if bias is not None:
        logits = logits + bias
    if cap is not None:
        logits = cap * torch.tanh(logits / cap)
    allowed = _allowed(mask, is_causal, logits.shape[-2], logits.shape[-1], logits.device)
    logits = torch.where(allowed, logits, torch.finfo(logits.dtype).min)
    return torch.einsum("bnts,bnsh->bnth", torch.softmax(logits, dim=-1), value)


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
    name = result_type(query.dtype, key.dtype, value.dtype)
    dtype = to_torch_dtype(name if name in _FLOATS else floatx())
    one_head = query.ndim == 3
    if one_head:
        query, key, value = (t[:, :, None] for t in (query, key, value))
        bias, mask = _with_heads_axis(bias), _with_heads_axis(mask)
    # SDPA works on (batch, heads, length, head_dim).
    query, key, value = (t.to(dtype).transpose(1, 2) for t in (query, key, value))
    groups = query.shape[1] // key.shape[1]
    if bias is not None:
        bias = convert_to_tensor(bias).to(dtype)
    if mask is not None:
        mask = convert_to_tensor(mask)
    scale = 1 / query.shape[-1] ** 0.5 if scale is None else scale
    if flash_attention is False or attn_logits_soft_cap is not None:
        key, value = key.repeat_interleave(groups, 1), value.repeat_interleave(groups, 1)
        out = _explicit(query, key, value, bias, mask, scale, is_causal, attn_logits_soft_cap)
    else:
        attn_mask = None
        if bias is not None or mask is not None:
            # SDPA takes one additive mask; causality and the boolean mask become a finite
            # floor, so that a query that may attend to nothing averages uniformly.
            allowed = _allowed(mask, is_causal, query.shape[2], key.shape[2], query.device)
            logits = bias if bias is not None else torch.zeros((), dtype=dtype, device=query.device)
            attn_mask = torch.where(allowed, logits, torch.finfo(dtype).min)
        out = functional.scaled_dot_product_attention(
            query,
            key,
            value,
            attn_mask=attn_mask,
            is_causal=is_causal and attn_mask is None,
            scale=scale,
            enable_gqa=groups > 1,
        )
    out = out.transpose(1, 2)
    return out[:, :, 0] if one_head else out
