"""``MultiHeadAttention``: scaled dot-product attention over several learned projections."""

import math
import string

from keras_core import constraints, initializers, ops, regularizers
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers import tracking
from keras_core.layers.activations.softmax import Softmax
from keras_core.layers.attention import _arguments, _masks
from keras_core.layers.layer import Layer
from keras_core.layers.regularization.dropout import Dropout


class MultiHeadAttention(Layer):
    """Multi-head attention (Vaswani et al., 2017): ``query``, ``key`` and ``value`` are
    projected to ``num_heads`` heads, each head computes
    ``softmax(query @ key^T / sqrt(key_dim)) @ value``, and the heads are projected back
    to the query's feature size (or ``output_shape``).

    The projections are ``EinsumDense`` sublayers named ``query``, ``key``, ``value`` (and
    ``gate``) with kernels ``(features, num_heads, key_dim)`` and the output projection
    ``attention_output`` with kernel ``(num_heads, value_dim, *output_shape)``, as in Keras.

    Args:
        num_heads: Number of attention heads.
        key_dim: Size of each head of the query and key projections.
        value_dim: Size of each head of the value projection; ``key_dim`` by default.
        dropout: Fraction of the attention weights dropped in training.
        use_bias: Whether the projections have biases.
        output_shape: Size (int or tuple) of the output's trailing axes; the query's
            feature size by default.
        attention_axes: The query/key axes attention runs over (not the batch or feature
            axis); by default every axis between them (the sequence axis).
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

    Call arguments:
        query: ``(batch, Tq, dim)``. value: ``(batch, Tv, dim)``. key: like ``value``
            (``value`` by default).
        query_mask, value_mask, key_mask: Boolean ``(batch, Tq)`` / ``(batch, Tv)`` masks;
            masks attached to the inputs by earlier layers are used when these are ``None``.
        attention_mask: Boolean ``(batch, Tq, Tv)``: ``True`` where attending is allowed.
        return_attention_scores: Also return the ``(batch, num_heads, Tq, Tv)`` weights.
        training: Whether dropout is applied.
        use_causal_mask: Whether position ``i`` only attends to positions ``<= i``.

    Example:
        >>> layer = keras_core.layers.MultiHeadAttention(num_heads=2, key_dim=8)
        >>> x = keras_core.ops.ones((4, 10, 16))
        >>> layer(x, x).shape
        (4, 10, 16)
    """

    def __init__(
        self,
        num_heads,
        key_dim,
        value_dim=None,
        dropout=0.0,
        use_bias=True,
        output_shape=None,
        attention_axes=None,
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
        super().__init__(activity_regularizer=activity_regularizer, **kwargs)
        self.supports_masking = True
        self._num_heads = _arguments.positive_int(self, "num_heads", num_heads)
        self._key_dim = _arguments.positive_int(self, "key_dim", key_dim)
        self._value_dim = (
            self._key_dim
            if value_dim is None
            else _arguments.positive_int(self, "value_dim", value_dim)
        )
        _arguments.check_dropout(self, dropout)
        self._dropout = dropout
        self._use_bias = use_bias
        self._output_shape = _output_shape(self, output_shape)
        self._attention_axes = _attention_axes(self, attention_axes)
        self._sliding_window = _arguments.check_sliding_window(self, sliding_window)
        self._flash_attention = _arguments.check_flash_attention(self, flash_attention, dropout)
        self._kernel_initializer = initializers.get(kernel_initializer)
        self._bias_initializer = initializers.get(bias_initializer)
        self._kernel_regularizer = regularizers.get(kernel_regularizer)
        self._bias_regularizer = regularizers.get(bias_regularizer)
        self._kernel_constraint = constraints.get(kernel_constraint)
        self._bias_constraint = constraints.get(bias_constraint)
        self._use_gate = use_gate
        self.seed = seed
        self._inverse_sqrt_key_dim = 1.0 / math.sqrt(self._key_dim)
        self._query_dense = self._key_dense = self._value_dense = None
        self._gate_dense = self._output_dense = None

    @property
    def num_heads(self):
        return self._num_heads

    @property
    def key_dim(self):
        return self._key_dim

    @property
    def value_dim(self):
        return self._value_dim

    @property
    def dropout(self):
        return self._dropout

    @property
    def use_bias(self):
        return self._use_bias

    @property
    def attention_axes(self):
        return self._attention_axes

    @property
    def query_dense(self):
        return self._query_dense

    @property
    def key_dense(self):
        return self._key_dense

    @property
    def value_dense(self):
        return self._value_dense

    @property
    def output_dense(self):
        return self._output_dense

    # Building -----------------------------------------------------------------------

    def build(self, query_shape, value_shape, key_shape=None):
        key_shape = value_shape if key_shape is None else key_shape
        self._check_shapes(query_shape, value_shape, key_shape)
        rank = len(query_shape)
        self._attention_axes = _resolved_attention_axes(self, self._attention_axes, rank)
        heads = self._num_heads
        projection = _projection_equation(rank)
        key_heads = (None,) * (rank - 2) + (heads, self._key_dim)
        value_heads = (None,) * (rank - 2) + (heads, self._value_dim)
        # Sublayers are registered in Keras's order, which is the order of the weights.
        self._query_dense = self._sublayer(projection, key_heads, "query")
        self._query_dense.build(query_shape)
        self._key_dense = self._sublayer(projection, key_heads, "key")
        self._key_dense.build(key_shape)
        if self._use_gate:
            self._gate_dense = self._sublayer(projection, value_heads, "gate")
            self._gate_dense.build(query_shape)
        self._value_dense = self._sublayer(projection, value_heads, "value")
        self._value_dense.build(value_shape)
        self._dot_product_equation, self._combine_equation, scores_rank = _attention_equations(
            rank + 1, self._attention_axes
        )
        normalized_axes = tuple(range(scores_rank - len(self._attention_axes), scores_rank))
        self._softmax = tracking.track(self, Softmax(axis=normalized_axes, dtype=self.dtype_policy))
        self._dropout_layer = tracking.track(
            self, Dropout(rate=self._dropout, seed=self.seed, dtype=self.dtype_policy)
        )
        output_shape = self._output_shape or (query_shape[-1],)
        self._output_dense = self._sublayer(
            _output_equation(rank, len(output_shape)),
            (None,) * (rank - 2) + tuple(output_shape),
            "attention_output",
        )
        self._output_dense.build((*query_shape[:-1], heads, self._value_dim))
        # Masks are (batch, Tq, Tv); the scores have the head axes in front of Tq.
        self._mask_expansion_axis = -2 * len(self._attention_axes) - 1
        self._scores_rank = scores_rank
        self.built = True

    def _check_shapes(self, query_shape, value_shape, key_shape):
        rank = len(query_shape)
        if rank < 3:
            raise ValueError(
                f"MultiHeadAttention '{self.name}': query must have a batch, at least one "
                f"attention axis and a feature axis (rank >= 3); received "
                f"query_shape={tuple(query_shape)}"
            )
        if len(value_shape) != rank:
            raise ValueError(
                f"MultiHeadAttention '{self.name}': value must have the rank of the query "
                f"({rank}); received query_shape={tuple(query_shape)}, "
                f"value_shape={tuple(value_shape)}"
            )
        _arguments.check_key_shape(self, value_shape, key_shape)

    def _sublayer(self, equation, output_shape, name):
        bias_axes = _bias_axes(equation) if self._use_bias else None
        return _arguments.projection(self, equation, output_shape, bias_axes, name, prefix="_")

    # Calling ------------------------------------------------------------------------

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
            self._sliding_window,
        )
        query_heads = self._query_dense(query)
        key_heads = self._key_dense(key)
        value_heads = self._value_dense(value)
        if self._flash_attention:
            outputs, scores = (
                self._fused_attention(query_heads, key_heads, value_heads, attention_mask),
                None,
            )
        else:
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
        """``(outputs, weights)``: the heads' attention outputs (projected-query layout)
        and the softmax weights before dropout."""
        query = query * self._inverse_sqrt_key_dim
        scores = ops.einsum(self._dot_product_equation, key, query)
        if attention_mask is not None:
            for _ in range(self._scores_rank - len(ops.shape(attention_mask))):
                attention_mask = ops.expand_dims(attention_mask, self._mask_expansion_axis)
        weights, dropped = _masks.softmax_and_dropout(self, scores, attention_mask, training)
        return ops.einsum(self._combine_equation, dropped, value), weights

    def _fused_attention(self, query, key, value, attention_mask):
        if attention_mask is not None:
            attention_mask = ops.expand_dims(attention_mask, -3)
        return ops.dot_product_attention(
            query,
            key,
            value,
            mask=attention_mask,
            scale=self._inverse_sqrt_key_dim,
            flash_attention=True,
        )

    # Shapes and configuration -------------------------------------------------------

    def compute_output_shape(self, query_shape, value_shape, key_shape=None):
        key_shape = value_shape if key_shape is None else key_shape
        _arguments.check_key_shape(self, value_shape, key_shape)
        if self._output_shape:
            return (*query_shape[:-1], *self._output_shape)
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
        return outputs, KerasTensor(
            self._scores_shape(query.shape, value.shape), self.compute_dtype
        )

    def _scores_shape(self, query_shape, value_shape):
        rank = len(query_shape)
        axes = self._attention_axes
        batch = [query_shape[i] for i in range(rank - 1) if i not in axes]
        return (
            *batch,
            self._num_heads,
            *(query_shape[i] for i in axes),
            *(value_shape[i] for i in axes),
        )

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            {
                "num_heads": self._num_heads,
                "key_dim": self._key_dim,
                "value_dim": self._value_dim,
                "dropout": self._dropout,
                "use_bias": self._use_bias,
                "use_gate": self._use_gate,
                "output_shape": self._output_shape,
                "attention_axes": self._attention_axes,
                "sliding_window": self._sliding_window,
                **_arguments.weights_config(self, prefix="_"),
                "seed": self.seed,
            }
        )
        return config


# Equations --------------------------------------------------------------------------
# Letters follow Keras's: the input axes first, then new ones, in alphabetical order.


def _projection_equation(rank):
    """``(batch, ..., features) -> (batch, ..., heads, size)``, e.g. ``abc,cde->abde``."""
    letters = string.ascii_lowercase
    inputs = letters[:rank]
    new = letters[rank : rank + 2]
    return f"{inputs},{inputs[-1]}{new}->{inputs[:-1]}{new}"


def _output_equation(rank, output_rank):
    """``(batch, ..., heads, size) -> (batch, ..., *output)``, e.g. ``abcd,cde->abe``."""
    letters = string.ascii_lowercase
    inputs = letters[: rank + 1]
    new = letters[rank + 1 : rank + 1 + output_rank]
    return f"{inputs},{inputs[-2:]}{new}->{inputs[:-2]}{new}"


def _bias_axes(equation):
    """The output letters that the kernel creates (the projection's new axes)."""
    inputs, outputs = equation.split(",")[0], equation.split("->")[1]
    return "".join(letter for letter in outputs if letter not in inputs)


def _attention_equations(rank, attention_axes):
    """``(dot_product, combine, scores_rank)`` for projected tensors of rank ``rank``
    (batch, ..., heads, size): the scores keep the batch-like axes and the heads, then
    the query's and the key's attention axes."""
    letters = string.ascii_lowercase
    query = letters[:rank]
    key = list(query)
    for offset, axis in enumerate(attention_axes):
        key[axis] = letters[rank + offset]
    key = "".join(key)
    batch = [axis for axis in range(rank - 1) if axis not in attention_axes]
    scores = (
        "".join(query[axis] for axis in batch)
        + "".join(query[axis] for axis in attention_axes)
        + "".join(key[axis] for axis in attention_axes)
    )
    return f"{key},{query}->{scores}", f"{scores},{key}->{query}", len(scores)


# Arguments --------------------------------------------------------------------------


def _output_shape(layer, output_shape):
    if output_shape is None:
        return None
    shape = (output_shape,) if isinstance(output_shape, int) else output_shape
    if not isinstance(shape, (list, tuple)) or not all(
        isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in shape
    ):
        raise ValueError(
            f"MultiHeadAttention '{layer.name}': output_shape must be a positive int or a "
            f"tuple of positive ints, received {output_shape!r}"
        )
    return tuple(shape)


def _attention_axes(layer, attention_axes):
    if attention_axes is None:
        return None
    axes = (attention_axes,) if isinstance(attention_axes, int) else attention_axes
    if not isinstance(axes, (list, tuple)) or not all(
        isinstance(a, int) and not isinstance(a, bool) for a in axes
    ):
        raise ValueError(
            f"MultiHeadAttention '{layer.name}': attention_axes must be an int or a tuple of "
            f"ints, received {attention_axes!r}"
        )
    return tuple(axes)


def _resolved_attention_axes(layer, attention_axes, rank):
    """The attention axes as non-negative query axes: by default every axis between the
    batch and the features."""
    if attention_axes is None:
        return tuple(range(1, rank - 1))
    resolved = tuple(axis % rank for axis in attention_axes)
    if any(not 1 <= axis <= rank - 2 for axis in resolved):
        raise ValueError(
            f"MultiHeadAttention '{layer.name}': attention_axes must be axes of the query "
            f"other than the batch (0) and the features ({rank - 1}); received "
            f"attention_axes={attention_axes} for a query of rank {rank}"
        )
    return resolved
