"""``AdditiveAttention``: Bahdanau-style attention of a query over a value sequence."""

from keras_core import ops
from keras_core.layers.attention.attention import Attention


class AdditiveAttention(Attention):
    """``softmax(sum(scale * tanh(query + key))) @ value``, with ``key`` defaulting to
    ``value``: every query position is compared with every key position through a learned
    per-feature ``scale`` (``use_scale=True``) over a ``tanh``.

    Masks, causal masking, dropout and the returned scores work as in ``Attention``.

    Args:
        use_scale: Whether to learn the per-feature ``scale`` (``(dim,)``, Glorot-uniform).
        dropout: Fraction of the attention weights dropped in training.
        **kwargs: ``seed`` for the dropout, and base layer arguments (``name``, ``dtype``...).

    Example:
        >>> query, value = keras_core.ops.ones((2, 3, 4)), keras_core.ops.ones((2, 5, 4))
        >>> keras_core.layers.AdditiveAttention()([query, value]).shape
        (2, 3, 4)
    """

    def __init__(self, use_scale=True, dropout=0.0, **kwargs):
        super().__init__(use_scale=use_scale, dropout=dropout, **kwargs)

    def build(self, input_shape):
        self._check_inputs(input_shape, "input_shape")
        dim = input_shape[0][-1]
        if self.use_scale:
            if dim is None:
                raise ValueError(
                    f"AdditiveAttention '{self.name}': the last axis of the query must have a "
                    f"known size to create the scale; received input_shape={input_shape}"
                )
            self.scale = self.add_weight(name="scale", shape=(dim,), initializer="glorot_uniform")
        self.built = True

    def _calculate_scores(self, query, key):
        pairs = ops.tanh(ops.expand_dims(query, -2) + ops.expand_dims(key, -3))
        if self.scale is not None:
            pairs = pairs * self.scale.value
        return ops.sum(pairs, axis=-1)

    def get_config(self) -> dict:
        config = super().get_config()
        del config["score_mode"]
        return config
