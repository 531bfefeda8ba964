"""Cases for reductions over axes."""

from keras_core.testing.case import Arr, OpCase

_X = Arr((2, 3, 4))

CASES = [
    OpCase("sum", (_X,)),
    OpCase("sum", (_X,), {"axis": -1}, name="last-axis"),
    OpCase("sum", (_X,), {"axis": (0, 2), "keepdims": True}, name="axes-keepdims"),
    OpCase("sum", (Arr((3, 4), "int8", -9, 9),), {"axis": 0}, name="int8"),
    OpCase("sum", (Arr((5,), "bool"),), name="bool"),
    OpCase("sum", (Arr((0, 3)),), {"axis": 0}, name="empty"),
    OpCase("max", (_X,), {"axis": 1}),
    OpCase("max", (_X,), {"axis": -1, "initial": 0.5}, name="initial"),
    OpCase("max", (Arr((3, 4), "int32", -9, 9),), {"keepdims": True}, name="int-keepdims"),
    OpCase("mean", (_X,), {"axis": (1, -1)}),
    OpCase("mean", (Arr((4, 3), "int32", -9, 9),), name="int"),
]
