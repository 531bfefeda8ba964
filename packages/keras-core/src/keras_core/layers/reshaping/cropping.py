"""``Cropping1D/2D/3D``: rows removed from the start and end of each spatial axis."""

from keras_core import ops
from keras_core.backend import KerasTensor
from keras_core.layers import arguments
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer


class BaseCropping(Layer):
    """Crops ``(start, end)`` elements from each spatial axis; subclasses call
    ``_set_crops`` from their constructor."""

    def _set_crops(self, crops, data_format):
        rank = len(crops)
        self._crops = crops
        self._spatial_axes = arguments.spatial_axes(data_format, rank)
        self.input_spec = InputSpec(ndim=rank + 2)
        key = [slice(None)] * (rank + 2)
        for axis, (start, end) in zip(self._spatial_axes, crops, strict=True):
            key[axis] = slice(start, -end if end else None)
        self._key = tuple(key)

    def build(self, input_shape):
        # Rejects crops that would leave nothing before a backend returns an empty tensor.
        self.compute_output_shape(input_shape)

    def call(self, inputs):
        return ops.get_item(inputs, self._key)

    def compute_output_shape(self, input_shape):
        where = arguments.describe(self)
        shape = list(arguments.check_rank(where, input_shape, len(self._crops) + 2))
        for axis, (start, end) in zip(self._spatial_axes, self._crops, strict=True):
            if shape[axis] is None:
                continue
            shape[axis] -= start + end
            if shape[axis] <= 0:
                raise ValueError(
                    f"{where}: cropping {(start, end)} along axis {axis} removes "
                    f"all of it; the crops must sum to less than the input size. Received "
                    f"input shape {tuple(input_shape)}, cropping={self.cropping}"
                )
        return tuple(shape)

    def compute_output_spec(self, inputs):
        return KerasTensor(self.compute_output_shape(inputs.shape), inputs.dtype)


class Cropping1D(BaseCropping):
    """Crops the steps axis of ``(batch, steps, features)`` inputs.

    Args:
        cropping: An int (both ends) or a ``(start, end)`` pair of ints >= 0.

    Example:
        >>> keras_core.layers.Cropping1D((1, 2))(np.ones((2, 10, 3))).shape
        (2, 7, 3)
    """

    def __init__(self, cropping=(1, 1), **kwargs):
        super().__init__(**kwargs)
        self.cropping = arguments.int_tuple(
            arguments.describe(self), "cropping", cropping, 2, minimum=0
        )
        self._set_crops((self.cropping,), "channels_last")

    def get_config(self):
        config = super().get_config()
        config["cropping"] = self.cropping
        return config


class Cropping2D(BaseCropping):
    """Crops the height and width of images.

    Args:
        cropping: An int (all sides), a ``(height, width)`` pair of symmetric crops, or
            ``((top, bottom), (left, right))``; all >= 0.
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.Cropping2D(((1, 0), (2, 2)))(np.ones((2, 8, 8, 3))).shape
        (2, 7, 4, 3)
    """

    def __init__(self, cropping=((0, 0), (0, 0)), data_format=None, **kwargs):
        super().__init__(**kwargs)
        where = arguments.describe(self)
        self.cropping = arguments.int_pairs(where, "cropping", cropping, 2)
        self.data_format = arguments.data_format(where, data_format)
        self._set_crops(self.cropping, self.data_format)

    def get_config(self):
        config = super().get_config()
        config.update({"cropping": self.cropping, "data_format": self.data_format})
        return config


class Cropping3D(BaseCropping):
    """Crops the three spatial axes of volumes.

    Args:
        cropping: An int (all sides), a tuple of 3 symmetric crops, or a tuple of 3
            ``(start, end)`` pairs; all >= 0.
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.Cropping3D(1)(np.ones((1, 6, 6, 6, 2))).shape
        (1, 4, 4, 4, 2)
    """

    def __init__(self, cropping=((1, 1), (1, 1), (1, 1)), data_format=None, **kwargs):
        super().__init__(**kwargs)
        where = arguments.describe(self)
        self.cropping = arguments.int_pairs(where, "cropping", cropping, 3)
        self.data_format = arguments.data_format(where, data_format)
        self._set_crops(self.cropping, self.data_format)

    def get_config(self):
        config = super().get_config()
        config.update({"cropping": self.cropping, "data_format": self.data_format})
        return config
