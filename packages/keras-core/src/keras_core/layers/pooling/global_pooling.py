"""``GlobalMaxPooling1D/2D/3D`` and ``GlobalAveragePooling1D/2D/3D``: one value per channel,
reduced over all spatial axes."""

from keras_core import ops
from keras_core.backend import KerasTensor
from keras_core.layers import arguments
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer


class BaseGlobalPooling(Layer):
    """Reduces the ``_rank`` spatial axes with ``_reduce`` (``ops.max`` or ``ops.mean``);
    subclasses set both.

    Args:
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.
        keepdims: Keep the spatial axes with size 1.
    """

    _rank = None
    _reduce = None

    def __init__(self, data_format=None, keepdims=False, **kwargs):
        super().__init__(**kwargs)
        self.data_format = arguments.data_format(arguments.describe(self), data_format)
        self.keepdims = keepdims
        self.input_spec = InputSpec(ndim=self._rank + 2)
        self._spatial_axes = arguments.spatial_axes(self.data_format, self._rank)

    def call(self, inputs):
        return self._reduce(inputs, axis=self._spatial_axes, keepdims=self.keepdims)

    def compute_output_shape(self, input_shape):
        shape = arguments.check_rank(arguments.describe(self), input_shape, self._rank + 2)
        spatial = self._spatial_axes
        if self.keepdims:
            return tuple(1 if axis in spatial else size for axis, size in enumerate(shape))
        return tuple(size for axis, size in enumerate(shape) if axis not in spatial)

    def compute_output_spec(self, inputs, **kwargs):
        shape = self.compute_output_shape(inputs.shape)
        # The reduction's own rule gives the dtype (the mean of integers is float).
        return KerasTensor(shape, self.call(inputs, **kwargs).dtype)

    def get_config(self):
        config = super().get_config()
        config.update({"data_format": self.data_format, "keepdims": self.keepdims})
        return config


class GlobalMaxPooling1D(BaseGlobalPooling):
    """The maximum over the steps of ``(batch, steps, features)`` inputs.

    Args:
        data_format: ``"channels_last"`` (``(batch, steps, features)``) or
            ``"channels_first"``; ``None`` reads ``keras_core.backend.image_data_format()``.
        keepdims: Keep the steps axis with size 1.

    Example:
        >>> keras_core.layers.GlobalMaxPooling1D()(np.ones((4, 10, 3))).shape
        (4, 3)
    """

    _rank = 1
    _reduce = staticmethod(ops.max)


class GlobalMaxPooling2D(BaseGlobalPooling):
    """The maximum over the height and width of images.

    Args:
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.
        keepdims: Keep the spatial axes with size 1.

    Example:
        >>> keras_core.layers.GlobalMaxPooling2D()(np.ones((4, 8, 8, 3))).shape
        (4, 3)
    """

    _rank = 2
    _reduce = staticmethod(ops.max)


class GlobalMaxPooling3D(BaseGlobalPooling):
    """The maximum over the three spatial axes of volumes.

    Args:
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.
        keepdims: Keep the spatial axes with size 1.

    Example:
        >>> keras_core.layers.GlobalMaxPooling3D()(np.ones((1, 4, 4, 4, 2))).shape
        (1, 2)
    """

    _rank = 3
    _reduce = staticmethod(ops.max)


class GlobalAveragePooling1D(BaseGlobalPooling):
    """The mean over the steps of ``(batch, steps, features)`` inputs; with a mask
    (``(batch, steps)``, e.g. from ``Embedding(mask_zero=True)``), the mean of the
    unmasked steps.

    Args:
        data_format: ``"channels_last"`` (``(batch, steps, features)``) or
            ``"channels_first"``; ``None`` reads ``keras_core.backend.image_data_format()``.
        keepdims: Keep the steps axis with size 1.

    Example:
        >>> layer = keras_core.layers.GlobalAveragePooling1D()
        >>> layer(np.ones((4, 10, 3)), mask=np.ones((4, 10), dtype=bool)).shape
        (4, 3)
    """

    _rank = 1
    _reduce = staticmethod(ops.mean)

    def __init__(self, data_format=None, keepdims=False, **kwargs):
        super().__init__(data_format=data_format, keepdims=keepdims, **kwargs)
        self.supports_masking = True
        self._mask_axis = 2 if self.data_format == "channels_last" else 1

    def call(self, inputs, mask=None):
        if mask is None:
            return ops.mean(inputs, axis=self._spatial_axes, keepdims=self.keepdims)
        axes, keepdims = self._spatial_axes, self.keepdims
        weights = ops.expand_dims(ops.cast(mask, ops.dtype(inputs)), self._mask_axis)
        total = ops.sum(ops.multiply(inputs, weights), axis=axes, keepdims=keepdims)
        return ops.divide(total, ops.sum(weights, axis=axes, keepdims=keepdims))

    def compute_mask(self, inputs, previous_mask):
        # The steps axis is reduced away, and the mask with it.
        return None


class GlobalAveragePooling2D(BaseGlobalPooling):
    """The mean over the height and width of images.

    Args:
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.
        keepdims: Keep the spatial axes with size 1.

    Example:
        >>> keras_core.layers.GlobalAveragePooling2D()(np.ones((4, 8, 8, 3))).shape
        (4, 3)
    """

    _rank = 2
    _reduce = staticmethod(ops.mean)


class GlobalAveragePooling3D(BaseGlobalPooling):
    """The mean over the three spatial axes of volumes.

    Args:
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.
        keepdims: Keep the spatial axes with size 1.

    Example:
        >>> keras_core.layers.GlobalAveragePooling3D()(np.ones((1, 4, 4, 4, 2))).shape
        (1, 2)
    """

    _rank = 3
    _reduce = staticmethod(ops.mean)


GlobalMaxPool1D = GlobalMaxPooling1D
GlobalMaxPool2D = GlobalMaxPooling2D
GlobalMaxPool3D = GlobalMaxPooling3D
GlobalAvgPool1D = GlobalAveragePooling1D
GlobalAvgPool2D = GlobalAveragePooling2D
GlobalAvgPool3D = GlobalAveragePooling3D
