"""``random``: draws from a ``(2,)`` uint32 seed tensor; every function is a primitive.

Each takes the seed tensor last and must be a pure function of it (same seed, same draw)."""

REQUIRED = (
    "normal",
    "uniform",
    "truncated_normal",
    "randint",
    "gamma",
    "binomial",
    "beta",
    "categorical",
    "dropout",
    "shuffle",
)
