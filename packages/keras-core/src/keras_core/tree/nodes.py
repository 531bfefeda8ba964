"""What counts as a node of a nested structure, its children in flattening order, and how
to rebuild it; pure Python, shared by every function of :mod:`keras_core.tree`.

Nodes are lists, tuples, namedtuples, dicts (any ``dict`` subclass) and deques. A dict's
children come in sorted-key order (insertion order when the keys do not sort, and always
for an ``OrderedDict``), while rebuilding keeps the dict's own key order, as Keras does.
Everything else, ``None`` included, is a leaf.
"""

import collections

_NODE_TYPES = (list, tuple, dict, collections.deque)


def is_namedtuple(x) -> bool:
    return isinstance(x, tuple) and hasattr(type(x), "_fields")


def is_node(x, none_is_leaf: bool = True) -> bool:
    """Whether ``x`` has children; ``None`` is an empty node when ``none_is_leaf=False``."""
    if x is None:
        return not none_is_leaf
    return isinstance(x, _NODE_TYPES)


def child_keys(node) -> list:
    """The keys (dict keys or positions) of ``node``'s children, in flattening order."""
    if node is None:
        return []
    if isinstance(node, dict):
        if isinstance(node, collections.OrderedDict):
            return list(node)
        try:
            return sorted(node)
        except TypeError:
            return list(node)
    return list(range(len(node)))


def children(node) -> list:
    if isinstance(node, dict):
        return [node[key] for key in child_keys(node)]
    if node is None:
        return []
    return list(node)


def rebuild(node, new_children):
    """A node of ``node``'s type holding ``new_children`` (given in flattening order)."""
    if node is None:
        return None
    if isinstance(node, dict):
        by_key = dict(zip(child_keys(node), new_children, strict=True))
        items = [(key, by_key[key]) for key in node]
        if isinstance(node, collections.defaultdict):
            return type(node)(node.default_factory, items)
        return type(node)(items)
    if is_namedtuple(node):
        return type(node)(*new_children)
    if isinstance(node, collections.deque):
        return collections.deque(new_children, maxlen=node.maxlen)
    if isinstance(node, tuple):
        return tuple(new_children)
    return list(new_children)


def kind(node):
    """Node types that match each other: every dict-like is ``dict``; namedtuples by class."""
    if isinstance(node, dict):
        return dict
    if node is None:
        return type(None)
    if is_namedtuple(node):
        return type(node)
    for base in (collections.deque, tuple, list):
        if isinstance(node, base):
            return base
    return type(node)


def describe_kind(node) -> str:
    if is_namedtuple(node):
        return f"a namedtuple {type(node).__qualname__}"
    if node is None:
        return "None"
    return f"a {kind(node).__name__}"


def mismatch(expected, received, none_is_leaf: bool = True) -> str | None:
    """Why ``received`` does not match ``expected`` at this level, or ``None`` when it does."""
    expected_is_node = is_node(expected, none_is_leaf)
    if expected_is_node != is_node(received, none_is_leaf):
        if expected_is_node:
            return f"expected {describe_kind(expected)}, received the leaf {received!r}"
        return f"expected a leaf, received {describe_kind(received)}: {received!r}"
    if not expected_is_node or expected is None:
        return None
    if kind(expected) is not kind(received):
        return f"expected {describe_kind(expected)}, received {received!r}"
    if isinstance(expected, dict):
        if set(expected) != set(received):
            return (
                f"expected a dict with keys {sorted(expected, key=repr)}, received keys "
                f"{sorted(received, key=repr)}"
            )
    elif len(expected) != len(received):
        return (
            f"expected {describe_kind(expected)} of length {len(expected)}, received "
            f"length {len(received)}: {received!r}"
        )
    return None
