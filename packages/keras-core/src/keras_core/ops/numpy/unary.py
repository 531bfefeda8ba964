"""Element-wise functions of one tensor (``keras_core.ops.numpy``).

Float functions (``sin``, ``log``, ...) give ``floatx()`` for integer and bool inputs and
keep float dtypes; predicates (``isnan``, ...) give ``bool``; the rest keep the input dtype.
"""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import INT_TYPES
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import recover

__all__ = [
    "abs", "absolute", "fabs", "sign", "signbit", "negative", "reciprocal", "square",
    "sqrt", "cbrt", "exp", "exp2", "expm1", "log", "log10", "log1p", "log2",
    "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
    "arcsinh", "arccosh", "arctanh", "deg2rad", "rad2deg", "sinc", "i0",
    "ceil", "floor", "round", "trunc", "nan_to_num",
    "isfinite", "isinf", "isnan", "isneginf", "isposinf", "isreal", "logical_not",
    "bitwise_invert", "bitwise_not",
    "angle", "conj", "conjugate", "imag", "real",
]  # fmt: skip

_impl = table("numpy.unary")

# The real and imaginary parts (and the modulus) of a complex dtype.
_COMPLEX_PARTS = {"complex64": "float32", "complex128": "float64"}


def _real_part_rule(op, x):
    """``real``/``imag``/``abs``: the input dtype, or the float dtype of a complex one."""
    out = rules.same(op, x)
    return KerasTensor(out.shape, _COMPLEX_PARTS.get(out.dtype, out.dtype))


def _real_float_rule(op, x):
    """``angle``: a float result, real even for complex inputs."""
    out = rules.unary_float(op, x)
    return KerasTensor(out.shape, _COMPLEX_PARTS.get(out.dtype, out.dtype))


def _numeric_rule(op, x):
    out = rules.same(op, x)
    if out.dtype == "bool":
        raise TypeError(f"ops.{op}: x must be numeric, received dtype bool.")
    return out


def _integer_rule(op, x):
    out = rules.same(op, x)
    if out.dtype != "bool" and out.dtype not in INT_TYPES:
        raise TypeError(f"ops.{op}: x must have an integer or bool dtype, received {out.dtype}.")
    return out


def _square_rule(op, x):
    out = rules.same(op, x)
    return KerasTensor(out.shape, "int32") if out.dtype == "bool" else out


def _round_rule(op, x, decimals=0):
    if isinstance(decimals, bool) or not isinstance(decimals, int):
        raise TypeError(f"ops.{op}: decimals must be an int, received {decimals!r}.")
    return _numeric_rule(op, x)


def exp(x):
    """Element-wise ``e ** x``; integer and bool inputs give ``floatx()``.

    Example:
        >>> keras_core.ops.exp([0.0, 1.0])   # [1., 2.7182817]
    """
    try:
        return _impl.exp(x)
    except Exception as error:
        return recover(error, rules.unary_float, "exp", x)


def round(x, decimals=0):
    """Element-wise rounding to ``decimals`` places, halves to even; keeps the dtype.

    Negative ``decimals`` round to tens, hundreds, ... (also for integer inputs).

    Example:
        >>> keras_core.ops.round([0.5, 1.5, 2.26], decimals=0)   # [0., 2., 2.]
    """
    try:
        return _impl.round(x, decimals=decimals)
    except Exception as error:
        return recover(error, _round_rule, "round", x, decimals)


def nan_to_num(x, nan=0.0, posinf=None, neginf=None):
    """Replaces NaN with ``nan`` and infinities with ``posinf``/``neginf``; keeps the dtype.

    Args:
        x: Input tensor.
        nan: Value for NaN.
        posinf, neginf: Values for +inf and -inf; ``None`` means the dtype's largest and
            lowest finite values.

    Example:
        >>> keras_core.ops.nan_to_num([float("nan"), float("inf")], posinf=9.0)   # [0., 9.]
    """
    try:
        return _impl.nan_to_num(x, nan=nan, posinf=posinf, neginf=neginf)
    except Exception as error:
        return recover(error, rules.same, "nan_to_num", x)


def abs(x):
    """Element-wise absolute value; keeps the dtype (complex inputs give their float dtype).

    Example:
        >>> keras_core.ops.abs([-1, 2])   # [1, 2]
    """
    try:
        return _impl.abs(x)
    except Exception as error:
        return recover(error, _real_part_rule, "abs", x)


def absolute(x):
    """Element-wise absolute value; an alias of :func:`abs`.

    Example:
        >>> keras_core.ops.absolute([-1.5])   # [1.5]
    """
    try:
        return _impl.absolute(x)
    except Exception as error:
        return recover(error, _real_part_rule, "absolute", x)


def angle(x):
    """Element-wise angle (argument) of complex numbers, in radians; real inputs give 0 or pi.

    Example:
        >>> keras_core.ops.angle([1.0, -1.0])   # [0., 3.1415927]
    """
    try:
        return _impl.angle(x)
    except Exception as error:
        return recover(error, _real_float_rule, "angle", x)


def arccos(x):
    """Element-wise inverse cosine, in radians.

    Example:
        >>> keras_core.ops.arccos([1.0, 0.0])   # [0., 1.5707964]
    """
    try:
        return _impl.arccos(x)
    except Exception as error:
        return recover(error, rules.unary_float, "arccos", x)


def arccosh(x):
    """Element-wise inverse hyperbolic cosine; NaN below 1.

    Example:
        >>> keras_core.ops.arccosh([1.0])   # [0.]
    """
    try:
        return _impl.arccosh(x)
    except Exception as error:
        return recover(error, rules.unary_float, "arccosh", x)


def arcsin(x):
    """Element-wise inverse sine, in radians.

    Example:
        >>> keras_core.ops.arcsin([1.0])   # [1.5707964]
    """
    try:
        return _impl.arcsin(x)
    except Exception as error:
        return recover(error, rules.unary_float, "arcsin", x)


def arcsinh(x):
    """Element-wise inverse hyperbolic sine.

    Example:
        >>> keras_core.ops.arcsinh([0.0])   # [0.]
    """
    try:
        return _impl.arcsinh(x)
    except Exception as error:
        return recover(error, rules.unary_float, "arcsinh", x)


def arctan(x):
    """Element-wise inverse tangent, in radians.

    Example:
        >>> keras_core.ops.arctan([1.0])   # [0.7853982]
    """
    try:
        return _impl.arctan(x)
    except Exception as error:
        return recover(error, rules.unary_float, "arctan", x)


def arctanh(x):
    """Element-wise inverse hyperbolic tangent; +-inf at +-1.

    Example:
        >>> keras_core.ops.arctanh([0.0])   # [0.]
    """
    try:
        return _impl.arctanh(x)
    except Exception as error:
        return recover(error, rules.unary_float, "arctanh", x)


def bitwise_invert(x):
    """Element-wise bitwise NOT of integers (logical NOT of bools).

    Example:
        >>> keras_core.ops.bitwise_invert([0, 5])   # [-1, -6]
    """
    try:
        return _impl.bitwise_invert(x)
    except Exception as error:
        return recover(error, _integer_rule, "bitwise_invert", x)


def bitwise_not(x):
    """Element-wise bitwise NOT; an alias of :func:`bitwise_invert`.

    Example:
        >>> keras_core.ops.bitwise_not([True])   # [False]
    """
    try:
        return _impl.bitwise_not(x)
    except Exception as error:
        return recover(error, _integer_rule, "bitwise_not", x)


def cbrt(x):
    """Element-wise real cube root (negative inputs give negative roots).

    Example:
        >>> keras_core.ops.cbrt([-8.0, 27.0])   # [-2., 3.]
    """
    try:
        return _impl.cbrt(x)
    except Exception as error:
        return recover(error, rules.unary_float, "cbrt", x)


def ceil(x):
    """Element-wise ceiling; integer and bool inputs give ``floatx()``.

    Example:
        >>> keras_core.ops.ceil([1.2, -1.5])   # [2., -1.]
    """
    try:
        return _impl.ceil(x)
    except Exception as error:
        return recover(error, rules.unary_float, "ceil", x)


def conj(x):
    """Element-wise complex conjugate; real inputs are returned unchanged.

    Example:
        >>> keras_core.ops.conj([1.0 + 2.0j])   # [1.-2.j]
    """
    try:
        return _impl.conj(x)
    except Exception as error:
        return recover(error, rules.same, "conj", x)


def conjugate(x):
    """Element-wise complex conjugate; an alias of :func:`conj`.

    Example:
        >>> keras_core.ops.conjugate([3.0])   # [3.]
    """
    try:
        return _impl.conjugate(x)
    except Exception as error:
        return recover(error, rules.same, "conjugate", x)


def cos(x):
    """Element-wise cosine of radians.

    Example:
        >>> keras_core.ops.cos([0.0])   # [1.]
    """
    try:
        return _impl.cos(x)
    except Exception as error:
        return recover(error, rules.unary_float, "cos", x)


def cosh(x):
    """Element-wise hyperbolic cosine.

    Example:
        >>> keras_core.ops.cosh([0.0])   # [1.]
    """
    try:
        return _impl.cosh(x)
    except Exception as error:
        return recover(error, rules.unary_float, "cosh", x)


def deg2rad(x):
    """Element-wise conversion of degrees to radians.

    Example:
        >>> keras_core.ops.deg2rad([180.0])   # [3.1415927]
    """
    try:
        return _impl.deg2rad(x)
    except Exception as error:
        return recover(error, rules.unary_float, "deg2rad", x)


def exp2(x):
    """Element-wise ``2 ** x``.

    Example:
        >>> keras_core.ops.exp2([3.0])   # [8.]
    """
    try:
        return _impl.exp2(x)
    except Exception as error:
        return recover(error, rules.unary_float, "exp2", x)


def expm1(x):
    """Element-wise ``exp(x) - 1``, accurate for small ``x``.

    Example:
        >>> keras_core.ops.expm1([1e-10])   # [1e-10]
    """
    try:
        return _impl.expm1(x)
    except Exception as error:
        return recover(error, rules.unary_float, "expm1", x)


def fabs(x):
    """Element-wise absolute value as a float; integer and bool inputs give ``floatx()``.

    Example:
        >>> keras_core.ops.fabs([-2])   # [2.], float32
    """
    try:
        return _impl.fabs(x)
    except Exception as error:
        return recover(error, rules.unary_float, "fabs", x)


def floor(x):
    """Element-wise floor; integer and bool inputs give ``floatx()``.

    Example:
        >>> keras_core.ops.floor([1.7, -1.2])   # [1., -2.]
    """
    try:
        return _impl.floor(x)
    except Exception as error:
        return recover(error, rules.unary_float, "floor", x)


def i0(x):
    """Element-wise modified Bessel function of the first kind, order 0.

    Example:
        >>> keras_core.ops.i0([0.0])   # [1.]
    """
    try:
        return _impl.i0(x)
    except Exception as error:
        return recover(error, rules.unary_float, "i0", x)


def imag(x):
    """Element-wise imaginary part; real inputs give zeros of their dtype.

    Example:
        >>> keras_core.ops.imag([1.0 + 2.0j])   # [2.]
    """
    try:
        return _impl.imag(x)
    except Exception as error:
        return recover(error, _real_part_rule, "imag", x)


def isfinite(x):
    """Element-wise test for values that are neither infinite nor NaN.

    Example:
        >>> keras_core.ops.isfinite([1.0, float('inf')])   # [True, False]
    """
    try:
        return _impl.isfinite(x)
    except Exception as error:
        return recover(error, rules.unary_bool, "isfinite", x)


def isinf(x):
    """Element-wise test for positive or negative infinity.

    Example:
        >>> keras_core.ops.isinf([1.0, float('-inf')])   # [False, True]
    """
    try:
        return _impl.isinf(x)
    except Exception as error:
        return recover(error, rules.unary_bool, "isinf", x)


def isnan(x):
    """Element-wise test for NaN.

    Example:
        >>> keras_core.ops.isnan([1.0, float('nan')])   # [False, True]
    """
    try:
        return _impl.isnan(x)
    except Exception as error:
        return recover(error, rules.unary_bool, "isnan", x)


def isneginf(x):
    """Element-wise test for negative infinity.

    Example:
        >>> keras_core.ops.isneginf([float('-inf'), 1.0])   # [True, False]
    """
    try:
        return _impl.isneginf(x)
    except Exception as error:
        return recover(error, rules.unary_bool, "isneginf", x)


def isposinf(x):
    """Element-wise test for positive infinity.

    Example:
        >>> keras_core.ops.isposinf([float('inf'), 1.0])   # [True, False]
    """
    try:
        return _impl.isposinf(x)
    except Exception as error:
        return recover(error, rules.unary_bool, "isposinf", x)


def isreal(x):
    """Element-wise test for a zero imaginary part (always true for real dtypes).

    Example:
        >>> keras_core.ops.isreal([1.0 + 0.0j, 1.0j])   # [True, False]
    """
    try:
        return _impl.isreal(x)
    except Exception as error:
        return recover(error, rules.unary_bool, "isreal", x)


def log(x):
    """Element-wise natural logarithm.

    Example:
        >>> keras_core.ops.log([1.0])   # [0.]
    """
    try:
        return _impl.log(x)
    except Exception as error:
        return recover(error, rules.unary_float, "log", x)


def log10(x):
    """Element-wise base-10 logarithm.

    Example:
        >>> keras_core.ops.log10([100.0])   # [2.]
    """
    try:
        return _impl.log10(x)
    except Exception as error:
        return recover(error, rules.unary_float, "log10", x)


def log1p(x):
    """Element-wise ``log(1 + x)``, accurate for small ``x``.

    Example:
        >>> keras_core.ops.log1p([0.0])   # [0.]
    """
    try:
        return _impl.log1p(x)
    except Exception as error:
        return recover(error, rules.unary_float, "log1p", x)


def log2(x):
    """Element-wise base-2 logarithm.

    Example:
        >>> keras_core.ops.log2([8.0])   # [3.]
    """
    try:
        return _impl.log2(x)
    except Exception as error:
        return recover(error, rules.unary_float, "log2", x)


def logical_not(x):
    """Element-wise logical NOT; nonzero values count as true.

    Example:
        >>> keras_core.ops.logical_not([0, 2])   # [True, False]
    """
    try:
        return _impl.logical_not(x)
    except Exception as error:
        return recover(error, rules.unary_bool, "logical_not", x)


def negative(x):
    """Element-wise ``-x``; bool inputs are refused.

    Example:
        >>> keras_core.ops.negative([1, -2])   # [-1, 2]
    """
    try:
        return _impl.negative(x)
    except Exception as error:
        return recover(error, _numeric_rule, "negative", x)


def rad2deg(x):
    """Element-wise conversion of radians to degrees.

    Example:
        >>> keras_core.ops.rad2deg([3.1415927])   # [180.]
    """
    try:
        return _impl.rad2deg(x)
    except Exception as error:
        return recover(error, rules.unary_float, "rad2deg", x)


def real(x):
    """Element-wise real part; real inputs are returned unchanged.

    Example:
        >>> keras_core.ops.real([1.0 + 2.0j])   # [1.]
    """
    try:
        return _impl.real(x)
    except Exception as error:
        return recover(error, _real_part_rule, "real", x)


def reciprocal(x):
    """Element-wise ``1 / x``; integer and bool inputs give ``floatx()``.

    Example:
        >>> keras_core.ops.reciprocal([2.0, 4.0])   # [0.5, 0.25]
    """
    try:
        return _impl.reciprocal(x)
    except Exception as error:
        return recover(error, rules.unary_float, "reciprocal", x)


def sign(x):
    """Element-wise sign: -1, 0 or 1 (NaN stays NaN); keeps the dtype.

    Example:
        >>> keras_core.ops.sign([-3, 0, 2])   # [-1, 0, 1]
    """
    try:
        return _impl.sign(x)
    except Exception as error:
        return recover(error, _numeric_rule, "sign", x)


def signbit(x):
    """Element-wise test of the sign bit (true for negative values and -0.0).

    Example:
        >>> keras_core.ops.signbit([-0.0, 1.0])   # [True, False]
    """
    try:
        return _impl.signbit(x)
    except Exception as error:
        return recover(error, rules.unary_bool, "signbit", x)


def sin(x):
    """Element-wise sine of radians.

    Example:
        >>> keras_core.ops.sin([0.0])   # [0.]
    """
    try:
        return _impl.sin(x)
    except Exception as error:
        return recover(error, rules.unary_float, "sin", x)


def sinc(x):
    """Element-wise normalized sinc, ``sin(pi x) / (pi x)`` with ``sinc(0) = 1``.

    Example:
        >>> keras_core.ops.sinc([0.0, 0.5])   # [1., 0.63661975]
    """
    try:
        return _impl.sinc(x)
    except Exception as error:
        return recover(error, rules.unary_float, "sinc", x)


def sinh(x):
    """Element-wise hyperbolic sine.

    Example:
        >>> keras_core.ops.sinh([0.0])   # [0.]
    """
    try:
        return _impl.sinh(x)
    except Exception as error:
        return recover(error, rules.unary_float, "sinh", x)


def sqrt(x):
    """Element-wise non-negative square root; NaN for negative inputs.

    Example:
        >>> keras_core.ops.sqrt([4.0])   # [2.]
    """
    try:
        return _impl.sqrt(x)
    except Exception as error:
        return recover(error, rules.unary_float, "sqrt", x)


def square(x):
    """Element-wise ``x * x``; bool inputs give ``int32``.

    Example:
        >>> keras_core.ops.square([-3, 2])   # [9, 4]
    """
    try:
        return _impl.square(x)
    except Exception as error:
        return recover(error, _square_rule, "square", x)


def tan(x):
    """Element-wise tangent of radians.

    Example:
        >>> keras_core.ops.tan([0.0])   # [0.]
    """
    try:
        return _impl.tan(x)
    except Exception as error:
        return recover(error, rules.unary_float, "tan", x)


def tanh(x):
    """Element-wise hyperbolic tangent.

    Example:
        >>> keras_core.ops.tanh([0.0])   # [0.]
    """
    try:
        return _impl.tanh(x)
    except Exception as error:
        return recover(error, rules.unary_float, "tanh", x)


def trunc(x):
    """Element-wise rounding toward zero; keeps the dtype.

    Example:
        >>> keras_core.ops.trunc([-1.7, 1.7])   # [-1., 1.]
    """
    try:
        return _impl.trunc(x)
    except Exception as error:
        return recover(error, rules.same, "trunc", x)
