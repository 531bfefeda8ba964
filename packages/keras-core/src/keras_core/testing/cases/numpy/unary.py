"""Cases for element-wise functions of one tensor."""

from keras_core.testing.case import Arr, OpCase

CASES = [
    OpCase("exp", (Arr((3, 4)),)),
    OpCase("exp", (Arr((5,), "int32", -3, 3),), name="int"),
    OpCase("exp", (Arr((0, 2)),), name="empty"),
    OpCase("exp", (Arr((4,), "float16"),), name="float16"),
]
