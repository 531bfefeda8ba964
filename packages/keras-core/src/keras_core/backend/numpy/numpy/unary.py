"""Element-wise functions of one tensor on NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype

_ndarray = np.ndarray


def _float(x):
    """``x`` as an array of its float result dtype: ints and bool become floatx."""
    if type(x) is _ndarray and x.dtype.kind in "fc":
        return x
    x = convert_to_tensor(x)
    if x.dtype.kind in "biu":
        return x.astype(to_numpy_dtype(result_type(standardize_dtype(x.dtype), float)))
    return x


def _numeric(x):
    x = convert_to_tensor(x)
    if x.dtype == bool:
        raise TypeError("expected a numeric array, received bool")
    return x


def exp(x):
    return np.exp(_float(x))


def expm1(x):
    return np.expm1(_float(x))


def exp2(x):
    return np.exp2(_float(x))


def log(x):
    return np.log(_float(x))


def log1p(x):
    return np.log1p(_float(x))


def log2(x):
    return np.log2(_float(x))


def log10(x):
    return np.log10(_float(x))


def sqrt(x):
    return np.sqrt(_float(x))


def cbrt(x):
    return np.cbrt(_float(x))


def reciprocal(x):
    return np.reciprocal(_float(x))


def sin(x):
    return np.sin(_float(x))


def cos(x):
    return np.cos(_float(x))


def tan(x):
    return np.tan(_float(x))


def arcsin(x):
    return np.arcsin(_float(x))


def arccos(x):
    return np.arccos(_float(x))


def arctan(x):
    return np.arctan(_float(x))


def sinh(x):
    return np.sinh(_float(x))


def cosh(x):
    return np.cosh(_float(x))


def tanh(x):
    return np.tanh(_float(x))


def arcsinh(x):
    return np.arcsinh(_float(x))


def arccosh(x):
    return np.arccosh(_float(x))


def arctanh(x):
    return np.arctanh(_float(x))


def deg2rad(x):
    return np.deg2rad(_float(x))


def rad2deg(x):
    return np.rad2deg(_float(x))


def sinc(x):
    return np.sinc(_float(x))


def i0(x):
    x = _float(x)
    # np.i0's series loses a few ulps in float32; float64 rounds back exactly.
    return np.i0(x.astype(np.float64)).astype(x.dtype)


def floor(x):
    return np.floor(_float(x))


def ceil(x):
    return np.ceil(_float(x))


def fabs(x):
    return np.abs(_float(x))


def abs(x):
    return np.abs(convert_to_tensor(x))


def absolute(x):
    return np.abs(convert_to_tensor(x))


def sign(x):
    return np.sign(_numeric(x))


def signbit(x):
    return np.signbit(convert_to_tensor(x))


def negative(x):
    return np.negative(_numeric(x))


def square(x):
    x = convert_to_tensor(x)
    if x.dtype == bool:
        x = x.astype(np.int32)
    return np.square(x)


def round(x, decimals=0):
    return np.round(_numeric(x), decimals=decimals)


def trunc(x):
    x = convert_to_tensor(x)
    return x.copy() if x.dtype == bool else np.trunc(x)


def nan_to_num(x, nan=0.0, posinf=None, neginf=None):
    return np.nan_to_num(convert_to_tensor(x), nan=nan, posinf=posinf, neginf=neginf)


def isnan(x):
    return np.isnan(convert_to_tensor(x))


def isinf(x):
    return np.isinf(convert_to_tensor(x))


def isfinite(x):
    return np.isfinite(convert_to_tensor(x))


def isposinf(x):
    return np.isposinf(convert_to_tensor(x))


def isneginf(x):
    return np.isneginf(convert_to_tensor(x))


def isreal(x):
    return np.asarray(np.isreal(convert_to_tensor(x)))


def logical_not(x):
    return np.logical_not(convert_to_tensor(x))


def bitwise_invert(x):
    return np.invert(convert_to_tensor(x))


def bitwise_not(x):
    return np.invert(convert_to_tensor(x))


def real(x):
    return np.real(convert_to_tensor(x))


def imag(x):
    return np.imag(convert_to_tensor(x))


def conj(x):
    x = convert_to_tensor(x)
    # NumPy has no conjugate of bool; real values are their own conjugate.
    return np.conj(x) if x.dtype.kind == "c" else x.copy()


def conjugate(x):
    return conj(x)


def angle(x):
    x = convert_to_tensor(x)
    return np.angle(x if x.dtype.kind == "c" else _float(x))
