"""``Embedding``: integer ids to dense vectors, one row of a trainable table per id."""

import warnings

from keras_core import constraints, initializers, ops, regularizers
from keras_core.backend.dtypes import is_int_dtype
from keras_core.layers.core.dense import check_no_quantization
from keras_core.layers.core.lora import LoraMixin
from keras_core.layers.layer import Layer


class Embedding(LoraMixin, Layer):
    """Looks up ``embeddings[ids]``: ``(batch, length)`` ids give ``(batch, length,
    output_dim)`` vectors.

    Args:
        input_dim: Vocabulary size (ids are in ``[0, input_dim)``).
        output_dim: Size of each vector.
        embeddings_initializer: Initializer of the ``(input_dim, output_dim)`` table.
        embeddings_regularizer: Regularizer of the table.
        embeddings_constraint: Constraint of the table.
        mask_zero: Whether id 0 is padding: the output then carries a mask that is
            ``False`` where the id is 0, for mask-consuming layers (RNNs, attention...).
        weights: Initial table (an array or a one-array list); the layer is built at once.
        lora_rank: Enables LoRA with this rank when the layer is built.
        lora_alpha: LoRA scale numerator; ``lora_rank`` by default.
        quantization_config: Must be ``None`` (keras-core runs no quantized layers).
        **kwargs: Base layer arguments (``name``, ``dtype``, ``activity_regularizer``...).
            Keras 2's ``input_length`` is accepted with a warning and ignored.

    Example:
        >>> layer = keras_core.layers.Embedding(100, 8, mask_zero=True)
        >>> layer(keras_core.ops.convert_to_tensor([[4, 2, 0]])).shape
        (1, 3, 8)
    """

    _lora_weight = "embeddings"

    def __init__(
        self,
        input_dim,
        output_dim,
        embeddings_initializer="uniform",
        embeddings_regularizer=None,
        embeddings_constraint=None,
        mask_zero=False,
        weights=None,
        lora_rank=None,
        lora_alpha=None,
        quantization_config=None,
        **kwargs,
    ):
        if kwargs.pop("input_length", None) is not None:
            warnings.warn(
                "Embedding: the argument `input_length` is deprecated and ignored; remove it "
                "(give the sequence length to keras_core.Input instead).",
                stacklevel=2,
            )
        super().__init__(**kwargs)
        for argument, value in (("input_dim", input_dim), ("output_dim", output_dim)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(
                    f"{type(self).__name__} '{self.name}': {argument} must be a positive "
                    f"integer, received {value!r}"
                )
        check_no_quantization(self, quantization_config)
        self.input_dim = input_dim
        self.output_dim = output_dim
        self.embeddings_initializer = initializers.get(embeddings_initializer)
        self.embeddings_regularizer = regularizers.get(embeddings_regularizer)
        self.embeddings_constraint = constraints.get(embeddings_constraint)
        self.mask_zero = bool(mask_zero)
        self.supports_masking = self.mask_zero
        self._init_lora(lora_rank, lora_alpha)
        self._embeddings = None
        if weights is not None:
            self.build()
            self.set_weights(weights if isinstance(weights, (list, tuple)) else [weights])

    @property
    def embeddings(self):
        """The table as the layer uses it (merged with the LoRA update when enabled)."""
        return self._lora_value()

    def build(self, input_shape=None):
        self._embeddings = self.add_weight(
            name="embeddings",
            shape=(self.input_dim, self.output_dim),
            initializer=self.embeddings_initializer,
            regularizer=self.embeddings_regularizer,
            constraint=self.embeddings_constraint,
        )
        self._build_lora()
        self.built = True

    def call(self, inputs):
        if not is_int_dtype(ops.dtype(inputs)):
            inputs = ops.cast(inputs, "int32")
        table = self._lora_value() if self.lora_enabled else self._embeddings.value
        return ops.take(table, inputs, axis=0)

    def compute_mask(self, inputs, mask=None):
        if not self.mask_zero:
            return None
        return ops.not_equal(inputs, 0)

    def compute_output_shape(self, input_shape):
        return (*input_shape, self.output_dim)

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            {
                "input_dim": self.input_dim,
                "output_dim": self.output_dim,
                "embeddings_initializer": initializers.serialize(self.embeddings_initializer),
                "embeddings_regularizer": regularizers.serialize(self.embeddings_regularizer),
                "activity_regularizer": regularizers.serialize(self.activity_regularizer),
                "embeddings_constraint": constraints.serialize(self.embeddings_constraint),
                "mask_zero": self.mask_zero,
                "quantization_config": None,
            }
        )
        config.update(self._lora_config())
        return config
