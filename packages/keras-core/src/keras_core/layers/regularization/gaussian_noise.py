"""``GaussianNoise``: additive zero-mean Gaussian noise."""

from keras_core import ops, random
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers.layer import Layer
from keras_core.layers.regularization.dropout import seed_generator


class GaussianNoise(Layer):
    """During training, adds noise drawn from ``N(0, stddev**2)``; inference is the
    identity.

    Args:
        stddev: Non-negative standard deviation of the noise.
        seed: Int seed, or ``None``.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> layer = keras_core.layers.GaussianNoise(0.1, seed=1)
        >>> layer(keras_core.ops.zeros((2, 3)), training=True)   # small values around 0
    """

    def __init__(self, stddev, seed=None, **kwargs):
        super().__init__(**kwargs)
        if isinstance(stddev, bool) or not isinstance(stddev, (int, float)) or stddev < 0:
            raise ValueError(
                f"GaussianNoise '{self.name}': stddev must be a non-negative number, received "
                f"{stddev!r}"
            )
        self.stddev = stddev
        self.seed = seed
        if stddev > 0:
            self.seed_generator = seed_generator(self, seed)
        self.supports_masking = True
        self.built = True

    def call(self, inputs, training=None):
        if not training or self.stddev == 0:
            return inputs
        noise = random.normal(
            ops.shape(inputs),
            stddev=self.stddev,
            dtype=self.compute_dtype,
            seed=self.seed_generator,
        )
        return ops.add(inputs, noise)

    def compute_output_spec(self, inputs, training=None):
        # The noise needs concrete sizes; symbolically the output is shaped like the input.
        return KerasTensor(inputs.shape, dtype=inputs.dtype)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict:
        config = super().get_config()
        config.update({"stddev": self.stddev, "seed": self.seed})
        return config
