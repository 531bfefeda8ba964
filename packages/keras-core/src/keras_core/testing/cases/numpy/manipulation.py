"""Cases for reshaping, transposing and joining."""

import numpy as np

from keras_core.testing.case import Arr, OpCase

CASES = [
    OpCase("reshape", (Arr((2, 3, 4)), (4, -1))),
    OpCase("reshape", (Arr((6,), "int32", 0, 9), (2, 3)), name="int"),
    OpCase("transpose", (Arr((2, 3, 4)),)),
    OpCase("transpose", (Arr((2, 3, 4)),), {"axes": (1, 0, 2)}, name="axes"),
    OpCase(
        "concatenate",
        ([Arr((2, 3)), Arr((1, 3))],),
        reference=lambda xs: np.concatenate(xs),
    ),
    OpCase(
        "concatenate",
        ([Arr((2, 3), "int32", 0, 9), Arr((2, 2))],),
        {"axis": -1},
        reference=lambda xs, axis: np.concatenate([x.astype("float32") for x in xs], axis),
        name="promote",
    ),
]
