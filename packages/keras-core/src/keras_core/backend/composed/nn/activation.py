"""``nn.activation``: activation functions, composed from element-wise ops by default.

Branches (``x`` where positive, ...) are written with ``maximum``/``minimum`` or a 0/1 mask
so that the compositions need no ``where``. Only ``sparsemax`` (a sort along an axis) is
required.
"""

import math

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import standardize_dtype
from keras_core.backend.settings import floatx

REQUIRED = ("sparsemax",)

_FLOATS = ("bfloat16", "float16", "float32", "float64")
_SELU_ALPHA = 1.6732632423543772
_SELU_SCALE = 1.0507009873554805

_core = table("core")
_math = table("math")
_unary = table("numpy.unary")
_binary = table("numpy.binary")
_reduction = table("numpy.reduction")
_manipulation = table("numpy.manipulation")


def _floating(x):
    x = _core.convert_to_tensor(x)
    if standardize_dtype(x.dtype) not in _FLOATS:
        return _core.cast(x, floatx())
    return x


def _clip(x, low, high):
    return _binary.minimum(_binary.maximum(x, low), high)


def _mask(condition, like):
    return _core.cast(condition, standardize_dtype(like.dtype))


def relu(x):
    return _binary.maximum(x, 0)


def relu6(x):
    return _clip(_floating(x), 0.0, 6.0)


def sigmoid(x):
    return _binary.divide(1.0, _binary.add(1.0, _unary.exp(_binary.multiply(x, -1.0))))


def sparse_sigmoid(x):
    return _binary.multiply(_binary.add(_clip(_floating(x), -1.0, 1.0), 1.0), 0.5)


def softplus(x):
    # max(x, 0) + log1p(exp(-|x|)) never overflows.
    x = _floating(x)
    tail = _unary.log1p(_unary.exp(_binary.multiply(_unary.abs(x), -1.0)))
    return _binary.add(_binary.maximum(x, 0.0), tail)


def softsign(x):
    x = _floating(x)
    return _binary.divide(x, _binary.add(_unary.abs(x), 1.0))


def soft_shrink(x, threshold=0.5):
    x = _floating(x)
    return _binary.subtract(x, _clip(x, -threshold, threshold))


def sparse_plus(x):
    x = _floating(x)
    inner = _clip(x, -1.0, 1.0)
    quadratic = _binary.multiply(_unary.square(_binary.add(inner, 1.0)), 0.25)
    # Above 1 the quadratic part is 1 and the linear part x - 1 makes up the rest.
    return _binary.add(quadratic, _binary.maximum(_binary.subtract(x, 1.0), 0.0))


def silu(x):
    x = _floating(x)
    return _binary.multiply(x, sigmoid(x))


def squareplus(x, b=4):
    x = _floating(x)
    root = _unary.sqrt(_binary.add(_unary.square(x), b))
    return _binary.multiply(_binary.add(x, root), 0.5)


def log_sigmoid(x):
    return _binary.multiply(softplus(_binary.multiply(_floating(x), -1.0)), -1.0)


def leaky_relu(x, negative_slope=0.2):
    x = _floating(x)
    negative = _binary.multiply(_binary.minimum(x, 0.0), negative_slope)
    return _binary.add(_binary.maximum(x, 0.0), negative)


def hard_sigmoid(x):
    return _clip(_binary.add(_binary.divide(_floating(x), 6.0), 0.5), 0.0, 1.0)


def hard_silu(x):
    x = _floating(x)
    return _binary.multiply(x, hard_sigmoid(x))


def hard_tanh(x):
    return _clip(_core.convert_to_tensor(x), -1, 1)


def hard_shrink(x, threshold=0.5):
    x = _floating(x)
    return _binary.multiply(x, _mask(_binary.greater(_unary.abs(x), threshold), x))


def tanh_shrink(x):
    x = _floating(x)
    return _binary.subtract(x, _unary.tanh(x))


def threshold(x, threshold, default_value):
    x = _core.convert_to_tensor(x)
    above = _binary.greater(x, threshold)
    shifted = _binary.multiply(_binary.subtract(x, default_value), _mask(above, x))
    return _binary.add(shifted, default_value)


def elu(x, alpha=1.0):
    x = _floating(x)
    negative = _binary.multiply(_unary.expm1(_binary.minimum(x, 0.0)), alpha)
    return _binary.add(_binary.maximum(x, 0.0), negative)


def selu(x):
    return _binary.multiply(elu(x, _SELU_ALPHA), _SELU_SCALE)


def celu(x, alpha=1.0):
    x = _floating(x)
    negative = _binary.multiply(_unary.expm1(_binary.divide(_binary.minimum(x, 0.0), alpha)), alpha)
    return _binary.add(_binary.maximum(x, 0.0), negative)


def gelu(x, approximate=True):
    x = _floating(x)
    if approximate:
        cubic = _binary.multiply(_binary.multiply(_unary.square(x), x), 0.044715)
        inner = _binary.multiply(_binary.add(x, cubic), math.sqrt(2.0 / math.pi))
        return _binary.multiply(_binary.multiply(x, 0.5), _binary.add(_unary.tanh(inner), 1.0))
    phi = _binary.add(_math.erf(_binary.multiply(x, 1.0 / math.sqrt(2.0))), 1.0)
    return _binary.multiply(_binary.multiply(x, 0.5), phi)


def glu(x, axis=-1):
    first, second = _manipulation.split(_floating(x), 2, axis=axis)
    return _binary.multiply(first, sigmoid(second))


def softmax(x, axis=-1):
    x = _floating(x)
    shifted = _binary.subtract(x, _reduction.max(x, axis=axis, keepdims=True))
    exps = _unary.exp(shifted)
    return _binary.divide(exps, _reduction.sum(exps, axis=axis, keepdims=True))


def log_softmax(x, axis=-1):
    x = _floating(x)
    shifted = _binary.subtract(x, _reduction.max(x, axis=axis, keepdims=True))
    log_total = _unary.log(_reduction.sum(_unary.exp(shifted), axis=axis, keepdims=True))
    return _binary.subtract(shifted, log_total)
