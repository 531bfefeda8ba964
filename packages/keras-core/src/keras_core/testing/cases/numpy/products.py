"""Cases for matrix and tensor products."""

import numpy as np

from keras_core.testing.case import Arr, OpCase


def _int32(function):
    """``function`` on the int32 copies of its array inputs (int8 accumulates in int32)."""
    return lambda *xs: function(*(x.astype("int32") for x in xs))


def _slogdet(x):
    sign, logabsdet = np.linalg.slogdet(x)
    return sign, logabsdet


_SQUARE = Arr((3, 3), low=-1.0, high=1.0)

CASES = [
    OpCase("matmul", (Arr((3, 4)), Arr((4, 5)))),
    OpCase("matmul", (Arr((2, 3, 4)), Arr((4, 5))), name="batched"),
    OpCase("matmul", (Arr((3, 4)), Arr((4,))), name="vector"),
    OpCase(
        "matmul",
        (Arr((3, 4), "int8", -9, 9), Arr((4, 2), "int8", -9, 9)),
        reference=_int32(np.matmul),
        name="int8",
    ),
    OpCase("dot", (Arr((3, 4)), Arr((4, 5)))),
    OpCase("dot", (Arr((2, 3, 4)), Arr((5, 4, 2))), name="nd"),
    OpCase("dot", (Arr((3, 4)), Arr((4,))), name="vector"),
    OpCase("dot", (Arr((4,), "int32", -9, 9), Arr((4,), "int32", -9, 9)), name="int"),
    OpCase("dot", (Arr((3,)), 2.0), name="scalar"),
    OpCase("dot", (Arr((3, 4), "bool"), Arr((4,), "bool")), name="bool"),
    OpCase("dot", (Arr((3, 4), "float16"), Arr((4, 2), "float16")), name="float16"),
    OpCase("dot", (Arr((3, 4), "int32", -9, 9), Arr((4, 2))), name="mixed"),
    OpCase("tensordot", (Arr((2, 3, 4)), Arr((3, 4, 5)))),
    OpCase("tensordot", (Arr((2, 3)), Arr((3, 4))), {"axes": 1}, name="axes1"),
    OpCase("tensordot", (Arr((2, 3)), Arr((4, 5))), {"axes": 0}, name="axes0"),
    OpCase(
        "tensordot",
        (Arr((3, 2, 4)), Arr((4, 5, 3))),
        {"axes": ([0, -1], [-1, 0])},
        name="pairs",
    ),
    OpCase(
        "tensordot",
        (Arr((2, 3), "int8", -5, 5), Arr((3, 2), "int8", -5, 5)),
        {"axes": 1},
        name="int8",
    ),
    OpCase("tensordot", (Arr((0, 3)), Arr((3, 2))), {"axes": 1}, name="empty"),
    OpCase("inner", (Arr((2, 3)), Arr((4, 3)))),
    OpCase("inner", (Arr((3,), "int32", -9, 9), Arr((3,), "int32", -9, 9)), name="int"),
    OpCase("inner", (Arr((2, 3)), 3), name="scalar"),
    OpCase("outer", (Arr((3,)), Arr((4,)))),
    OpCase("outer", (Arr((2, 2), "int32", -9, 9), Arr((3,))), name="flattens"),
    OpCase("outer", (Arr((3,), "bool"), Arr((2,), "bool")), name="bool"),
    OpCase("outer", (Arr((3,), "int8", -9, 9), 2.5), name="scalar"),
    OpCase("kron", (Arr((2, 2), "int8", -9, 9), 3), name="scalar"),
    OpCase("vdot", (Arr((2, 3)), Arr((6,)))),
    OpCase("vdot", (Arr((4,), "int32", -9, 9), Arr((4,), "int32", -9, 9)), name="int"),
    OpCase("vdot", (Arr((4,), "float16"), Arr((4,), "float16")), name="float16"),
    OpCase("kron", (Arr((2, 3)), Arr((3, 2)))),
    OpCase("kron", (Arr((2,), "int32", -9, 9), Arr((3, 2), "int32", -9, 9)), name="ranks"),
    OpCase("kron", (Arr((2, 2), "int8", -9, 9), Arr((2,), "float16")), name="mixed"),
    OpCase("einsum", ("ij,jk->ik", Arr((2, 3)), Arr((3, 4)))),
    OpCase("einsum", ("bij,bjk->bik", Arr((2, 2, 3)), Arr((2, 3, 4))), name="batched"),
    OpCase("einsum", ("ii", Arr((3, 3))), name="trace"),
    OpCase("einsum", ("ij->ji", Arr((2, 3))), name="transpose"),
    OpCase("einsum", ("...j,j->...", Arr((2, 3, 4)), Arr((4,))), name="ellipsis"),
    OpCase("einsum", ("ij,jk", Arr((2, 3)), Arr((3, 4))), name="implicit"),
    OpCase(
        "einsum",
        ("ij,jk->ik", Arr((2, 3), "int8", -5, 5), Arr((3, 4), "int8", -5, 5)),
        reference=lambda s, a, b: np.einsum(s, a.astype("int32"), b.astype("int32")),
        name="int8",
    ),
    OpCase(
        "einsum",
        ("i,i->", Arr((3,), "int32", -9, 9), Arr((3,))),
        reference=lambda s, a, b: np.einsum(s, a.astype("float32"), b),
        name="mixed",
    ),
    OpCase("cross", (Arr((4, 3)), Arr((4, 3)))),
    OpCase("cross", (Arr((3,)), Arr((2, 3))), name="broadcast"),
    OpCase("cross", (Arr((3, 4)), Arr((4, 3))), {"axisa": 0}, name="axisa"),
    OpCase("cross", (Arr((3, 2)), Arr((3, 2))), name="2d"),
    OpCase(
        "cross",
        (Arr((3, 2)), Arr((3, 3))),
        reference=lambda a, b: np.cross(np.pad(a, [(0, 0), (0, 1)]), b),
        name="2d-3d",
    ),
    OpCase(
        "cross",
        (Arr((3, 4), "int32", -9, 9), Arr((3, 4), "int32", -9, 9)),
        {"axis": 0},
        name="int-axis",
    ),
    OpCase("trace", (Arr((3, 4)),)),
    OpCase("trace", (Arr((3, 4)),), {"offset": 1}, name="offset"),
    OpCase("trace", (Arr((3, 4)),), {"offset": -2}, name="negative-offset"),
    OpCase("trace", (Arr((2, 3, 4)),), {"axis1": -1, "axis2": 0}, name="axes"),
    OpCase(
        "trace",
        (Arr((3, 3), "int8", -9, 9),),
        reference=lambda x: np.trace(x, dtype="int32"),
        name="int8",
    ),
    OpCase(
        "trace",
        (Arr((3, 3), "bool"),),
        reference=lambda x: np.trace(x, dtype="int32"),
        name="bool",
    ),
    OpCase("trace", (Arr((0, 3)),), name="empty"),
    OpCase("correlate", (Arr((5,)), Arr((3,)))),
    OpCase("correlate", (Arr((5,)), Arr((3,))), {"mode": "same"}, name="same"),
    OpCase("correlate", (Arr((5,)), Arr((3,))), {"mode": "full"}, name="full"),
    OpCase("correlate", (Arr((2,)), Arr((4,))), {"mode": "same"}, name="shorter-first"),
    OpCase("correlate", (Arr((3,)), Arr((5,))), name="valid-shorter-first"),
    OpCase(
        "correlate",
        (Arr((4,), "int32", -9, 9), Arr((2,), "int32", -9, 9)),
        reference=lambda a, b: np.correlate(a, b).astype("float32"),
        name="int",
    ),
    OpCase("slogdet", (_SQUARE,), reference=_slogdet, rtol=1e-4, atol=1e-5),
    OpCase("slogdet", (Arr((2, 3, 3)),), reference=_slogdet, rtol=1e-4, atol=1e-5, name="batched"),
    OpCase(
        "slogdet",
        (Arr((3, 3), "int32", -9, 9),),
        reference=lambda x: tuple(np.float32(v) for v in np.linalg.slogdet(x)),
        rtol=1e-4,
        name="int",
    ),
]
