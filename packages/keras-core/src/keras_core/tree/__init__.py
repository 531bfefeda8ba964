"""``keras_core.tree``: utilities for nested structures of lists, tuples, namedtuples,
dicts and deques, with Keras's semantics (dicts flatten in sorted-key order, ``None`` is a
leaf unless stated). Pure Python: importing it imports no framework.

Example:
    >>> from keras_core import tree
    >>> tree.map_structure(lambda x: x * 2, {"b": [1, 2], "a": 3})
    {'b': [2, 4], 'a': 6}
"""

from keras_core.tree.flattening import (
    assert_same_paths,
    assert_same_structure,
    flatten,
    flatten_with_path,
    is_nested,
    pack_sequence_as,
)
from keras_core.tree.mapping import (
    MAP_TO_NONE,
    lists_to_tuples,
    map_shape_structure,
    map_structure,
    map_structure_up_to,
    traverse,
)

__all__ = [
    "MAP_TO_NONE",
    "assert_same_paths",
    "assert_same_structure",
    "flatten",
    "flatten_with_path",
    "is_nested",
    "lists_to_tuples",
    "map_shape_structure",
    "map_structure",
    "map_structure_up_to",
    "pack_sequence_as",
    "traverse",
]
