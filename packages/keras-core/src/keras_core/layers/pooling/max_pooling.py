"""``MaxPooling1D/2D/3D``: the maximum over sliding windows."""

from keras_core import ops
from keras_core.layers.pooling.base_pooling import BasePooling


class MaxPooling1D(BasePooling):
    """Max pooling over the steps of ``(batch, steps, features)`` inputs.

    Args:
        pool_size: Window size (an int or a 1-tuple).
        strides: Step between windows; ``None`` means ``pool_size``.
        padding: ``"valid"`` or ``"same"``.
        data_format: ``"channels_last"`` (``(batch, steps, features)``) or
            ``"channels_first"``; ``None`` reads ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.MaxPooling1D(2)(np.ones((4, 10, 3))).shape
        (4, 5, 3)
    """

    _rank = 1
    _pool = staticmethod(ops.max_pool)

    def __init__(
        self, pool_size=2, strides=None, padding="valid", data_format=None, name=None, **kwargs
    ):
        super().__init__(pool_size, strides, padding, data_format, name=name, **kwargs)


class MaxPooling2D(BasePooling):
    """Max pooling over the height and width of images.

    Args:
        pool_size: Window size (an int or a 2-tuple).
        strides: Step between windows; ``None`` means ``pool_size``.
        padding: ``"valid"`` or ``"same"``.
        data_format: ``"channels_last"`` (``(batch, height, width, channels)``) or
            ``"channels_first"``; ``None`` reads ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.MaxPooling2D((2, 2))(np.ones((4, 8, 8, 3))).shape
        (4, 4, 4, 3)
    """

    _rank = 2
    _pool = staticmethod(ops.max_pool)

    def __init__(
        self,
        pool_size=(2, 2),
        strides=None,
        padding="valid",
        data_format=None,
        name=None,
        **kwargs,
    ):
        super().__init__(pool_size, strides, padding, data_format, name=name, **kwargs)


class MaxPooling3D(BasePooling):
    """Max pooling over the three spatial axes of volumes.

    Args:
        pool_size: Window size (an int or a 3-tuple).
        strides: Step between windows; ``None`` means ``pool_size``.
        padding: ``"valid"`` or ``"same"``.
        data_format: ``"channels_last"`` (``(batch, dim1, dim2, dim3, channels)``) or
            ``"channels_first"``; ``None`` reads ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.MaxPooling3D(2)(np.ones((1, 4, 4, 4, 2))).shape
        (1, 2, 2, 2, 2)
    """

    _rank = 3
    _pool = staticmethod(ops.max_pool)

    def __init__(
        self,
        pool_size=(2, 2, 2),
        strides=None,
        padding="valid",
        data_format=None,
        name=None,
        **kwargs,
    ):
        super().__init__(pool_size, strides, padding, data_format, name=name, **kwargs)


MaxPool1D = MaxPooling1D
MaxPool2D = MaxPooling2D
MaxPool3D = MaxPooling3D
