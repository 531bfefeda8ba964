"""``Identity``: returns its input unchanged."""

from keras_core.layers.layer import Layer


class Identity(Layer):
    """Returns its input (any structure) unchanged, mask included; a placeholder layer.

    Args:
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> keras_core.layers.Identity()(keras_core.ops.ones((2, 3))).shape
        (2, 3)
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.supports_masking = True
        self.built = True

    def call(self, inputs):
        return inputs

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict:
        return super().get_config()
