"""``Flatten``: each sample as a vector."""

import math

from keras_core import ops
from keras_core.backend import KerasTensor
from keras_core.layers import arguments
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer


class Flatten(Layer):
    """Flattens each sample to one axis; ``(batch,)`` becomes ``(batch, 1)``.

    Args:
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``. Channels-first inputs are moved to
            channels-last first, so that both layouts flatten to the same order.

    Example:
        >>> keras_core.layers.Flatten()(np.ones((2, 3, 4))).shape
        (2, 12)
    """

    def __init__(self, data_format=None, **kwargs):
        super().__init__(**kwargs)
        self.data_format = arguments.data_format(arguments.describe(self), data_format)
        self.input_spec = InputSpec(min_ndim=1)

    def call(self, inputs):
        rank = len(inputs.shape)
        if self.data_format == "channels_first" and rank > 2:
            inputs = ops.transpose(inputs, (0, *range(2, rank), 1))
        return ops.reshape(inputs, (ops.shape(inputs)[0], -1))

    def compute_output_shape(self, input_shape):
        input_shape = tuple(input_shape)
        sample = input_shape[1:]
        size = None if None in sample else math.prod(sample)
        return (input_shape[0], size)

    def compute_output_spec(self, inputs):
        return KerasTensor(self.compute_output_shape(inputs.shape), inputs.dtype)

    def get_config(self):
        config = super().get_config()
        config["data_format"] = self.data_format
        return config
