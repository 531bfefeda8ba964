"""Activation functions on NumPy arrays."""

import math

import numpy as np

from keras_core.backend.dtypes import result_type
from keras_core.backend.numpy.core import convert_to_tensor, operand_dtype, to_numpy_dtype
from keras_core.backend.settings import floatx

_SELU_ALPHA = 1.6732632423543772
_SELU_SCALE = 1.0507009873554805


def _floating(x):
    x = convert_to_tensor(x)
    if not np.issubdtype(x.dtype, np.floating):
        return x.astype(floatx())
    return x


def _typed(value, like):
    """``value`` in the dtype of ``like``, so that NumPy keeps float16 float16."""
    return np.asarray(value, dtype=like.dtype)


def relu(x):
    x = convert_to_tensor(x)
    if x.dtype == np.bool_:
        x = x.astype("int32")
    return np.maximum(x, _typed(0, x))


def relu6(x):
    x = _floating(x)
    return np.clip(x, _typed(0, x), _typed(6, x))


def sigmoid(x):
    x = _floating(x)
    one = _typed(1, x)
    return one / (one + np.exp(-x))


def sparse_sigmoid(x):
    x = _floating(x)
    return (np.clip(x, _typed(-1, x), _typed(1, x)) + _typed(1, x)) * _typed(0.5, x)


def softplus(x):
    x = _floating(x)
    return np.logaddexp(_typed(0, x), x)


def softsign(x):
    x = _floating(x)
    return x / (np.abs(x) + _typed(1, x))


def soft_shrink(x, threshold=0.5):
    x = _floating(x)
    limit = _typed(threshold, x)
    return x - np.clip(x, -limit, limit)


def sparse_plus(x):
    x = _floating(x)
    quadratic = np.square(x + _typed(1, x)) * _typed(0.25, x)
    return np.where(x <= -1, _typed(0, x), np.where(x >= 1, x, quadratic))


def silu(x):
    x = _floating(x)
    return x * sigmoid(x)


def squareplus(x, b=4):
    x = _floating(x)
    return (x + np.sqrt(np.square(x) + _typed(b, x))) * _typed(0.5, x)


def log_sigmoid(x):
    x = _floating(x)
    return -np.logaddexp(_typed(0, x), -x)


def leaky_relu(x, negative_slope=0.2):
    x = _floating(x)
    return np.where(x >= 0, x, x * _typed(negative_slope, x))


def hard_sigmoid(x):
    x = _floating(x)
    return np.clip(x / _typed(6, x) + _typed(0.5, x), _typed(0, x), _typed(1, x))


def hard_silu(x):
    x = _floating(x)
    return x * hard_sigmoid(x)


def hard_tanh(x):
    x = convert_to_tensor(x)
    if x.dtype == np.bool_:
        x = x.astype("int32")
    return np.clip(x, _typed(-1, x), _typed(1, x))


def hard_shrink(x, threshold=0.5):
    x = _floating(x)
    return np.where(np.abs(x) > threshold, x, _typed(0, x))


def tanh_shrink(x):
    x = _floating(x)
    return x - np.tanh(x)


def threshold(x, threshold, default_value):
    dtype = result_type(operand_dtype(x), operand_dtype(threshold), operand_dtype(default_value))
    x = convert_to_tensor(x, dtype)
    return np.where(x > threshold, x, np.asarray(default_value, dtype=to_numpy_dtype(dtype)))


def elu(x, alpha=1.0):
    x = _floating(x)
    return np.where(x > 0, x, _typed(alpha, x) * np.expm1(np.minimum(x, _typed(0, x))))


def selu(x):
    return elu(x, _SELU_ALPHA) * _typed(_SELU_SCALE, _floating(x))


def celu(x, alpha=1.0):
    x = _floating(x)
    alpha = _typed(alpha, x)
    return np.maximum(x, _typed(0, x)) + np.minimum(_typed(0, x), alpha * np.expm1(x / alpha))


def _erf(x):
    # NumPy has no erf; math.erf is exact to double precision.
    return np.vectorize(math.erf, otypes=[np.float64])(x).astype(x.dtype)


def gelu(x, approximate=True):
    x = _floating(x)
    if approximate:
        inner = math.sqrt(2 / math.pi) * (x + 0.044715 * x.astype(np.float64) ** 3)
        return (0.5 * x * (1 + np.tanh(inner))).astype(x.dtype)
    wide = x.astype(np.float64)
    return (0.5 * wide * (1 + _erf(wide / math.sqrt(2)))).astype(x.dtype)


def glu(x, axis=-1):
    first, second = np.split(_floating(x), 2, axis=axis)
    return first * sigmoid(second)


def softmax(x, axis=-1):
    x = _floating(x)
    exps = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return exps / np.sum(exps, axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    x = _floating(x)
    shifted = x - np.max(x, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def sparsemax(x, axis=-1):
    x = _floating(x)
    moved = np.moveaxis(x, axis, -1)
    ordered = -np.sort(-moved, axis=-1)
    ranks = np.arange(1, moved.shape[-1] + 1, dtype=x.dtype)
    cumulative = np.cumsum(ordered, axis=-1)
    in_support = ordered * ranks > cumulative - 1
    support = np.sum(in_support, axis=-1, keepdims=True)
    chosen = np.take_along_axis(cumulative, np.maximum(support - 1, 0), axis=-1)
    tau = (chosen - 1) / support.astype(x.dtype)
    return np.moveaxis(np.maximum(moved - tau, 0).astype(x.dtype), -1, axis)
