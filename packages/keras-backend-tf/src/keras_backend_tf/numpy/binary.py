"""Broadcasting element-wise functions of two tensors on tf.Tensor.

TensorFlow never promotes, so operands of different dtypes are promoted by Keras's rules
first. Many kernels lack bool, unsigned or 16-bit float versions: those inputs are
computed in a wider dtype and cast back (exact for the ops that do so). Ops missing here
(``isclose``, ``allclose``, ``logaddexp``, ...) use the core's compositions.
"""

import math

import tensorflow as tf

from keras_backend_tf.core import NATIVE, convert_to_tensor, promoted

_Tensor = tf.Tensor

# Where a kernel is missing for a dtype, the dtype it is computed in instead.
_WIDER = {
    tf.bool: tf.int32,
    tf.int8: tf.int32,
    tf.int16: tf.int32,
    tf.uint8: tf.int32,
    tf.uint16: tf.int32,
    tf.uint32: tf.int64,
    tf.float16: tf.float32,
    tf.bfloat16: tf.float32,
}


def _same(x1, x2) -> bool:
    # tf.Variables (layer weights) go to TensorFlow as they are: one read, in the op.
    return isinstance(x1, NATIVE) and isinstance(x2, NATIVE) and x1.dtype is x2.dtype


def _widened(function, x1, x2):
    """``function`` on operands of one dtype, computed in a wider dtype where needed."""
    wider = _WIDER.get(x1.dtype)
    if wider is None:
        return function(x1, x2)
    return tf.cast(function(tf.cast(x1, wider), tf.cast(x2, wider)), x1.dtype)


def _int_promoted(x1, x2):
    """Operands of Keras's result dtype, with two bools promoted to int32."""
    x1, x2 = promoted(x1, x2)
    if x1.dtype == tf.bool:
        return tf.cast(x1, tf.int32), tf.cast(x2, tf.int32)
    return x1, x2


def add(x1, x2):
    if not _same(x1, x2):
        x1, x2 = promoted(x1, x2)
    return tf.logical_or(x1, x2) if x1.dtype is tf.bool else tf.add(x1, x2)


def subtract(x1, x2):
    if _same(x1, x2):
        return tf.subtract(x1, x2)
    return tf.subtract(*promoted(x1, x2))


def multiply(x1, x2):
    if not _same(x1, x2):
        x1, x2 = promoted(x1, x2)
    return tf.logical_and(x1, x2) if x1.dtype is tf.bool else tf.multiply(x1, x2)


def divide(x1, x2):
    # The weak float makes integer division produce floatx, as in Keras (TF would give float64).
    return tf.divide(*promoted(x1, x2, float))


def true_divide(x1, x2):
    return tf.divide(*promoted(x1, x2, float))


def divide_no_nan(x1, x2):
    return tf.math.divide_no_nan(*promoted(x1, x2, float))


def floor_divide(x1, x2):
    return _widened(tf.math.floordiv, *_int_promoted(x1, x2))


def mod(x1, x2):
    return _widened(tf.math.floormod, *_int_promoted(x1, x2))


def fmod(x1, x2):
    return _widened(tf.truncatemod, *_int_promoted(x1, x2))


def power(x1, x2):
    return _widened(tf.pow, *_int_promoted(x1, x2))


def maximum(x1, x2):
    if not _same(x1, x2):
        x1, x2 = promoted(x1, x2)
    return tf.logical_or(x1, x2) if x1.dtype is tf.bool else tf.maximum(x1, x2)


def minimum(x1, x2):
    if not _same(x1, x2):
        x1, x2 = promoted(x1, x2)
    return tf.logical_and(x1, x2) if x1.dtype is tf.bool else tf.minimum(x1, x2)


def fmax(x1, x2):
    x1, x2 = promoted(x1, x2)
    if not x1.dtype.is_floating:
        return maximum(x1, x2)
    larger = tf.maximum(x1, x2)
    return tf.where(tf.math.is_nan(x1), x2, tf.where(tf.math.is_nan(x2), x1, larger))


def fmin(x1, x2):
    x1, x2 = promoted(x1, x2)
    if not x1.dtype.is_floating:
        return minimum(x1, x2)
    smaller = tf.minimum(x1, x2)
    return tf.where(tf.math.is_nan(x1), x2, tf.where(tf.math.is_nan(x2), x1, smaller))


def clip(x, x_min, x_max):
    x = convert_to_tensor(x)
    if x.dtype == tf.bool:
        x = tf.cast(x, tf.int32)
    x, x_min = promoted(x, x_min)
    x, x_max = promoted(x, x_max)
    return tf.minimum(tf.maximum(x, tf.cast(x_min, x.dtype)), x_max)


def arctan2(x1, x2):
    return tf.atan2(*promoted(x1, x2, float))


def hypot(x1, x2):
    x1, x2 = promoted(x1, x2, float)
    a, b = tf.abs(x1), tf.abs(x2)
    larger, smaller = tf.maximum(a, b), tf.minimum(a, b)
    # Scaling by the larger operand keeps the squares from overflowing.
    ratio = tf.math.divide_no_nan(smaller, larger)
    scaled = larger * tf.sqrt(1 + ratio * ratio)
    infinite = tf.math.logical_or(tf.math.is_inf(a), tf.math.is_inf(b))
    return tf.where(infinite, tf.cast(math.inf, x1.dtype), scaled)


def heaviside(x1, x2):
    x1, x2 = promoted(x1, x2, float)
    step = tf.where(x1 < 0, tf.zeros_like(x1), tf.where(x1 > 0, tf.ones_like(x1), x2))
    return tf.where(tf.math.is_nan(x1), x1, step)


def nextafter(x1, x2):
    x1, x2 = promoted(x1, x2, float)
    if x1.dtype in (tf.float32, tf.float64):
        return tf.math.nextafter(x1, x2)
    return _nextafter_16bit(x1, x2)


def _nextafter_16bit(x1, x2):
    # tf.math.nextafter has no 16-bit kernels: step the bit pattern by one instead.
    shape = tf.broadcast_dynamic_shape(tf.shape(x1), tf.shape(x2))
    x1, x2 = tf.broadcast_to(x1, shape), tf.broadcast_to(x2, shape)
    bits = tf.bitcast(x1, tf.int16)
    away_from_zero = tf.equal(x2 > x1, x1 > 0)
    stepped = tf.bitcast(tf.where(away_from_zero, bits + 1, bits - 1), x1.dtype)
    # From zero, the next value is the smallest subnormal, signed like the direction.
    tiny = tf.bitcast(tf.ones_like(bits), x1.dtype)
    from_zero = tf.where(x2 > 0, tiny, -tiny)
    result = tf.where(tf.equal(x1, 0), from_zero, stepped)
    result = tf.where(tf.equal(x1, x2), x2, result)
    either_nan = tf.logical_or(tf.math.is_nan(x1), tf.math.is_nan(x2))
    return tf.where(either_nan, x1 + x2, result)


def ldexp(x1, x2):
    exponent = convert_to_tensor(x2)
    if not exponent.dtype.is_integer:
        raise TypeError(f"ldexp needs integer exponents, received {exponent.dtype.name}")
    mantissa, _ = promoted(x1, x2, float)
    # Scaling in float32 (or float64) keeps 16-bit results finite wherever NumPy's are.
    wide = tf.float64 if mantissa.dtype == tf.float64 else tf.float32
    scale = tf.pow(tf.constant(2.0, wide), tf.cast(exponent, wide))
    return tf.cast(tf.cast(mantissa, wide) * scale, mantissa.dtype)


def gcd(x1, x2):
    x1, x2 = promoted(x1, x2)
    if not x1.dtype.is_integer:
        raise TypeError(f"gcd needs integers, received {x1.dtype.name}")
    return _widened(tf.experimental.numpy.gcd, x1, x2)


def lcm(x1, x2):
    x1, x2 = promoted(x1, x2)
    if not x1.dtype.is_integer:
        raise TypeError(f"lcm needs integers, received {x1.dtype.name}")
    return _widened(tf.experimental.numpy.lcm, x1, x2)


def _compared(function, x1, x2):
    if not _same(x1, x2):
        x1, x2 = promoted(x1, x2)
    if x1.dtype == tf.bool:
        x1, x2 = tf.cast(x1, tf.int8), tf.cast(x2, tf.int8)
    return function(x1, x2)


def equal(x1, x2):
    return _compared(tf.equal, x1, x2)


def not_equal(x1, x2):
    return _compared(tf.not_equal, x1, x2)


def greater(x1, x2):
    return _compared(tf.greater, x1, x2)


def greater_equal(x1, x2):
    return _compared(tf.greater_equal, x1, x2)


def less(x1, x2):
    return _compared(tf.less, x1, x2)


def less_equal(x1, x2):
    return _compared(tf.less_equal, x1, x2)


def _truth(x):
    x = convert_to_tensor(x)
    return x if x.dtype == tf.bool else tf.not_equal(x, tf.zeros_like(x))


def logical_and(x1, x2):
    return tf.logical_and(_truth(x1), _truth(x2))


def logical_or(x1, x2):
    return tf.logical_or(_truth(x1), _truth(x2))


def logical_xor(x1, x2):
    return tf.math.logical_xor(_truth(x1), _truth(x2))


def bitwise_and(x, y):
    x, y = promoted(x, y)
    return tf.logical_and(x, y) if x.dtype == tf.bool else tf.bitwise.bitwise_and(x, y)


def bitwise_or(x, y):
    x, y = promoted(x, y)
    return tf.logical_or(x, y) if x.dtype == tf.bool else tf.bitwise.bitwise_or(x, y)


def bitwise_xor(x, y):
    x, y = promoted(x, y)
    return tf.math.logical_xor(x, y) if x.dtype == tf.bool else tf.bitwise.bitwise_xor(x, y)


def left_shift(x, y):
    return tf.bitwise.left_shift(*_int_promoted(x, y))


def bitwise_left_shift(x, y):
    return tf.bitwise.left_shift(*_int_promoted(x, y))


def right_shift(x, y):
    return tf.bitwise.right_shift(*_int_promoted(x, y))


def bitwise_right_shift(x, y):
    return tf.bitwise.right_shift(*_int_promoted(x, y))
