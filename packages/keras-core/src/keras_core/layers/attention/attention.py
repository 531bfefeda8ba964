"""``Attention``: dot-product (Luong-style) attention of a query over a value sequence."""

from keras_core import ops, random
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers.attention import _masks
from keras_core.layers.attention._arguments import check_dropout
from keras_core.layers.layer import Layer

_SCORE_MODES = ("dot", "concat")


class Attention(Layer):
    """``softmax(scores(query, key)) @ value``, with ``key`` defaulting to ``value``.

    Scores are ``query @ key^T`` (``score_mode="dot"``, times a learned scalar ``scale``
    when ``use_scale``) or ``concat_score_weight * sum(tanh(scale * (query + key)))`` over
    the features (``score_mode="concat"``). Masked value positions (and, with
    ``use_causal_mask``, later positions) get no attention; masked query positions give
    zero outputs.

    Args:
        use_scale: Whether to learn a scalar ``scale`` for the scores.
        score_mode: ``"dot"`` or ``"concat"``.
        dropout: Fraction of the attention weights dropped in training.
        seed: Seed of the dropout, for reproducible draws.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Call arguments:
        inputs: ``[query, value]`` or ``[query, value, key]``; ``query`` is
            ``(batch, Tq, dim)``, ``value`` ``(batch, Tv, dim)`` and ``key`` like ``value``.
        mask: ``[query_mask, value_mask]`` (boolean ``(batch, Tq)`` and ``(batch, Tv)``);
            either may be ``None``.
        training: Whether dropout is applied.
        return_attention_scores: Also return the ``(batch, Tq, Tv)`` attention weights.
        use_causal_mask: Whether query position ``i`` only attends to positions ``<= i``.

    Example:
        >>> query, value = keras_core.ops.ones((2, 3, 4)), keras_core.ops.ones((2, 5, 4))
        >>> keras_core.layers.Attention()([query, value]).shape
        (2, 3, 4)
    """

    def __init__(self, use_scale=False, score_mode="dot", dropout=0.0, seed=None, **kwargs):
        super().__init__(**kwargs)
        if score_mode not in _SCORE_MODES:
            raise ValueError(
                f"{type(self).__name__} '{self.name}': score_mode must be one of "
                f"{list(_SCORE_MODES)}, received {score_mode!r}"
            )
        check_dropout(self, dropout)
        self.use_scale = use_scale
        self.score_mode = score_mode
        self.dropout = dropout
        self.seed = seed
        if dropout > 0:
            self.seed_generator = random.SeedGenerator(seed)
        self.supports_masking = True
        self.scale = None
        self.concat_score_weight = None

    def build(self, input_shape):
        self._check_inputs(input_shape, "input_shape")
        if self.use_scale:
            self.scale = self.add_weight(name="scale", shape=(), initializer="ones")
        if self.score_mode == "concat":
            self.concat_score_weight = self.add_weight(
                name="concat_score_weight", shape=(), initializer="ones"
            )
        self.built = True

    def call(
        self,
        inputs,
        mask=None,
        training=False,
        return_attention_scores=False,
        use_causal_mask=False,
    ):
        self._check_inputs(inputs, "inputs")
        query_mask, value_mask = self._masks(mask)
        query, value = inputs[0], inputs[1]
        key = inputs[2] if len(inputs) == 3 else value
        scores = self._calculate_scores(query, key)
        allowed = _masks.value_mask_and_causal(scores, value_mask, use_causal_mask)
        if allowed is not None:
            scores = ops.where(allowed, scores, _masks.large_negative(ops.dtype(scores)))
        weights = ops.softmax(scores, axis=-1)
        if training and self.dropout > 0:
            weights = random.dropout(weights, self.dropout, seed=self.seed_generator)
        outputs = ops.matmul(weights, value)
        if query_mask is not None:
            outputs = outputs * ops.expand_dims(ops.cast(query_mask, ops.dtype(outputs)), -1)
        if return_attention_scores:
            return outputs, weights
        return outputs

    def _calculate_scores(self, query, key):
        """``(batch, Tq, Tv)`` scores of every query position against every key position."""
        if self.score_mode == "dot":
            scores = ops.matmul(query, ops.swapaxes(key, -1, -2))
            return scores if self.scale is None else scores * self.scale.value
        pairs = ops.expand_dims(query, -2) + ops.expand_dims(key, -3)
        if self.scale is not None:
            pairs = pairs * self.scale.value
        return self.concat_score_weight.value * ops.sum(ops.tanh(pairs), axis=-1)

    def _check_inputs(self, inputs, what):
        # A single shape is a tuple of ints, not a list of shapes.
        if not isinstance(inputs, (list, tuple)) or not all(
            isinstance(x, (list, tuple)) or hasattr(x, "shape") for x in inputs
        ):
            raise ValueError(
                f"{type(self).__name__} '{self.name}' must be called on a list of inputs, "
                f"[query, value] or [query, value, key]; received {what}={_describe(inputs)}"
            )
        if len(inputs) not in (2, 3):
            raise ValueError(
                f"{type(self).__name__} '{self.name}' takes a list of 2 or 3 inputs, [query, "
                f"value] or [query, value, key]; received {len(inputs)} inputs"
            )

    def _masks(self, mask):
        """``(query_mask, value_mask)`` from the ``mask`` argument."""
        if mask is None:
            return None, None
        if not isinstance(mask, (list, tuple)) or len(mask) not in (2, 3):
            raise ValueError(
                f"{type(self).__name__} '{self.name}': mask must be a list [query_mask, "
                f"value_mask] (or [query_mask, value_mask, key_mask]); received "
                f"{_describe(mask)}"
            )
        return mask[0], mask[1]

    def compute_mask(self, inputs, previous_mask=None):
        query_mask, _ = self._masks(previous_mask)
        return query_mask

    def compute_output_shape(self, input_shape):
        self._check_inputs(input_shape, "input_shape")
        query_shape, value_shape = input_shape[0], input_shape[1]
        return (*query_shape[:-1], value_shape[-1])

    def compute_output_spec(
        self,
        inputs,
        mask=None,
        training=False,
        return_attention_scores=False,
        use_causal_mask=False,
    ):
        self._check_inputs(inputs, "inputs")
        shapes = [x.shape for x in inputs]
        outputs = KerasTensor(self.compute_output_shape(shapes), self.compute_dtype)
        if not return_attention_scores:
            return outputs
        key_shape = shapes[2] if len(shapes) == 3 else shapes[1]
        scores_shape = (*shapes[0][:-1], key_shape[-2])
        return outputs, KerasTensor(scores_shape, self.compute_dtype)

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            {
                "use_scale": self.use_scale,
                "score_mode": self.score_mode,
                "dropout": self.dropout,
                "seed": self.seed,
            }
        )
        return config


def _describe(value) -> str:
    shape = getattr(value, "shape", None)
    return f"a tensor of shape {tuple(shape)}" if shape is not None else repr(value)
