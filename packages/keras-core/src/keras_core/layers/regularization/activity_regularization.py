"""``ActivityRegularization``: adds an L1/L2 penalty on the activations that pass through."""

from keras_core import regularizers
from keras_core.layers.layer import Layer


class ActivityRegularization(Layer):
    """Returns its input unchanged and adds ``l1 * sum(|x|) + l2 * sum(x**2)`` to the
    layer's ``losses`` on each call.

    Args:
        l1: Non-negative L1 factor.
        l2: Non-negative L2 factor.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> layer = keras_core.layers.ActivityRegularization(l1=0.1)
        >>> _ = layer(keras_core.ops.convert_to_tensor([[1.0, -2.0]]))
        >>> layer.losses   # [0.3]
    """

    def __init__(self, l1=0.0, l2=0.0, **kwargs):
        if "activity_regularizer" in kwargs:
            raise ValueError(
                "ActivityRegularization: activity_regularizer cannot be given; the layer's "
                "regularizer is L1L2(l1, l2)"
            )
        super().__init__(**kwargs)
        for argument, value in (("l1", l1), ("l2", l2)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(
                    f"ActivityRegularization '{self.name}': {argument} must be a non-negative "
                    f"number, received {value!r}"
                )
        self.l1 = l1
        self.l2 = l2
        self.activity_regularizer = regularizers.L1L2(l1=l1, l2=l2)
        self.supports_masking = True
        self.built = True

    def call(self, inputs):
        return inputs

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict:
        config = super().get_config()
        # The regularizer is derived from l1 and l2, not a constructor argument.
        config.pop("activity_regularizer", None)
        config.update({"l1": self.l1, "l2": self.l2})
        return config
