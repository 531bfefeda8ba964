"""``GaussianDropout``: multiplicative Gaussian noise with mean 1."""

import math

from keras_core import ops, random
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers.layer import Layer
from keras_core.layers.regularization.dropout import check_rate, seed_generator


class GaussianDropout(Layer):
    """During training, multiplies the inputs by noise drawn from ``N(1, rate / (1 -
    rate))``: the mean is unchanged and the variance matches that of ``Dropout(rate)``.
    Inference is the identity.

    Args:
        rate: Drop probability whose variance the noise matches, in ``[0, 1)``.
        seed: Int seed, or ``None``.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> layer = keras_core.layers.GaussianDropout(0.2, seed=1)
        >>> layer(keras_core.ops.ones((2, 3)), training=True)   # values around 1
    """

    def __init__(self, rate, seed=None, **kwargs):
        super().__init__(**kwargs)
        # rate 1 would need infinite variance.
        check_rate(self, rate, upper_inclusive=False)
        self.rate = rate
        self.seed = seed
        self._stddev = math.sqrt(rate / (1 - rate))
        if rate > 0:
            self.seed_generator = seed_generator(self, seed)
        self.supports_masking = True
        self.built = True

    def call(self, inputs, training=None):
        if not training or self.rate == 0:
            return inputs
        noise = random.normal(
            ops.shape(inputs),
            mean=1.0,
            stddev=self._stddev,
            dtype=self.compute_dtype,
            seed=self.seed_generator,
        )
        return ops.multiply(inputs, noise)

    def compute_output_spec(self, inputs, training=None):
        # The noise needs concrete sizes; symbolically the output is shaped like the input.
        return KerasTensor(inputs.shape, dtype=inputs.dtype)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict:
        config = super().get_config()
        config.update({"rate": self.rate, "seed": self.seed})
        return config
