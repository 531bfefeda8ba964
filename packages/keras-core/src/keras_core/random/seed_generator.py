"""``SeedGenerator`` and how any ``seed`` argument becomes a seed tensor for the backend."""

import secrets

from keras_core.backend.dispatch import table

_SEED_LIMIT = 2**31 - 1


class SeedGenerator:
    """A source of seeds whose state is a ``Variable``, so it is saved and restored with
    the layer that owns it.

    Each :meth:`next` returns the current state, a ``(2,)`` uint32 tensor ``[seed, counter]``,
    and advances the counter.

    Args:
        seed: Initial seed (an int); ``None`` picks one at random.
        name: Name of the generator; its state variable is ``<name>_state``.

    Example:
        >>> gen = keras_core.random.SeedGenerator(42)
        >>> a = keras_core.random.normal((2,), seed=gen)
        >>> b = keras_core.random.normal((2,), seed=gen)   # differs from a
    """

    def __init__(self, seed=None, name=None, **kwargs):
        if kwargs:
            raise TypeError(f"SeedGenerator got unexpected arguments: {sorted(kwargs)}")
        if seed is None:
            seed = secrets.randbelow(_SEED_LIMIT)
        if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= _SEED_LIMIT:
            raise ValueError(
                f"SeedGenerator seed must be an int in [0, {_SEED_LIMIT}] or None, "
                f"received {seed!r}"
            )
        self._initial_seed = seed
        self.name = name or "seed_generator"
        variable_class = table("variables").Variable
        self.state = variable_class(
            [seed, 0], shape=(2,), dtype="uint32", trainable=False, name=f"{self.name}_state"
        )

    def next(self, ordered=True):
        """Returns the current state as a seed tensor and advances the counter."""
        core, binary = table("core"), table("numpy.binary")
        current = self.state.value
        # Some backends (torch) have no uint32 arithmetic; the counter fits in int32.
        advanced = binary.add(core.cast(current, "int32"), core.convert_to_tensor([0, 1]))
        self.state.assign(core.cast(advanced, "uint32"))
        return current

    def get_config(self) -> dict:
        return {"seed": self._initial_seed, "name": self.name}

    @classmethod
    def from_config(cls, config):
        return cls(**config)


_global = {"generator": None}


def set_global_seed(seed: int) -> None:
    """Reseeds the generator behind ``seed=None``, making unseeded draws reproducible."""
    _global["generator"] = SeedGenerator(seed, name="global_seed_generator")


def global_seed_generator() -> SeedGenerator:
    if _global["generator"] is None:
        _global["generator"] = SeedGenerator(name="global_seed_generator")
    return _global["generator"]


def draw_seed(seed):
    """The ``(2,)`` uint32 seed tensor for a ``seed`` argument of a random op."""
    core = table("core")
    if isinstance(seed, SeedGenerator):
        return seed.next()
    if seed is None:
        return global_seed_generator().next()
    if isinstance(seed, int) and not isinstance(seed, bool):
        if not 0 <= seed <= _SEED_LIMIT:
            raise ValueError(f"seed must be in [0, {_SEED_LIMIT}], received {seed}")
        return core.convert_to_tensor([seed, 0], dtype="uint32")
    if core.is_tensor(seed) and tuple(core.shape(seed)) == (2,):
        return core.cast(seed, "uint32")
    raise ValueError(
        f"seed must be an int, a SeedGenerator, a (2,) seed tensor or None, received {seed!r}"
    )
