"""Random initializers' seeding, and ``RandomNormal``, ``RandomUniform``, ``TruncatedNormal``.

Seeding follows Keras 3: an int seed gives the same values on every call; ``seed=None``
picks an int seed when the initializer is made, so that one object also repeats its values
(``clone()`` picks a new one); a ``SeedGenerator`` gives new values on every call.
"""

import numbers
import random as python_random

from keras_core import random
from keras_core.initializers.initializer import Initializer, float_dtype, standardize_shape
from keras_core.random.seed_generator import SeedGenerator
from keras_core.saving import serialization_lib

_SEED_LIMIT = 2**31 - 1


class RandomInitializer(Initializer):
    """Base of the initializers that draw from ``keras_core.random``.

    Args:
        seed: An int in ``[0, 2**31 - 1]``, a ``keras_core.random.SeedGenerator`` or ``None``.
    """

    def __init__(self, seed=None):
        self.seed = _validated_seed(type(self).__name__, seed)
        # Python's generator (not the backend's): making an initializer touches no backend,
        # and seeding Python's `random` makes unseeded initializers reproducible.
        self._draw_seed = python_random.randint(0, _SEED_LIMIT) if seed is None else self.seed

    def _prepare(self, shape, dtype):
        """The standardized ``(shape, dtype)`` of a call, and the seed to draw it with."""
        return standardize_shape(self, shape), float_dtype(self, dtype), self._draw_seed

    def get_config(self):
        return {"seed": serialization_lib.serialize_keras_object(self.seed)}

    @classmethod
    def from_config(cls, config):
        config = dict(config)
        if isinstance(config.get("seed"), dict):
            config["seed"] = serialization_lib.deserialize_keras_object(config["seed"])
        return cls(**config)


def _validated_seed(owner: str, seed):
    if seed is None or isinstance(seed, SeedGenerator):
        return seed
    is_int = isinstance(seed, numbers.Integral) and not isinstance(seed, bool)
    if is_int and 0 <= seed <= _SEED_LIMIT:
        return int(seed)
    raise ValueError(
        f"{owner} initializer expected seed to be an int in [0, {_SEED_LIMIT}], a "
        f"keras_core.random.SeedGenerator or None, received seed={seed!r}"
    )


class RandomNormal(RandomInitializer):
    """Draws from a normal distribution.

    Args:
        mean: Mean of the distribution.
        stddev: Standard deviation of the distribution.
        seed: An int, a ``SeedGenerator`` or ``None`` (see the module docstring).

    Example:
        >>> keras_core.initializers.RandomNormal(stddev=0.1, seed=1)((3, 3))
    """

    def __init__(self, mean=0.0, stddev=0.05, seed=None):
        super().__init__(seed)
        self.mean = mean
        self.stddev = stddev

    def __call__(self, shape, dtype=None):
        shape, dtype, seed = self._prepare(shape, dtype)
        return random.normal(shape, mean=self.mean, stddev=self.stddev, dtype=dtype, seed=seed)

    def get_config(self):
        return {**super().get_config(), "mean": self.mean, "stddev": self.stddev}


class RandomUniform(RandomInitializer):
    """Draws uniformly from ``[minval, maxval)``.

    Args:
        minval: Lower bound of the range.
        maxval: Upper bound of the range.
        seed: An int, a ``SeedGenerator`` or ``None`` (see the module docstring).

    Example:
        >>> keras_core.initializers.RandomUniform(-1.0, 1.0, seed=1)((3, 3))
    """

    def __init__(self, minval=-0.05, maxval=0.05, seed=None):
        super().__init__(seed)
        self.minval = minval
        self.maxval = maxval

    def __call__(self, shape, dtype=None):
        shape, dtype, seed = self._prepare(shape, dtype)
        return random.uniform(shape, minval=self.minval, maxval=self.maxval, dtype=dtype, seed=seed)

    def get_config(self):
        return {**super().get_config(), "minval": self.minval, "maxval": self.maxval}


class TruncatedNormal(RandomInitializer):
    """Draws from a normal distribution, redrawing values more than two ``stddev`` from
    ``mean``.

    Args:
        mean: Mean of the distribution before truncation.
        stddev: Standard deviation of the distribution before truncation.
        seed: An int, a ``SeedGenerator`` or ``None`` (see the module docstring).

    Example:
        >>> keras_core.initializers.TruncatedNormal(stddev=0.1, seed=1)((3, 3))
    """

    def __init__(self, mean=0.0, stddev=0.05, seed=None):
        super().__init__(seed)
        self.mean = mean
        self.stddev = stddev

    def __call__(self, shape, dtype=None):
        shape, dtype, seed = self._prepare(shape, dtype)
        return random.truncated_normal(
            shape, mean=self.mean, stddev=self.stddev, dtype=dtype, seed=seed
        )

    def get_config(self):
        return {**super().get_config(), "mean": self.mean, "stddev": self.stddev}
