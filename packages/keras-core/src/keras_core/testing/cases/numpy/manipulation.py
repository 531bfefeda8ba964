"""Cases for reshaping, joining, splitting, flipping and padding."""

import numpy as np

from keras_core.testing.case import Arr, OpCase


def _promoted(function, dtype="float32"):
    """``function`` of a list of arrays, after casting them to the promoted ``dtype``."""
    return lambda xs, *args, **kwargs: function([x.astype(dtype) for x in xs], *args, **kwargs)


def _pad_reference(x, pad_width, mode="constant", constant_values=None):
    if mode == "constant":
        return np.pad(x, pad_width, mode, constant_values=constant_values or 0)
    return np.pad(x, pad_width, mode)


CASES = [
    OpCase("reshape", (Arr((2, 3, 4)), (4, -1))),
    OpCase("reshape", (Arr((6,), "int32", 0, 9), (2, 3)), name="int"),
    OpCase("reshape", (Arr((0, 3)), (3, 0)), name="empty"),
    OpCase("transpose", (Arr((2, 3, 4)),)),
    OpCase("transpose", (Arr((2, 3, 4)),), {"axes": (1, 0, 2)}, name="axes"),
    OpCase("transpose", (Arr((2, 3), "bool"),), name="bool"),
    OpCase(
        "concatenate",
        ([Arr((2, 3)), Arr((1, 3))],),
        reference=lambda xs: np.concatenate(xs),
    ),
    OpCase(
        "concatenate",
        ([Arr((2, 3), "int32", 0, 9), Arr((2, 2))],),
        {"axis": -1},
        reference=_promoted(np.concatenate),
        name="promote",
    ),
    OpCase(
        "concatenate",
        ([Arr((2, 3), "int8", 0, 9), Arr((2, 3), "uint8", 0, 9)],),
        reference=_promoted(np.concatenate, "int16"),
        name="int8-uint8",
    ),
    OpCase("append", (Arr((2, 3)), Arr((4,)))),
    OpCase(
        "append",
        (Arr((2, 3), "int32", 0, 9), Arr((1, 3), "float16")),
        {"axis": 0},
        reference=lambda a, b, axis: np.append(a, b, axis).astype("float16"),
        name="axis",
    ),
    OpCase("append", (Arr((0,), "bool"), Arr((2, 2), "bool")), name="empty"),
    OpCase(
        "concatenate",
        ([Arr((2,), "float16"), Arr((3,), "float16")],),
        reference=lambda xs: np.concatenate(xs),
        name="float16",
    ),
    OpCase("broadcast_to", (Arr((3, 1)), (2, 3, 4))),
    OpCase("broadcast_to", (Arr((3,), "bool"), (2, 3)), name="bool"),
    OpCase("broadcast_to", (Arr((), "int32", 0, 9), (2, 0)), name="empty"),
    OpCase("copy", (Arr((2, 3)),)),
    OpCase("copy", (Arr((2, 3), "int32", 0, 9),), name="int"),
    OpCase("expand_dims", (Arr((2, 3)), -1)),
    OpCase("expand_dims", (Arr((2, 3), "int32", 0, 9), (0, 2)), name="tuple"),
    OpCase("squeeze", (Arr((2, 1, 3, 1)),)),
    OpCase("squeeze", (Arr((2, 1, 3), "int32", 0, 9),), {"axis": -2}, name="axis"),
    OpCase("ravel", (Arr((2, 3, 4)),)),
    OpCase("ravel", (Arr((0, 3), "int32"),), name="empty"),
    OpCase("moveaxis", (Arr((2, 3, 4)), 0, -1)),
    OpCase("moveaxis", (Arr((2, 3, 4, 5), "int32", 0, 9), (0, 1), (3, 0)), name="tuple"),
    OpCase("swapaxes", (Arr((2, 3, 4)), 0, -1)),
    OpCase("swapaxes", (Arr((2, 3), "bool"), 1, 0), name="bool"),
    OpCase("ndim", (Arr((2, 3, 4)),), reference=lambda x: np.int32(x.ndim)),
    OpCase("size", (Arr((2, 3, 4)),), reference=lambda x: np.int32(x.size)),
    OpCase("size", (Arr((0, 3), "int32"),), reference=lambda x: np.int32(x.size), name="empty"),
    OpCase("view", (Arr((2, 4), "int32", 0, 99), "uint8"), reference=lambda x, d: x.view(d)),
    OpCase(
        "view",
        (Arr((2, 4), "uint8", 0, 99), "int16"),
        reference=lambda x, d: x.view(d),
        name="widen",
    ),
    OpCase(
        "view",
        (Arr((3,), "float32"), "int32"),
        reference=lambda x, d: x.view(d),
        name="same-size",
    ),
    OpCase("flip", (Arr((2, 3, 4)),)),
    OpCase("flip", (Arr((2, 3, 4), "int32", 0, 9),), {"axis": (0, -1)}, name="axes"),
    OpCase("flip", (Arr((2, 3), "float16"),), {"axis": -1}, name="float16"),
    OpCase("fliplr", (Arr((2, 3)),)),
    OpCase("flipud", (Arr((2, 3), "bool"),)),
    OpCase("rot90", (Arr((2, 3)),)),
    OpCase("rot90", (Arr((2, 3, 4), "int32", 0, 9),), {"k": -1, "axes": (2, 0)}, name="axes"),
    OpCase("rot90", (Arr((2, 3)),), {"k": 2}, name="k2"),
    OpCase("roll", (Arr((2, 3)), 2)),
    OpCase("roll", (Arr((2, 3, 4), "int32", 0, 9), (1, -1)), {"axis": (0, 2)}, name="axes"),
    OpCase("roll", (Arr((2, 3)), -1), {"axis": -1}, name="axis"),
    OpCase("repeat", (Arr((2, 3)), 2)),
    OpCase("repeat", (Arr((2, 3), "int32", 0, 9), 3), {"axis": -1}, name="axis"),
    OpCase("repeat", (Arr((2, 3)), [1, 2]), {"axis": 0}, name="counts", symbolic=False),
    OpCase("tile", (Arr((2, 3)), 2)),
    OpCase("tile", (Arr((3,), "bool"), (2, 1, 2)), name="more-reps"),
    OpCase("tile", (Arr((2, 3, 4), "int32", 0, 9), (2, 1)), name="fewer-reps"),
    OpCase("pad", (Arr((2, 3)), 1), reference=_pad_reference),
    OpCase(
        "pad",
        (Arr((2, 3), "int32", 0, 9), ((0, 1), (2, 0))),
        {"constant_values": 7},
        reference=_pad_reference,
        name="value",
    ),
    *(
        OpCase(
            "pad",
            (Arr((3, 4)), ((1, 2), (3, 1))),
            {"mode": mode},
            reference=_pad_reference,
            name=mode,
        )
        for mode in ("edge", "reflect", "symmetric", "wrap")
    ),
    OpCase("pad", (Arr((0, 2)), (1, 2)), reference=_pad_reference, name="empty"),
    OpCase(
        "pad",
        (Arr((2, 2), "float16"), ((1, 0), (0, 2))),
        {"mode": "symmetric"},
        reference=_pad_reference,
        name="float16",
    ),
    OpCase(
        "pad",
        (Arr((2, 3), "bool"), 1),
        {"constant_values": True},
        reference=_pad_reference,
        name="bool",
    ),
    OpCase("stack", ([Arr((2, 3)), Arr((2, 3))],), reference=lambda xs: np.stack(xs)),
    OpCase(
        "stack",
        ([Arr((2, 3), "int32", 0, 9), Arr((2, 3))],),
        {"axis": -1},
        reference=_promoted(np.stack),
        name="promote",
    ),
    OpCase("hstack", ([Arr((2, 3)), Arr((2, 1))],), reference=np.hstack),
    OpCase(
        "hstack",
        ([Arr((3,), "int32", 0, 9), Arr((2,), "int32", 0, 9)],),
        reference=np.hstack,
        name="1d",
    ),
    OpCase("vstack", ([Arr((3,)), Arr((2, 3))],), reference=np.vstack),
    OpCase(
        "vstack", ([Arr((2, 3), "bool"), Arr((1, 3), "bool")],), reference=np.vstack, name="bool"
    ),
    OpCase("dstack", ([Arr((2, 3)), Arr((2, 3))],), reference=np.dstack),
    OpCase(
        "dstack",
        ([Arr((3,), "int32", 0, 9), Arr((3,), "int32", 0, 9)],),
        reference=np.dstack,
        name="1d",
    ),
    OpCase("split", (Arr((4, 3)), 2)),
    OpCase("split", (Arr((2, 6), "int32", 0, 9), [1, 4]), {"axis": -1}, name="indices"),
    OpCase("array_split", (Arr((5, 2)), 3)),
    OpCase("array_split", (Arr((2, 5), "bool"), [2, -1]), {"axis": 1}, name="indices"),
    OpCase("hsplit", (Arr((2, 4)), 2)),
    OpCase("hsplit", (Arr((6,), "int32", 0, 9), 3), name="1d"),
    OpCase("vsplit", (Arr((4, 3)), [1])),
    OpCase("dsplit", (Arr((1, 2, 4)), 2)),
]
