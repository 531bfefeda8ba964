"""``UpSampling1D/2D/3D``: each spatial axis enlarged by an integer factor."""

from keras_core import ops
from keras_core.backend import KerasTensor
from keras_core.layers import arguments
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer
from keras_core.ops.image import RESIZE_INTERPOLATIONS


class BaseUpSampling(Layer):
    """Repeats every element ``factor`` times along each spatial axis (nearest-neighbour
    upsampling); subclasses call ``_set_factors`` from their constructor."""

    def _set_factors(self, factors, data_format):
        rank = len(factors)
        self._factors = factors
        self._spatial_axes = arguments.spatial_axes(data_format, rank)
        self.input_spec = InputSpec(ndim=rank + 2)

    def call(self, inputs):
        for axis, factor in zip(self._spatial_axes, self._factors, strict=True):
            if factor != 1:
                inputs = ops.repeat(inputs, factor, axis=axis)
        return inputs

    def compute_output_shape(self, input_shape):
        shape = list(
            arguments.check_rank(arguments.describe(self), input_shape, len(self._factors) + 2)
        )
        for axis, factor in zip(self._spatial_axes, self._factors, strict=True):
            if shape[axis] is not None:
                shape[axis] *= factor
        return tuple(shape)

    def compute_output_spec(self, inputs):
        return KerasTensor(self.compute_output_shape(inputs.shape), inputs.dtype)


class UpSampling1D(BaseUpSampling):
    """Repeats each step of ``(batch, steps, features)`` inputs ``size`` times.

    Args:
        size: Positive int, the upsampling factor.

    Example:
        >>> keras_core.layers.UpSampling1D(2)(np.ones((2, 3, 4))).shape
        (2, 6, 4)
    """

    def __init__(self, size=2, **kwargs):
        super().__init__(**kwargs)
        where = arguments.describe(self)
        # Keras raises TypeError for a size that is not an int, ValueError for one below 1.
        self.size = arguments.positive_int(where, "size", arguments.integer(where, "size", size))
        self._set_factors((self.size,), "channels_last")

    def get_config(self):
        config = super().get_config()
        config["size"] = self.size
        return config


class UpSampling2D(BaseUpSampling):
    """Enlarges the height and width of images by integer factors.

    Args:
        size: An int or a ``(height, width)`` pair of positive factors.
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.
        interpolation: ``"nearest"`` (repeat rows and columns) or one of
            ``keras_core.ops.image.resize``'s methods: ``"bilinear"``, ``"bicubic"``,
            ``"lanczos3"``, ``"lanczos5"``.

    Example:
        >>> keras_core.layers.UpSampling2D((2, 3))(np.ones((1, 2, 2, 3))).shape
        (1, 4, 6, 3)
    """

    def __init__(self, size=(2, 2), data_format=None, interpolation="nearest", **kwargs):
        super().__init__(**kwargs)
        where = arguments.describe(self)
        self.size = arguments.int_tuple(where, "size", size, 2)
        self.data_format = arguments.data_format(where, data_format)
        if interpolation not in RESIZE_INTERPOLATIONS:
            raise ValueError(
                f"{where}: interpolation must be one of {RESIZE_INTERPOLATIONS}, "
                f"received {interpolation!r}"
            )
        self.interpolation = interpolation
        self._set_factors(self.size, self.data_format)

    def call(self, inputs):
        if self.interpolation == "nearest":
            return super().call(inputs)
        shape = ops.shape(inputs)
        size = tuple(
            shape[axis] * factor for axis, factor in zip(self._spatial_axes, self.size, strict=True)
        )
        return ops.image.resize(
            inputs, size, interpolation=self.interpolation, data_format=self.data_format
        )

    def get_config(self):
        config = super().get_config()
        config.update(
            {
                "size": self.size,
                "data_format": self.data_format,
                "interpolation": self.interpolation,
            }
        )
        return config


class UpSampling3D(BaseUpSampling):
    """Repeats each element of volumes along the three spatial axes.

    Args:
        size: An int or a tuple of 3 positive factors.
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.UpSampling3D(2)(np.ones((1, 2, 2, 2, 3))).shape
        (1, 4, 4, 4, 3)
    """

    def __init__(self, size=(2, 2, 2), data_format=None, **kwargs):
        super().__init__(**kwargs)
        where = arguments.describe(self)
        self.size = arguments.int_tuple(where, "size", size, 3)
        self.data_format = arguments.data_format(where, data_format)
        self._set_factors(self.size, self.data_format)

    def get_config(self):
        config = super().get_config()
        config.update({"size": self.size, "data_format": self.data_format})
        return config
