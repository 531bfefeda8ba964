"""``ReversibleEmbedding``: an embedding that also maps vectors back to vocabulary logits."""

from keras_core import ops
from keras_core.backend.dtypes import is_int_dtype, standardize_dtype
from keras_core.layers.core.embedding import Embedding


class ReversibleEmbedding(Embedding):
    """An ``Embedding`` whose ``call(x, reverse=True)`` projects hidden vectors
    ``(..., output_dim)`` to logits ``(..., input_dim)``, as language models do for their
    output layer.

    With ``tie_weights=True`` the reverse projection is the transposed embedding table (one
    weight); otherwise it is a separate ``(output_dim, input_dim)`` weight,
    ``reverse_embeddings``.

    Args:
        input_dim: Vocabulary size.
        output_dim: Size of each vector.
        tie_weights: Whether the reverse projection reuses the embedding table.
        embeddings_initializer: Initializer of the table(s).
        embeddings_regularizer: Regularizer of the embedding table.
        embeddings_constraint: Constraint of the embedding table.
        mask_zero: Whether id 0 is padding (see ``Embedding``).
        reverse_dtype: Dtype of the reverse matmul and its logits (e.g. ``"float32"`` under
            a ``mixed_float16`` policy); the compute dtype by default.
        logit_soft_cap: When set, logits become ``cap * tanh(logits / cap)``.
        **kwargs: ``Embedding`` and base layer arguments (``lora_rank``, ``name``...).

    Example:
        >>> layer = keras_core.layers.ReversibleEmbedding(100, 8)
        >>> hidden = layer(keras_core.ops.convert_to_tensor([[4, 2]]))   # (1, 2, 8)
        >>> layer(hidden, reverse=True).shape
        (1, 2, 100)
    """

    def __init__(
        self,
        input_dim,
        output_dim,
        tie_weights=True,
        embeddings_initializer="uniform",
        embeddings_regularizer=None,
        embeddings_constraint=None,
        mask_zero=False,
        reverse_dtype=None,
        logit_soft_cap=None,
        **kwargs,
    ):
        super().__init__(
            input_dim,
            output_dim,
            embeddings_initializer=embeddings_initializer,
            embeddings_regularizer=embeddings_regularizer,
            embeddings_constraint=embeddings_constraint,
            mask_zero=mask_zero,
            **kwargs,
        )
        if logit_soft_cap is not None and (
            isinstance(logit_soft_cap, bool)
            or not isinstance(logit_soft_cap, (int, float))
            or logit_soft_cap <= 0
        ):
            raise ValueError(
                f"ReversibleEmbedding '{self.name}': logit_soft_cap must be a positive number "
                f"or None, received {logit_soft_cap!r}"
            )
        self.tie_weights = bool(tie_weights)
        self.reverse_dtype = None if reverse_dtype is None else standardize_dtype(reverse_dtype)
        self.logit_soft_cap = logit_soft_cap
        self.reverse_embeddings = None

    def build(self, input_shape=None):
        super().build(input_shape)
        if not self.tie_weights:
            self.reverse_embeddings = self.add_weight(
                name="reverse_embeddings",
                shape=(self.output_dim, self.input_dim),
                initializer=self.embeddings_initializer,
            )
        self.built = True

    def call(self, inputs, reverse=False):
        if not reverse:
            return super().call(inputs)
        if self.tie_weights:
            table = self._lora_value() if self.lora_enabled else self._embeddings.value
            kernel = ops.transpose(table)
        else:
            kernel = self.reverse_embeddings.value
        if self.reverse_dtype is not None:
            inputs = ops.cast(inputs, self.reverse_dtype)
            kernel = ops.cast(kernel, self.reverse_dtype)
        logits = ops.matmul(inputs, kernel)
        if self.logit_soft_cap is not None:
            cap = self.logit_soft_cap
            logits = ops.multiply(ops.tanh(ops.divide(logits, cap)), cap)
        return logits

    def compute_mask(self, inputs, mask=None):
        # Reverse calls take float hidden vectors: their logits carry no padding mask.
        if inputs is None or not is_int_dtype(ops.dtype(inputs)):
            return None
        return super().compute_mask(inputs, mask)

    def compute_output_shape(self, input_shape, reverse=False):
        if reverse:
            return (*input_shape[:-1], self.input_dim)
        return super().compute_output_shape(input_shape)

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            {
                "tie_weights": self.tie_weights,
                "reverse_dtype": self.reverse_dtype,
                "logit_soft_cap": self.logit_soft_cap,
            }
        )
        return config
