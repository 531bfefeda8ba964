"""``numpy.binary``: broadcasting element-wise functions of two tensors.

Arithmetic, ``equal``/``less`` and the bitwise operations are primitives; the other
comparisons, the logical operations, ``clip``, ``isclose`` and the log-sum forms are
composed from them.
"""

import builtins
import math

from keras_core.backend.conversion import PYTHON_SCALARS
from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import INT_TYPES, result_type, standardize_dtype

REQUIRED = (
    "add",
    "subtract",
    "multiply",
    "divide",
    "maximum",
    "minimum",
    "power",
    "floor_divide",
    "mod",
    "fmod",
    "fmax",
    "fmin",
    "arctan2",
    "hypot",
    "heaviside",
    "nextafter",
    "gcd",
    "equal",
    "less",
    "bitwise_and",
    "bitwise_or",
    "bitwise_xor",
    "left_shift",
    "right_shift",
)

_core = table("core")
_unary = table("numpy.unary")
_binary = table("numpy.binary")
_reduction = table("numpy.reduction")


def _operand_dtype(x):
    """The dtype ``x`` contributes to promotion; Python scalars are weak (their type)."""
    if type(x) in PYTHON_SCALARS:
        return type(x)
    return standardize_dtype(_core.convert_to_tensor(x).dtype)


def _float_operands(x1, x2):
    """Both operands as tensors of their float result dtype, and that dtype."""
    dtype = result_type(_operand_dtype(x1), _operand_dtype(x2), float)
    return _core.cast(x1, dtype), _core.cast(x2, dtype), dtype


def _truth(x):
    return _binary.not_equal(x, 0)


def true_divide(x1, x2):
    return _binary.divide(x1, x2)


def divide_no_nan(x1, x2):
    # Where x2 == 0 divide by 1 instead, then zero the result (exact for finite x1).
    x1, x2, dtype = _float_operands(x1, x2)
    is_zero = _binary.equal(x2, 0)
    quotient = _binary.divide(x1, _binary.add(x2, _core.cast(is_zero, dtype)))
    return _binary.multiply(quotient, _core.cast(_unary.logical_not(is_zero), dtype))


def not_equal(x1, x2):
    return _unary.logical_not(_binary.equal(x1, x2))


def greater(x1, x2):
    return _binary.less(x2, x1)


def greater_equal(x1, x2):
    return _binary.logical_or(_binary.less(x2, x1), _binary.equal(x1, x2))


def less_equal(x1, x2):
    return _binary.logical_or(_binary.less(x1, x2), _binary.equal(x1, x2))


def logical_and(x1, x2):
    return _binary.bitwise_and(_truth(x1), _truth(x2))


def logical_or(x1, x2):
    return _binary.bitwise_or(_truth(x1), _truth(x2))


def logical_xor(x1, x2):
    return _binary.not_equal(_truth(x1), _truth(x2))


def bitwise_left_shift(x, y):
    return _binary.left_shift(x, y)


def bitwise_right_shift(x, y):
    return _binary.right_shift(x, y)


def clip(x, x_min, x_max):
    x = _core.convert_to_tensor(x)
    if standardize_dtype(x.dtype) == "bool":
        x = _core.cast(x, "int32")
    return _binary.minimum(_binary.maximum(x, x_min), x_max)


def isclose(x1, x2, rtol=1e-5, atol=1e-8, equal_nan=False):
    x1, x2, _ = _float_operands(x1, x2)
    tolerance = _binary.add(atol, _binary.multiply(rtol, _unary.abs(x2)))
    close = _binary.less_equal(_unary.abs(_binary.subtract(x1, x2)), tolerance)
    # An infinite x2 makes the tolerance infinite: only an equal x1 is close to it.
    close = _binary.logical_and(close, _unary.isfinite(x2))
    close = _binary.logical_or(close, _binary.equal(x1, x2))
    if equal_nan:
        close = _binary.logical_or(close, _binary.logical_and(_unary.isnan(x1), _unary.isnan(x2)))
    return close


def allclose(x1, x2, rtol=1e-5, atol=1e-8, equal_nan=False):
    close = isclose(x1, x2, rtol=rtol, atol=atol, equal_nan=equal_nan)
    far = _reduction.sum(_core.cast(_unary.logical_not(close), "int32"))
    return _binary.equal(far, 0)


def _abs(x):
    # A Python scalar stays weak, so that lcm(uint8 tensor, 3) stays uint8.
    return builtins.abs(x) if type(x) in PYTHON_SCALARS else _unary.abs(x)


def lcm(x1, x2):
    x1, x2 = _abs(x1), _abs(x2)
    # gcd is 0 only where both are 0, and then so is the lcm.
    divisor = _binary.maximum(_binary.gcd(x1, x2), 1)
    return _binary.multiply(_binary.floor_divide(x1, divisor), x2)


def ldexp(x1, x2):
    exponent_dtype = _operand_dtype(x2)
    if exponent_dtype is not int and exponent_dtype not in INT_TYPES:
        raise TypeError(f"ldexp: x2 must have an integer dtype, received {exponent_dtype}.")
    x1, x2, _ = _float_operands(x1, x2)
    return _binary.multiply(x1, _binary.power(2.0, x2))


def _log_add(x1, x2, log_of_base):
    """``log_b(b ** x1 + b ** x2)`` as ``max + log_b(1 + b ** -|x1 - x2|)``."""
    x1, x2, _ = _float_operands(x1, x2)
    larger = _binary.maximum(x1, x2)
    # Equal infinities give a NaN difference; their sum is that infinity (difference 0).
    difference = _unary.nan_to_num(
        _binary.subtract(x1, x2), nan=0.0, posinf=math.inf, neginf=-math.inf
    )
    scaled = _binary.multiply(_unary.abs(difference), -log_of_base)
    return _binary.add(larger, _binary.divide(_unary.log1p(_unary.exp(scaled)), log_of_base))


def logaddexp(x1, x2):
    return _log_add(x1, x2, 1.0)


def logaddexp2(x1, x2):
    return _log_add(x1, x2, math.log(2.0))
