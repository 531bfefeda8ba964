"""``numpy.unary``: element-wise functions of one tensor.

Transcendental functions, rounding and the complex parts are primitives; the rest are
composed from them and from ``numpy.binary``.
"""

import math

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import INT_TYPES, result_type, standardize_dtype

REQUIRED = (
    "exp",
    "expm1",
    "log",
    "log1p",
    "sqrt",
    "sin",
    "cos",
    "tan",
    "arcsin",
    "arccos",
    "arctan",
    "sinh",
    "cosh",
    "tanh",
    "arcsinh",
    "arccosh",
    "arctanh",
    "i0",
    "abs",
    "sign",
    "negative",
    "floor",
    "round",
    "bitwise_invert",
    "real",
    "imag",
    "conj",
    "nan_to_num",
)

_core = table("core")
_unary = table("numpy.unary")
_binary = table("numpy.binary")


def _dtype(x) -> str:
    return standardize_dtype(x.dtype)


def _is_int_or_bool(dtype: str) -> bool:
    return dtype == "bool" or dtype in INT_TYPES


def _as_float(x):
    """``x`` as a tensor of its float result dtype (ints and bool become floatx)."""
    x = _core.convert_to_tensor(x)
    dtype = _dtype(x)
    return _core.cast(x, result_type(dtype, float)) if _is_int_or_bool(dtype) else x


def absolute(x):
    return _unary.abs(x)


def conjugate(x):
    return _unary.conj(x)


def bitwise_not(x):
    return _unary.bitwise_invert(x)


def fabs(x):
    return _unary.abs(_as_float(x))


def square(x):
    x = _core.convert_to_tensor(x)
    if _dtype(x) == "bool":
        x = _core.cast(x, "int32")
    return _binary.multiply(x, x)


def reciprocal(x):
    return _binary.divide(1, x)


def deg2rad(x):
    return _binary.multiply(_as_float(x), math.pi / 180.0)


def rad2deg(x):
    return _binary.multiply(_as_float(x), 180.0 / math.pi)


def exp2(x):
    return _binary.power(2.0, _as_float(x))


def log2(x):
    return _binary.divide(_unary.log(x), math.log(2.0))


def log10(x):
    return _binary.divide(_unary.log(x), math.log(10.0))


def cbrt(x):
    x = _as_float(x)
    return _binary.multiply(_unary.sign(x), _binary.power(_unary.abs(x), 1.0 / 3.0))


def ceil(x):
    x = _as_float(x)
    return _unary.negative(_unary.floor(_unary.negative(x)))


def trunc(x):
    x = _core.convert_to_tensor(x)
    if _is_int_or_bool(_dtype(x)):
        return x
    # sign(x) keeps NaN and makes trunc(-0.5) the -0.0 that NumPy gives.
    return _binary.multiply(_unary.sign(x), _unary.floor(_unary.abs(x)))


def sinc(x):
    scaled = _binary.multiply(_as_float(x), math.pi)
    is_zero = _binary.equal(scaled, 0)
    # divide_no_nan gives 0 at x == 0, where sinc is 1: add the indicator there.
    ratio = _binary.divide_no_nan(_unary.sin(scaled), scaled)
    return _binary.add(ratio, _core.cast(is_zero, _dtype(ratio)))


def angle(x):
    x = _as_float(x)
    return _binary.arctan2(_unary.imag(x), _unary.real(x))


def logical_not(x):
    return _binary.equal(x, 0)


def isnan(x):
    return _binary.not_equal(x, x)


def isinf(x):
    return _binary.equal(_unary.abs(x), math.inf)


def isfinite(x):
    # x - x is 0 for finite values and NaN for NaN and infinities.
    x = _core.convert_to_tensor(x)
    if _dtype(x) == "bool":
        return _binary.equal(x, x)
    return _binary.equal(_binary.subtract(x, x), 0)


def isposinf(x):
    return _binary.equal(x, math.inf)


def isneginf(x):
    return _binary.equal(x, -math.inf)


def isreal(x):
    return _binary.equal(_unary.imag(x), 0)


def signbit(x):
    x = _core.convert_to_tensor(x)
    negative = _binary.less(x, 0)
    if _is_int_or_bool(_dtype(x)):
        return negative
    # -0.0 is the one negative value that compares equal to 0; 1 / -0.0 is -inf.
    negative_zero = _binary.logical_and(_binary.equal(x, 0), _binary.less(_binary.divide(1, x), 0))
    return _binary.logical_or(negative, negative_zero)
