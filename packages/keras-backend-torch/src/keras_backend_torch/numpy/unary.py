"""Element-wise functions of one tensor on torch.Tensor.

Ops missing here (``cbrt``, ``angle``) use the core's compositions.
"""

import torch

from keras_backend_torch.core import convert_to_tensor, to_torch_dtype
from keras_core.backend.dtypes import result_type, standardize_dtype

_Tensor = torch.Tensor


def _float(x):
    """``x`` as a tensor of its float result dtype: ints and bool become floatx."""
    if type(x) is _Tensor and (x.is_floating_point() or x.is_complex()):
        return x
    x = convert_to_tensor(x)
    if x.is_floating_point() or x.is_complex():
        return x
    return x.to(to_torch_dtype(result_type(standardize_dtype(x.dtype), float)))


def _numeric(x):
    x = convert_to_tensor(x)
    if x.dtype == torch.bool:
        raise TypeError("expected a numeric tensor, received bool")
    return x


def exp(x):
    return torch.exp(_float(x))


def expm1(x):
    return torch.expm1(_float(x))


def exp2(x):
    return torch.exp2(_float(x))


def log(x):
    return torch.log(_float(x))


def log1p(x):
    return torch.log1p(_float(x))


def log2(x):
    return torch.log2(_float(x))


def log10(x):
    return torch.log10(_float(x))


def sqrt(x):
    return torch.sqrt(_float(x))


def reciprocal(x):
    return torch.reciprocal(_float(x))


def sin(x):
    return torch.sin(_float(x))


def cos(x):
    return torch.cos(_float(x))


def tan(x):
    return torch.tan(_float(x))


def arcsin(x):
    return torch.asin(_float(x))


def arccos(x):
    return torch.acos(_float(x))


def arctan(x):
    return torch.atan(_float(x))


def sinh(x):
    return torch.sinh(_float(x))


def cosh(x):
    return torch.cosh(_float(x))


def tanh(x):
    return torch.tanh(_float(x))


def arcsinh(x):
    return torch.asinh(_float(x))


def arccosh(x):
    return torch.acosh(_float(x))


def arctanh(x):
    return torch.atanh(_float(x))


def deg2rad(x):
    return torch.deg2rad(_float(x))


def rad2deg(x):
    return torch.rad2deg(_float(x))


def sinc(x):
    return torch.sinc(_float(x))


def i0(x):
    return torch.special.i0(_float(x))


def floor(x):
    return torch.floor(_float(x))


def ceil(x):
    return torch.ceil(_float(x))


def fabs(x):
    return torch.abs(_float(x))


def abs(x):
    x = convert_to_tensor(x)
    return x.clone() if x.dtype == torch.bool else torch.abs(x)


def absolute(x):
    return abs(x)


def sign(x):
    x = _numeric(x)
    if x.is_floating_point():
        # torch.sign maps NaN to 0; NumPy keeps it.
        return torch.where(torch.isnan(x), x, torch.sign(x))
    return torch.sign(x)


def signbit(x):
    return torch.signbit(convert_to_tensor(x))


def negative(x):
    return torch.neg(_numeric(x))


def square(x):
    x = convert_to_tensor(x)
    if x.dtype == torch.bool:
        x = x.to(torch.int32)
    return torch.square(x)


def round(x, decimals=0):
    x = _numeric(x)
    if x.is_floating_point() or x.is_complex():
        return torch.round(x, decimals=decimals)
    if decimals >= 0:
        return x.clone()
    # Integers round to tens, hundreds, ... through float64, exact for |x| < 2**53.
    return torch.round(x.to(torch.float64), decimals=decimals).to(x.dtype)


def trunc(x):
    x = convert_to_tensor(x)
    return x.clone() if x.dtype == torch.bool else torch.trunc(x)


def nan_to_num(x, nan=0.0, posinf=None, neginf=None):
    return torch.nan_to_num(convert_to_tensor(x), nan=nan, posinf=posinf, neginf=neginf)


def isnan(x):
    return torch.isnan(convert_to_tensor(x))


def isinf(x):
    return torch.isinf(convert_to_tensor(x))


def isfinite(x):
    return torch.isfinite(convert_to_tensor(x))


def isposinf(x):
    return torch.isposinf(convert_to_tensor(x))


def isneginf(x):
    return torch.isneginf(convert_to_tensor(x))


def isreal(x):
    return torch.isreal(convert_to_tensor(x))


def logical_not(x):
    return torch.logical_not(convert_to_tensor(x))


def bitwise_invert(x):
    return torch.bitwise_not(convert_to_tensor(x))


def bitwise_not(x):
    return torch.bitwise_not(convert_to_tensor(x))


def real(x):
    return torch.real(convert_to_tensor(x))


def imag(x):
    x = convert_to_tensor(x)
    # torch.imag refuses real tensors; their imaginary part is zero.
    return torch.imag(x) if x.is_complex() else torch.zeros_like(x)


def conj(x):
    # conj_physical, unlike torch.conj, returns a tensor that NumPy can read directly.
    return torch.conj_physical(convert_to_tensor(x))


def conjugate(x):
    return conj(x)
