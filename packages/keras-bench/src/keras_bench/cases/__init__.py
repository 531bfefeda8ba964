"""Benchmark cases: what keras-bench measures, and the registry that finds them.

A case is one piece of work written twice: with keras-core, and with the framework alone
(``jnp.add`` for ``ops.add`` on JAX). Its ``prepare(backend_name)`` runs inside the
benchmark subprocess, after that backend is active, and returns a :class:`Workload`. Cases
come from the built-in case modules listed in ``BUILTIN_CASE_MODULES`` and from backend
plugins through keras-core's ``register_bench_cases`` hook; both use the same
``register_bench_cases(register)`` function, so a new case module looks like a plugin.

Nothing here imports a framework: ``prepare`` does, in the subprocess.
"""

import dataclasses
import functools
import importlib
from collections.abc import Callable

from keras_bench.errors import UnknownNameError

SUITES = ("ops", "layers", "models")

# Each module defines ``register_bench_cases(register)``, the signature of the plugin hook.
BUILTIN_CASE_MODULES = ("keras_bench.cases.ops", "keras_bench.cases.layers")


@dataclasses.dataclass(frozen=True)
class Workload:
    """One case prepared on the active backend; both versions are called as ``fn(*args)``.

    Attributes:
        keras: The keras-core version, e.g. ``keras_core.ops.add``.
        native: The same work written with the framework alone (``jax.numpy.add``), or
            ``None`` when the case has no native version for this backend.
        args: Positional arguments of every call, made once (the backend's native tensors),
            and passed to both versions so that they read the same objects.
        items_per_call: Examples one call processes (the batch size of a layer case), for
            throughput; 1 for a single op.
    """

    keras: Callable
    native: Callable | None
    args: tuple = ()
    items_per_call: int = 1


@dataclasses.dataclass(frozen=True)
class BenchCase:
    """A benchmark case: a name, its suite, and how to prepare its :class:`Workload`.

    Attributes:
        name: Unique dotted name, prefixed by the suite by convention (``"ops.add"``).
        suite: ``"ops"``, ``"layers"`` or ``"models"``.
        description: One line for ``keras-bench list``.
        prepare: ``prepare(backend_name) -> Workload``, called once in the backend's
            subprocess. It raises :class:`SkipCase` when the case cannot run there.

    Example:
        >>> BenchCase("ops.add", "ops", "ops.add on (8, 8) float32", prepare_add)
    """

    name: str
    suite: str
    description: str
    prepare: Callable[[str], Workload]

    def __post_init__(self):
        if not isinstance(self.name, str) or not self.name:
            raise ValueError(f"BenchCase name must be a non-empty string, received {self.name!r}")
        if self.suite not in SUITES:
            raise ValueError(
                f"BenchCase {self.name!r}: suite must be one of {', '.join(SUITES)}, "
                f"received {self.suite!r}"
            )
        if not callable(self.prepare):
            raise TypeError(f"BenchCase {self.name!r}: prepare must be callable")

    @property
    def origin(self) -> str:
        """The module that defines ``prepare``: where to look when the case misbehaves."""
        return getattr(self.prepare, "__module__", None) or "?"


class SkipCase(Exception):  # noqa: N818 - a signal, like unittest.SkipTest, not a failure
    """Raised by ``prepare`` when a case cannot run on a backend; the reason is reported."""


@dataclasses.dataclass(frozen=True)
class CaseRegistry:
    """Every registered case by name (registration order), and what went wrong registering."""

    cases: dict[str, BenchCase]
    errors: tuple[str, ...]

    def select(self, suite: str | None = None, names: list[str] | None = None) -> list[BenchCase]:
        """The cases of ``suite`` (all suites when ``None``) restricted to ``names``.

        Raises:
            UnknownNameError: A suite or case name that does not exist; the message lists
                what does.
        """
        if suite is not None and suite not in SUITES:
            raise UnknownNameError(f"Unknown suite {suite!r}. Suites: {', '.join(SUITES)}.")
        unknown = [name for name in names or () if name not in self.cases]
        if unknown:
            raise UnknownNameError(
                f"Unknown case{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}. "
                f"Registered cases: {', '.join(self.cases) or 'none'}."
            )
        selected = [self.cases[name] for name in names] if names else list(self.cases.values())
        return [case for case in selected if suite is None or case.suite == suite]


def _collect(register_functions: list[Callable]) -> CaseRegistry:
    cases: dict[str, BenchCase] = {}
    errors: list[str] = []

    def register(case):
        if not isinstance(case, BenchCase):
            raise TypeError(
                f"register() expects a keras_bench.BenchCase, received {type(case).__name__}"
            )
        if case.name in cases:
            errors.append(
                f"case {case.name!r} from {case.origin} left out: the name is already "
                f"registered by {cases[case.name].origin}"
            )
            return
        cases[case.name] = case

    for register_cases in register_functions:
        try:
            register_cases(register=register)
        except Exception as exc:  # noqa: BLE001 - a broken plugin must not hide the other cases
            errors.append(f"registering bench cases failed: {type(exc).__name__}: {exc}")
    return CaseRegistry(cases, tuple(errors))


@functools.cache
def case_registry() -> CaseRegistry:
    """The built-in cases, then those of backend plugins; collected once per process."""
    from keras_core.backend.registry import registry

    builtin = [
        importlib.import_module(module).register_bench_cases for module in BUILTIN_CASE_MODULES
    ]
    return _collect([*builtin, registry().plugin_manager.hook.register_bench_cases])
