"""Element-wise functions of one tensor on jax.Array.

jax.numpy already gives Keras's dtypes for most functions (integers and bool become
float32 in float functions); the helpers below cover the exceptions.
"""

import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor
from keras_core.backend.dtypes import result_type, standardize_dtype

_INEXACT = frozenset(
    jnp.dtype(name)
    for name in ("bfloat16", "float16", "float32", "float64", "complex64", "complex128")
)


def _float(x):
    """``x`` as an array of its float result dtype: ints and bool become floatx."""
    x = convert_to_tensor(x)
    if x.dtype in _INEXACT:
        return x
    return x.astype(result_type(standardize_dtype(x.dtype), float))


def _numeric(x):
    x = convert_to_tensor(x)
    if x.dtype == jnp.bool_:
        raise TypeError("expected a numeric array, received bool")
    return x


def exp(x):
    return jnp.exp(_float(x))


def expm1(x):
    return jnp.expm1(_float(x))


def exp2(x):
    return jnp.exp2(_float(x))


def log(x):
    return jnp.log(_float(x))


def log1p(x):
    return jnp.log1p(_float(x))


def log2(x):
    return jnp.log2(_float(x))


def log10(x):
    return jnp.log10(_float(x))


def sqrt(x):
    return jnp.sqrt(_float(x))


def cbrt(x):
    return jnp.cbrt(_float(x))


def reciprocal(x):
    return jnp.reciprocal(_float(x))


def sin(x):
    return jnp.sin(_float(x))


def cos(x):
    return jnp.cos(_float(x))


def tan(x):
    return jnp.tan(_float(x))


def arcsin(x):
    return jnp.arcsin(_float(x))


def arccos(x):
    return jnp.arccos(_float(x))


def arctan(x):
    return jnp.arctan(_float(x))


def sinh(x):
    return jnp.sinh(_float(x))


def cosh(x):
    return jnp.cosh(_float(x))


def tanh(x):
    return jnp.tanh(_float(x))


def arcsinh(x):
    return jnp.arcsinh(_float(x))


def arccosh(x):
    return jnp.arccosh(_float(x))


def arctanh(x):
    return jnp.arctanh(_float(x))


def deg2rad(x):
    return jnp.deg2rad(_float(x))


def rad2deg(x):
    return jnp.rad2deg(_float(x))


def sinc(x):
    return jnp.sinc(_float(x))


def i0(x):
    return jnp.i0(_float(x))


def floor(x):
    return jnp.floor(_float(x))


def ceil(x):
    return jnp.ceil(_float(x))


def fabs(x):
    return jnp.abs(_float(x))


def abs(x):
    return jnp.abs(convert_to_tensor(x))


def absolute(x):
    return jnp.abs(convert_to_tensor(x))


def sign(x):
    return jnp.sign(_numeric(x))


def signbit(x):
    return jnp.signbit(convert_to_tensor(x))


def negative(x):
    return jnp.negative(_numeric(x))


def square(x):
    x = convert_to_tensor(x)
    if x.dtype == jnp.bool_:
        x = x.astype(jnp.int32)
    return jnp.square(x)


def round(x, decimals=0):
    x = _numeric(x)
    if decimals >= 0 or jnp.issubdtype(x.dtype, jnp.inexact):
        return jnp.round(x, decimals=decimals)
    # jnp.round refuses integers with decimals < 0: round to tens, hundreds, ... in float.
    wide = x.astype(jnp.float32)
    return jnp.round(wide, decimals=decimals).astype(x.dtype)


def trunc(x):
    x = convert_to_tensor(x)
    return x if x.dtype == jnp.bool_ else jnp.trunc(x)


def nan_to_num(x, nan=0.0, posinf=None, neginf=None):
    return jnp.nan_to_num(convert_to_tensor(x), nan=nan, posinf=posinf, neginf=neginf)


def isnan(x):
    return jnp.isnan(convert_to_tensor(x))


def isinf(x):
    return jnp.isinf(convert_to_tensor(x))


def isfinite(x):
    return jnp.isfinite(convert_to_tensor(x))


def isposinf(x):
    return jnp.isposinf(convert_to_tensor(x))


def isneginf(x):
    return jnp.isneginf(convert_to_tensor(x))


def isreal(x):
    return jnp.isreal(convert_to_tensor(x))


def logical_not(x):
    return jnp.logical_not(convert_to_tensor(x))


def bitwise_invert(x):
    return jnp.invert(convert_to_tensor(x))


def bitwise_not(x):
    return jnp.invert(convert_to_tensor(x))


def real(x):
    return jnp.real(convert_to_tensor(x))


def imag(x):
    return jnp.imag(convert_to_tensor(x))


def conj(x):
    return jnp.conj(convert_to_tensor(x))


def conjugate(x):
    return jnp.conj(convert_to_tensor(x))


def angle(x):
    x = convert_to_tensor(x)
    return jnp.angle(_float(x))
