"""``Masking``: marks the timesteps whose features all equal a padding value."""

from keras_core import ops
from keras_core.layers.layer import Layer


class Masking(Layer):
    """Masks the timesteps of a ``(batch, timesteps, features)`` input whose features all
    equal ``mask_value``: their outputs are zeroed and the output mask (``(batch,
    timesteps)``, ``False`` there) makes mask-consuming layers skip them.

    Args:
        mask_value: The padding value.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> x = keras_core.ops.convert_to_tensor([[[1.0, 2.0], [0.0, 0.0]]])
        >>> keras_core.layers.Masking().compute_mask(x)   # [[True, False]]
    """

    def __init__(self, mask_value=0.0, **kwargs):
        super().__init__(**kwargs)
        self.mask_value = mask_value
        self.supports_masking = True
        self.built = True

    def call(self, inputs):
        keep = ops.any(ops.not_equal(inputs, self.mask_value), axis=-1, keepdims=True)
        return ops.multiply(inputs, ops.cast(keep, ops.dtype(inputs)))

    def compute_mask(self, inputs, mask=None):
        return ops.any(ops.not_equal(inputs, self.mask_value), axis=-1)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict:
        config = super().get_config()
        config["mask_value"] = self.mask_value
        return config
