"""Broadcasting element-wise functions of two tensors on NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import result_type
from keras_core.backend.numpy.core import (
    convert_to_tensor,
    operand_dtype,
    promoted,
    to_numpy_dtype,
)

_ndarray = np.ndarray


def _same_arrays(x1, x2) -> bool:
    return type(x1) is _ndarray and type(x2) is _ndarray and x1.dtype == x2.dtype


def _promoted_ints(x1, x2):
    """Operands of Keras's result dtype, with two bools promoted to int32."""
    x1, x2 = promoted(x1, x2)
    if x1.dtype == bool:
        return x1.astype(np.int32), x2.astype(np.int32)
    return x1, x2


def add(x1, x2):
    if _same_arrays(x1, x2):
        return np.add(x1, x2)
    return np.add(*promoted(x1, x2))


def subtract(x1, x2):
    if _same_arrays(x1, x2):
        return np.subtract(x1, x2)
    return np.subtract(*promoted(x1, x2))


def multiply(x1, x2):
    if _same_arrays(x1, x2):
        return np.multiply(x1, x2)
    return np.multiply(*promoted(x1, x2))


def divide(x1, x2):
    # The weak float makes integer division produce floatx, as in Keras.
    return np.true_divide(*promoted(x1, x2, float))


def true_divide(x1, x2):
    return np.true_divide(*promoted(x1, x2, float))


def divide_no_nan(x1, x2):
    x1, x2 = promoted(x1, x2, float)
    is_zero = x2 == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(is_zero, np.zeros_like(x1), np.true_divide(x1, np.where(is_zero, 1, x2)))


def floor_divide(x1, x2):
    return np.floor_divide(*_promoted_ints(x1, x2))


def mod(x1, x2):
    return np.mod(*_promoted_ints(x1, x2))


def fmod(x1, x2):
    return np.fmod(*_promoted_ints(x1, x2))


def power(x1, x2):
    return np.power(*_promoted_ints(x1, x2))


def maximum(x1, x2):
    if _same_arrays(x1, x2):
        return np.maximum(x1, x2)
    return np.maximum(*promoted(x1, x2))


def minimum(x1, x2):
    if _same_arrays(x1, x2):
        return np.minimum(x1, x2)
    return np.minimum(*promoted(x1, x2))


def fmax(x1, x2):
    return np.fmax(*promoted(x1, x2))


def fmin(x1, x2):
    return np.fmin(*promoted(x1, x2))


def clip(x, x_min, x_max):
    x = convert_to_tensor(x)
    if x.dtype == bool:
        x = x.astype(np.int32)
    dtype = to_numpy_dtype(
        result_type(operand_dtype(x), operand_dtype(x_min), operand_dtype(x_max))
    )
    bounds = np.asarray(x_min, dtype=dtype), np.asarray(x_max, dtype=dtype)
    return np.minimum(np.maximum(x.astype(dtype, copy=False), bounds[0]), bounds[1])


def arctan2(x1, x2):
    return np.arctan2(*promoted(x1, x2, float))


def hypot(x1, x2):
    return np.hypot(*promoted(x1, x2, float))


def heaviside(x1, x2):
    return np.heaviside(*promoted(x1, x2, float))


def logaddexp(x1, x2):
    return np.logaddexp(*promoted(x1, x2, float))


def logaddexp2(x1, x2):
    return np.logaddexp2(*promoted(x1, x2, float))


def nextafter(x1, x2):
    return np.nextafter(*promoted(x1, x2, float))


def ldexp(x1, x2):
    x1, x2 = np.asarray(x1), np.asarray(x2)
    if x2.dtype.kind not in "iu":
        raise TypeError(f"ldexp needs integer exponents, received {x2.dtype}")
    mantissa, _ = promoted(x1, x2, float)
    return np.ldexp(mantissa, x2.astype(np.int32)).astype(mantissa.dtype, copy=False)


def gcd(x1, x2):
    return np.gcd(*promoted(x1, x2))


def lcm(x1, x2):
    return np.lcm(*promoted(x1, x2))


def equal(x1, x2):
    return np.equal(*promoted(x1, x2))


def not_equal(x1, x2):
    return np.not_equal(*promoted(x1, x2))


def greater(x1, x2):
    return np.greater(*promoted(x1, x2))


def greater_equal(x1, x2):
    return np.greater_equal(*promoted(x1, x2))


def less(x1, x2):
    return np.less(*promoted(x1, x2))


def less_equal(x1, x2):
    return np.less_equal(*promoted(x1, x2))


def isclose(x1, x2, rtol=1e-5, atol=1e-8, equal_nan=False):
    return np.isclose(*promoted(x1, x2, float), rtol=rtol, atol=atol, equal_nan=equal_nan)


def allclose(x1, x2, rtol=1e-5, atol=1e-8, equal_nan=False):
    close = np.allclose(*promoted(x1, x2, float), rtol=rtol, atol=atol, equal_nan=equal_nan)
    return np.asarray(close)


def logical_and(x1, x2):
    return np.logical_and(np.asarray(x1), np.asarray(x2))


def logical_or(x1, x2):
    return np.logical_or(np.asarray(x1), np.asarray(x2))


def logical_xor(x1, x2):
    return np.logical_xor(np.asarray(x1), np.asarray(x2))


def bitwise_and(x, y):
    return np.bitwise_and(*promoted(x, y))


def bitwise_or(x, y):
    return np.bitwise_or(*promoted(x, y))


def bitwise_xor(x, y):
    return np.bitwise_xor(*promoted(x, y))


def left_shift(x, y):
    return np.left_shift(*_promoted_ints(x, y))


def bitwise_left_shift(x, y):
    return np.left_shift(*_promoted_ints(x, y))


def right_shift(x, y):
    return np.right_shift(*_promoted_ints(x, y))


def bitwise_right_shift(x, y):
    return np.right_shift(*_promoted_ints(x, y))
