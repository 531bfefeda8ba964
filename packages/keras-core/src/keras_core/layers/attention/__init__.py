"""Attention layers: dot-product, additive, multi-head and grouped-query attention."""

from keras_core.layers.attention.additive_attention import AdditiveAttention
from keras_core.layers.attention.attention import Attention
from keras_core.layers.attention.grouped_query_attention import GroupQueryAttention
from keras_core.layers.attention.multi_head_attention import MultiHeadAttention

__all__ = ["AdditiveAttention", "Attention", "GroupQueryAttention", "MultiHeadAttention"]
