"""Broadcasting element-wise functions of two tensors on jax.Array.

jax.numpy's promotion (weak Python scalars included) is Keras's, so the common call goes
straight to it; operands it refuses (lists) are converted first. Two bools give int32 in
arithmetic that NumPy does not define for bool.
"""

import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor
from keras_core.backend.conversion import PYTHON_SCALARS
from keras_core.backend.dtypes import result_type, standardize_dtype


def _array(x):
    return x if type(x) in PYTHON_SCALARS else convert_to_tensor(x)


def _operand_dtype(x):
    """The dtype ``x`` contributes to promotion; Python scalars are weak (their type)."""
    return type(x) if type(x) in PYTHON_SCALARS else standardize_dtype(x.dtype)


def _float_pair(x1, x2):
    """Both operands as arrays of their float result dtype."""
    x1, x2 = _array(x1), _array(x2)
    dtypes = [
        type(x) if type(x) in PYTHON_SCALARS else standardize_dtype(x.dtype) for x in (x1, x2)
    ]
    dtype = result_type(*dtypes, float)
    return jnp.asarray(x1, dtype), jnp.asarray(x2, dtype)


def _int_pair(x1, x2):
    """Both operands as arrays; two bools become int32."""
    x1, x2 = _array(x1), _array(x2)
    if jnp.result_type(x1, x2) == jnp.bool_:
        return jnp.asarray(x1, jnp.int32), jnp.asarray(x2, jnp.int32)
    return x1, x2


def add(x1, x2):
    try:
        return jnp.add(x1, x2)
    except TypeError:
        return jnp.add(_array(x1), _array(x2))


def subtract(x1, x2):
    try:
        return jnp.subtract(x1, x2)
    except TypeError:
        return jnp.subtract(_array(x1), _array(x2))


def multiply(x1, x2):
    try:
        return jnp.multiply(x1, x2)
    except TypeError:
        return jnp.multiply(_array(x1), _array(x2))


def divide(x1, x2):
    try:
        return jnp.true_divide(x1, x2)
    except TypeError:
        return jnp.true_divide(_array(x1), _array(x2))


def true_divide(x1, x2):
    return divide(x1, x2)


def divide_no_nan(x1, x2):
    x1, x2 = _float_pair(x1, x2)
    is_zero = x2 == 0
    return jnp.where(is_zero, jnp.zeros_like(x1), x1 / jnp.where(is_zero, 1, x2))


def floor_divide(x1, x2):
    return jnp.floor_divide(*_int_pair(x1, x2))


def mod(x1, x2):
    return jnp.mod(*_int_pair(x1, x2))


def fmod(x1, x2):
    return jnp.fmod(*_int_pair(x1, x2))


def power(x1, x2):
    return jnp.power(*_int_pair(x1, x2))


def maximum(x1, x2):
    try:
        return jnp.maximum(x1, x2)
    except TypeError:
        return jnp.maximum(_array(x1), _array(x2))


def minimum(x1, x2):
    try:
        return jnp.minimum(x1, x2)
    except TypeError:
        return jnp.minimum(_array(x1), _array(x2))


def fmax(x1, x2):
    return jnp.fmax(_array(x1), _array(x2))


def fmin(x1, x2):
    return jnp.fmin(_array(x1), _array(x2))


def clip(x, x_min, x_max):
    x = convert_to_tensor(x)
    if x.dtype == jnp.bool_:
        x = x.astype(jnp.int32)
    return jnp.minimum(jnp.maximum(x, _array(x_min)), _array(x_max))


def arctan2(x1, x2):
    return jnp.arctan2(*_float_pair(x1, x2))


def hypot(x1, x2):
    return jnp.hypot(*_float_pair(x1, x2))


def heaviside(x1, x2):
    return jnp.heaviside(*_float_pair(x1, x2))


def logaddexp(x1, x2):
    return jnp.logaddexp(*_float_pair(x1, x2))


def logaddexp2(x1, x2):
    return jnp.logaddexp2(*_float_pair(x1, x2))


def nextafter(x1, x2):
    return jnp.nextafter(*_float_pair(x1, x2))


def ldexp(x1, x2):
    exponent = _array(x2)
    if type(exponent) is not int and not jnp.issubdtype(exponent.dtype, jnp.integer):
        raise TypeError(f"ldexp needs integer exponents, received {exponent.dtype}")
    mantissa, _ = _float_pair(x1, x2)
    return jnp.ldexp(mantissa, jnp.asarray(exponent, jnp.int32)).astype(mantissa.dtype)


def gcd(x1, x2):
    return jnp.gcd(_array(x1), _array(x2))


def lcm(x1, x2):
    return jnp.lcm(_array(x1), _array(x2))


def equal(x1, x2):
    try:
        return jnp.equal(x1, x2)
    except TypeError:
        return jnp.equal(_array(x1), _array(x2))


def not_equal(x1, x2):
    try:
        return jnp.not_equal(x1, x2)
    except TypeError:
        return jnp.not_equal(_array(x1), _array(x2))


def greater(x1, x2):
    try:
        return jnp.greater(x1, x2)
    except TypeError:
        return jnp.greater(_array(x1), _array(x2))


def greater_equal(x1, x2):
    try:
        return jnp.greater_equal(x1, x2)
    except TypeError:
        return jnp.greater_equal(_array(x1), _array(x2))


def less(x1, x2):
    try:
        return jnp.less(x1, x2)
    except TypeError:
        return jnp.less(_array(x1), _array(x2))


def less_equal(x1, x2):
    try:
        return jnp.less_equal(x1, x2)
    except TypeError:
        return jnp.less_equal(_array(x1), _array(x2))


def isclose(x1, x2, rtol=1e-5, atol=1e-8, equal_nan=False):
    return jnp.isclose(*_float_pair(x1, x2), rtol=rtol, atol=atol, equal_nan=equal_nan)


def allclose(x1, x2, rtol=1e-5, atol=1e-8, equal_nan=False):
    return jnp.all(isclose(x1, x2, rtol=rtol, atol=atol, equal_nan=equal_nan))


def logical_and(x1, x2):
    return jnp.logical_and(_array(x1), _array(x2))


def logical_or(x1, x2):
    return jnp.logical_or(_array(x1), _array(x2))


def logical_xor(x1, x2):
    return jnp.logical_xor(_array(x1), _array(x2))


def bitwise_and(x, y):
    return jnp.bitwise_and(_array(x), _array(y))


def bitwise_or(x, y):
    return jnp.bitwise_or(_array(x), _array(y))


def bitwise_xor(x, y):
    return jnp.bitwise_xor(_array(x), _array(y))


def left_shift(x, y):
    return jnp.left_shift(*_int_pair(x, y))


def bitwise_left_shift(x, y):
    return jnp.left_shift(*_int_pair(x, y))


def right_shift(x, y):
    return jnp.right_shift(*_int_pair(x, y))


def bitwise_right_shift(x, y):
    return jnp.right_shift(*_int_pair(x, y))
