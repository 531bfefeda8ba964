"""Cases for creating tensors.

Ops with no tensor input cannot be symbolic, so their cases name the expected dtype and skip
the symbolic check.
"""

import numpy as np

from keras_core.testing.case import Arr, OpCase


def _made(op, args=(), kwargs=None, dtype="float32", reference=None, name=""):
    return OpCase(
        op,
        args,
        kwargs or {},
        reference=reference,
        dtype=dtype,
        name=name,
        symbolic=False,
    )


def _cast(function, dtype):
    return lambda *args, **kwargs: np.asarray(function(*args, **kwargs)).astype(dtype)


def _vander(x, N=None, increasing=False):
    return np.vander(x, N, increasing)


CASES = [
    OpCase("array", (Arr((2, 3)),)),
    OpCase(
        "array",
        (Arr((2, 3), "int32", 0, 9),),
        {"dtype": "float32"},
        reference=_cast(np.array, "float32"),
        name="dtype",
    ),
    _made("array", ([[1, 2], [3, 4]],), dtype="int32", name="list"),
    _made("array", ([1.5, 2.0],), name="float-list"),
    _made("zeros", ((2, 3),)),
    _made("zeros", (4,), {"dtype": "int32"}, "int32", name="int"),
    _made("zeros", ((0, 2),), name="empty"),
    _made("ones", ((2, 3),)),
    _made("ones", ((3,),), {"dtype": "bool"}, "bool", name="bool"),
    _made("full", ((2, 3), 7), reference=_cast(np.full, "float32")),
    _made("full", ((2,), 7), {"dtype": "int32"}, "int32", name="int"),
    _made("empty", ((2, 3),), reference=lambda shape: np.zeros(shape, "float32")),
    OpCase("zeros_like", (Arr((2, 3), "int32", 0, 9),)),
    OpCase(
        "zeros_like",
        (Arr((2, 3)),),
        {"dtype": "int32"},
        reference=_cast(np.zeros_like, "int32"),
        name="dtype",
    ),
    OpCase("ones_like", (Arr((2, 3), "bool"),)),
    OpCase("ones_like", (Arr((0, 3)),), name="empty"),
    OpCase("full_like", (Arr((2, 3), "uint8", 0, 9), 3)),
    OpCase("full_like", (Arr((2, 3)), Arr((3,))), name="broadcast"),
    OpCase("empty_like", (Arr((2, 3)),), reference=np.zeros_like, values=False),
    _made("eye", (3,)),
    _made("eye", (3, 4), {"k": 1, "dtype": "int32"}, "int32", name="rect"),
    _made("eye", (4, 2), {"k": -1}, name="negative-k"),
    _made("identity", (3,)),
    _made("identity", (2,), {"dtype": "bool"}, "bool", name="bool"),
    _made("arange", (5,), dtype="int32", reference=_cast(np.arange, "int32")),
    _made("arange", (1, 7, 2), dtype="int32", reference=_cast(np.arange, "int32"), name="step"),
    _made("arange", (0.0, 1.0, 0.25), reference=_cast(np.arange, "float32"), name="float"),
    _made(
        "arange",
        (5, 0, -2),
        dtype="int32",
        reference=_cast(np.arange, "int32"),
        name="negative-step",
    ),
    _made(
        "arange",
        (0, 5),
        {"dtype": "float32"},
        reference=lambda a, b, dtype: np.arange(a, b, dtype=dtype),
        name="dtype",
    ),
    _made("arange", (3, 3), dtype="int32", reference=_cast(np.arange, "int32"), name="empty"),
    _made("linspace", (0, 1, 5), reference=_cast(np.linspace, "float32")),
    _made(
        "linspace",
        (2.0, 3.0, 4),
        {"endpoint": False},
        reference=_cast(np.linspace, "float32"),
        name="open",
    ),
    _made(
        "linspace",
        (0, 10, 6),
        {"retstep": True},
        reference=lambda *a, **k: tuple(np.float32(v) for v in np.linspace(*a, **k)),
        name="retstep",
    ),
    OpCase(
        "linspace",
        (Arr((2,)), Arr((3, 2)), 4),
        {"axis": -1},
        reference=_cast(np.linspace, "float32"),
        name="arrays",
    ),
    OpCase(
        "linspace",
        (Arr((2,)), 5.0, 3),
        {"axis": 1},
        reference=_cast(np.linspace, "float32"),
        name="axis",
    ),
    _made("logspace", (0, 2, 3), reference=_cast(np.logspace, "float32")),
    _made(
        "logspace",
        (0, 3, 4),
        {"base": 2, "endpoint": False},
        reference=_cast(np.logspace, "float32"),
        name="base",
    ),
    _made("geomspace", (1, 1000, 4), reference=_cast(np.geomspace, "float32")),
    _made("geomspace", (-2.0, -32.0, 5), reference=_cast(np.geomspace, "float32"), name="negative"),
    OpCase("meshgrid", (Arr((3,)), Arr((2,), "int32", 0, 9)), reference=np.meshgrid),
    OpCase(
        "meshgrid",
        (Arr((3,)), Arr((2,)), Arr((4,))),
        {"indexing": "ij"},
        reference=np.meshgrid,
        name="ij",
    ),
    OpCase("diag", (Arr((3,), "int32", 0, 9),)),
    OpCase("diag", (Arr((3, 4)),), {"k": 1}, name="2d"),
    OpCase("diag", (Arr((2,)),), {"k": -2}, name="negative-k"),
    OpCase("diag", (Arr((3, 2), "bool"),), {"k": -1}, name="2d-bool"),
    OpCase("diagflat", (Arr((2, 2)),)),
    OpCase("diagflat", (Arr((3,), "int32", 0, 9),), {"k": 1}, name="k"),
    _made("tri", (3,)),
    _made("tri", (3, 4), {"k": -1, "dtype": "int32"}, "int32", name="rect"),
    OpCase("tril", (Arr((3, 4)),)),
    OpCase("tril", (Arr((2, 3, 3), "int32", 0, 9),), {"k": 1}, name="batch"),
    OpCase("triu", (Arr((4, 3)),), {"k": -1}),
    OpCase("triu", (Arr((3, 3), "bool"),), name="bool"),
    OpCase("vander", (Arr((4,)),), reference=_vander),
    OpCase(
        "vander",
        (Arr((3,), "int32", -3, 4), 4),
        {"increasing": True},
        reference=_vander,
        name="int",
    ),
    *(
        _made(window, (length,), reference=_cast(getattr(np, window), "float32"), name=str(length))
        for window in ("bartlett", "blackman", "hamming", "hanning")
        for length in (1, 6)
    ),
    _made("kaiser", (6, 5.0), reference=_cast(np.kaiser, "float32")),
    _made("kaiser", (0, 1.0), reference=_cast(np.kaiser, "float32"), name="empty"),
]
