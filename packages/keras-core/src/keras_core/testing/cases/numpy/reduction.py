"""Cases for reductions, scans, sorting and searching."""

import numpy as np

from keras_core.testing.case import Arr, OpCase

_X = Arr((2, 3, 4))
_INT = Arr((3, 4), "int32", -9, 9)
_EMPTY = Arr((0, 3))
_NAN = Arr(values=[[1.0, np.nan, 3.0, -2.0], [np.nan, 0.5, -1.0, 4.0], [2.0, 2.5, np.nan, 0.0]])

_REDUCTIONS = {
    "default": ((_X,), {}),
    "last-axis": ((_X,), {"axis": -1}),
    "axes-keepdims": ((_X,), {"axis": (0, 2), "keepdims": True}),
    "int": ((_INT,), {"axis": 0}),
    "float16": ((Arr((3, 4), "float16"),), {"axis": 1}),
}


def _reduction_cases(op, labels, reference=None, **tolerances):
    return [
        OpCase(op, args, kwargs, reference=reference, name=label, **tolerances)
        for label, (args, kwargs) in _REDUCTIONS.items()
        if label in labels
    ]


_ALL_LABELS = tuple(_REDUCTIONS)


def _partition_reference(x, kth, axis=-1):
    # Only the kth position is defined; the case checks shapes and dtypes.
    return np.argpartition(x, kth, axis=axis)


CASES = [
    OpCase("sum", (_X,)),
    OpCase("sum", (_X,), {"axis": -1}, name="last-axis"),
    OpCase("sum", (_X,), {"axis": (0, 2), "keepdims": True}, name="axes-keepdims"),
    OpCase("sum", (Arr((3, 4), "int8", -9, 9),), {"axis": 0}, name="int8"),
    OpCase("sum", (Arr((5,), "bool"),), name="bool"),
    OpCase("sum", (_EMPTY,), {"axis": 0}, name="empty"),
    OpCase("sum", (Arr((3, 4), "float16"),), {"axis": -1}, name="float16"),
    *_reduction_cases("prod", ("last-axis", "axes-keepdims", "float16")),
    OpCase("prod", (Arr((3, 4), "int8", -3, 3),), {"axis": 1}, name="int8"),
    OpCase("prod", (_INT,), {"axis": 0, "dtype": "float32"}, name="dtype"),
    OpCase("prod", (_EMPTY,), {"axis": 0}, name="empty"),
    OpCase("prod", (Arr((2, 3), "bool"),), {"axis": 1}, name="bool"),
    OpCase("max", (_X,), {"axis": 1}),
    OpCase("max", (_X,), {"axis": -1, "initial": 0.5}, name="initial"),
    OpCase("max", (_INT,), {"keepdims": True}, name="int-keepdims"),
    OpCase("max", (Arr((4,), "bool"),), name="bool"),
    OpCase("max", (_EMPTY,), {"axis": 0, "initial": -1.0}, name="empty-initial"),
    *_reduction_cases("min", _ALL_LABELS),
    OpCase("min", (_X,), {"axis": -1, "initial": -0.5}, name="initial"),
    OpCase("min", (_EMPTY,), {"axis": 0, "initial": 3.0}, name="empty-initial"),
    OpCase("min", (Arr((4,), "bool"),), name="bool"),
    *_reduction_cases("amax", ("last-axis", "int", "axes-keepdims")),
    OpCase("amax", (Arr((2, 3), "bool"),), {"axis": 0}, name="bool"),
    *_reduction_cases("amin", ("default", "int", "float16")),
    *_reduction_cases("ptp", ("default", "last-axis", "int", "float16")),
    OpCase("all", (Arr((3, 4), "bool"),), {"axis": 0}),
    OpCase("all", (_INT,), {"axis": -1, "keepdims": True}, name="int"),
    OpCase("all", (_EMPTY,), {"axis": 0}, name="empty"),
    OpCase("any", (Arr((3, 4), "bool"),), {"axis": 1}),
    OpCase("any", (Arr((2, 3), "float32", values=[[0, 0, 1], [0, 0, 0]]),), name="float"),
    OpCase("any", (_EMPTY,), {"axis": (0, 1)}, name="empty"),
    OpCase("count_nonzero", (Arr((3, 4), "int32", -1, 2),), {"axis": 1}),
    OpCase("count_nonzero", (Arr((6,), "bool"),), name="bool"),
    OpCase("count_nonzero", (_X,), {"axis": (0, -1)}, name="axes"),
    OpCase("count_nonzero", (_EMPTY,), {"axis": 0}, name="empty"),
    *(
        OpCase(op, (x,), kwargs, name=label)
        for op in ("argmax", "argmin")
        for label, x, kwargs in (
            ("default", _X, {}),
            ("axis", _X, {"axis": -2}),
            ("keepdims", _INT, {"axis": 0, "keepdims": True}),
            ("flat-keepdims", _INT, {"keepdims": True}),
            ("bool", Arr((5,), "bool"), {}),
            ("float16", Arr((4, 3), "float16"), {"axis": 1}),
        )
    ),
    OpCase("nanargmax", (_NAN,), {"axis": 1}),
    OpCase("nanargmax", (_NAN,), name="flat"),
    OpCase("nanargmin", (_NAN,), {"axis": -1, "keepdims": True}),
    OpCase("nanargmin", (_INT,), {"axis": 0}, name="int"),
    OpCase("sort", (_X,)),
    OpCase("sort", (_INT,), {"axis": 0}, name="int-axis0"),
    OpCase("sort", (Arr((6,), "bool"),), name="bool"),
    OpCase("sort", (_X,), {"axis": None}, name="flat"),
    OpCase("sort", (_EMPTY,), {"axis": 0}, name="empty"),
    OpCase("sort", (Arr((3, 4), "float16"),), {"axis": -2}, name="float16"),
    OpCase("argsort", (_X,), {"axis": 1}),
    OpCase(
        "argsort",
        (Arr((3, 4), "int32", 0, 3),),
        reference=lambda x: np.argsort(x, kind="stable"),
        name="ties",
    ),
    OpCase("argsort", (Arr((4, 3), "float16"),), {"axis": None}, name="flat-float16"),
    OpCase(
        "argsort",
        (Arr((6,), "bool"),),
        reference=lambda x: np.argsort(x, kind="stable"),
        name="bool",
    ),
    OpCase("argsort", (_EMPTY,), {"axis": 0}, name="empty"),
    OpCase("argpartition", (_X, 1), reference=_partition_reference, values=False),
    OpCase("argpartition", (_INT, 2), {"axis": 0}, values=False, name="axis0"),
    *(
        OpCase(op, (x,), kwargs, name=label)
        for op in ("cumsum", "cumprod", "nancumsum", "nancumprod")
        for label, x, kwargs in (
            ("default", _X, {}),
            ("axis", _X, {"axis": -2}),
            ("int", Arr((3, 4), "int32", -3, 3), {"axis": 1}),
            ("bool", Arr((2, 3), "bool"), {"axis": 0}),
            ("dtype", Arr((2, 3), "int8", -3, 3), {"axis": 1, "dtype": "float32"}),
            ("empty", _EMPTY, {"axis": 0}),
            ("float16", Arr((2, 3), "float16", 0.5, 1.5), {"axis": -1}),
        )
    ),
    OpCase("nancumsum", (_NAN,), {"axis": 1}, name="nan"),
    OpCase("nancumprod", (_NAN,), {"axis": 0}, name="nan"),
    OpCase("diff", (_X,)),
    OpCase("diff", (_INT,), {"n": 2, "axis": 0}, name="int-n2"),
    OpCase("diff", (Arr((5,), "bool"),), name="bool"),
    OpCase("diff", (Arr((2, 3)),), {"n": 4}, name="n-past-size"),
    OpCase("diff", (Arr((3, 4), "float16"),), {"axis": 0}, name="float16"),
    OpCase("diff", (_X,), {"n": 0}, name="n0"),
    OpCase("mean", (_X,), {"axis": (1, -1)}),
    OpCase("mean", (_INT,), name="int"),
    OpCase("mean", (Arr((3, 4), "float16"),), {"axis": 0}, name="float16"),
    OpCase("mean", (Arr((3, 4), "bool"),), {"axis": 1}, name="bool"),
    OpCase("var", (Arr((3, 4), "bool"),), {"axis": 0}, name="bool"),
    *_reduction_cases("var", _ALL_LABELS, atol=1e-5),
    *_reduction_cases("std", _ALL_LABELS, atol=1e-5),
    *(
        OpCase(f"nan{op}", (_NAN,), {"axis": axis}, name=label)
        for op in ("sum", "prod", "max", "min")
        for label, axis in (("", None), ("axis", 1))
    ),
    OpCase("nansum", (Arr((3, 4), "int8", -9, 9),), {"axis": 0}, name="int8"),
    OpCase("nanmax", (_INT,), {"axis": -1}, name="int"),
    OpCase("trapezoid", (_X,)),
    OpCase("trapezoid", (_INT,), {"dx": 0.5, "axis": 0}, name="int-dx"),
    OpCase("trapezoid", (Arr((3, 4), "float16"),), {"axis": -2}, name="float16"),
    OpCase("trapezoid", (Arr((2, 4)),), {"x": Arr(values=[0.0, 0.5, 2.0, 3.0])}, name="x"),
    OpCase("bincount", (Arr((8,), "int32", 0, 5),), symbolic=False),
    OpCase(
        "bincount",
        (Arr(values=[1, 3, 3], dtype="uint8"),),
        {"minlength": 6},
        symbolic=False,
        name="min",
    ),
    OpCase(
        "bincount",
        (Arr(values=[0, 2, 2, 1], dtype="int32"),),
        {"weights": Arr((4,), low=0.0, high=1.0)},
        reference=lambda x, weights: np.bincount(x.astype(int), weights=weights),
        symbolic=False,
        name="weights",
    ),
    OpCase("digitize", (_X, Arr(values=[-1.0, 0.0, 0.5, 1.5]))),
    OpCase("digitize", (_INT, Arr(values=[-5, 0, 5], dtype="int32")), name="int"),
    OpCase("searchsorted", (Arr(values=[-1.0, 0.0, 0.5, 1.5]), _X)),
    OpCase(
        "searchsorted",
        (Arr(values=[0, 2, 2, 5], dtype="int32"), Arr(values=[[2, 5], [0, 6]], dtype="int32")),
        {"side": "right"},
        name="right-int",
    ),
    OpCase("searchsorted", (Arr(values=[1, 3, 5], dtype="int32"), [0, 3, 6]), name="list"),
    OpCase("unique", (Arr((10,), "int32", 0, 4),), symbolic=False),
    OpCase(
        "unique",
        (Arr((3, 4), "int32", 0, 5),),
        {"return_index": True, "return_inverse": True, "return_counts": True},
        reference=lambda x, **kwargs: np.unique(x, **kwargs),
        symbolic=False,
        name="all-outputs",
    ),
    OpCase(
        "unique",
        (Arr(values=[3, 1, 2, 1], dtype="int32"),),
        {"size": 5, "return_counts": True},
        reference=lambda x, **_: (np.array([1, 2, 3, 0, 0]), np.array([2, 1, 1, 0, 0])),
        name="size-pad",
    ),
    OpCase(
        "unique",
        (Arr(values=[3.0, 1.0, 2.0, 1.0]),),
        {"size": 2, "fill_value": -1.0},
        reference=lambda x, **_: np.array([1.0, 2.0]),
        name="size-truncate",
    ),
    OpCase("unique", (Arr((5,), "bool"),), symbolic=False, name="bool"),
    OpCase(
        "unique",
        (Arr(values=[[1, 0, 1], [0, 1, 0], [1, 0, 0]], dtype="int32"),),
        {"axis": -1, "return_counts": True},
        reference=lambda x, **kwargs: np.unique(x, **kwargs),
        symbolic=False,
        name="axis",
    ),
    OpCase(
        "unique",
        (Arr(values=[[[1, 2], [3, 4], [1, 2]], [[5, 6], [7, 8], [5, 6]]]),),
        {"axis": 1, "size": 2, "return_inverse": True},
        reference=lambda x, **kwargs: np.unique(x, axis=1, return_inverse=True),
        name="axis-size",
    ),
    OpCase("unique", (Arr((0,), "int32"),), symbolic=False, name="empty"),
]
