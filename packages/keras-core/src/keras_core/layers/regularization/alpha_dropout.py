"""``AlphaDropout``: dropout that keeps the mean and variance of SELU activations."""

from keras_core import ops, random
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers.layer import Layer
from keras_core.layers.regularization.dropout import (
    check_noise_shape,
    check_rate,
    concrete_noise_shape,
    seed_generator,
)

# SELU's constants (Klambauer et al., 2017): dropped units are set to SELU's negative
# saturation value -scale * alpha instead of 0.
_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946
_SATURATION = -_SELU_ALPHA * _SELU_SCALE


class AlphaDropout(Layer):
    """During training, sets each input to SELU's saturation value ``-scale * alpha`` with
    probability ``rate``, then applies the affine map ``a * x + b`` that restores zero mean
    and unit variance for standardized inputs (the self-normalizing property of SELU
    networks). Inference is the identity.

    Args:
        rate: Drop probability, in ``[0, 1)``.
        noise_shape: Shape of the keep/drop decisions (see ``Dropout``).
        seed: Int seed, or ``None``.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> layer = keras_core.layers.AlphaDropout(0.1, seed=1)
        >>> layer(keras_core.ops.ones((2, 3)), training=True).shape
        (2, 3)
    """

    def __init__(self, rate, noise_shape=None, seed=None, **kwargs):
        super().__init__(**kwargs)
        # rate 1 drops everything: the affine correction would divide by zero.
        check_rate(self, rate, upper_inclusive=False)
        self.rate = rate
        self.noise_shape = check_noise_shape(self, noise_shape)
        self.seed = seed
        self._a = ((1 - rate) * (1 + rate * _SATURATION**2)) ** -0.5
        self._b = -self._a * _SATURATION * rate
        if rate > 0:
            self.seed_generator = seed_generator(self, seed)
        self.supports_masking = True
        self.built = True

    def call(self, inputs, training=None):
        if not training or self.rate == 0:
            return inputs
        noise_shape = concrete_noise_shape(self.noise_shape, inputs)
        if noise_shape is None:
            noise_shape = ops.shape(inputs)
        draws = random.uniform(noise_shape, dtype=self.compute_dtype, seed=self.seed_generator)
        kept = ops.cast(ops.greater_equal(draws, self.rate), ops.dtype(inputs))
        dropped = ops.multiply(ops.subtract(1.0, kept), _SATURATION)
        outputs = ops.add(ops.multiply(inputs, kept), dropped)
        return ops.add(ops.multiply(outputs, self._a), self._b)

    def compute_output_spec(self, inputs, training=None):
        # The noise needs concrete sizes; symbolically the output is shaped like the input.
        return KerasTensor(inputs.shape, dtype=inputs.dtype)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict:
        config = super().get_config()
        config.update({"rate": self.rate, "seed": self.seed, "noise_shape": self.noise_shape})
        return config
