"""Low-rank adaptation (LoRA) shared by ``Dense``, ``EinsumDense`` and ``Embedding``.

With LoRA enabled, the adapted weight ``W`` (the kernel or the embedding table) is frozen
and the layer uses ``W + (lora_alpha / rank) * (A @ B)``, where ``A`` has ``W``'s shape with
its last axis replaced by ``rank`` and ``B`` is ``(rank, W.shape[-1])``; only ``A`` and ``B``
train. As in Keras 3, saving writes the merged ``W`` in ``W``'s slot (so the files of a LoRA
layer and of a plain one are interchangeable) and loading resets ``A`` and ``B`` to zero.
"""

from keras_core import ops


def check_lora_rank(layer, argument, rank):
    """Raises ``ValueError`` unless ``rank`` is a positive int."""
    if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
        raise ValueError(
            f"{type(layer).__name__} '{layer.name}': {argument} must be a positive integer, "
            f"received {rank!r}"
        )


class LoraMixin:
    """LoRA support for a layer whose adapted weight is ``self._<_lora_weight>``.

    The layer calls ``_init_lora(lora_rank, lora_alpha)`` in ``__init__`` and, at the end of
    ``build``, ``_build_lora()``; it reads the adapted weight through ``_lora_value()``.
    """

    _lora_weight = "kernel"

    def _init_lora(self, lora_rank, lora_alpha):
        if lora_rank is not None:
            check_lora_rank(self, "lora_rank", lora_rank)
        self.lora_rank = lora_rank
        self.lora_alpha = lora_alpha if lora_alpha is not None else lora_rank
        self.lora_enabled = False

    def _build_lora(self):
        if self.lora_rank is not None:
            # enable_lora requires a built layer; build() is what creates the weights.
            self.built = True
            self.enable_lora(self.lora_rank, self.lora_alpha)

    def enable_lora(self, rank, lora_alpha=None, a_initializer="he_uniform", b_initializer="zeros"):
        """Freezes the adapted weight and adds the trainable low-rank factors ``A`` and ``B``.

        Args:
            rank: Rank of the update ``A @ B``.
            lora_alpha: Scale numerator: the update is multiplied by ``lora_alpha / rank``;
                ``rank`` by default (scale 1).
            a_initializer: Initializer of ``A``.
            b_initializer: Initializer of ``B`` (zeros, so the layer starts unchanged).

        Example:
            >>> layer = keras_core.layers.Dense(8)
            >>> layer.build((None, 16))
            >>> layer.enable_lora(4)
            >>> [w.name for w in layer.trainable_weights]
            ['bias', 'lora_kernel_a', 'lora_kernel_b']
        """
        where = f"{type(self).__name__} '{self.name}'"
        if not self.built:
            raise ValueError(
                f"{where}: enable_lora needs the layer built (its {self._lora_weight} must "
                f"exist); call it on data or call build(input_shape) first"
            )
        if self.lora_enabled:
            raise ValueError(f"{where}: LoRA is already enabled; it can be enabled only once")
        check_lora_rank(self, "rank", rank)
        target = getattr(self, f"_{self._lora_weight}")
        regularizer = getattr(self, f"{self._lora_weight}_regularizer")
        target.trainable = False
        self._lora_a = self.add_weight(
            name=f"lora_{self._lora_weight}_a",
            shape=(*target.shape[:-1], rank),
            initializer=a_initializer,
            regularizer=regularizer,
        )
        self._lora_b = self.add_weight(
            name=f"lora_{self._lora_weight}_b",
            shape=(rank, target.shape[-1]),
            initializer=b_initializer,
            regularizer=regularizer,
        )
        # Keras's public names: lora_kernel_a / lora_kernel_b, lora_embeddings_a / ...
        setattr(self, f"lora_{self._lora_weight}_a", self._lora_a)
        setattr(self, f"lora_{self._lora_weight}_b", self._lora_b)
        self.lora_rank = rank
        self.lora_alpha = lora_alpha if lora_alpha is not None else rank
        self._lora_scale = self.lora_alpha / rank
        self.lora_enabled = True

    def _lora_value(self):
        """The adapted weight as the layer uses it (merged with ``A @ B`` when enabled)."""
        target = getattr(self, f"_{self._lora_weight}")
        if target is None:
            raise AttributeError(
                f"{type(self).__name__} '{self.name}' is not built yet, so its "
                f"{self._lora_weight} does not exist; call it on data or call "
                f"build(input_shape) first"
            )
        if not self.lora_enabled:
            return target
        update = ops.matmul(self._lora_a.value, self._lora_b.value)
        return ops.add(target.value, ops.multiply(update, self._lora_scale))

    def _lora_config(self) -> dict:
        if not self.lora_rank:
            return {}
        return {"lora_rank": self.lora_rank, "lora_alpha": self.lora_alpha}

    def _saved_variables(self) -> list:
        own = self._trainable_variables + self._non_trainable_variables
        if not self.lora_enabled:
            return own
        return [v for v in own if v is not self._lora_a and v is not self._lora_b]

    def save_own_variables(self, store):
        """Writes the weights as a layer without LoRA has them (the adapted one merged)."""
        if not self.lora_enabled:
            super().save_own_variables(store)
            return
        target = getattr(self, f"_{self._lora_weight}")
        for index, variable in enumerate(self._saved_variables()):
            value = self._lora_value() if variable is target else variable.value
            store[str(index)] = ops.convert_to_numpy(value)

    def load_own_variables(self, store):
        """Reads weights saved without LoRA factors and restarts ``A`` and ``B`` at zero."""
        if not self.lora_enabled:
            super().load_own_variables(store)
            return
        own = self._saved_variables()
        if len(store) != len(own):
            raise ValueError(
                f"{type(self).__name__} '{self.name}' expects {len(own)} saved variables "
                f"(LoRA factors are not saved), but the saved state has {len(store)}"
            )
        for index, variable in enumerate(own):
            variable.assign(store[str(index)])
        self._lora_a.assign(ops.zeros(self._lora_a.shape, self._lora_a.dtype))
        self._lora_b.assign(ops.zeros(self._lora_b.shape, self._lora_b.dtype))
