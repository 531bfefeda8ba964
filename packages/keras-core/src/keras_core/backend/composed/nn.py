"""Compositions for the ``nn`` namespace."""

from keras_core.backend import dispatch


def relu(x):
    return dispatch.numpy.maximum(x, 0)


def sigmoid(x):
    numpy = dispatch.numpy
    return numpy.divide(1.0, numpy.add(1.0, numpy.exp(numpy.multiply(x, -1.0))))


def softmax(x, axis=-1):
    numpy = dispatch.numpy
    x = dispatch.core.convert_to_tensor(x)
    shifted = numpy.subtract(x, numpy.max(x, axis=axis, keepdims=True))
    exps = numpy.exp(shifted)
    return numpy.divide(exps, numpy.sum(exps, axis=axis, keepdims=True))
