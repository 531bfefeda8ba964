"""``Dropout``: randomly zeroes inputs during training, scaling the rest up."""

from keras_core import ops, random
from keras_core.layers.layer import Layer


class Dropout(Layer):
    """During training, sets each input to 0 with probability ``rate`` and scales the
    others by ``1 / (1 - rate)`` (inverted dropout: the expected value is unchanged, and
    inference is the identity).

    Args:
        rate: Fraction of the inputs to drop, in ``[0, 1]``.
        noise_shape: Shape of the keep/drop decisions, broadcast against the input; e.g.
            ``(batch, 1, features)`` drops the same features at every timestep. ``None``
            entries take the input's size.
        seed: Int seed of the layer's ``SeedGenerator`` (reproducible draws), or ``None``.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> layer = keras_core.layers.Dropout(0.5, seed=1)
        >>> layer(keras_core.ops.ones((2, 4)), training=True)   # zeros and 2.0s
    """

    def __init__(self, rate, noise_shape=None, seed=None, **kwargs):
        super().__init__(**kwargs)
        check_rate(self, rate)
        self.rate = rate
        self.noise_shape = check_noise_shape(self, noise_shape)
        self.seed = seed
        if rate > 0:
            self.seed_generator = seed_generator(self, seed)
        self.supports_masking = True
        self.built = True

    # The default is None, not Keras's False: a symbolic call records its resolved
    # arguments in the graph, and an explicit False there would hide the model's own
    # `training` from this layer (random layers here share this default).
    def call(self, inputs, training=None):
        if not training or self.rate == 0:
            return inputs
        if self.rate == 1:
            return ops.zeros_like(inputs)
        noise_shape = concrete_noise_shape(self.noise_shape, inputs)
        return random.dropout(inputs, self.rate, noise_shape=noise_shape, seed=self.seed_generator)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict:
        config = super().get_config()
        config.update({"rate": self.rate, "seed": self.seed, "noise_shape": self.noise_shape})
        return config


def check_rate(layer, rate, upper_inclusive=True) -> None:
    """Raises ``ValueError`` unless ``rate`` is a number in ``[0, 1]`` (or ``[0, 1)``)."""
    is_number = isinstance(rate, (int, float)) and not isinstance(rate, bool)
    if not is_number or not (0 <= rate <= 1 if upper_inclusive else 0 <= rate < 1):
        interval = "[0, 1]" if upper_inclusive else "[0, 1)"
        raise ValueError(
            f"{type(layer).__name__} '{layer.name}': rate must be a number in {interval}, "
            f"received {rate!r}"
        )


def seed_generator(layer, seed):
    """The layer's ``SeedGenerator`` for an int or ``None`` seed."""
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or seed < 0):
        raise ValueError(
            f"{type(layer).__name__} '{layer.name}': seed must be a non-negative int or None, "
            f"received {seed!r}"
        )
    return random.SeedGenerator(seed)


def concrete_noise_shape(noise_shape, inputs):
    """``noise_shape`` with its ``None`` entries replaced by the input's sizes."""
    if noise_shape is None or None not in noise_shape:
        return noise_shape
    shape = ops.shape(inputs)
    return tuple(shape[i] if size is None else size for i, size in enumerate(noise_shape))


def check_noise_shape(layer, noise_shape):
    """``noise_shape`` as a tuple; raises ``ValueError`` unless it holds positive ints and
    ``None``."""
    if noise_shape is None:
        return None
    try:
        shape = tuple(noise_shape)
    except TypeError:
        shape = None
    if shape is None or not all(
        d is None or (isinstance(d, int) and not isinstance(d, bool) and d > 0) for d in shape
    ):
        raise ValueError(
            f"{type(layer).__name__} '{layer.name}': noise_shape must be a tuple of positive "
            f"ints and None, received {noise_shape!r}"
        )
    return shape
