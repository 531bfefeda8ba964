"""Scaled dot-product attention (``keras_core.ops.nn``)."""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = ["dot_product_attention"]

_impl = table("nn.attention")


def _known_mismatch(a, b):
    return a is not None and b is not None and a != b


def _check_ranks(op, query, key, value):
    shapes = {"query": shape_of(query), "key": shape_of(key), "value": shape_of(value)}
    if (
        any(len(s) not in (3, 4) for s in shapes.values())
        or len(set(map(len, shapes.values()))) > 1
    ):
        raise ValueError(
            f"ops.{op}: query, key and value must all have shape (batch, length, heads, "
            f"head_dim) or (batch, length, head_dim); received {shapes}."
        )
    return shapes


def _attention_rule(op, query, key, value, bias=None, mask=None):
    shapes = _check_ranks(op, query, key, value)
    q, k, v = shapes["query"], shapes["key"], shapes["value"]
    if _known_mismatch(q[-1], k[-1]) or _known_mismatch(k[1], v[1]) or _known_mismatch(q[0], k[0]):
        raise ValueError(
            f"ops.{op}: query and key must share batch and head_dim, and key and value "
            f"their length; received {shapes}."
        )
    if len(q) == 4:
        heads, key_heads = q[2], k[2]
        if _known_mismatch(k[2], v[2]) or (
            None not in (heads, key_heads) and (key_heads == 0 or heads % key_heads)
        ):
            raise ValueError(
                f"ops.{op}: the query heads must be a multiple of the key/value heads, which "
                f"must be equal; received {shapes}."
            )
    scores = (q[0], q[2], q[1], k[1]) if len(q) == 4 else (q[0], q[1], k[1])
    for name, extra in (("bias", bias), ("mask", mask)):
        if extra is not None:
            rules.broadcast_shapes(op, {"scores": scores, name: shape_of(extra)})
    dtype = rules.float_dtype(result_type(dtype_of(query), dtype_of(key), dtype_of(value)))
    return KerasTensor((*q[:-1], v[-1]), dtype)


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
    """``softmax(query @ key^T * scale + bias) @ value``, over attention heads.

    Args:
        query: ``(batch, target_length, heads, head_dim)`` (or without the heads axis).
        key, value: ``(batch, source_length, key_heads, head_dim)``; ``heads`` must be a
            multiple of ``key_heads`` (grouped-query attention).
        bias: Added to the logits; broadcasts to ``(batch, heads, target, source)``.
        mask: Boolean, ``True`` where attending is allowed; broadcasts like ``bias``.
        scale: Logit scale; ``None`` means ``1 / sqrt(head_dim)``.
        is_causal: Whether position ``i`` attends only to source positions ``<= i``.
        flash_attention: ``None`` uses the framework's fused kernel where it has one,
            ``False`` never does, ``True`` asks for it.
        attn_logits_soft_cap: If set, logits become ``cap * tanh(logits / cap)``.

    Returns:
        ``(batch, target_length, heads, head_dim)`` (the shape of ``query``). A query that
        may attend to nothing averages ``value`` uniformly.

    Example:
        >>> out = keras_core.ops.dot_product_attention(q, k, v, is_causal=True)
    """
    # Frameworks would broadcast inputs of different ranks.
    _check_ranks("dot_product_attention", query, key, value)
    try:
        return _impl.dot_product_attention(
            query,
            key,
            value,
            bias=bias,
            mask=mask,
            scale=scale,
            is_causal=is_causal,
            flash_attention=flash_attention,
            attn_logits_soft_cap=attn_logits_soft_cap,
        )
    except Exception as error:
        return recover(
            error, _attention_rule, "dot_product_attention", query, key, value, bias, mask
        )
