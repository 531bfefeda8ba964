"""``UnitNormalization``: rescales each example to unit L2 norm."""

from keras_core import ops
from keras_core.layers.layer import Layer
from keras_core.layers.normalization import _axes


class UnitNormalization(Layer):
    """``x / sqrt(sum(x ** 2))`` over ``axis`` (a zero vector stays zero).

    Args:
        axis: The axis or list of axes that hold each vector.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> layer = keras_core.layers.UnitNormalization()
        >>> layer(keras_core.ops.convert_to_tensor([[3.0, 4.0]]))   # [[0.6, 0.8]]
    """

    def __init__(self, axis=-1, **kwargs):
        super().__init__(**kwargs)
        self.axis = _axes.int_or_list_axis("UnitNormalization", axis)
        self._ops_axis = tuple(self.axis) if isinstance(self.axis, list) else self.axis
        self.supports_masking = True
        self.built = True

    def call(self, inputs):
        return ops.normalize(inputs, axis=self._ops_axis, order=2, epsilon=1e-12)

    def compute_output_shape(self, input_shape):
        return tuple(input_shape)

    def get_config(self) -> dict:
        config = super().get_config()
        config["axis"] = self.axis
        return config
