"""``nn.attention``: dot-product attention composed from matmul and softmax."""

import math

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import standardize_dtype

REQUIRED = ()

# Added to the logits of masked positions: finite, so that a query that may attend to
# nothing averages uniformly instead of giving NaN.
_MASKED = -1e9

_core = table("core")
_activation = table("nn.activation")
_unary = table("numpy.unary")
_binary = table("numpy.binary")
_manipulation = table("numpy.manipulation")
_products = table("numpy.products")
_creation = table("numpy.creation")


def _with_heads_axis(x):
    batch, length, depth = _core.shape(x)
    return _manipulation.reshape(x, (batch, length, 1, depth))


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
    query, key, value = (_core.convert_to_tensor(t) for t in (query, key, value))
    one_head = len(_core.shape(query)) == 3
    if one_head:
        query, key, value = (_with_heads_axis(t) for t in (query, key, value))
    groups = _core.shape(query)[2] // _core.shape(key)[2]
    if groups > 1:
        key = _manipulation.repeat(key, groups, axis=2)
        value = _manipulation.repeat(value, groups, axis=2)
    # (batch, heads, length, head_dim) for batched matmuls.
    query, key, value = (_manipulation.transpose(t, (0, 2, 1, 3)) for t in (query, key, value))
    scale = 1 / math.sqrt(_core.shape(query)[-1]) if scale is None else scale
    logits = _binary.multiply(
        _products.matmul(query, _manipulation.transpose(key, (0, 1, 3, 2))), scale
    )
    if one_head:
        logits = _manipulation.squeeze(logits, axis=1)
    if bias is not None:
        logits = _binary.add(logits, bias)
    if attn_logits_soft_cap is not None:
        capped = _unary.tanh(_binary.divide(logits, attn_logits_soft_cap))
        logits = _binary.multiply(capped, attn_logits_soft_cap)
    dtype = standardize_dtype(logits.dtype)
    if mask is not None:
        blocked = _binary.subtract(1.0, _core.cast(mask, dtype))
        logits = _binary.add(logits, _binary.multiply(blocked, _MASKED))
    if is_causal:
        target, source = _core.shape(logits)[-2:]
        causal = _creation.tril(_creation.ones((target, source), dtype=dtype))
        logits = _binary.add(logits, _binary.multiply(_binary.subtract(1.0, causal), _MASKED))
    weights = _activation.softmax(logits, axis=-1)
    if one_head:
        batch, target, source = _core.shape(weights)
        weights = _manipulation.reshape(weights, (batch, 1, target, source))
    out = _manipulation.transpose(_products.matmul(weights, value), (0, 2, 1, 3))
    return _manipulation.squeeze(out, axis=2) if one_head else out
