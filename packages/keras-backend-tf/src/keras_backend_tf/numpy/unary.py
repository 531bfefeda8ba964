"""Element-wise functions of one tensor on tf.Tensor.

TensorFlow's math kernels take float inputs only, and many refuse unsigned integers or
bool; the helpers below cast or branch on the (static) dtype. Ops missing here use the
core's compositions.
"""

import operator

import numpy as np
import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, to_tf_dtype
from keras_core.backend.dtypes import result_type, standardize_dtype

_Tensor = tf.Tensor


def _float(x):
    """``x`` as a tensor of its float result dtype: ints and bool become floatx."""
    x = convert_to_tensor(x)
    if x.dtype.is_floating or x.dtype.is_complex:
        return x
    return tf.cast(x, to_tf_dtype(result_type(standardize_dtype(x.dtype), float)))


def _numeric(x):
    x = convert_to_tensor(x)
    if x.dtype == tf.bool:
        raise TypeError("expected a numeric tensor, received bool")
    return x


def _is_inexact(x) -> bool:
    return x.dtype.is_floating or x.dtype.is_complex


def exp(x):
    return tf.exp(_float(x))


def expm1(x):
    return tf.math.expm1(_float(x))


def log(x):
    return tf.math.log(_float(x))


def log1p(x):
    return tf.math.log1p(_float(x))


def sqrt(x):
    return tf.sqrt(_float(x))


def reciprocal(x):
    return tf.math.reciprocal(_float(x))


def sin(x):
    return tf.sin(_float(x))


def cos(x):
    return tf.cos(_float(x))


def tan(x):
    return tf.tan(_float(x))


def arcsin(x):
    return tf.asin(_float(x))


def arccos(x):
    return tf.acos(_float(x))


def arctan(x):
    return tf.atan(_float(x))


def sinh(x):
    return tf.sinh(_float(x))


def cosh(x):
    return tf.cosh(_float(x))


def tanh(x):
    return tf.tanh(_float(x))


def arcsinh(x):
    return tf.asinh(_float(x))


def arccosh(x):
    return tf.acosh(_float(x))


def arctanh(x):
    return tf.atanh(_float(x))


def i0(x):
    x = _float(x)
    if x.dtype == tf.bfloat16:
        # TensorFlow has no bfloat16 kernel for BesselI0.
        return tf.cast(tf.math.bessel_i0(tf.cast(x, tf.float32)), tf.bfloat16)
    return tf.math.bessel_i0(x)


def floor(x):
    return tf.floor(_float(x))


def ceil(x):
    return tf.math.ceil(_float(x))


def abs(x):
    x = convert_to_tensor(x)
    if x.dtype == tf.bool or x.dtype.is_unsigned:
        return tf.identity(x)
    return tf.abs(x)


def sign(x):
    x = _numeric(x)
    if x.dtype.is_unsigned:
        return tf.cast(x > 0, x.dtype)
    return tf.sign(x)


def negative(x):
    x = _numeric(x)
    if x.dtype.is_unsigned:
        return tf.zeros_like(x) - x
    return tf.negative(x)


def square(x):
    x = convert_to_tensor(x)
    if x.dtype == tf.bool:
        x = tf.cast(x, tf.int32)
    return tf.square(x)


def round(x, decimals=0):
    # operator.index refuses non-integer decimals, which tf.round would quietly accept.
    decimals = operator.index(decimals)
    x = _numeric(x)
    if _is_inexact(x):
        if decimals == 0:
            return tf.round(x)
        scale = tf.cast(10.0**decimals, x.dtype)
        return tf.round(x * scale) / scale
    if decimals >= 0:
        return tf.identity(x)
    # Integers round to tens, hundreds, ... through float64, exact for |x| < 2**53.
    scale = 10.0**-decimals
    return tf.cast(tf.round(tf.cast(x, tf.float64) / scale) * scale, x.dtype)


def trunc(x):
    x = convert_to_tensor(x)
    if not x.dtype.is_floating:
        return tf.identity(x)
    return tf.where(x < 0, tf.math.ceil(x), tf.floor(x))


def nan_to_num(x, nan=0.0, posinf=None, neginf=None):
    x = convert_to_tensor(x)
    if not x.dtype.is_floating:
        return tf.identity(x)
    posinf = x.dtype.max if posinf is None else posinf
    neginf = x.dtype.min if neginf is None else neginf
    x = tf.where(tf.math.is_nan(x), tf.cast(nan, x.dtype), x)
    x = tf.where(x == np.inf, tf.cast(posinf, x.dtype), x)
    return tf.where(x == -np.inf, tf.cast(neginf, x.dtype), x)


def isnan(x):
    x = convert_to_tensor(x)
    return tf.math.is_nan(x) if x.dtype.is_floating else tf.zeros_like(x, tf.bool)


def isinf(x):
    x = convert_to_tensor(x)
    return tf.math.is_inf(x) if x.dtype.is_floating else tf.zeros_like(x, tf.bool)


def isfinite(x):
    x = convert_to_tensor(x)
    return tf.math.is_finite(x) if x.dtype.is_floating else tf.ones_like(x, tf.bool)


def logical_not(x):
    x = convert_to_tensor(x)
    return tf.logical_not(x if x.dtype == tf.bool else tf.cast(x, tf.bool))


def bitwise_invert(x):
    x = convert_to_tensor(x)
    return tf.logical_not(x) if x.dtype == tf.bool else tf.bitwise.invert(x)


def bitwise_not(x):
    return bitwise_invert(x)


def real(x):
    x = convert_to_tensor(x)
    return tf.math.real(x) if x.dtype.is_complex else tf.identity(x)


def imag(x):
    x = convert_to_tensor(x)
    return tf.math.imag(x) if x.dtype.is_complex else tf.zeros_like(x)


def conj(x):
    x = convert_to_tensor(x)
    return tf.math.conj(x) if x.dtype.is_complex else tf.identity(x)


def conjugate(x):
    return conj(x)
