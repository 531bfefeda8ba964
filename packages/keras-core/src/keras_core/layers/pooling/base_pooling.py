"""``BasePooling``: what max and average pooling over sliding windows share."""

from keras_core.backend import KerasTensor
from keras_core.layers import arguments
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer


class BasePooling(Layer):
    """Pools windows of ``pool_size`` moved by ``strides`` over ``_rank`` spatial axes with
    ``_pool`` (``ops.max_pool`` or ``ops.average_pool``); subclasses set both.

    Args:
        pool_size: An int or a tuple of ``_rank`` ints, the window size.
        strides: An int or a tuple of ``_rank`` ints; ``None`` means ``pool_size``.
        padding: ``"valid"`` (windows inside the input) or ``"same"`` (pad so that the
            output size is ``ceil(size / stride)``).
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.
    """

    _rank = None
    _pool = None

    def __init__(
        self, pool_size, strides=None, padding="valid", data_format=None, name=None, **kwargs
    ):
        super().__init__(name=name, **kwargs)
        rank, where = self._rank, arguments.describe(self)
        self.pool_size = arguments.int_tuple(where, "pool_size", pool_size, rank)
        self.strides = (
            self.pool_size
            if strides is None
            else arguments.int_tuple(where, "strides", strides, rank)
        )
        self.padding = arguments.padding_mode(where, padding, ("valid", "same"))
        self.data_format = arguments.data_format(where, data_format)
        self.input_spec = InputSpec(ndim=rank + 2)
        self._spatial_axes = arguments.spatial_axes(self.data_format, rank)

    def build(self, input_shape):
        # Rejects windows larger than the input before a backend fails on them.
        self.compute_output_shape(input_shape)

    def call(self, inputs):
        return self._pool(inputs, self.pool_size, self.strides, self.padding, self.data_format)

    def compute_output_shape(self, input_shape):
        where = arguments.describe(self)
        shape = list(arguments.check_rank(where, input_shape, self._rank + 2))
        for axis, size, stride in zip(
            self._spatial_axes, self.pool_size, self.strides, strict=True
        ):
            length = shape[axis]
            if length is None:
                continue
            if self.padding == "same":
                shape[axis] = (length + stride - 1) // stride
            else:
                shape[axis] = (length - size) // stride + 1
            if shape[axis] <= 0:
                raise ValueError(
                    f"{where}: the output would be empty: input shape "
                    f"{tuple(input_shape)} is smaller than pool_size={self.pool_size} "
                    f"(strides={self.strides}, padding='{self.padding}') along axis {axis}"
                )
        return tuple(shape)

    def compute_output_spec(self, inputs):
        shape = self.compute_output_shape(inputs.shape)
        # The op's own rule gives the dtype (average pooling of integers is float).
        return KerasTensor(shape, self.call(inputs).dtype)

    def get_config(self):
        config = super().get_config()
        config.update(
            {
                "pool_size": self.pool_size,
                "padding": self.padding,
                "strides": self.strides,
                "data_format": self.data_format,
            }
        )
        return config
