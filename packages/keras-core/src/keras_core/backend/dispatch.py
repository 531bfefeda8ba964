"""Op tables: the one path from ``keras_core.ops`` to the active backend's functions.

There is one table per op namespace (``table("numpy.binary").add``). Activation fills
every table once with plain function references, so an op call costs one attribute lookup
and no registry or hook. The first lookup on an unfilled table activates the selected
backend, which is how the framework gets imported on first use only.
"""

from keras_core.backend.contract import NAMESPACES


class OpTable:
    """Attribute namespace of backend functions; attributes appear at activation."""

    def __init__(self, namespace: str):
        self.__dict__["_namespace"] = namespace

    def __getattr__(self, name: str):
        # Only reached while `name` is not filled in yet.
        if name.startswith("__"):
            raise AttributeError(name)
        from keras_core.backend import activation

        activation.activate()
        try:
            return self.__dict__[name]
        except KeyError:
            raise AttributeError(
                f"keras_core has no op {self._namespace}.{name}; `python -m keras_core "
                f"contract` lists the ops a backend provides"
            ) from None

    def _fill(self, functions: dict) -> None:
        self.__dict__.update(functions)

    def __repr__(self) -> str:
        return f"<OpTable {self._namespace}: {len(self.__dict__) - 1} ops>"


TABLES = {namespace: OpTable(namespace) for namespace in NAMESPACES}


def table(namespace: str) -> OpTable:
    """The op table of ``namespace`` (one of ``contract.NAMESPACES``)."""
    return TABLES[namespace]
