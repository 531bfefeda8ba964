"""``nn.activation``: activation functions, composed from element-wise ops by default."""

from keras_core.backend.dispatch import table

REQUIRED = ()

_core = table("core")
_unary = table("numpy.unary")
_binary = table("numpy.binary")
_reduction = table("numpy.reduction")


def relu(x):
    return _binary.maximum(x, 0)


def sigmoid(x):
    return _binary.divide(1.0, _binary.add(1.0, _unary.exp(_binary.multiply(x, -1.0))))


def softmax(x, axis=-1):
    x = _core.convert_to_tensor(x)
    shifted = _binary.subtract(x, _reduction.max(x, axis=axis, keepdims=True))
    exps = _unary.exp(shifted)
    return _binary.divide(exps, _reduction.sum(exps, axis=axis, keepdims=True))
