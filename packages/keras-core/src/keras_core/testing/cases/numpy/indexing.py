"""Cases for indexing, gathering and selecting by condition."""

import numpy as np

from keras_core.testing.case import Arr, OpCase


def _get_item(x, key):
    return x[key]


def _take_along_axis(x, indices, axis=None):
    if axis is None:
        return np.take_along_axis(x.ravel(), indices, 0)
    x_shape, index_shape = list(x.shape), list(indices.shape)
    x_shape[axis] = index_shape[axis] = 1
    batch = np.broadcast_shapes(tuple(x_shape), tuple(index_shape))

    def widened(a):
        return np.broadcast_to(a, (*batch[:axis], a.shape[axis], *batch[axis + 1 :]))

    return np.take_along_axis(widened(x), widened(indices), axis)


def _where(condition, x1, x2):
    return np.where(condition, x1, x2)


def _nonzero(x):
    return tuple(i.astype("int32") for i in np.nonzero(x))


def _unravel_index(indices, shape):
    return tuple(i.astype(indices.dtype) for i in np.unravel_index(indices, shape))


def _get_item_case(name, shape, key, dtype="float32", symbolic=True):
    return OpCase(
        "get_item",
        (Arr(shape, dtype, 0, 9), key),
        reference=_get_item,
        name=name,
        symbolic=symbolic,
    )


_INDEX = Arr((2,), "int32", values=[2, 0])
_NEGATIVE = Arr((2, 2), "int32", values=[[-1, 0], [1, -2]])

CASES = [
    _get_item_case("int", (3, 4), 1),
    _get_item_case("negative-int", (3, 4), (-1, -2), "int32"),
    _get_item_case("slices", (4, 5), (slice(1, None), slice(None, None, 2))),
    _get_item_case("reverse-slice", (4, 5), (slice(None, None, -1), slice(3, 0, -2))),
    _get_item_case("none-ellipsis", (2, 3, 4), (None, Ellipsis, 1, None)),
    _get_item_case("empty-slice", (3, 4), (slice(2, 2),), "bool"),
    _get_item_case("index", (3, 4), (slice(None), _INDEX)),
    _get_item_case("index-negative", (3, 4), _NEGATIVE, "int32"),
    _get_item_case("two-indices", (3, 4, 5), (_INDEX, slice(None), Arr((2,), "int32", 0, 5))),
    _get_item_case("int-and-index", (3, 4, 5), (0, slice(None), _INDEX)),
    _get_item_case("adjacent-indices", (2, 3, 4), (slice(None), _INDEX, Arr((1,), "int32", 0, 4))),
    _get_item_case("int64-index", (3, 4), Arr((3,), "int64", 0, 3)),
    _get_item_case("mask", (3, 4), Arr((3, 4), "bool"), symbolic=False),
    _get_item_case("row-mask", (3, 4), (Arr((3,), "bool"), slice(1, 3)), "int32", symbolic=False),
    OpCase("take", (Arr((3, 4)), Arr((2, 2), "int32", -4, 4)), {"axis": 1}),
    OpCase("take", (Arr((3, 4), "int32", 0, 9), Arr((5,), "int32", -12, 12)), name="flat"),
    OpCase("take", (Arr((3, 4), "bool"), Arr((0,), "int32")), {"axis": -2}, name="empty"),
    OpCase("take", (Arr((2, 4, 3)), 1), {"axis": -1}, name="int-last-axis"),
    OpCase(
        "take_along_axis",
        (Arr((2, 4, 3)), Arr((2, 4, 1), "int32", 0, 3)),
        {"axis": -1},
        name="last-axis",
    ),
    OpCase("take", (Arr((3, 4)), 2), {"axis": 0}, name="scalar"),
    OpCase(
        "take_along_axis",
        (Arr((3, 4)), Arr((3, 2), "int32", 0, 4)),
        {"axis": 1},
        reference=_take_along_axis,
    ),
    OpCase(
        "take_along_axis",
        (Arr((3, 4), "int32", 0, 9), Arr((1, 4), "int32", -3, 3)),
        {"axis": 0},
        reference=_take_along_axis,
        name="broadcast",
    ),
    OpCase(
        "take_along_axis",
        (Arr((3, 4)), Arr((5,), "int32", 0, 12)),
        reference=_take_along_axis,
        name="flat",
    ),
    OpCase("where", (Arr((2, 3), "bool"), Arr((2, 3)), Arr((3,))), reference=_where),
    OpCase(
        "where",
        (Arr((2, 3), "bool"), Arr((2, 3), "int32", 0, 9), 1.5),
        reference=lambda c, a, b: np.where(c, a, b).astype("float32"),
        name="python-float",
    ),
    OpCase(
        "where",
        (Arr((2, 3), "bool"), Arr((2, 3), "uint8", 0, 9), 2),
        reference=lambda c, a, b: np.where(c, a, b).astype("uint8"),
        name="python-int",
    ),
    OpCase(
        "where",
        (Arr((3,), "bool"), Arr((3,), "int8", 0, 9), Arr((3,), "float16")),
        reference=lambda c, a, b: np.where(c, a, b).astype("float16"),
        name="int8-float16",
    ),
    OpCase(
        "where",
        (Arr((3, 2), "float32", -1, 2),),
        reference=_nonzero,
        name="nonzero",
        symbolic=False,
    ),
    OpCase(
        "select",
        ([Arr((2, 3), "bool"), Arr((2, 3), "bool")], [Arr((2, 3)), Arr((3,))]),
        reference=lambda c, ch: np.select(c, ch),
    ),
    OpCase(
        "select",
        ([Arr((4,), "bool")], [Arr((4,), "int32", 0, 9)]),
        {"default": -1},
        reference=lambda c, ch, default: np.select(c, ch, default),
        name="int",
    ),
    OpCase("nonzero", (Arr((3, 4), "int32", 0, 2),), reference=_nonzero, symbolic=False),
    OpCase("nonzero", (Arr((5,), "bool"),), reference=_nonzero, name="bool", symbolic=False),
    OpCase("isin", (Arr((3, 4), "int32", 0, 9), Arr((5,), "int32", 0, 9))),
    OpCase(
        "isin",
        (Arr((6,), "int32", 0, 9), Arr((2, 2), "int32", 0, 9)),
        {"invert": True},
        name="invert",
    ),
    OpCase(
        "isin",
        (Arr((4,), "float32", values=[1, 2, 3, 4]), Arr((2,), "float32", values=[2, 5])),
        name="float",
    ),
    OpCase("diagonal", (Arr((3, 4)),)),
    OpCase(
        "diagonal",
        (Arr((2, 3, 4), "int32", 0, 9),),
        {"offset": 1, "axis1": -1, "axis2": 1},
        name="axes",
    ),
    OpCase("diagonal", (Arr((3, 4), "bool"),), {"offset": -2}, name="negative-offset"),
    OpCase("unravel_index", (Arr((2, 3), "int32", 0, 24), (2, 3, 4)), reference=_unravel_index),
    OpCase(
        "unravel_index", (Arr((4,), "uint8", 0, 6), (3, 2)), reference=_unravel_index, name="uint8"
    ),
]
