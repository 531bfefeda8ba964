"""Flattening a nested structure to its leaves, packing leaves back, comparing structures."""

import warnings

from keras_core.tree import nodes


def is_nested(structure) -> bool:
    """Whether ``structure`` is a list, tuple, namedtuple, dict or deque (``None`` is not).

    Example:
        >>> keras_core.tree.is_nested([1, 2]), keras_core.tree.is_nested(None)
        (True, False)
    """
    return nodes.is_node(structure)


def flatten(structure) -> list:
    """The leaves of ``structure``, depth first; dicts in sorted-key order; ``None`` is a leaf.

    Example:
        >>> keras_core.tree.flatten({"b": [1, 2], "a": None})
        [None, 1, 2]
    """
    leaves = []
    _collect_leaves(structure, leaves)
    return leaves


def _collect_leaves(structure, leaves):
    if not nodes.is_node(structure):
        leaves.append(structure)
        return
    for item in nodes.children(structure):
        _collect_leaves(item, leaves)


def flatten_with_path(structure) -> list:
    """``(path, leaf)`` pairs in :func:`flatten` order; a path is a tuple of dict keys and
    positions.

    Example:
        >>> keras_core.tree.flatten_with_path({"a": [5, 6]})
        [(('a', 0), 5), (('a', 1), 6)]
    """
    pairs = []
    _collect_paths(structure, (), pairs)
    return pairs


def _collect_paths(structure, path, pairs):
    if not nodes.is_node(structure):
        pairs.append((path, structure))
        return
    for key in nodes.child_keys(structure):
        _collect_paths(structure[key], (*path, key), pairs)


def pack_sequence_as(structure, flat_sequence):
    """``structure`` with its leaves replaced, in :func:`flatten` order, by ``flat_sequence``.

    Raises:
        TypeError: ``flat_sequence`` is not iterable.
        ValueError: it holds more or fewer items than ``structure`` has leaves.

    Example:
        >>> keras_core.tree.pack_sequence_as({"b": 0, "a": [0]}, [1, 2])
        {'b': 2, 'a': [1]}
    """
    try:
        items = list(flat_sequence)
    except TypeError:
        raise TypeError(
            f"pack_sequence_as: flat_sequence must be an iterable of leaves, received "
            f"{flat_sequence!r}."
        ) from None
    expected = len(flatten(structure))
    if len(items) != expected:
        amount = "few" if len(items) < expected else "many"
        raise ValueError(
            f"pack_sequence_as: too {amount} leaves: the structure has {expected}, "
            f"flat_sequence has {len(items)}."
        )
    return _packed(structure, iter(items))


def _packed(structure, leaves):
    if not nodes.is_node(structure):
        return next(leaves)
    return nodes.rebuild(structure, [_packed(item, leaves) for item in nodes.children(structure)])


def assert_same_structure(a, b, check_types=None):
    """Raises ``ValueError`` unless ``a`` and ``b`` nest the same way: same node types (all
    dicts match each other), lengths and keys; leaves may differ.

    Args:
        a, b: The structures.
        check_types: Deprecated, has no effect (as in Keras); use :func:`assert_same_paths`
            for a looser check.

    Example:
        >>> keras_core.tree.assert_same_structure([1, (2,)], [3, (4,)])   # passes
    """
    if check_types is not None:
        warnings.warn(
            "assert_same_structure: the `check_types` argument is deprecated and has no "
            "effect; use keras_core.tree.assert_same_paths() for a looser check.",
            DeprecationWarning,
            stacklevel=2,
        )
    problem = first_mismatch(a, b)
    if problem is not None:
        raise ValueError(f"assert_same_structure: the structures differ {problem}.")


def first_mismatch(expected, received, none_is_leaf: bool = True, path=()) -> str | None:
    """Where and how ``received`` first differs from ``expected``, or ``None``."""
    reason = nodes.mismatch(expected, received, none_is_leaf)
    if reason is not None:
        return f"at path {path}: {reason}"
    if not nodes.is_node(expected, none_is_leaf):
        return None
    for key in nodes.child_keys(expected):
        reason = first_mismatch(expected[key], received[key], none_is_leaf, (*path, key))
        if reason is not None:
            return reason
    return None


def assert_same_paths(a, b):
    """Raises ``ValueError`` unless ``a`` and ``b`` have the same leaf paths; unlike
    :func:`assert_same_structure`, lists, tuples, namedtuples and deques match each other.

    Example:
        >>> keras_core.tree.assert_same_paths({"a": [1]}, {"a": (2,)})   # passes
    """
    paths_a = {path for path, _ in flatten_with_path(a)}
    paths_b = {path for path, _ in flatten_with_path(b)}
    if paths_a != paths_b:
        raise ValueError(
            f"assert_same_paths: `a` and `b` don't have the same paths. Paths in `a` "
            f"missing in `b`: {sorted(paths_a - paths_b, key=repr)}. Paths in `b` missing "
            f"in `a`: {sorted(paths_b - paths_a, key=repr)}."
        )
