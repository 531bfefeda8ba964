"""``Model``: a layer that groups layers, with summaries and layer lookup.

``Model(inputs, outputs)`` builds a functional model; subclassing ``Model`` and defining
``call`` builds a subclassed one. Training (``compile``/``fit``) comes with the trainers.
"""

from keras_core.layers.layer import Layer


class Model(Layer):
    """A group of layers: ``Model(inputs, outputs)`` or a subclass with ``call``.

    Example:
        >>> inputs = keras_core.Input((4,))
        >>> model = keras_core.Model(inputs, keras_core.layers.Dense(2)(inputs))
        >>> model.count_params()
        10
    """

    _keras_module = "keras"

    def __new__(cls, *args, **kwargs):
        if cls is Model and (args or "inputs" in kwargs or "outputs" in kwargs):
            from keras_core.models.functional import Functional

            return Functional.__new__(Functional, *args, **kwargs)
        return super().__new__(cls, *args, **kwargs)

    def __init__(self, *args, **kwargs):
        super().__init__(**kwargs)
        if args:
            raise TypeError(
                f"{type(self).__name__}: positional arguments are only accepted for "
                f"Model(inputs, outputs); received {len(args)}"
            )

    @classmethod
    def from_config(cls, config, custom_objects=None):
        """A functional config (``layers``, ``input_layers``, ``output_layers``) rebuilds a
        functional model; any other config calls the class's constructor."""
        if cls is Model and "input_layers" in config and "output_layers" in config:
            from keras_core.models.functional import Functional

            return Functional.from_config(config, custom_objects=custom_objects)
        return super().from_config(config)

    def get_compile_config(self):
        """The arguments ``compile`` received; ``{}`` for a model never compiled."""
        return {}

    @property
    def layers(self) -> list:
        """The model's direct sublayers, in the order they were tracked."""
        return list(self._layers)

    def get_layer(self, name=None, index=None):
        """The sublayer with ``name`` or at ``index`` in ``layers``.

        Example:
            >>> model.get_layer("dense_1")
        """
        if (name is None) == (index is None):
            raise ValueError(
                f"Model '{self.name}'.get_layer: pass exactly one of name or index, received "
                f"name={name!r}, index={index!r}"
            )
        layers = self.layers
        if index is not None:
            if not -len(layers) <= index < len(layers):
                raise ValueError(
                    f"Model '{self.name}'.get_layer: index {index} is out of range for "
                    f"{len(layers)} layers"
                )
            return layers[index]
        for layer in layers:
            if layer.name == name:
                return layer
        raise ValueError(
            f"Model '{self.name}' has no layer named {name!r}; its layers are "
            f"{[layer.name for layer in layers]}"
        )

    def summary(
        self,
        line_length=None,
        positions=None,
        print_fn=None,
        expand_nested=False,
        show_trainable=False,
        layer_range=None,
    ):
        """Prints a table of the layers with output shapes and parameter counts.

        Args:
            line_length: Total width of the table.
            positions: Column boundaries, as fractions of ``line_length`` or absolute.
            print_fn: Called with the text instead of ``print``.
            expand_nested: Also list the layers of nested models.
            show_trainable: Add a column saying whether each layer is trainable.
            layer_range: ``[first_name, last_name]``: only the layers between them.
        """
        from keras_core.models import summary

        summary.print_summary(
            self,
            line_length=line_length,
            positions=positions,
            print_fn=print_fn,
            expand_nested=expand_nested,
            show_trainable=show_trainable,
            layer_range=layer_range,
        )

    # Saving -------------------------------------------------------------------------

    def save(self, filepath, overwrite=True, zipped=None, **kwargs):
        """Saves the model (config and weights) as a ``.keras`` archive, Keras 3's format.

        Args:
            filepath: A path ending in ``.keras`` (or a folder path with ``zipped=False``).
            overwrite: Replace an existing file; ``False`` raises if it exists.
            zipped: ``False`` writes an unzipped folder instead of a zip archive.

        Example:
            >>> model.save("model.keras")
            >>> restored = keras_core.models.load_model("model.keras")
        """
        from keras_core.saving import saving_api

        saving_api.save_model(self, filepath, overwrite=overwrite, zipped=zipped, **kwargs)

    def save_weights(self, filepath, overwrite=True, max_shard_size=None):
        """Saves the weights to a ``.weights.h5`` file (Keras 3's layout).

        Example:
            >>> model.save_weights("model.weights.h5")
        """
        from keras_core.saving import saving_api

        saving_api.save_weights(self, filepath, overwrite=overwrite, max_shard_size=max_shard_size)

    def load_weights(self, filepath, skip_mismatch=False, **kwargs):
        """Loads weights from a ``.weights.h5`` file or a ``.keras`` archive; on any error
        the model keeps its current weights.

        Args:
            filepath: The file to read.
            skip_mismatch: Skip, with a warning, layers whose saved weights do not fit.

        Example:
            >>> model.load_weights("model.weights.h5")
        """
        from keras_core.saving import saving_api

        saving_api.load_weights(self, filepath, skip_mismatch=skip_mismatch, **kwargs)

    def to_json(self, **kwargs) -> str:
        """The model's config as a JSON string (``json.dumps`` arguments pass through);
        ``keras_core.models.model_from_json`` reverses it.

        Example:
            >>> clone = keras_core.models.model_from_json(model.to_json())
        """
        import json

        from keras_core.saving.serialization_lib import serialize_keras_object

        return json.dumps(serialize_keras_object(self), **kwargs)
