"""``RMSNormalization``: scales each example by the inverse root mean square of its
features."""

from keras_core import ops
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer
from keras_core.layers.normalization import _axes


class RMSNormalization(Layer):
    """``x / sqrt(mean(x ** 2) + epsilon) * scale`` over ``axis``, with a learned ``scale``
    (initialized to ones) and no centering.

    Args:
        axis: The axis or list of axes to normalize over.
        epsilon: Added to the mean square to avoid dividing by zero.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> layer = keras_core.layers.RMSNormalization()
        >>> layer(keras_core.ops.convert_to_tensor([[3.0, 4.0]]))   # [[0.8485, 1.1314]]
    """

    def __init__(self, axis=-1, epsilon=1e-6, **kwargs):
        super().__init__(**kwargs)
        self.axis = _axes.int_or_list_axis("RMSNormalization", axis)
        self.epsilon = epsilon
        self.scale = None

    def build(self, input_shape):
        self.axis = sorted(self.axis) if isinstance(self.axis, list) else [self.axis]
        positions = _axes.resolve(self, self.axis, input_shape)
        self.scale = self.add_weight(
            name="scale",
            shape=tuple(input_shape[position] for position in positions),
            initializer="ones",
        )
        # Not in Keras's layer; it turns a wrong input size into an error naming the layer.
        self.input_spec = InputSpec(axes={axis: input_shape[axis] for axis in self.axis})
        self._positions = positions if len(positions) > 1 else positions[0]
        self._broadcast_shape = _axes.broadcast_shape(positions, input_shape)
        self.built = True

    def call(self, x):
        scale = self.scale.value
        if self._broadcast_shape is not None:
            scale = ops.reshape(scale, self._broadcast_shape)
        return ops.rms_normalization(x, scale=scale, axis=self._positions, epsilon=self.epsilon)

    def compute_output_shape(self, input_shape):
        return tuple(input_shape)

    def get_config(self) -> dict:
        config = super().get_config()
        config.update({"axis": self.axis, "epsilon": self.epsilon})
        return config
