"""Broadcasting element-wise functions of two tensors (``keras_core.ops.numpy``).

Inputs broadcast as in NumPy; the result dtype follows ``keras_core.backend.result_type``,
with Python scalars weak (``int32 tensor + 1.5`` is float32).
"""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import INT_TYPES, result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = [
    "add", "subtract", "multiply", "divide", "true_divide", "divide_no_nan",
    "floor_divide", "mod", "fmod", "power", "maximum", "minimum", "fmax", "fmin", "clip",
    "arctan2", "hypot", "heaviside", "logaddexp", "logaddexp2", "nextafter", "ldexp",
    "gcd", "lcm",
    "equal", "not_equal", "greater", "greater_equal", "less", "less_equal",
    "isclose", "allclose", "logical_and", "logical_or", "logical_xor",
    "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "bitwise_left_shift",
    "right_shift", "bitwise_right_shift",
]  # fmt: skip

_impl = table("numpy.binary")


def _named(op, names, *operands):
    """Broadcast shape of the operands and their dtypes, by argument name."""
    shape = rules.broadcast_shapes(
        op, {n: shape_of(a) for n, a in zip(names, operands, strict=True)}
    )
    return shape, [dtype_of(a) for a in operands]


def _is_integer(dtype) -> bool:
    return dtype is int or dtype in INT_TYPES


def _numeric_rule(op, x1, x2):
    out = rules.binary(op, x1, x2)
    if out.dtype == "bool":
        raise TypeError(f"ops.{op}: x1 and x2 must not both be bool, received bool and bool.")
    return out


def _integer_result_rule(op, x1, x2):
    """Arithmetic in which two bools give ``int32`` (``power``, ``mod``, ...)."""
    out = rules.binary(op, x1, x2)
    return KerasTensor(out.shape, "int32") if out.dtype == "bool" else out


def _integer_rule(op, x1, x2):
    """``gcd``/``lcm``: integers, or a bool with an integer."""
    shape, dtypes = _named(op, ("x1", "x2"), x1, x2)
    for name, dtype in zip(("x1", "x2"), dtypes, strict=True):
        if not (_is_integer(dtype) or dtype in ("bool", bool)):
            raise TypeError(f"ops.{op}: {name} must have an integer dtype, received {dtype}.")
    dtype = result_type(*dtypes)
    if dtype == "bool":
        raise TypeError(f"ops.{op}: x1 and x2 must not both be bool, received bool and bool.")
    return KerasTensor(shape, dtype)


def _bitwise_rule(op, x, y):
    shape, dtypes = _named(op, ("x", "y"), x, y)
    for name, dtype in zip(("x", "y"), dtypes, strict=True):
        if not (_is_integer(dtype) or dtype in ("bool", bool)):
            raise TypeError(
                f"ops.{op}: {name} must have an integer or bool dtype, received {dtype}."
            )
    return KerasTensor(shape, result_type(*dtypes))


def _shift_rule(op, x, y):
    out = _bitwise_rule(op, x, y)
    return KerasTensor(out.shape, "int32") if out.dtype == "bool" else out


def _ldexp_rule(op, x1, x2):
    shape, (dtype1, dtype2) = _named(op, ("x1", "x2"), x1, x2)
    if not _is_integer(dtype2):
        raise TypeError(f"ops.{op}: x2 must have an integer dtype, received {dtype2}.")
    return KerasTensor(shape, result_type(dtype1, dtype2, float))


def _clip_rule(op, x, x_min, x_max):
    shape, dtypes = _named(op, ("x", "x_min", "x_max"), x, x_min, x_max)
    dtype = result_type(*dtypes)
    return KerasTensor(shape, "int32" if dtype == "bool" else dtype)


def _allclose_rule(op, x1, x2):
    rules.comparison(op, x1, x2)
    return KerasTensor((), "bool")


def clip(x, x_min, x_max):
    """Element-wise ``x`` limited to ``[x_min, x_max]``; bools give ``int32``.

    Example:
        >>> keras_core.ops.clip([-2, 0, 5], 0, 3)   # [0, 0, 3]
    """
    try:
        return _impl.clip(x, x_min, x_max)
    except Exception as error:
        return recover(error, _clip_rule, "clip", x, x_min, x_max)


def isclose(x1, x2, rtol=1e-5, atol=1e-8, equal_nan=False):
    """Element-wise ``|x1 - x2| <= atol + rtol * |x2|``; equal infinities are close.

    Args:
        x1, x2: Tensors to compare.
        rtol, atol: Relative and absolute tolerances.
        equal_nan: Whether two NaNs count as close.

    Example:
        >>> keras_core.ops.isclose([1.0, 1.1], [1.0, 1.0])   # [True, False]
    """
    try:
        return _impl.isclose(x1, x2, rtol=rtol, atol=atol, equal_nan=equal_nan)
    except Exception as error:
        return recover(error, rules.comparison, "isclose", x1, x2)


def allclose(x1, x2, rtol=1e-5, atol=1e-8, equal_nan=False):
    """Whether every element pair is close, as in :func:`isclose`; a scalar bool tensor.

    Example:
        >>> keras_core.ops.allclose([1.0, 2.0], [1.0, 2.0 + 1e-9])   # True
    """
    try:
        return _impl.allclose(x1, x2, rtol=rtol, atol=atol, equal_nan=equal_nan)
    except Exception as error:
        return recover(error, _allclose_rule, "allclose", x1, x2)


def add(x1, x2):
    """Element-wise ``x1 + x2`` (logical OR for two bools).

    Example:
        >>> keras_core.ops.add([1, 2], [3, 4])   # [4, 6], int32
    """
    try:
        return _impl.add(x1, x2)
    except Exception as error:
        return recover(error, rules.binary, "add", x1, x2)


def subtract(x1, x2):
    """Element-wise ``x1 - x2``; two bools are refused.

    Example:
        >>> keras_core.ops.subtract([3, 4], 1)   # [2, 3]
    """
    try:
        return _impl.subtract(x1, x2)
    except Exception as error:
        return recover(error, _numeric_rule, "subtract", x1, x2)


def multiply(x1, x2):
    """Element-wise ``x1 * x2`` (logical AND for two bools).

    Example:
        >>> keras_core.ops.multiply([1.0, 2.0], 3)   # [3., 6.]
    """
    try:
        return _impl.multiply(x1, x2)
    except Exception as error:
        return recover(error, rules.binary, "multiply", x1, x2)


def divide(x1, x2):
    """Element-wise true division ``x1 / x2``; integer inputs give a float result.

    Example:
        >>> keras_core.ops.divide([1, 2], 4)   # [0.25, 0.5], float32
    """
    try:
        return _impl.divide(x1, x2)
    except Exception as error:
        return recover(error, rules.binary_float, "divide", x1, x2)


def true_divide(x1, x2):
    """Element-wise true division; an alias of :func:`divide`.

    Example:
        >>> keras_core.ops.true_divide([3], [2])   # [1.5]
    """
    try:
        return _impl.true_divide(x1, x2)
    except Exception as error:
        return recover(error, rules.binary_float, "true_divide", x1, x2)


def divide_no_nan(x1, x2):
    """Element-wise ``x1 / x2``, with 0 wherever ``x2`` is 0.

    Example:
        >>> keras_core.ops.divide_no_nan([1.0, 1.0], [2.0, 0.0])   # [0.5, 0.]
    """
    try:
        return _impl.divide_no_nan(x1, x2)
    except Exception as error:
        return recover(error, rules.binary_float, "divide_no_nan", x1, x2)


def floor_divide(x1, x2):
    """Element-wise ``floor(x1 / x2)``; keeps integer dtypes (bools give ``int32``).

    Example:
        >>> keras_core.ops.floor_divide([7, -7], 2)   # [3, -4]
    """
    try:
        return _impl.floor_divide(x1, x2)
    except Exception as error:
        return recover(error, _integer_result_rule, "floor_divide", x1, x2)


def mod(x1, x2):
    """Element-wise remainder with the sign of ``x2``, as Python's ``%``.

    Example:
        >>> keras_core.ops.mod([7, -7], 3)   # [1, 2]
    """
    try:
        return _impl.mod(x1, x2)
    except Exception as error:
        return recover(error, _integer_result_rule, "mod", x1, x2)


def fmod(x1, x2):
    """Element-wise remainder with the sign of ``x1``, as C's ``fmod``.

    Example:
        >>> keras_core.ops.fmod([7, -7], 3)   # [1, -1]
    """
    try:
        return _impl.fmod(x1, x2)
    except Exception as error:
        return recover(error, _integer_result_rule, "fmod", x1, x2)


def power(x1, x2):
    """Element-wise ``x1 ** x2``; bools give ``int32``.

    Example:
        >>> keras_core.ops.power([2, 3], 2)   # [4, 9]
    """
    try:
        return _impl.power(x1, x2)
    except Exception as error:
        return recover(error, _integer_result_rule, "power", x1, x2)


def maximum(x1, x2):
    """Element-wise maximum; NaN wins, as in NumPy.

    Example:
        >>> keras_core.ops.maximum([1, 5], [4, 2])   # [4, 5]
    """
    try:
        return _impl.maximum(x1, x2)
    except Exception as error:
        return recover(error, rules.binary, "maximum", x1, x2)


def minimum(x1, x2):
    """Element-wise minimum; NaN wins, as in NumPy.

    Example:
        >>> keras_core.ops.minimum([1, 5], [4, 2])   # [1, 2]
    """
    try:
        return _impl.minimum(x1, x2)
    except Exception as error:
        return recover(error, rules.binary, "minimum", x1, x2)


def fmax(x1, x2):
    """Element-wise maximum that ignores NaN (NaN only where both are NaN).

    Example:
        >>> keras_core.ops.fmax([1.0, float('nan')], [0.0, 2.0])   # [1., 2.]
    """
    try:
        return _impl.fmax(x1, x2)
    except Exception as error:
        return recover(error, rules.binary, "fmax", x1, x2)


def fmin(x1, x2):
    """Element-wise minimum that ignores NaN (NaN only where both are NaN).

    Example:
        >>> keras_core.ops.fmin([1.0, float('nan')], [0.0, 2.0])   # [0., 2.]
    """
    try:
        return _impl.fmin(x1, x2)
    except Exception as error:
        return recover(error, rules.binary, "fmin", x1, x2)


def arctan2(x1, x2):
    """Element-wise angle of the point ``(x2, x1)``, in radians in ``[-pi, pi]``.

    Example:
        >>> keras_core.ops.arctan2([1.0], [-1.0])   # [2.3561945]
    """
    try:
        return _impl.arctan2(x1, x2)
    except Exception as error:
        return recover(error, rules.binary_float, "arctan2", x1, x2)


def hypot(x1, x2):
    """Element-wise ``sqrt(x1 ** 2 + x2 ** 2)``, without intermediate overflow.

    Example:
        >>> keras_core.ops.hypot([3.0], [4.0])   # [5.]
    """
    try:
        return _impl.hypot(x1, x2)
    except Exception as error:
        return recover(error, rules.binary_float, "hypot", x1, x2)


def heaviside(x1, x2):
    """Element-wise Heaviside step: 0 where ``x1 < 0``, ``x2`` where ``x1 == 0``, else 1.

    Example:
        >>> keras_core.ops.heaviside([-1.0, 0.0, 2.0], 0.5)   # [0., 0.5, 1.]
    """
    try:
        return _impl.heaviside(x1, x2)
    except Exception as error:
        return recover(error, rules.binary_float, "heaviside", x1, x2)


def logaddexp(x1, x2):
    """Element-wise ``log(exp(x1) + exp(x2))``, computed without overflow.

    Example:
        >>> keras_core.ops.logaddexp([0.0], [0.0])   # [0.6931472]
    """
    try:
        return _impl.logaddexp(x1, x2)
    except Exception as error:
        return recover(error, rules.binary_float, "logaddexp", x1, x2)


def logaddexp2(x1, x2):
    """Element-wise ``log2(2 ** x1 + 2 ** x2)``, computed without overflow.

    Example:
        >>> keras_core.ops.logaddexp2([1.0], [1.0])   # [2.]
    """
    try:
        return _impl.logaddexp2(x1, x2)
    except Exception as error:
        return recover(error, rules.binary_float, "logaddexp2", x1, x2)


def nextafter(x1, x2):
    """Element-wise next representable float after ``x1`` in the direction of ``x2``.

    Example:
        >>> keras_core.ops.nextafter([1.0], [2.0])   # [1.0000001]
    """
    try:
        return _impl.nextafter(x1, x2)
    except Exception as error:
        return recover(error, rules.binary_float, "nextafter", x1, x2)


def ldexp(x1, x2):
    """Element-wise ``x1 * 2 ** x2`` for integer exponents ``x2``; a float result.

    Example:
        >>> keras_core.ops.ldexp([3.0], [2])   # [12.]
    """
    try:
        return _impl.ldexp(x1, x2)
    except Exception as error:
        return recover(error, _ldexp_rule, "ldexp", x1, x2)


def gcd(x1, x2):
    """Element-wise greatest common divisor of integers (non-negative).

    Example:
        >>> keras_core.ops.gcd([12, 9], [8, -6])   # [4, 3]
    """
    try:
        return _impl.gcd(x1, x2)
    except Exception as error:
        return recover(error, _integer_rule, "gcd", x1, x2)


def lcm(x1, x2):
    """Element-wise least common multiple of integers (non-negative).

    Example:
        >>> keras_core.ops.lcm([4, 3], [6, -5])   # [12, 15]
    """
    try:
        return _impl.lcm(x1, x2)
    except Exception as error:
        return recover(error, _integer_rule, "lcm", x1, x2)


def equal(x1, x2):
    """Element-wise ``x1 == x2``.

    Example:
        >>> keras_core.ops.equal([1, 2], 2)   # [False, True]
    """
    try:
        return _impl.equal(x1, x2)
    except Exception as error:
        return recover(error, rules.comparison, "equal", x1, x2)


def not_equal(x1, x2):
    """Element-wise ``x1 != x2``.

    Example:
        >>> keras_core.ops.not_equal([1, 2], 2)   # [True, False]
    """
    try:
        return _impl.not_equal(x1, x2)
    except Exception as error:
        return recover(error, rules.comparison, "not_equal", x1, x2)


def greater(x1, x2):
    """Element-wise ``x1 > x2``.

    Example:
        >>> keras_core.ops.greater([1, 3], 2)   # [False, True]
    """
    try:
        return _impl.greater(x1, x2)
    except Exception as error:
        return recover(error, rules.comparison, "greater", x1, x2)


def greater_equal(x1, x2):
    """Element-wise ``x1 >= x2``.

    Example:
        >>> keras_core.ops.greater_equal([1, 2], 2)   # [False, True]
    """
    try:
        return _impl.greater_equal(x1, x2)
    except Exception as error:
        return recover(error, rules.comparison, "greater_equal", x1, x2)


def less(x1, x2):
    """Element-wise ``x1 < x2``.

    Example:
        >>> keras_core.ops.less([1, 3], 2)   # [True, False]
    """
    try:
        return _impl.less(x1, x2)
    except Exception as error:
        return recover(error, rules.comparison, "less", x1, x2)


def less_equal(x1, x2):
    """Element-wise ``x1 <= x2``.

    Example:
        >>> keras_core.ops.less_equal([2, 3], 2)   # [True, False]
    """
    try:
        return _impl.less_equal(x1, x2)
    except Exception as error:
        return recover(error, rules.comparison, "less_equal", x1, x2)


def logical_and(x1, x2):
    """Element-wise logical AND; nonzero values count as true.

    Example:
        >>> keras_core.ops.logical_and([True, True], [1, 0])   # [True, False]
    """
    try:
        return _impl.logical_and(x1, x2)
    except Exception as error:
        return recover(error, rules.comparison, "logical_and", x1, x2)


def logical_or(x1, x2):
    """Element-wise logical OR; nonzero values count as true.

    Example:
        >>> keras_core.ops.logical_or([False, False], [1, 0])   # [True, False]
    """
    try:
        return _impl.logical_or(x1, x2)
    except Exception as error:
        return recover(error, rules.comparison, "logical_or", x1, x2)


def logical_xor(x1, x2):
    """Element-wise logical XOR; nonzero values count as true.

    Example:
        >>> keras_core.ops.logical_xor([True, True], [1, 0])   # [False, True]
    """
    try:
        return _impl.logical_xor(x1, x2)
    except Exception as error:
        return recover(error, rules.comparison, "logical_xor", x1, x2)


def bitwise_and(x, y):
    """Element-wise bitwise AND of integers or bools.

    Example:
        >>> keras_core.ops.bitwise_and([12], [10])   # [8]
    """
    try:
        return _impl.bitwise_and(x, y)
    except Exception as error:
        return recover(error, _bitwise_rule, "bitwise_and", x, y)


def bitwise_or(x, y):
    """Element-wise bitwise OR of integers or bools.

    Example:
        >>> keras_core.ops.bitwise_or([12], [10])   # [14]
    """
    try:
        return _impl.bitwise_or(x, y)
    except Exception as error:
        return recover(error, _bitwise_rule, "bitwise_or", x, y)


def bitwise_xor(x, y):
    """Element-wise bitwise XOR of integers or bools.

    Example:
        >>> keras_core.ops.bitwise_xor([12], [10])   # [6]
    """
    try:
        return _impl.bitwise_xor(x, y)
    except Exception as error:
        return recover(error, _bitwise_rule, "bitwise_xor", x, y)


def left_shift(x, y):
    """Element-wise ``x << y`` for integers; bools give ``int32``.

    Example:
        >>> keras_core.ops.left_shift([1, 3], 2)   # [4, 12]
    """
    try:
        return _impl.left_shift(x, y)
    except Exception as error:
        return recover(error, _shift_rule, "left_shift", x, y)


def bitwise_left_shift(x, y):
    """Element-wise ``x << y``; an alias of :func:`left_shift`.

    Example:
        >>> keras_core.ops.bitwise_left_shift([1], [3])   # [8]
    """
    try:
        return _impl.bitwise_left_shift(x, y)
    except Exception as error:
        return recover(error, _shift_rule, "bitwise_left_shift", x, y)


def right_shift(x, y):
    """Element-wise arithmetic ``x >> y`` for integers; bools give ``int32``.

    Example:
        >>> keras_core.ops.right_shift([8, -8], 2)   # [2, -2]
    """
    try:
        return _impl.right_shift(x, y)
    except Exception as error:
        return recover(error, _shift_rule, "right_shift", x, y)


def bitwise_right_shift(x, y):
    """Element-wise ``x >> y``; an alias of :func:`right_shift`.

    Example:
        >>> keras_core.ops.bitwise_right_shift([8], [3])   # [1]
    """
    try:
        return _impl.bitwise_right_shift(x, y)
    except Exception as error:
        return recover(error, _shift_rule, "bitwise_right_shift", x, y)
