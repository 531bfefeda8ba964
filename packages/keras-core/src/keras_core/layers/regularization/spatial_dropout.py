"""``SpatialDropout1D/2D/3D``: dropout of whole feature maps."""

from keras_core import ops, random
from keras_core.backend.settings import image_data_format
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.regularization.dropout import Dropout

_DATA_FORMATS = ("channels_first", "channels_last")


class _SpatialDropout(Dropout):
    """Dropout whose decision is shared over the spatial axes: each channel of each sample
    is kept or dropped whole (adjacent positions are correlated, so element-wise dropout
    would barely regularize)."""

    _rank = None
    data_format = "channels_last"

    def __init__(self, rate, seed=None, name=None, dtype=None):
        super().__init__(rate, seed=seed, name=name, dtype=dtype)
        self.input_spec = InputSpec(ndim=self._rank)

    def call(self, inputs, training=None):
        if not training or self.rate == 0:
            return inputs
        shape = ops.shape(inputs)
        if len(shape) != self._rank:
            raise ValueError(
                f"{type(self).__name__} '{self.name}' expects inputs of rank {self._rank}, "
                f"received shape {tuple(shape)}"
            )
        if self.rate == 1:
            return ops.zeros_like(inputs)
        ones = (1,) * (self._rank - 2)
        if self.data_format == "channels_last":
            noise_shape = (shape[0], *ones, shape[-1])
        else:
            noise_shape = (shape[0], shape[1], *ones)
        return random.dropout(inputs, self.rate, noise_shape=noise_shape, seed=self.seed_generator)

    def get_config(self) -> dict:
        # Keras 3 writes exactly these keys for spatial dropout (no "trainable"), with the
        # dtype policy as its name.
        return {
            "rate": self.rate,
            "seed": self.seed,
            "name": self.name,
            "dtype": self.dtype_policy.name,
        }


class SpatialDropout1D(_SpatialDropout):
    """Drops whole channels of ``(batch, steps, channels)`` inputs during training.

    Args:
        rate: Fraction of the channels to drop, in ``[0, 1]``.
        seed: Int seed, or ``None``.
        name: Layer name.
        dtype: Dtype policy.

    Example:
        >>> layer = keras_core.layers.SpatialDropout1D(0.5, seed=1)
        >>> layer(keras_core.ops.ones((2, 3, 4)), training=True)   # columns of 0 or 2
    """

    _rank = 3


class _SpatialDropoutND(_SpatialDropout):
    def __init__(self, rate, data_format=None, seed=None, name=None, dtype=None):
        super().__init__(rate, seed=seed, name=name, dtype=dtype)
        data_format = image_data_format() if data_format is None else data_format
        if data_format not in _DATA_FORMATS:
            raise ValueError(
                f"{type(self).__name__} '{self.name}': data_format must be one of "
                f"{_DATA_FORMATS}, received {data_format!r}"
            )
        self.data_format = data_format

    def get_config(self) -> dict:
        config = super().get_config()
        config["data_format"] = self.data_format
        return config


class SpatialDropout2D(_SpatialDropoutND):
    """Drops whole channels of 4D image inputs during training.

    Args:
        rate: Fraction of the channels to drop, in ``[0, 1]``.
        data_format: ``"channels_last"`` (``(batch, height, width, channels)``) or
            ``"channels_first"``; ``keras_core.config.image_data_format()`` by default.
        seed: Int seed, or ``None``.
        name: Layer name.
        dtype: Dtype policy.

    Example:
        >>> layer = keras_core.layers.SpatialDropout2D(0.5, seed=1)
        >>> layer(keras_core.ops.ones((2, 8, 8, 3)), training=True).shape
        (2, 8, 8, 3)
    """

    _rank = 4


class SpatialDropout3D(_SpatialDropoutND):
    """Drops whole channels of 5D volume inputs during training.

    Args:
        rate: Fraction of the channels to drop, in ``[0, 1]``.
        data_format: ``"channels_last"`` (``(batch, dim1, dim2, dim3, channels)``) or
            ``"channels_first"``; ``keras_core.config.image_data_format()`` by default.
        seed: Int seed, or ``None``.
        name: Layer name.
        dtype: Dtype policy.

    Example:
        >>> layer = keras_core.layers.SpatialDropout3D(0.5, seed=1)
        >>> layer(keras_core.ops.ones((1, 2, 2, 2, 3)), training=True).shape
        (1, 2, 2, 2, 3)
    """

    _rank = 5
