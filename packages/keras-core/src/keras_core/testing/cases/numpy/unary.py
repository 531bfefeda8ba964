"""Cases for element-wise functions of one tensor."""

import numpy as np

from keras_core.testing.case import Arr, OpCase

_SPECIAL = Arr(values=[np.nan, np.inf, -np.inf, -0.0, 0.0, 1.5, -2.5])
_COMPLEX = Arr((2, 3), "complex64")


def _standard(op, low=-2.0, high=2.0, int_low=-3, int_high=4, labels=(), reference=None):
    """float32, int32, empty and float16 cases, plus the extra ``labels`` (bool, uint8, ...)."""
    inputs = {
        "": Arr((3, 4), low=low, high=high),
        "int": Arr((5,), "int32", int_low, int_high),
        "empty": Arr((0, 2), low=low, high=high),
        "float16": Arr((2, 3), "float16", low, high),
        "bool": Arr((4,), "bool"),
        "uint8": Arr((4,), "uint8", max(int_low, 0), int_high),
        "special": _SPECIAL,
        "complex": _COMPLEX,
    }
    chosen = ("", "int", "empty", "float16", *labels)
    return [OpCase(op, (inputs[label],), reference=reference, name=label) for label in chosen]


def _widened(function):
    """NumPy's ``function`` on float64 copies of integer and bool inputs.

    NumPy computes bool inputs in float16 and ``reciprocal`` of integers in integers;
    Keras gives floatx.
    """

    def reference(x):
        return function(x.astype("float64") if x.dtype.kind in "biu" else x)

    return reference


def _i0(x):
    # np.i0 computes in float64; reference values need no more.
    return np.i0(x.astype("float64"))


def _square(x):
    return np.square(x.astype("int32") if x.dtype == bool else x)


def _sinc(x):
    return np.sinc(x.astype("float64"))


# Float functions with the input ranges where they are defined.
_FLOAT_DOMAINS = {
    "exp": (-2.0, 2.0),
    "exp2": (-2.0, 2.0),
    "expm1": (-2.0, 2.0),
    "log": (0.1, 3.0),
    "log2": (0.1, 3.0),
    "log10": (0.1, 3.0),
    "log1p": (-0.5, 2.0),
    "sqrt": (0.0, 3.0),
    "cbrt": (-3.0, 3.0),
    "reciprocal": (0.5, 3.0),
    "sin": (-3.0, 3.0),
    "cos": (-3.0, 3.0),
    "tan": (-1.2, 1.2),
    "arcsin": (-0.9, 0.9),
    "arccos": (-0.9, 0.9),
    "arctan": (-3.0, 3.0),
    "sinh": (-2.0, 2.0),
    "cosh": (-2.0, 2.0),
    "tanh": (-3.0, 3.0),
    "arcsinh": (-3.0, 3.0),
    "arccosh": (1.0, 3.0),
    "arctanh": (-0.9, 0.9),
    "deg2rad": (-360.0, 360.0),
    "rad2deg": (-3.0, 3.0),
    "floor": (-3.0, 3.0),
    "ceil": (-3.0, 3.0),
    "fabs": (-3.0, 3.0),
}
# Integer ranges inside those domains.
_INT_DOMAINS = {"log": (1, 9), "log2": (1, 9), "log10": (1, 9), "sqrt": (0, 9)}
_INT_DOMAINS |= {"reciprocal": (1, 9), "arccosh": (1, 4), "log1p": (0, 9)}
_INT_DOMAINS |= {"arcsin": (-1, 2), "arccos": (-1, 2), "arctanh": (0, 1)}

_FLOAT_CASES = [
    case
    for op, (low, high) in _FLOAT_DOMAINS.items()
    for case in _standard(
        op,
        low,
        high,
        *_INT_DOMAINS.get(op, (-3, 4)),
        labels=("bool",),
        reference=_widened(getattr(np, op)),
    )
]

# Python scalars have no symbolic form: these check values and dtypes only.
_PYTHON_SCALAR_CASES = [
    OpCase("sqrt", (4.0,), dtype="float32", name="python-float", symbolic=False),
    OpCase("exp", (1,), dtype="float32", name="python-int", symbolic=False),
    OpCase("abs", (-3,), dtype="int32", name="python-int", symbolic=False),
    OpCase("isnan", (1.5,), dtype="bool", name="python-float", symbolic=False),
]

CASES = [
    *_FLOAT_CASES,
    *_PYTHON_SCALAR_CASES,
    *[
        OpCase(op, (_SPECIAL,), reference=getattr(np, op), name="special")
        for op in ("exp", "expm1", "log", "log1p", "sqrt", "tanh", "arctan", "floor", "ceil")
    ],
    *_standard("sinc", labels=("bool",), reference=_sinc),
    OpCase("sinc", (Arr(values=[0.0, 0.5, -1.5, 2.0]),), reference=_sinc, name="zero"),
    *_standard("i0", -3.0, 3.0, labels=("bool",), reference=_i0),
    *_standard("abs", labels=("bool", "uint8", "complex")),
    *_standard("absolute", labels=("uint8",)),
    *_standard("negative", labels=("uint8",)),
    *_standard("sign", labels=("uint8", "special")),
    *_standard("signbit", labels=("bool", "uint8", "special")),
    *_standard("square", labels=("bool", "uint8"), reference=_square),
    *_standard("trunc", labels=("bool", "special")),
    *_standard("round", labels=("uint8",)),
    OpCase("round", (Arr(values=[0.5, 1.5, 2.5, -0.5, 2.26]),), name="halves"),
    OpCase("round", (Arr((3, 4), low=-9, high=9),), {"decimals": 2}, name="decimals"),
    OpCase("round", (Arr((5,), "int32", -99, 99),), {"decimals": -1}, name="int-tens"),
    OpCase("round", (Arr((4,), "float16", -9, 9),), {"decimals": 1}, name="float16-decimals"),
    *_standard("nan_to_num", labels=("bool", "special")),
    OpCase(
        "nan_to_num",
        (_SPECIAL,),
        {"nan": -1.0, "posinf": 9.0, "neginf": -9.0},
        name="replacements",
    ),
    OpCase("nan_to_num", (Arr(values=[np.nan, np.inf, -np.inf], dtype="float16"),), name="f16"),
    *[
        case
        for op in ("isnan", "isinf", "isfinite", "isposinf", "isneginf")
        for case in _standard(op, labels=("bool", "uint8", "special"))
    ],
    *_standard("isreal", labels=("bool", "complex")),
    *_standard("logical_not", labels=("bool", "special")),
    OpCase("bitwise_invert", (Arr((5,), "int32", -50, 50),)),
    OpCase("bitwise_invert", (Arr((4,), "bool"),), name="bool"),
    OpCase("bitwise_invert", (Arr((4,), "uint8", 0, 255),), name="uint8"),
    OpCase("bitwise_invert", (Arr((0, 3), "int8", -5, 5),), name="empty"),
    OpCase("bitwise_not", (Arr((2, 3), "int16", -99, 99),)),
    OpCase("bitwise_not", (Arr((4,), "bool"),), name="bool"),
    *[
        case
        for op in ("real", "imag", "conj", "conjugate")
        for case in _standard(op, labels=("bool", "complex"))
    ],
    *_standard("angle", labels=("bool", "complex", "special")),
]
