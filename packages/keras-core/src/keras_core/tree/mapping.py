"""Applying a function over the leaves (or chosen sub-structures) of nested structures."""

from keras_core.tree import nodes
from keras_core.tree.flattening import first_mismatch


class MAP_TO_NONE:  # noqa: N801 - Keras's public name
    """Returned by a :func:`traverse` function to put ``None`` in place of a sub-structure
    (returning ``None`` itself means "keep it and look inside")."""


def map_structure(func, *structures, none_is_leaf=True):
    """``func`` applied to the leaves of ``structures`` position by position, in the shape
    of the first structure.

    Args:
        func: Called as ``func(leaf_1, ..., leaf_n)``, in :func:`flatten` order.
        *structures: Structures nested the same way (dicts pair by key).
        none_is_leaf: Whether ``None`` is a leaf passed to ``func``; if ``False`` it is an
            empty node, kept as ``None`` and matched only by ``None``.

    Example:
        >>> keras_core.tree.map_structure(lambda a, b: a + b, [1, (2,)], [10, (20,)])
        [11, (22,)]
    """
    if not structures:
        raise ValueError("map_structure: needs at least one structure, received none.")
    for position, other in enumerate(structures[1:], start=2):
        problem = first_mismatch(structures[0], other, none_is_leaf)
        if problem is not None:
            raise ValueError(
                f"map_structure: structure {position} differs from the first {problem}."
            )
    return _mapped(func, structures, none_is_leaf)


def _mapped(func, structures, none_is_leaf):
    first = structures[0]
    if not nodes.is_node(first, none_is_leaf):
        return func(*structures)
    return nodes.rebuild(
        first,
        [
            _mapped(func, [s[key] for s in structures], none_is_leaf)
            for key in nodes.child_keys(first)
        ],
    )


def map_structure_up_to(shallow_structure, func, *structures):
    """Like :func:`map_structure`, but only down to the leaves of ``shallow_structure``:
    ``func`` receives the sub-structures of ``structures`` found there.

    Example:
        >>> keras_core.tree.map_structure_up_to([0, 0], len, [[1, 2], (3,)])
        [2, 1]
    """
    if not structures:
        raise ValueError("map_structure_up_to: needs at least one structure, received none.")
    for position, structure in enumerate(structures, start=1):
        problem = _shallow_mismatch(shallow_structure, structure, ())
        if problem is not None:
            raise ValueError(
                f"map_structure_up_to: structure {position} does not contain the shallow "
                f"structure {problem}."
            )
    return _mapped_up_to(shallow_structure, func, structures)


def _shallow_mismatch(shallow, structure, path):
    if not nodes.is_node(shallow, none_is_leaf=False):
        return None
    reason = nodes.mismatch(shallow, structure, none_is_leaf=False)
    if reason is not None:
        return f"at path {path}: {reason}"
    for key in nodes.child_keys(shallow):
        reason = _shallow_mismatch(shallow[key], structure[key], (*path, key))
        if reason is not None:
            return reason
    return None


def _mapped_up_to(shallow, func, structures):
    # None in the shallow structure is an empty node, as in Keras: it maps to None.
    if not nodes.is_node(shallow, none_is_leaf=False):
        return func(*structures)
    return nodes.rebuild(
        shallow,
        [
            _mapped_up_to(shallow[key], func, [s[key] for s in structures])
            for key in nodes.child_keys(shallow)
        ],
    )


def _is_shape(x) -> bool:
    return isinstance(x, (list, tuple)) and all(item is None or isinstance(item, int) for item in x)


def map_shape_structure(func, structure):
    """Like :func:`map_structure` over one structure, where a list or tuple of ints and
    ``None`` (a shape, ``()`` included) is a leaf.

    Example:
        >>> keras_core.tree.map_shape_structure(len, {"x": (None, 3), "y": [(2,), ()]})
        {'x': 2, 'y': [1, 0]}
    """
    if _is_shape(structure) or not nodes.is_node(structure):
        return func(structure)
    return nodes.rebuild(
        structure, [map_shape_structure(func, item) for item in nodes.children(structure)]
    )


def traverse(func, structure, top_down=True):
    """Visits every sub-structure and leaf of ``structure`` and returns the rebuilt result.

    Top down (the default), ``func`` sees each node before its children: returning ``None``
    keeps the node and visits its children, anything else replaces it (children unvisited),
    and :class:`MAP_TO_NONE` replaces it with ``None``. Bottom up, ``func`` sees each node
    after its children were processed, with them already replaced; ``None`` keeps it.

    Example:
        >>> keras_core.tree.traverse(lambda x: x * 10 if isinstance(x, int) else None, [1, [2]])
        [10, [20]]
    """
    if top_down:
        return _traverse_top_down(func, structure)
    return _traverse_bottom_up(func, structure)


def _replacement(result, structure):
    if result is None:
        return structure
    if result is MAP_TO_NONE:
        return None
    return result


def _traverse_top_down(func, structure):
    result = func(structure)
    if result is not None:
        return _replacement(result, structure)
    if not nodes.is_node(structure):
        return structure
    return nodes.rebuild(
        structure, [_traverse_top_down(func, item) for item in nodes.children(structure)]
    )


def _traverse_bottom_up(func, structure):
    if nodes.is_node(structure):
        structure = nodes.rebuild(
            structure, [_traverse_bottom_up(func, item) for item in nodes.children(structure)]
        )
    return _replacement(func(structure), structure)


def lists_to_tuples(structure):
    """``structure`` with every list (at any depth) turned into a tuple.

    Example:
        >>> keras_core.tree.lists_to_tuples([1, [2, {"a": [3]}]])
        (1, (2, {'a': (3,)}))
    """
    if not nodes.is_node(structure):
        return structure
    converted = [lists_to_tuples(item) for item in nodes.children(structure)]
    if isinstance(structure, list):
        return tuple(converted)
    return nodes.rebuild(structure, converted)
