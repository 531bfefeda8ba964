"""Cases for the core ops."""

import numpy as np

from keras_core.testing.case import Arr, OpCase

CASES = [
    OpCase("cast", (Arr((3, 4)), "int32"), reference=lambda x, d: x.astype(d), name="to-int"),
    OpCase("cast", (Arr((3,), "int8"), "float16"), reference=lambda x, d: x.astype(d)),
    OpCase(
        "convert_to_tensor",
        (Arr((2, 3), "uint8"),),
        reference=np.asarray,
        name="array",
    ),
]
