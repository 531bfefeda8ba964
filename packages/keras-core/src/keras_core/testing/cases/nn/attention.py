"""Cases for dot-product attention."""

import numpy as np

from keras_core.testing.case import Arr, OpCase


def _attention(query, key, value, bias=None, mask=None, scale=None, is_causal=False, **options):
    """Attention head by head, with loops, in float64."""
    squeeze = query.ndim == 3
    if squeeze:
        query, key, value = query[:, :, None], key[:, :, None], value[:, :, None]
        bias = None if bias is None else bias[:, None]
        mask = None if mask is None else mask[:, None]
    batch, target, heads, depth = query.shape
    source, key_heads = key.shape[1], key.shape[2]
    scale = 1 / np.sqrt(depth) if scale is None else scale
    out = np.zeros((batch, target, heads, value.shape[-1]))
    for b in range(batch):
        for n in range(heads):
            kv = n // (heads // key_heads)
            logits = query[b, :, n].astype(np.float64) @ key[b, :, kv].T.astype(np.float64) * scale
            if bias is not None:
                logits = logits + np.broadcast_to(bias, (batch, heads, target, source))[b, n]
            cap = options.get("attn_logits_soft_cap")
            if cap is not None:
                logits = cap * np.tanh(logits / cap)
            allowed = np.ones((target, source), bool)
            if mask is not None:
                allowed &= np.broadcast_to(mask, (batch, heads, target, source))[b, n]
            if is_causal:
                allowed &= np.tril(np.ones((target, source), bool))
            weights = np.where(allowed, np.exp(logits - logits.max(-1, keepdims=True)), 0.0)
            empty = ~allowed.any(-1)
            weights[empty] = 1.0
            weights /= weights.sum(-1, keepdims=True)
            out[b, :, n] = weights @ value[b, :, kv]
    dtype = np.result_type(query.dtype, key.dtype, value.dtype)
    return (out[:, :, 0] if squeeze else out).astype(dtype)


_Q = Arr((2, 3, 4, 8))
_K = Arr((2, 5, 4, 8))
_V = Arr((2, 5, 4, 8))
_MASK = Arr((2, 1, 3, 5), "bool")

CASES = [
    OpCase("nn.dot_product_attention", (_Q, _K, _V), reference=_attention, rtol=1e-4, atol=1e-5),
    OpCase(
        "nn.dot_product_attention",
        (Arr((2, 4, 4, 8)), Arr((2, 4, 2, 8)), Arr((2, 4, 2, 8))),
        {"is_causal": True},
        reference=_attention,
        name="causal-gqa",
        rtol=1e-4,
        atol=1e-5,
    ),
    OpCase(
        "nn.dot_product_attention",
        (_Q, _K, _V),
        {"bias": Arr((2, 4, 3, 5)), "scale": 0.3},
        reference=_attention,
        name="bias-scale",
        rtol=1e-4,
        atol=1e-5,
    ),
    OpCase(
        "nn.dot_product_attention",
        (_Q, _K, _V),
        {"mask": _MASK, "bias": Arr((1, 4, 1, 5))},
        reference=_attention,
        name="mask-bias",
        rtol=1e-4,
        atol=1e-5,
    ),
    OpCase(
        "nn.dot_product_attention",
        (_Q, _K, _V),
        {"mask": Arr((2, 1, 3, 5), "bool", values=np.zeros((2, 1, 3, 5), bool))},
        reference=_attention,
        name="all-masked",
        rtol=1e-4,
        atol=1e-5,
    ),
    OpCase(
        "nn.dot_product_attention",
        (_Q, _K, _V),
        {"attn_logits_soft_cap": 1.5, "is_causal": True},
        reference=_attention,
        name="soft-cap",
        rtol=1e-4,
        atol=1e-5,
    ),
    OpCase(
        "nn.dot_product_attention",
        (_Q, _K, _V),
        {"flash_attention": False, "mask": _MASK},
        reference=_attention,
        name="unfused",
        rtol=1e-4,
        atol=1e-5,
    ),
    OpCase(
        "nn.dot_product_attention",
        (Arr((2, 3, 8)), Arr((2, 5, 8)), Arr((2, 5, 8))),
        {"is_causal": True},
        reference=_attention,
        name="no-heads-axis",
        rtol=1e-4,
        atol=1e-5,
    ),
    OpCase(
        "nn.dot_product_attention",
        (Arr((1, 3, 2, 8), "float16"), Arr((1, 5, 2, 8), "float16"), Arr((1, 5, 2, 8), "float16")),
        reference=_attention,
        name="float16",
    ),
]
