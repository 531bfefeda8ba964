"""``AveragePooling1D/2D/3D``: the mean over sliding windows."""

from keras_core import ops
from keras_core.layers.pooling.base_pooling import BasePooling


class AveragePooling1D(BasePooling):
    """Average pooling over the steps of ``(batch, steps, features)`` inputs.

    With ``padding="same"``, windows that overhang the input average only the elements
    inside it.

    Args:
        pool_size: Window size (an int or a 1-tuple).
        strides: Step between windows; ``None`` means ``pool_size``.
        padding: ``"valid"`` or ``"same"``.
        data_format: ``"channels_last"`` (``(batch, steps, features)``) or
            ``"channels_first"``; ``None`` reads ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.AveragePooling1D(2)(np.ones((4, 10, 3))).shape
        (4, 5, 3)
    """

    _rank = 1
    _pool = staticmethod(ops.average_pool)


class AveragePooling2D(BasePooling):
    """Average pooling over the height and width of images.

    Args:
        pool_size: Window size (an int or a 2-tuple).
        strides: Step between windows; ``None`` means ``pool_size``.
        padding: ``"valid"`` or ``"same"``.
        data_format: ``"channels_last"`` (``(batch, height, width, channels)``) or
            ``"channels_first"``; ``None`` reads ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.AveragePooling2D(2)(np.ones((4, 8, 8, 3))).shape
        (4, 4, 4, 3)
    """

    _rank = 2
    _pool = staticmethod(ops.average_pool)


class AveragePooling3D(BasePooling):
    """Average pooling over the three spatial axes of volumes.

    Args:
        pool_size: Window size (an int or a 3-tuple).
        strides: Step between windows; ``None`` means ``pool_size``.
        padding: ``"valid"`` or ``"same"``.
        data_format: ``"channels_last"`` (``(batch, dim1, dim2, dim3, channels)``) or
            ``"channels_first"``; ``None`` reads ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.AveragePooling3D(2)(np.ones((1, 4, 4, 4, 2))).shape
        (1, 2, 2, 2, 2)
    """

    _rank = 3
    _pool = staticmethod(ops.average_pool)


AvgPool1D = AveragePooling1D
AvgPool2D = AveragePooling2D
AvgPool3D = AveragePooling3D
