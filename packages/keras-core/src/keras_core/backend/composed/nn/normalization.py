"""``nn.normalization``: moments and normalizations, composed from reductions."""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.settings import floatx

REQUIRED = ()

_FLOATS = ("bfloat16", "float16", "float32", "float64")

_core = table("core")
_unary = table("numpy.unary")
_binary = table("numpy.binary")
_reduction = table("numpy.reduction")
_manipulation = table("numpy.manipulation")


def _dtype(x):
    return standardize_dtype(x.dtype)


def _computation_dtype(dtype):
    """Half-precision statistics accumulate in float32; integers become floatx."""
    if dtype in ("float16", "bfloat16"):
        return "float32"
    return dtype if dtype in _FLOATS else floatx()


def _feature_vector(value, x, axis):
    """A per-feature vector shaped to broadcast along ``axis`` of ``x``."""
    shape = [1] * len(_core.shape(x))
    shape[axis] = -1
    return _manipulation.reshape(_core.convert_to_tensor(value), tuple(shape))


def moments(x, axes, keepdims=False):
    x = _core.convert_to_tensor(x)
    dtype = _dtype(x)
    wide = _core.cast(x, _computation_dtype(dtype))
    mean = _reduction.mean(wide, axis=axes, keepdims=True)
    variance = _reduction.mean(
        _unary.square(_binary.subtract(wide, mean)), axis=axes, keepdims=keepdims
    )
    if not keepdims:
        mean = _reduction.mean(wide, axis=axes, keepdims=False)
    result = dtype if dtype in _FLOATS else floatx()
    return _core.cast(mean, result), _core.cast(variance, result)


def batch_normalization(x, mean, variance, axis, offset=None, scale=None, epsilon=1e-3):
    x = _core.convert_to_tensor(x)
    values = [v for v in (x, mean, variance, offset, scale) if v is not None]
    dtype = _computation_dtype(result_type(*(_dtype(_core.convert_to_tensor(v)) for v in values)))
    axis = axis % len(_core.shape(x))

    def vector(value):
        return _core.cast(_feature_vector(value, x, axis), dtype)

    inverse = _binary.divide(1.0, _unary.sqrt(_binary.add(vector(variance), epsilon)))
    if scale is not None:
        inverse = _binary.multiply(inverse, vector(scale))
    result = _binary.multiply(_binary.subtract(_core.cast(x, dtype), vector(mean)), inverse)
    if offset is not None:
        result = _binary.add(result, vector(offset))
    return result


def layer_normalization(x, gamma=None, beta=None, axis=-1, epsilon=1e-7, rms_scaling=False):
    x = _core.convert_to_tensor(x)
    dtype = _dtype(x)
    wide = _core.cast(x, _computation_dtype(dtype))
    mean, variance = moments(wide, axis, keepdims=True)
    inverse = _binary.divide(1.0, _unary.sqrt(_binary.add(variance, epsilon)))
    result = _binary.multiply(wide if rms_scaling else _binary.subtract(wide, mean), inverse)
    if gamma is not None:
        result = _binary.multiply(result, _core.cast(gamma, _dtype(wide)))
    if beta is not None and not rms_scaling:
        result = _binary.add(result, _core.cast(beta, _dtype(wide)))
    return _core.cast(result, dtype)


def rms_normalization(x, scale=None, axis=-1, epsilon=1e-7):
    x = _core.convert_to_tensor(x)
    dtype = _dtype(x)
    wide = _core.cast(x, _computation_dtype(dtype))
    mean_square = _reduction.mean(_unary.square(wide), axis=axis, keepdims=True)
    result = _binary.divide(wide, _unary.sqrt(_binary.add(mean_square, epsilon)))
    if scale is not None:
        result = _binary.multiply(result, _core.cast(scale, _dtype(wide)))
    return _core.cast(result, dtype)


def normalize(x, axis=-1, order=2, epsilon=1e-7):
    x = _core.convert_to_tensor(x)
    if _dtype(x) not in _FLOATS:
        x = _core.cast(x, floatx())
    magnitude = _unary.abs(x)
    if order == 1:
        norm = _reduction.sum(magnitude, axis=axis, keepdims=True)
    elif order == 2:
        norm = _unary.sqrt(_reduction.sum(_unary.square(x), axis=axis, keepdims=True))
    else:
        powered = _reduction.sum(_binary.power(magnitude, order), axis=axis, keepdims=True)
        norm = _binary.power(powered, 1.0 / order)
    return _binary.divide(x, _binary.maximum(norm, epsilon))
