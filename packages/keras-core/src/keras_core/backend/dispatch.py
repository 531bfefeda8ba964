"""Op tables: the one path from ``keras_core.ops`` to the active backend's functions.

There is one table per op namespace (``table("numpy.binary").add``). Activation fills
every table once with plain function references, so an op call costs one attribute lookup
and no registry or hook. The first lookup on an unfilled table activates the selected
backend, which is how the framework gets imported on first use only.

A table is a module object. Until activation it has a module-level ``__getattr__`` (PEP 562)
that activates; filling removes it, because CPython does not specialize attribute lookups on a
module that defines ``__getattr__``: with it, every op call would pay ~20 ns more (Python
3.11). A filled table is a plain module, and ``_impl.add`` is as fast as a module global.
(A class defining ``__getattr__`` would slow every lookup, filled or not.)
"""

import types

from keras_core.backend.contract import NAMESPACES


def _new_table(namespace: str) -> types.ModuleType:
    op_table = types.ModuleType(f"keras_core.backend.dispatch[{namespace}]")

    def activate_on_first_lookup(name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        from keras_core.backend import activation

        activation.activate()
        try:
            return op_table.__dict__[name]
        except KeyError:
            raise AttributeError(
                f"keras_core has no op {namespace}.{name}; `python -m keras_core contract` "
                f"lists the ops a backend provides"
            ) from None

    op_table.__getattr__ = activate_on_first_lookup
    return op_table


TABLES = {namespace: _new_table(namespace) for namespace in NAMESPACES}


def table(namespace: str) -> types.ModuleType:
    """The op table of ``namespace`` (one of ``contract.NAMESPACES``)."""
    return TABLES[namespace]


def fill(namespace: str, functions: dict) -> None:
    """Binds the active backend's functions of ``namespace``; called once, at activation.

    Filling also removes the table's activation hook. A filled table holds every op of the
    contract (unsupported ones as functions that raise), so only a name outside the contract
    can still be missing, and it gets Python's ``AttributeError``, which names the table.
    """
    namespace_dict = TABLES[namespace].__dict__
    namespace_dict.update(functions)
    namespace_dict.pop("__getattr__", None)
