"""``AdaptiveMaxPooling1D/2D/3D`` and ``AdaptiveAveragePooling1D/2D/3D``: pooling to a fixed
output size, whatever the input size (PyTorch's ``AdaptiveMaxPool``/``AdaptiveAvgPool``)."""

from keras_core import ops
from keras_core.backend import KerasTensor
from keras_core.layers import arguments
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer


class BaseAdaptivePooling(Layer):
    """Pools each spatial axis of size ``n`` into ``output_size`` windows, window ``i``
    covering elements ``floor(i * n / size)`` to ``ceil((i + 1) * n / size)``, with
    ``_pool`` (``ops.adaptive_max_pool`` or ``ops.adaptive_average_pool``); subclasses set
    ``_rank`` and ``_pool``.

    Args:
        output_size: An int or a tuple of ``_rank`` ints, the output spatial size.
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.
    """

    _rank = None
    _pool = None

    def __init__(self, output_size, data_format=None, **kwargs):
        super().__init__(**kwargs)
        rank, where = self._rank, arguments.describe(self)
        if not (
            arguments.is_int(output_size)
            or (isinstance(output_size, (tuple, list)) and len(output_size) == rank)
        ):
            # Keras raises TypeError for an output_size of the wrong kind.
            raise TypeError(
                f"{where}: output_size must be an int or a tuple of {rank} ints, "
                f"received {output_size!r} of type {type(output_size).__name__}"
            )
        self.output_size = arguments.int_tuple(where, "output_size", output_size, rank)
        self.data_format = arguments.data_format(where, data_format)
        self.input_spec = InputSpec(ndim=rank + 2)
        self._spatial_axes = arguments.spatial_axes(self.data_format, rank)

    def call(self, inputs):
        return self._pool(inputs, self.output_size, self.data_format)

    def compute_output_shape(self, input_shape):
        shape = list(arguments.check_rank(arguments.describe(self), input_shape, self._rank + 2))
        for axis, size in zip(self._spatial_axes, self.output_size, strict=True):
            shape[axis] = size
        return tuple(shape)

    def compute_output_spec(self, inputs):
        shape = self.compute_output_shape(inputs.shape)
        # The op's own rule gives the dtype (average pooling of integers is float).
        return KerasTensor(shape, self.call(inputs).dtype)

    def get_config(self):
        config = super().get_config()
        config.update({"output_size": self.output_size, "data_format": self.data_format})
        return config


class AdaptiveMaxPooling1D(BaseAdaptivePooling):
    """Max pooling of ``(batch, steps, features)`` inputs to ``output_size`` steps.

    Args:
        output_size: The number of output steps (an int or a 1-tuple).
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.AdaptiveMaxPooling1D(4)(np.ones((2, 10, 3))).shape
        (2, 4, 3)
    """

    _rank = 1
    _pool = staticmethod(ops.adaptive_max_pool)


class AdaptiveMaxPooling2D(BaseAdaptivePooling):
    """Max pooling of images to ``output_size = (height, width)``.

    Args:
        output_size: An int or a ``(height, width)`` tuple.
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.AdaptiveMaxPooling2D((2, 3))(np.ones((1, 7, 9, 3))).shape
        (1, 2, 3, 3)
    """

    _rank = 2
    _pool = staticmethod(ops.adaptive_max_pool)


class AdaptiveMaxPooling3D(BaseAdaptivePooling):
    """Max pooling of volumes to ``output_size = (dim1, dim2, dim3)``.

    Args:
        output_size: An int or a tuple of 3 ints.
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.AdaptiveMaxPooling3D(2)(np.ones((1, 5, 5, 5, 3))).shape
        (1, 2, 2, 2, 3)
    """

    _rank = 3
    _pool = staticmethod(ops.adaptive_max_pool)


class AdaptiveAveragePooling1D(BaseAdaptivePooling):
    """Average pooling of ``(batch, steps, features)`` inputs to ``output_size`` steps.

    Args:
        output_size: The number of output steps (an int or a 1-tuple).
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.AdaptiveAveragePooling1D(4)(np.ones((2, 10, 3))).shape
        (2, 4, 3)
    """

    _rank = 1
    _pool = staticmethod(ops.adaptive_average_pool)


class AdaptiveAveragePooling2D(BaseAdaptivePooling):
    """Average pooling of images to ``output_size = (height, width)``.

    Args:
        output_size: An int or a ``(height, width)`` tuple.
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.AdaptiveAveragePooling2D(7)(np.ones((1, 32, 32, 3))).shape
        (1, 7, 7, 3)
    """

    _rank = 2
    _pool = staticmethod(ops.adaptive_average_pool)


class AdaptiveAveragePooling3D(BaseAdaptivePooling):
    """Average pooling of volumes to ``output_size = (dim1, dim2, dim3)``.

    Args:
        output_size: An int or a tuple of 3 ints.
        data_format: ``"channels_last"`` or ``"channels_first"``; ``None`` reads
            ``keras_core.backend.image_data_format()``.

    Example:
        >>> keras_core.layers.AdaptiveAveragePooling3D(2)(np.ones((1, 5, 5, 5, 3))).shape
        (1, 2, 2, 2, 3)
    """

    _rank = 3
    _pool = staticmethod(ops.adaptive_average_pool)
