"""Broadcasting element-wise functions of two tensors on torch.Tensor.

Two tensors go straight to torch, whose promotion agrees with Keras's for them; Python
scalars, lists and pairs torch refuses are promoted by Keras's rules first.
"""

import torch

from keras_backend_torch.core import convert_to_tensor, promoted, unwrapped

_Tensor = torch.Tensor


def _tensors_first(torch_function, name: str):
    """The op ``name``: two tensors go straight to ``torch_function``; anything else, and
    pairs torch refuses (uint16/32/64 with other integers), are promoted by Keras's rules."""
    tensor = torch.Tensor  # a closure variable is cheaper than a global on this hot path

    def op(x1, x2):
        if type(x1) is tensor and type(x2) is tensor:
            try:
                return torch_function(x1, x2)
            except RuntimeError:
                pass
        else:
            # Parameters and Variables (layer weights) are tensors too; a Python float
            # with a floating tensor keeps the tensor's dtype in torch as in Keras.
            x1, x2 = unwrapped(x1), unwrapped(x2)
            if isinstance(x1, tensor) and (
                isinstance(x2, tensor) or (type(x2) is float and x1.is_floating_point())
            ):
                try:
                    return torch_function(x1, x2)
                except (RuntimeError, TypeError):
                    # Mixed dtypes torch refuses, or a function that takes no scalar.
                    pass
        return torch_function(*promoted(x1, x2))

    op.__name__ = op.__qualname__ = name
    return op


def _int_promoted(x1, x2):
    """Operands of Keras's result dtype, with two bools promoted to int32."""
    x1, x2 = promoted(x1, x2)
    if x1.dtype == torch.bool:
        return x1.to(torch.int32), x2.to(torch.int32)
    return x1, x2


add = _tensors_first(torch.add, "add")


subtract = _tensors_first(torch.subtract, "subtract")


multiply = _tensors_first(torch.multiply, "multiply")


def divide(x1, x2):
    # The weak float makes integer division produce floatx, as in Keras.
    return torch.true_divide(*promoted(x1, x2, float))


def true_divide(x1, x2):
    return torch.true_divide(*promoted(x1, x2, float))


def divide_no_nan(x1, x2):
    x1, x2 = promoted(x1, x2, float)
    is_zero = x2 == 0
    quotient = x1 / torch.where(is_zero, torch.ones_like(x2), x2)
    return torch.where(is_zero, torch.zeros_like(quotient), quotient)


def floor_divide(x1, x2):
    return torch.floor_divide(*_int_promoted(x1, x2))


def mod(x1, x2):
    return torch.remainder(*_int_promoted(x1, x2))


def fmod(x1, x2):
    return torch.fmod(*_int_promoted(x1, x2))


def power(x1, x2):
    return torch.pow(*_int_promoted(x1, x2))


maximum = _tensors_first(torch.maximum, "maximum")


minimum = _tensors_first(torch.minimum, "minimum")


def fmax(x1, x2):
    return torch.fmax(*promoted(x1, x2))


def fmin(x1, x2):
    return torch.fmin(*promoted(x1, x2))


def clip(x, x_min, x_max):
    x = convert_to_tensor(x)
    if x.dtype == torch.bool:
        x = x.to(torch.int32)
    x, x_min = promoted(x, x_min)
    x, x_max = promoted(x, x_max)
    return torch.minimum(torch.maximum(x, x_min.to(x.dtype)), x_max)


def arctan2(x1, x2):
    return torch.atan2(*promoted(x1, x2, float))


def hypot(x1, x2):
    return torch.hypot(*promoted(x1, x2, float))


def heaviside(x1, x2):
    x1, x2 = promoted(x1, x2, float)
    # torch.heaviside maps a NaN x1 to 0; NumPy keeps the NaN.
    return torch.where(torch.isnan(x1), x1, torch.heaviside(x1, x2))


def logaddexp(x1, x2):
    return torch.logaddexp(*promoted(x1, x2, float))


def logaddexp2(x1, x2):
    return torch.logaddexp2(*promoted(x1, x2, float))


def nextafter(x1, x2):
    return torch.nextafter(*promoted(x1, x2, float))


def ldexp(x1, x2):
    exponent = convert_to_tensor(x2)
    if exponent.is_floating_point() or exponent.is_complex() or exponent.dtype == torch.bool:
        raise TypeError(f"ldexp needs integer exponents, received {exponent.dtype}")
    mantissa, _ = promoted(x1, x2, float)
    # torch.ldexp resizes its output when x1 broadcasts against x2 (deprecated in torch).
    # Scaling in float32 (or float64) keeps 16-bit results finite wherever NumPy's are.
    wide = torch.float64 if mantissa.dtype == torch.float64 else torch.float32
    scaled = mantissa.to(wide) * torch.exp2(exponent.to(wide))
    return scaled.to(mantissa.dtype)


def gcd(x1, x2):
    return torch.gcd(*promoted(x1, x2))


def lcm(x1, x2):
    return torch.lcm(*promoted(x1, x2))


def equal(x1, x2):
    if type(x1) is _Tensor and type(x2) is _Tensor:
        return torch.eq(x1, x2)
    return torch.eq(*promoted(x1, x2))


def not_equal(x1, x2):
    if type(x1) is _Tensor and type(x2) is _Tensor:
        return torch.ne(x1, x2)
    return torch.ne(*promoted(x1, x2))


def greater(x1, x2):
    if type(x1) is _Tensor and type(x2) is _Tensor:
        return torch.gt(x1, x2)
    return torch.gt(*promoted(x1, x2))


def greater_equal(x1, x2):
    if type(x1) is _Tensor and type(x2) is _Tensor:
        return torch.ge(x1, x2)
    return torch.ge(*promoted(x1, x2))


def less(x1, x2):
    if type(x1) is _Tensor and type(x2) is _Tensor:
        return torch.lt(x1, x2)
    return torch.lt(*promoted(x1, x2))


def less_equal(x1, x2):
    if type(x1) is _Tensor and type(x2) is _Tensor:
        return torch.le(x1, x2)
    return torch.le(*promoted(x1, x2))


def isclose(x1, x2, rtol=1e-5, atol=1e-8, equal_nan=False):
    return torch.isclose(*promoted(x1, x2, float), rtol=rtol, atol=atol, equal_nan=equal_nan)


def allclose(x1, x2, rtol=1e-5, atol=1e-8, equal_nan=False):
    return torch.all(isclose(x1, x2, rtol=rtol, atol=atol, equal_nan=equal_nan))


def logical_and(x1, x2):
    return torch.logical_and(convert_to_tensor(x1), convert_to_tensor(x2))


def logical_or(x1, x2):
    return torch.logical_or(convert_to_tensor(x1), convert_to_tensor(x2))


def logical_xor(x1, x2):
    return torch.logical_xor(convert_to_tensor(x1), convert_to_tensor(x2))


def bitwise_and(x, y):
    return torch.bitwise_and(*promoted(x, y))


def bitwise_or(x, y):
    return torch.bitwise_or(*promoted(x, y))


def bitwise_xor(x, y):
    return torch.bitwise_xor(*promoted(x, y))


def left_shift(x, y):
    return torch.bitwise_left_shift(*_int_promoted(x, y))


def bitwise_left_shift(x, y):
    return torch.bitwise_left_shift(*_int_promoted(x, y))


def right_shift(x, y):
    return torch.bitwise_right_shift(*_int_promoted(x, y))


def bitwise_right_shift(x, y):
    return torch.bitwise_right_shift(*_int_promoted(x, y))
