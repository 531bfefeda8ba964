"""Cases for broadcasting element-wise functions of two tensors."""

import numpy as np

from keras_core.testing.case import Arr, OpCase

_PAIRS = {
    "same": (Arr((3, 4)), Arr((3, 4))),
    "broadcast": (Arr((3, 1)), Arr((4,))),
    "int-float": (Arr((3,), "int32", -5, 5), Arr((3,), "float32")),
    "uint8-int8": (Arr((4,), "uint8", 0, 9), Arr((4,), "int8", -9, 9)),
    "weak-float": (Arr((2, 2), "int32", -5, 5), 1.5),
    "weak-int": (Arr((2, 2), "float16"), 3),
    "float16-float32": (Arr((2, 3), "float16"), Arr((3,))),
    "bool": (Arr((4,), "bool"), Arr((4,), "bool")),
    "empty": (Arr((0, 3)), Arr((3,))),
}
# Pairs with no zero divisor and no negative base (for division, remainders and powers).
_POSITIVE_PAIRS = {
    "same": (Arr((3, 4), low=0.5, high=3.0), Arr((3, 4), low=0.5, high=3.0)),
    "broadcast": (Arr((3, 1), low=-5.0, high=5.0), Arr((4,), low=0.5, high=3.0)),
    "int": (Arr((5,), "int32", -20, 20), Arr((5,), "int32", 1, 6)),
    "int-negative": (Arr((5,), "int32", -20, 20), Arr((5,), "int32", -6, -1)),
    "uint8-int8": (Arr((4,), "uint8", 0, 9), Arr((4,), "int8", 1, 4)),
    "weak-float": (Arr((2, 2), "int32", 1, 5), 1.5),
    "weak-int": (Arr((2, 2), "float16", 0.5, 3.0), 2),
    "empty": (Arr((0, 3), low=0.5, high=3.0), Arr((3,), low=0.5, high=3.0)),
}
_INT_PAIRS = {
    "int32": (Arr((3, 4), "int32", -50, 50), Arr((3, 4), "int32", -50, 50)),
    "broadcast": (Arr((3, 1), "int8", -20, 20), Arr((4,), "int16", -20, 20)),
    "uint8": (Arr((4,), "uint8", 0, 60), Arr((4,), "uint8", 0, 60)),
    "weak-int": (Arr((4,), "int32", -50, 50), 12),
    "empty": (Arr((0, 2), "int32"), Arr((2,), "int32")),
}
_SHIFT_PAIRS = {
    "int32": (Arr((3, 4), "int32", -50, 50), Arr((3, 4), "int32", 0, 8)),
    "broadcast": (Arr((3, 1), "int16", -50, 50), Arr((4,), "int8", 0, 5)),
    "uint8": (Arr((4,), "uint8", 0, 16), Arr((4,), "uint8", 0, 4)),
    "weak-int": (Arr((4,), "int32", -50, 50), 2),
    "bool": (Arr((4,), "bool"), Arr((4,), "bool")),
    "empty": (Arr((0, 2), "int32"), Arr((2,), "int32", 0, 3)),
}
_WITH_ZEROS = Arr(values=[[-1.5, 0.0, 2.0], [0.0, -0.0, 3.5]])
_TRUE = Arr(values=[True, True, True, True], dtype="bool")
_TOWARD = Arr(values=[-1.0, 2.0, -2.0])
_NEAR = Arr(values=[1.0, 2.0 + 1e-7, 3.1])
_SPECIAL = Arr(values=[np.nan, np.inf, -np.inf, 1.0, np.nan, np.inf, 0.0])
_SPECIAL_OTHER = Arr(values=[1.0, np.inf, np.inf, np.nan, np.nan, 2.0, -0.0])


def _cases(op, pairs, labels=None, reference=None, **tolerances):
    chosen = labels or tuple(pairs)
    return [
        OpCase(op, pairs[label], reference=reference, name=label, **tolerances) for label in chosen
    ]


def _int_reference(function):
    """``function`` with two bools computed as int32, as Keras does."""

    def reference(x1, x2):
        if np.asarray(x1).dtype == bool and np.asarray(x2).dtype == bool:
            x1, x2 = x1.astype("int32"), x2.astype("int32")
        return function(x1, x2)

    return reference


def _divide_no_nan(x1, x2):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(np.asarray(x2) == 0, 0.0, np.true_divide(x1, x2))


def _float_reference(function):
    """``function`` on float64 copies of integer and bool inputs (Keras gives floats)."""

    def widened(x):
        x = np.asarray(x)
        return x.astype("float64") if x.dtype.kind in "biu" else x

    def reference(x1, x2):
        return function(widened(x1), widened(x2))

    return reference


_ALL = tuple(_PAIRS)
_NUMERIC = tuple(label for label in _PAIRS if label != "bool")

CASES = [
    *[case for op in ("add", "multiply", "maximum", "minimum") for case in _cases(op, _PAIRS)],
    *[case for op in ("fmax", "fmin") for case in _cases(op, _PAIRS)],
    *[
        case
        for op in ("fmax", "fmin", "maximum", "minimum", "add")
        for case in [OpCase(op, (_SPECIAL, _SPECIAL_OTHER), name="special")]
    ],
    *_cases("subtract", _PAIRS, _NUMERIC),
    *_cases("divide", _POSITIVE_PAIRS),
    OpCase("divide", (Arr((2, 1), "int8", -9, 9), 4), name="weak"),
    *_cases("true_divide", _POSITIVE_PAIRS, ("same", "int", "weak-float")),
    *_cases("divide_no_nan", _POSITIVE_PAIRS, ("same", "int", "empty"), _divide_no_nan),
    OpCase("divide_no_nan", (Arr((2, 3)), _WITH_ZEROS), reference=_divide_no_nan, name="zeros"),
    *[
        case
        for op in ("floor_divide", "mod", "fmod")
        for case in _cases(op, _POSITIVE_PAIRS, reference=_int_reference(getattr(np, op)))
    ],
    *[
        OpCase(
            op, (_PAIRS["bool"][0], _TRUE), reference=_int_reference(getattr(np, op)), name="bool"
        )
        for op in ("mod", "fmod", "power")
    ],
    *_cases("power", _POSITIVE_PAIRS, ("same", "broadcast", "weak-float", "weak-int", "empty")),
    OpCase("power", (Arr((5,), "int32", -5, 5), Arr((5,), "int32", 0, 4)), name="int"),
    OpCase("power", (2.0, Arr((3,), "float16", -2.0, 2.0)), name="weak-base"),
    *[
        case
        for op in ("arctan2", "hypot", "logaddexp", "logaddexp2", "nextafter")
        for case in _cases(op, _PAIRS, reference=_float_reference(getattr(np, op)))
    ],
    OpCase("logaddexp", (_SPECIAL, _SPECIAL_OTHER), name="special"),
    OpCase("hypot", (_SPECIAL, _SPECIAL_OTHER), name="special"),
    OpCase("nextafter", (_SPECIAL, _SPECIAL_OTHER), name="special"),
    OpCase(
        "nextafter", (Arr(values=[0.0, 1.0, -1.0]), Arr(values=[-1.0, 2.0, -2.0])), name="exact"
    ),
    *_cases("heaviside", _PAIRS, _NUMERIC, _float_reference(np.heaviside)),
    OpCase("heaviside", (_WITH_ZEROS, 0.5), name="zeros"),
    OpCase("heaviside", (_SPECIAL, _SPECIAL_OTHER), name="special"),
    OpCase("ldexp", (Arr((3, 4)), Arr((3, 4), "int32", -4, 4))),
    OpCase("ldexp", (Arr((3, 1), "float16"), Arr((4,), "int8", -3, 3)), name="broadcast"),
    OpCase("ldexp", (Arr((4,), "int32", -9, 9), 3), name="int-weak"),
    OpCase("ldexp", (Arr((0, 2)), Arr((2,), "int32", 0, 3)), name="empty"),
    *[case for op in ("gcd", "lcm") for case in _cases(op, _INT_PAIRS)],
    *[
        case
        for op in ("equal", "not_equal", "greater", "greater_equal", "less", "less_equal")
        for case in _cases(op, _PAIRS)
    ],
    *[
        OpCase(op, (Arr((6,), "int32", -2, 2), Arr((6,), "int32", -2, 2)), name="ties")
        for op in ("equal", "not_equal", "greater", "greater_equal", "less", "less_equal")
    ],
    *[
        OpCase(op, (_SPECIAL, _SPECIAL_OTHER), name="special")
        for op in ("equal", "not_equal", "greater", "greater_equal", "less", "less_equal")
    ],
    *[
        case
        for op in ("logical_and", "logical_or", "logical_xor")
        for case in [
            *_cases(op, _PAIRS, ("bool", "broadcast", "int-float", "weak-int", "empty")),
            OpCase(op, (Arr((6,), "int32", -1, 2), Arr((6,), "bool")), name="int-bool"),
        ]
    ],
    *[
        case
        for op in ("bitwise_and", "bitwise_or", "bitwise_xor")
        for case in [
            *_cases(op, _INT_PAIRS),
            OpCase(op, _PAIRS["bool"], name="bool"),
        ]
    ],
    *[
        case
        for op in ("left_shift", "right_shift", "bitwise_left_shift", "bitwise_right_shift")
        for case in _cases(op, _SHIFT_PAIRS, reference=_int_reference(getattr(np, op)))
    ],
    OpCase("clip", (Arr((3, 4)), -0.5, 0.5)),
    OpCase("clip", (Arr((5,), "int32", -9, 9), -3, 4), name="int"),
    OpCase("clip", (Arr((5,), "int32", -9, 9), -2.5, 2.5), name="int-weak-float"),
    OpCase("clip", (Arr((4,), "bool"), 0, 1), name="bool"),
    OpCase("clip", (Arr((4,), "uint8", 0, 200), 10, 100), name="uint8"),
    OpCase("clip", (Arr((3, 4), "float16"), Arr((4,), low=-1.0, high=0.0), 1.0), name="arrays"),
    OpCase("clip", (Arr((0, 3)), 0.0, 1.0), name="empty"),
    *[
        case
        for op in ("isclose", "allclose")
        for case in [
            OpCase(op, (Arr((3, 4)), Arr((3, 4)))),
            OpCase(
                op, (Arr(values=[1.0, 2.0, 3.0]), Arr(values=[1.0, 2.0 + 1e-7, 3.1])), name="near"
            ),
            OpCase(op, (Arr(values=[[1, 2]], dtype="int32"), 1), name="int-weak"),
            OpCase(op, (_SPECIAL, _SPECIAL_OTHER), name="special"),
            OpCase(op, (_SPECIAL, _SPECIAL), {"equal_nan": True}, name="equal-nan"),
            OpCase(op, (Arr((4,)), Arr((4,))), {"rtol": 0.5, "atol": 1.0}, name="tolerances"),
            OpCase(op, (Arr((0, 2)), Arr((2,))), name="empty"),
        ]
    ],
]
