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
