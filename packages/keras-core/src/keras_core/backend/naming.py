"""Per-process counters behind Keras's automatic names (``dense``, ``dense_1``, ...)."""

import collections
import gc

_uids: collections.Counter = collections.Counter()


def get_uid(prefix: str = "") -> int:
    """Returns 1, 2, 3, ... on successive calls with the same ``prefix``.

    Example:
        >>> get_uid("dense"), get_uid("dense")
        (1, 2)
    """
    _uids[prefix] += 1
    return _uids[prefix]


def clear_session(free_memory: bool = True) -> None:
    """Resets the name counters, so that new layers are named as in a fresh process.

    Args:
        free_memory: Also run the garbage collector, releasing tensors held by dropped objects.
    """
    _uids.clear()
    if free_memory:
        gc.collect()


class name_scope:  # noqa: N801 - Keras's public name
    """``with name_scope("block"):`` prefixes the paths of variables created inside.

    Layers open a scope with their name while they build, so a sublayer built by its parent
    gets weights such as ``parent/dense/kernel``, as in Keras.

    Args:
        name: The scope's name (no ``/``).

    Example:
        >>> with keras_core.name_scope("encoder"):
        ...     v = keras_core.Variable(1.0, name="scale")
        >>> v.path
        'encoder/scale'
    """

    def __init__(self, name, caller=None, **kwargs):
        if not isinstance(name, str) or not name or "/" in name:
            raise ValueError(
                f"name_scope: name must be a non-empty string without '/', received {name!r}"
            )
        self.name = name
        self.caller = caller

    def __enter__(self):
        _scope_stack.append(self)
        return self

    def __exit__(self, *exc_info):
        _scope_stack.pop()


_scope_stack: list = []


def current_path() -> str:
    """The active name scopes joined by ``/`` (``""`` outside any)."""
    return "/".join(scope.name for scope in _scope_stack)


def innermost_caller():
    """The object that opened the innermost name scope, or ``None``."""
    return _scope_stack[-1].caller if _scope_stack else None


def scoped_path(owner, name: str) -> str:
    """``name`` under the active scopes, with ``owner``'s scope added unless it is the
    innermost one already."""
    names = [scope.name for scope in _scope_stack]
    if not _scope_stack or _scope_stack[-1].caller is not owner:
        names.append(owner.name)
    return "/".join([*names, name])
