"""keras_core.tree: Keras's nested-structure semantics, in pure Python."""

import collections
import subprocess
import sys

import pytest

from keras_core import tree

Point = collections.namedtuple("Point", ["y", "x"])


def test_importing_tree_imports_no_framework():
    code = (
        "import sys, keras_core.tree; "
        "print(sorted(m for m in ('jax', 'torch', 'tensorflow') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr


@pytest.mark.parametrize(
    ("structure", "leaves"),
    [
        (None, [None]),
        (3, [3]),
        ("text", ["text"]),
        ({1, 2}, [{1, 2}]),
        ([[], (), {}], []),
        ({"b": 1, "a": [2, None], "c": (3,)}, [2, None, 1, 3]),
        (collections.OrderedDict([("b", 1), ("a", 2)]), [1, 2]),
        (collections.defaultdict(int, {"b": 1, "a": 2}), [2, 1]),
        (Point(y=1, x=2), [1, 2]),
        ([Point(y={"z": 1, "w": 2}, x=3)], [2, 1, 3]),
        (collections.deque([2, 1]), [2, 1]),
        ({1: "a", "b": 2}, ["a", 2]),  # keys that do not sort keep insertion order
    ],
)
def test_flatten(structure, leaves):
    assert tree.flatten(structure) == leaves


def test_flatten_with_path():
    structure = {"b": [1, (2, 3)], "a": None, "c": Point(4, 5)}
    assert tree.flatten_with_path(structure) == [
        (("a",), None),
        (("b", 0), 1),
        (("b", 1, 0), 2),
        (("b", 1, 1), 3),
        (("c", 0), 4),
        (("c", 1), 5),
    ]
    assert tree.flatten_with_path(5) == [((), 5)]


def test_is_nested():
    nested = [[], (), {}, Point(1, 2), collections.OrderedDict(), collections.deque()]
    assert all(tree.is_nested(x) for x in nested)
    assert not any(tree.is_nested(x) for x in (1, None, "s", {1}))


def test_pack_sequence_as_keeps_types_and_key_order():
    packed = tree.pack_sequence_as({"b": [0, 0], "a": 0}, [1, 2, 3])
    assert packed == {"b": [2, 3], "a": 1}
    assert list(packed) == ["b", "a"]
    assert tree.pack_sequence_as(Point(0, [0]), [1, 2]) == Point(1, [2])
    assert tree.pack_sequence_as(0, [7]) == 7
    assert tree.pack_sequence_as([None, 0], (x for x in (1, 2))) == [1, 2]
    ordered = tree.pack_sequence_as(collections.OrderedDict([("b", 0), ("a", 0)]), [1, 2])
    assert ordered == collections.OrderedDict([("b", 1), ("a", 2)])


@pytest.mark.parametrize(
    ("flat", "error", "message"),
    [
        ([1], ValueError, "too few leaves"),
        ([1, 2, 3], ValueError, "too many leaves"),
        (1, TypeError, "must be an iterable"),
    ],
)
def test_pack_sequence_as_errors(flat, error, message):
    with pytest.raises(error, match=message):
        tree.pack_sequence_as([0, 0], flat)


def test_map_structure():
    doubled = tree.map_structure(lambda x: x * 2, {"b": [1, 2], "a": 3})
    assert doubled == {"b": [2, 4], "a": 6} and list(doubled) == ["b", "a"]
    assert tree.map_structure(lambda a, b: a + b, [1, (2,)], [10, (20,)]) == [11, (22,)]
    assert tree.map_structure(lambda x: x + 1, Point(1, 2)) == Point(2, 3)
    assert tree.map_structure(lambda x: "leaf", None) == "leaf"
    # dicts of any kind pair up by key
    paired = tree.map_structure(
        lambda a, b: (a, b), collections.OrderedDict([("b", 1), ("a", 2)]), {"a": 3, "b": 4}
    )
    assert paired == collections.OrderedDict([("b", (1, 4)), ("a", (2, 3))])


def test_map_structure_calls_in_flatten_order():
    seen = []
    tree.map_structure(seen.append, {"b": 1, "a": [2, 3]})
    assert seen == [2, 3, 1]


def test_map_structure_none_is_leaf():
    assert tree.map_structure(lambda x: "X", [1, None]) == ["X", "X"]
    assert tree.map_structure(lambda x: "X", [1, None], none_is_leaf=False) == ["X", None]
    assert tree.map_structure(lambda a, b: (a, b), [1, None], [1, 2]) == [(1, 1), (None, 2)]
    with pytest.raises(ValueError, match="path \\(1,\\)"):
        tree.map_structure(lambda a, b: a, [1, None], [1, 2], none_is_leaf=False)


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        ([1, (2,)], [10, [20]], "expected a tuple"),
        ([1, 2], [10], "length 2"),
        ({"a": 1}, {"b": 1}, "keys"),
        ([1], (1,), "expected a list"),
        (1, [1], "expected a leaf"),
    ],
)
def test_map_structure_mismatch(first, second, message):
    with pytest.raises(ValueError, match=message):
        tree.map_structure(lambda a, b: a, first, second)


def test_map_structure_needs_a_structure():
    with pytest.raises(ValueError, match="at least one structure"):
        tree.map_structure(lambda: 1)


def test_assert_same_structure():
    tree.assert_same_structure([1, (2,)], [3, (4,)])
    tree.assert_same_structure({"a": 1}, collections.OrderedDict(a=2))
    tree.assert_same_structure(None, 3)
    tree.assert_same_structure(1, "a")
    for a, b in [([1, 2], (3, 4)), ([1, 2], [3]), (None, []), (Point(1, 2), (1, 2))]:
        with pytest.raises(ValueError, match="assert_same_structure"):
            tree.assert_same_structure(a, b)
    with pytest.warns(DeprecationWarning, match="check_types"):
        tree.assert_same_structure([1], [2], check_types=False)


def test_assert_same_paths():
    tree.assert_same_paths({"a": 1, "b": [2]}, {"b": (3,), "a": 5})
    tree.assert_same_paths(Point(1, 2), (1, 2))
    tree.assert_same_paths([1, 2], (3, 4))
    with pytest.raises(ValueError, match=r"missing in `b`: \[\('a',\)\]"):
        tree.assert_same_paths({"a": 1}, {"b": 1})


def test_lists_to_tuples():
    assert tree.lists_to_tuples([1, [2, {"a": [3]}], (4, [5])]) == (1, (2, {"a": (3,)}), (4, (5,)))
    assert tree.lists_to_tuples(Point([1], 2)) == Point((1,), 2)
    assert tree.lists_to_tuples(3) == 3


def test_map_shape_structure():
    def tag(shape):
        return ("S", shape)

    assert tree.map_shape_structure(tag, {"a": (None, 3), "b": [(2,), [1, 2]], "c": []}) == {
        "a": ("S", (None, 3)),
        "b": [("S", (2,)), ("S", [1, 2])],
        "c": ("S", []),
    }
    assert tree.map_shape_structure(tag, ((2, 3), (None,))) == (("S", (2, 3)), ("S", (None,)))
    assert tree.map_shape_structure(tag, ()) == ("S", ())
    assert tree.map_shape_structure(tag, None) == ("S", None)
    assert tree.map_shape_structure(tag, [None, [None]]) == [("S", None), ("S", [None])]


def test_map_structure_up_to():
    result = tree.map_structure_up_to([0, 0], lambda a, b: (a, b), [1, [2, 3]], [4, {"x": 5}])
    assert result == [(1, 4), ([2, 3], {"x": 5})]
    assert tree.map_structure_up_to({"a": 0, "b": 0}, len, {"a": [1], "b": (2, 3)}) == {
        "a": 1,
        "b": 2,
    }
    assert tree.map_structure_up_to(0, lambda a: a, [1, None]) == [1, None]
    for shallow, structure in [([0, 0], [1]), ([0, [0]], [1, 2]), ({"a": 0}, {"a": 1, "b": 2})]:
        with pytest.raises(ValueError, match="shallow structure"):
            tree.map_structure_up_to(shallow, lambda a: a, structure)


def test_traverse_top_down():
    assert tree.traverse(lambda x: None, [1, [2]]) == [1, [2]]
    replaced = tree.traverse(
        lambda x: "R" if isinstance(x, list) and len(x) == 1 else None, [1, [2], {"a": [3]}]
    )
    assert replaced == [1, "R", {"a": "R"}]
    assert tree.traverse(lambda x: tree.MAP_TO_NONE if x == 2 else None, [1, [2]]) == [1, [None]]
    assert tree.traverse(lambda x: tree.MAP_TO_NONE, [1, [2]]) is None
    visited = []
    tree.traverse(visited.append, {"b": 1, "a": [2]})
    assert visited == [{"b": 1, "a": [2]}, [2], 2, 1]


def test_traverse_bottom_up():
    seen = []

    def times_ten(x):
        if isinstance(x, int):
            return x * 10
        seen.append(x)
        return None

    assert tree.traverse(times_ten, [1, [2]], top_down=False) == [10, [20]]
    assert seen == [[20], [10, [20]]]  # parents see their already processed children
    counted = tree.traverse(
        lambda x: len(x) if isinstance(x, list) else None, [1, [2]], top_down=False
    )
    assert counted == 2
    assert tree.traverse(
        lambda x: tree.MAP_TO_NONE if x == 2 else None, [1, [2]], top_down=False
    ) == [1, [None]]
