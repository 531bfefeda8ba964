"""``keras_core.random``: seeded random tensors, reproducible per backend.

``seed`` is an int (the same draw on every call: stateless, safe inside ``jax.jit``), a
:class:`SeedGenerator` (a new draw on every call; its state is a ``Variable``), a seed tensor
of shape ``(2,)``, or ``None`` (the process-wide generator).
"""

from keras_core.random.distributions import (
    beta,
    binomial,
    categorical,
    dropout,
    gamma,
    normal,
    randint,
    shuffle,
    truncated_normal,
    uniform,
)
from keras_core.random.seed_generator import SeedGenerator

__all__ = [
    "SeedGenerator",
    "beta",
    "binomial",
    "categorical",
    "dropout",
    "gamma",
    "normal",
    "randint",
    "shuffle",
    "truncated_normal",
    "uniform",
]
