"""``nn.encoding``: ``one_hot`` is required; ``multi_hot`` and ``polar`` are composed."""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import standardize_dtype
from keras_core.backend.settings import floatx

REQUIRED = ("one_hot",)

_core = table("core")
_encoding = table("nn.encoding")
_unary = table("numpy.unary")
_binary = table("numpy.binary")
_reduction = table("numpy.reduction")


def multi_hot(inputs, num_classes, axis=-1, dtype=None):
    inputs = _core.convert_to_tensor(inputs)
    rank = len(_core.shape(inputs))
    # With the class axis inserted before it, the last input axis (the one a sample's
    # classes lie along) ends up last, at `rank`.
    encoded = _encoding.one_hot(inputs, num_classes, axis=axis % rank, dtype=dtype)
    return _reduction.max(encoded, axis=rank)


def polar(abs_, angle):
    abs_, angle = _core.convert_to_tensor(abs_), _core.convert_to_tensor(angle)
    if standardize_dtype(abs_.dtype) not in ("float32", "float64"):
        abs_ = _core.cast(abs_, floatx())
    real = _binary.multiply(abs_, _unary.cos(angle))
    imaginary = _binary.multiply(abs_, _unary.sin(angle))
    return _binary.add(real, _binary.multiply(imaginary, 1j))
