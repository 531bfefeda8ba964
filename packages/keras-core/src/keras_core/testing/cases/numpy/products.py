"""Cases for matrix and tensor products."""

import numpy as np

from keras_core.testing.case import Arr, OpCase

CASES = [
    OpCase("matmul", (Arr((3, 4)), Arr((4, 5)))),
    OpCase("matmul", (Arr((2, 3, 4)), Arr((4, 5))), name="batched"),
    OpCase("matmul", (Arr((3, 4)), Arr((4,))), name="vector"),
    OpCase(
        "matmul",
        (Arr((3, 4), "int8", -9, 9), Arr((4, 2), "int8", -9, 9)),
        reference=lambda a, b: np.matmul(a.astype("int32"), b.astype("int32")),
        name="int8",
    ),
]
