"""``ZeroPadding1D/2D/3D``: zeros added at the start and end of each spatial axis."""

from keras_core import ops
from keras_core.backend import KerasTensor
from keras_core.layers import arguments
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer


class BaseZeroPadding(Layer):
    """Pads ``(start, end)`` zeros on each spatial axis; subclasses call ``_set_pads``
    from their constructor."""

    def _set_pads(self, pads, data_format):
        rank = len(pads)
        self._pads = pads
        self._spatial_axes = arguments.spatial_axes(data_format, rank)
        self.input_spec = InputSpec(ndim=rank + 2)
        pad_width = [(0, 0)] * (rank + 2)
        for axis, pair in zip(self._spatial_axes, pads, strict=True):
            pad_width[axis] = pair
        self._pad_width = tuple(pad_width)

    def call(self, inputs):
        return ops.pad(inputs, self._pad_width)

    def compute_output_shape(self, input_shape):
        shape = list(
            arguments.check_rank(arguments.describe(self), input_shape, len(self._pads) + 2)
        )
        for axis, (start, end) in zip(self._spatial_axes, self._pads, strict=True):
            if shape[axis] is not None:
                shape[axis] += start + end
        return tuple(shape)

    def compute_output_spec(self, inputs):
        return KerasTensor(self.compute_output_shape(inputs.shape), inputs.dtype)

    def get_config(self):
        config = super().get_config()
        config.update({"padding": self.padding, "data_format": self.data_format})
        return config


class ZeroPadding1D(BaseZeroPadding):
    """Pads the steps axis of ``(batch, steps, features)`` inputs with zeros.

    Args:
        padding: An int (both ends) or a ``(start, end)`` pair of ints >= 0.
        data_format: ``"channels_last"`` (``(batch, steps, features)``) or
            ``"channels_first"``; ``None`` reads ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.ZeroPadding1D((1, 2))(np.ones((2, 4, 3))).shape
        (2, 7, 3)
    """

    def __init__(self, padding=1, data_format=None, **kwargs):
        super().__init__(**kwargs)
        where = arguments.describe(self)
        self.padding = arguments.int_tuple(where, "padding", padding, 2, minimum=0)
        self.data_format = arguments.data_format(where, data_format)
        self._set_pads((self.padding,), self.data_format)


class ZeroPadding2D(BaseZeroPadding):
    """Pads the height and width of images with zeros.

    Args:
        padding: An int (all sides), a ``(height, width)`` pair of symmetric pads, or
            ``((top, bottom), (left, right))``; all >= 0.
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.ZeroPadding2D((1, 2))(np.ones((2, 4, 4, 3))).shape
        (2, 6, 8, 3)
    """

    def __init__(self, padding=(1, 1), data_format=None, **kwargs):
        super().__init__(**kwargs)
        where = arguments.describe(self)
        self.padding = arguments.int_pairs(where, "padding", padding, 2)
        self.data_format = arguments.data_format(where, data_format)
        self._set_pads(self.padding, self.data_format)


class ZeroPadding3D(BaseZeroPadding):
    """Pads the three spatial axes of volumes with zeros.

    Args:
        padding: An int (all sides), a tuple of 3 symmetric pads, or a tuple of 3
            ``(start, end)`` pairs; all >= 0.
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.ZeroPadding3D(1)(np.ones((1, 2, 2, 2, 3))).shape
        (1, 4, 4, 4, 3)
    """

    def __init__(self, padding=((1, 1), (1, 1), (1, 1)), data_format=None, **kwargs):
        super().__init__(**kwargs)
        where = arguments.describe(self)
        self.padding = arguments.int_pairs(where, "padding", padding, 3)
        self.data_format = arguments.data_format(where, data_format)
        self._set_pads(self.padding, self.data_format)
