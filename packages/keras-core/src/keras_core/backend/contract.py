"""What a backend implementation package provides: one module per op namespace.

The namespaces mirror ``keras_core.ops``: ``numpy.unary`` is the module
``<implementation>/numpy/unary.py`` and holds the functions behind
``keras_core.ops.numpy``'s unary ops. For each namespace, the core's module of the same
path under ``keras_core.backend.composed`` declares ``REQUIRED``, the functions every
backend must define, and defines the *composed* ones: defaults built from required ops,
which a backend overrides by defining a function of the same name (for speed or fidelity).

A required function that a backend leaves out is bound to a stub that raises
:class:`~keras_core.backend.errors.UnsupportedOpError` naming the backend and the op, so a
partial backend still runs everything else. ``python -m keras_core contract`` prints the
whole table.
"""

import importlib
import types

NAMESPACES = (
    "core",
    "control_flow",
    "math",
    "numpy.creation",
    "numpy.unary",
    "numpy.binary",
    "numpy.reduction",
    "numpy.statistics",
    "numpy.manipulation",
    "numpy.indexing",
    "numpy.products",
    "nn.activation",
    "nn.convolution",
    "nn.normalization",
    "nn.loss",
    "nn.encoding",
    "nn.attention",
    "linalg",
    "image",
    "random",
    "variables",
    "layer",
    "rnn",
)


def composed_module(namespace: str) -> types.ModuleType:
    return importlib.import_module(f"keras_core.backend.composed.{namespace}")


def required(namespace: str) -> tuple[str, ...]:
    """Names every backend must define in ``namespace``."""
    return tuple(getattr(composed_module(namespace), "REQUIRED", ()))


def composed(namespace: str) -> dict[str, types.FunctionType]:
    """The core's default implementations in ``namespace``, by name."""
    module = composed_module(namespace)
    return {
        name: value
        for name, value in vars(module).items()
        if not name.startswith("_")
        and isinstance(value, (types.FunctionType, type))
        and value.__module__ == module.__name__
    }
