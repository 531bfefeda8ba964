"""``Wrapper``: the base of layers that wrap another layer (``Bidirectional``,
``TimeDistributed``...)."""

from keras_core.layers.layer import Layer
from keras_core.saving import serialization_lib


class Wrapper(Layer):
    """Holds another layer as ``self.layer``; subclasses define ``call`` around it.

    The wrapped layer's weights are the wrapper's weights, and the config nests the wrapped
    layer's full serialized form under ``"layer"``.

    Args:
        layer: The ``Layer`` to wrap.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> class Twice(keras_core.layers.Wrapper):
        ...     def call(self, inputs):
        ...         return self.layer(self.layer(inputs))
        >>> Twice(keras_core.layers.Dense(4))(keras_core.ops.ones((2, 4))).shape
        (2, 4)
    """

    def __init__(self, layer, **kwargs):
        super().__init__(**kwargs)
        if not isinstance(layer, Layer):
            raise ValueError(
                f"{type(self).__name__} '{self.name}': layer must be a keras_core Layer "
                f"instance, received {layer!r} of type {type(layer).__name__}"
            )
        self.layer = layer

    def build(self, input_shape=None):
        if not self.layer.built:
            self.layer.build(input_shape)
            self.layer.built = True
        self.built = True

    def get_config(self) -> dict:
        config = super().get_config()
        config["layer"] = serialization_lib.serialize_keras_object(self.layer)
        return config

    @classmethod
    def from_config(cls, config, custom_objects=None):
        """Recreates the wrapper and, from its nested config, the wrapped layer."""
        config = dict(config)
        config["layer"] = serialization_lib.deserialize_keras_object(
            config["layer"], custom_objects=custom_objects
        )
        return super().from_config(config)
