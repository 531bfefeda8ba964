"""``GroupQueryAttention``: multi-head attention where groups of query heads share one
key/value head."""

import math

from keras_core import constraints, initializers, ops, regularizers
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers import tracking
from keras_core.layers.activations.softmax import Softmax
from keras_core.layers.attention import _arguments, _masks
from keras_core.layers.layer import Layer, unique_name
from keras_core.layers.regularization.dropout import Dropout


class GroupQueryAttention(Layer):
    """Grouped-query attention (Ainslie et al., 2023): ``num_query_heads`` query heads and
    ``num_key_value_heads`` key/value heads, each key/value head serving
    ``num_query_heads // num_key_value_heads`` query heads. With as many key/value heads as
    query heads it is multi-head attention; with one, multi-query attention.

    The projections are ``EinsumDense`` sublayers ``query`` (kernel ``(features,
    num_query_heads, head_dim)``), ``key`` and ``value`` (``(features,
    num_key_value_heads, head_dim)``), an optional ``gate`` and ``attention_output``
    (``(num_query_heads, head_dim, features)``), as in Keras. Inputs are
    ``(batch, length, features)``.

    Args:
        head_dim: Size of each attention head.
        num_query_heads: Number of query heads.
        num_key_value_heads: Number of key/value heads; must divide ``num_query_heads``.
        dropout: Fraction of the attention weights dropped in training.
        use_bias: Whether the projections have biases.
        sliding_window: If set, position ``i`` attends only to positions ``j`` with
            ``|i - j| < sliding_window``.
        flash_attention: ``True`` computes attention with ``ops.dot_product_attention``'s
            fused kernel (no dropout, no returned scores); ``None``/``False`` with einsums.
        kernel_initializer, bias_initializer: Initializers of the projections.
        kernel_regularizer, bias_regularizer: Regularizers of the projections.
        activity_regularizer: Regularizer of the output.
        kernel_constraint, bias_constraint: Constraints of the projections.
        use_gate: Whether to multiply the heads' outputs by ``sigmoid`` of a gate
            projection of the query before the output projection.
        seed: Seed of the dropout.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Call arguments are those of ``MultiHeadAttention``; the returned scores are
    ``(batch, num_query_heads, Tq, Tv)``.

    Example:
        >>> layer = keras_core.layers.GroupQueryAttention(8, num_query_heads=4,
        ...                                              num_key_value_heads=2)
        >>> x = keras_core.ops.ones((2, 10, 16))
        >>> layer(x, x).shape
        (2, 10, 16)
    """

    def __init__(
        self,
        head_dim,
        num_query_heads,
        num_key_value_heads,
        dropout=0.0,
        use_bias=True,
        sliding_window=None,
        flash_attention=None,
        kernel_initializer="glorot_uniform",
        bias_initializer="zeros",
        kernel_regularizer=None,
        bias_regularizer=None,
        activity_regularizer=None,
        kernel_constraint=None,
        bias_constraint=None,
        use_gate=False,
        seed=None,
        **kwargs,
    ):
        # Keras's class is GroupedQueryAttention, so that is its automatic name.
        if kwargs.get("name") is None:
            kwargs["name"] = unique_name("grouped_query_attention")
        super().__init__(activity_regularizer=activity_regularizer, **kwargs)
        self.supports_masking = True
        self.head_dim = _arguments.positive_int(self, "head_dim", head_dim)
        self.num_query_heads = _arguments.positive_int(self, "num_query_heads", num_query_heads)
        self.num_key_value_heads = _arguments.positive_int(
            self, "num_key_value_heads", num_key_value_heads
        )
        if num_query_heads % num_key_value_heads:
            raise ValueError(
                f"GroupQueryAttention '{self.name}': num_query_heads must be a multiple of "
                f"num_key_value_heads; received num_query_heads={num_query_heads}, "
                f"num_key_value_heads={num_key_value_heads}"
            )
        self.num_repeats = num_query_heads // num_key_value_heads
        _arguments.check_dropout(self, dropout)
        self.dropout = dropout
        self.use_bias = use_bias
        self.sliding_window = _arguments.check_sliding_window(self, sliding_window)
        self._flash_attention = _arguments.check_flash_attention(self, flash_attention, dropout)
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        self.kernel_regularizer = regularizers.get(kernel_regularizer)
        self.bias_regularizer = regularizers.get(bias_regularizer)
        self.kernel_constraint = constraints.get(kernel_constraint)
        self.bias_constraint = constraints.get(bias_constraint)
        self.use_gate = use_gate
        self.seed = seed
        self._inverse_sqrt_head_dim = 1.0 / math.sqrt(head_dim)
        self._query_dense = self._key_dense = self._value_dense = None
        self._gate_dense = self._output_dense = None

    def build(self, query_shape, value_shape, key_shape=None):
        key_shape = value_shape if key_shape is None else key_shape
        for name, shape in (("query", query_shape), ("value", value_shape), ("key", key_shape)):
            if len(shape) != 3:
                raise ValueError(
                    f"GroupQueryAttention '{self.name}': {name} must be (batch, length, "
                    f"features); received {name}_shape={tuple(shape)}"
                )
        query_heads = (None, self.num_query_heads, self.head_dim)
        key_value_heads = (None, self.num_key_value_heads, self.head_dim)
        # Sublayers are registered in Keras's order, which is the order of the weights.
        self._query_dense = self._sublayer("bqm,muh->bquh", query_heads, "uh", "query")
        self._query_dense.build(query_shape)
        self._key_dense = self._sublayer("bkm,mvh->bkvh", key_value_heads, "vh", "key")
        self._key_dense.build(key_shape)
        if self.use_gate:
            self._gate_dense = self._sublayer("bqm,muh->bquh", query_heads, "uh", "gate")
            self._gate_dense.build(query_shape)
        self._value_dense = self._sublayer("bkm,mvh->bkvh", key_value_heads, "vh", "value")
        self._value_dense.build(value_shape)
        self._softmax = tracking.track(self, Softmax(axis=-1, dtype=self.dtype_policy))
        self._dropout_layer = tracking.track(
            self, Dropout(rate=self.dropout, seed=self.seed, dtype=self.dtype_policy)
        )
        self._output_dense = self._sublayer(
            "bquh,uhm->bqm", (None, query_shape[-1]), "m", "attention_output"
        )
        self._output_dense.build((None, None, self.num_query_heads, self.head_dim))
        self.built = True

    def _sublayer(self, equation, output_shape, bias_axes, name):
        bias_axes = bias_axes if self.use_bias else None
        return _arguments.projection(self, equation, output_shape, bias_axes, name)

    def call(
        self,
        query,
        value,
        key=None,
        query_mask=None,
        value_mask=None,
        key_mask=None,
        attention_mask=None,
        return_attention_scores=False,
        training=None,
        use_causal_mask=False,
    ):
        if key is None:
            key = value
        _arguments.check_scores_request(self, return_attention_scores)
        attention_mask = _masks.combined_mask(
            query,
            value,
            key,
            query_mask,
            value_mask,
            key_mask,
            attention_mask,
            use_causal_mask,
            self.sliding_window,
        )
        if attention_mask is not None:
            # (batch, Tq, Tv) -> (batch, 1, Tq, Tv): the same mask for every head.
            for _ in range(4 - len(ops.shape(attention_mask))):
                attention_mask = ops.expand_dims(attention_mask, -3)
        query_heads = self._query_dense(query)
        key_heads = self._key_dense(key)
        value_heads = self._value_dense(value)
        if self._flash_attention:
            # The fused kernel shares key/value heads between query-head groups itself.
            outputs = ops.dot_product_attention(
                query_heads,
                key_heads,
                value_heads,
                mask=attention_mask,
                scale=self._inverse_sqrt_head_dim,
                flash_attention=True,
            )
            scores = None
        else:
            key_heads = ops.repeat(key_heads, self.num_repeats, axis=2)
            value_heads = ops.repeat(value_heads, self.num_repeats, axis=2)
            outputs, scores = self._compute_attention(
                query_heads, key_heads, value_heads, attention_mask, training
            )
        if self._gate_dense is not None:
            outputs = outputs * ops.sigmoid(self._gate_dense(query))
        outputs = self._output_dense(outputs)
        if return_attention_scores:
            return outputs, scores
        return outputs

    def _compute_attention(self, query, key, value, attention_mask, training):
        query = query * self._inverse_sqrt_head_dim
        scores = ops.einsum("bquh,bkuh->buqk", query, key)
        weights, dropped = _masks.softmax_and_dropout(self, scores, attention_mask, training)
        return ops.einsum("buqk,bkuh->bquh", dropped, value), weights

    def compute_output_shape(self, query_shape, value_shape, key_shape=None):
        key_shape = value_shape if key_shape is None else key_shape
        _arguments.check_key_shape(self, value_shape, key_shape)
        return tuple(query_shape)

    def compute_output_spec(
        self,
        query,
        value,
        key=None,
        query_mask=None,
        value_mask=None,
        key_mask=None,
        attention_mask=None,
        return_attention_scores=False,
        training=None,
        use_causal_mask=False,
    ):
        key_shape = None if key is None else key.shape
        outputs = KerasTensor(
            self.compute_output_shape(query.shape, value.shape, key_shape), self.compute_dtype
        )
        if not return_attention_scores:
            return outputs
        scores_shape = (query.shape[0], self.num_query_heads, query.shape[1], value.shape[1])
        return outputs, KerasTensor(scores_shape, self.compute_dtype)

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            {
                "head_dim": self.head_dim,
                "num_query_heads": self.num_query_heads,
                "num_key_value_heads": self.num_key_value_heads,
                "use_bias": self.use_bias,
                "use_gate": self.use_gate,
                "sliding_window": self.sliding_window,
                "dropout": self.dropout,
                **_arguments.weights_config(self),
                "seed": self.seed,
            }
        )
        return config
