"""``Activation``: applies an activation function."""

from keras_core import activations
from keras_core.layers.layer import Layer


class Activation(Layer):
    """Applies ``activation`` to its input.

    Args:
        activation: Activation name (``"relu"``...) or function; ``None`` for the identity.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> keras_core.layers.Activation("relu")(keras_core.ops.convert_to_tensor([-1.0, 2.0]))
        # [0., 2.]
    """

    def __init__(self, activation, **kwargs):
        super().__init__(**kwargs)
        self.activation = activations.get(activation)
        self.supports_masking = True
        self.built = True

    def call(self, inputs):
        return self.activation(inputs)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict:
        config = super().get_config()
        config["activation"] = activations.serialize(self.activation)
        return config
