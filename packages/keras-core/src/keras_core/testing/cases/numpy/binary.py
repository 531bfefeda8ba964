"""Cases for broadcasting element-wise functions of two tensors."""

from keras_core.testing.case import Arr, OpCase

_PAIRS = {
    "same": (Arr((3, 4)), Arr((3, 4))),
    "broadcast": (Arr((3, 1)), Arr((4,))),
    "int-float": (Arr((3,), "int32", -5, 5), Arr((3,), "float32")),
    "uint8-int8": (Arr((4,), "uint8", 0, 9), Arr((4,), "int8", -9, 9)),
    "weak-float": (Arr((2, 2), "int32", -5, 5), 1.5),
    "weak-int": (Arr((2, 2), "float16"), 3),
    "empty": (Arr((0, 3)), Arr((3,))),
}

CASES = [
    OpCase(op, args, name=label)
    for op in ("add", "subtract", "multiply", "maximum")
    for label, args in _PAIRS.items()
] + [
    OpCase("divide", (Arr((3, 4)), Arr((3, 4), low=0.5, high=2.0))),
    OpCase("divide", (Arr((4,), "int32", -9, 9), Arr((4,), "int32", 1, 5)), name="int"),
    OpCase("divide", (Arr((2, 1), "int8", -9, 9), 4), name="weak"),
]
