"""How a conformance case is written: the op, its inputs, and what it must equal."""

import dataclasses
import zlib
from collections.abc import Callable

import numpy as np


@dataclasses.dataclass(frozen=True)
class Arr:
    """An input array, generated deterministically from the case id.

    Args:
        shape: Its shape.
        dtype: Keras dtype name.
        low, high: Value range (uniform for floats, integers in ``[low, high)``).
        values: Exact values instead of random ones (any array-like).
    """

    shape: tuple = ()
    dtype: str = "float32"
    low: float = -2.0
    high: float = 2.0
    values: object = None

    def make(self, rng: np.random.Generator) -> np.ndarray:
        if self.values is not None:
            return np.asarray(self.values, dtype=_numpy_dtype(self.dtype))
        if self.dtype == "bool":
            return rng.random(self.shape) < 0.5
        if "int" in self.dtype:
            low = max(self.low, np.iinfo(self.dtype).min)
            high = min(self.high, np.iinfo(self.dtype).max)
            return rng.integers(int(low), int(high), self.shape).astype(self.dtype)
        values = rng.uniform(self.low, self.high, self.shape)
        if "complex" in self.dtype:
            values = values + 1j * rng.uniform(self.low, self.high, self.shape)
        return values.astype(_numpy_dtype(self.dtype))


def _numpy_dtype(name: str):
    if name == "bfloat16":
        import ml_dtypes

        return ml_dtypes.bfloat16
    return np.dtype(name)


@dataclasses.dataclass(frozen=True)
class OpCase:
    """One call of one op, checked on the active backend.

    Args:
        op: Dotted path under ``keras_core.ops`` (``"add"``, ``"linalg.qr"``,
            ``"image.resize"``).
        args: Positional inputs: :class:`Arr` for tensors (converted to the backend's
            tensors), anything else passed as it is.
        kwargs: Keyword arguments, passed as they are (``Arr`` values converted too).
        reference: NumPy function computing the expected result from the NumPy inputs;
            defaults to ``numpy.<op>``. ``None`` with ``values=False`` checks only shapes
            and dtypes (random ops).
        dtype: Expected result dtype; by default the op's symbolic rule decides, so a case
            checks the backend against the rule.
        rtol, atol: Tolerances for float results.
        name: Short label that tells cases of one op apart (``"broadcast"``).
        values: Whether to compare values with ``reference``.
        symbolic: Whether to check the symbolic output against the real one.
    """

    op: str
    args: tuple = ()
    kwargs: dict = dataclasses.field(default_factory=dict)
    reference: Callable | None = None
    dtype: str | None = None
    rtol: float = 1e-5
    atol: float = 1e-6
    name: str = ""
    values: bool = True
    symbolic: bool = True

    @property
    def id(self) -> str:
        return f"{self.op}-{self.name}" if self.name else self.op

    def rng(self) -> np.random.Generator:
        return np.random.default_rng(zlib.crc32(self.id.encode()))

    def numpy_inputs(self):
        """Args and kwargs with every :class:`Arr` made into a NumPy array (same each call)."""
        rng = self.rng()
        return _made(self.args, rng), {k: _made(v, rng) for k, v in self.kwargs.items()}


def _made(value, rng):
    if isinstance(value, Arr):
        return value.make(rng)
    if isinstance(value, (list, tuple)):
        return type(value)(_made(item, rng) for item in value)
    return value
