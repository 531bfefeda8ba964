"""``nn.loss``: cross-entropies and PSNR composed from element-wise ops; CTC is required."""

import math

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.settings import floatx

REQUIRED = ("ctc_loss", "ctc_decode")

_FLOATS = ("bfloat16", "float16", "float32", "float64")

_core = table("core")
_activation = table("nn.activation")
_encoding = table("nn.encoding")
_unary = table("numpy.unary")
_binary = table("numpy.binary")
_reduction = table("numpy.reduction")
_manipulation = table("numpy.manipulation")


def _as_floats(*tensors):
    tensors = [_core.convert_to_tensor(t) for t in tensors]
    dtype = result_type(*(standardize_dtype(t.dtype) for t in tensors))
    dtype = dtype if dtype in _FLOATS else floatx()
    return [_core.cast(t, dtype) for t in tensors]


def _clip(x, low, high):
    return _binary.minimum(_binary.maximum(x, low), high)


def binary_crossentropy(target, output, from_logits=False, epsilon=1e-7):
    target, output = _as_floats(target, output)
    if from_logits:
        # max(x, 0) - x * z + log(1 + exp(-|x|)) is the stable form of the sigmoid loss.
        tail = _unary.log1p(_unary.exp(_binary.multiply(_unary.abs(output), -1.0)))
        linear = _binary.subtract(_binary.maximum(output, 0.0), _binary.multiply(output, target))
        return _binary.add(linear, tail)
    output = _clip(output, epsilon, 1.0 - epsilon)
    positive = _binary.multiply(target, _unary.log(output))
    negative = _binary.multiply(
        _binary.subtract(1.0, target), _unary.log(_binary.subtract(1.0, output))
    )
    return _binary.multiply(_binary.add(positive, negative), -1.0)


def categorical_crossentropy(target, output, from_logits=False, axis=-1, epsilon=1e-7):
    target, output = _as_floats(target, output)
    if from_logits:
        log_probabilities = _activation.log_softmax(output, axis=axis)
    else:
        output = _binary.divide(output, _reduction.sum(output, axis=axis, keepdims=True))
        log_probabilities = _unary.log(_clip(output, epsilon, 1.0 - epsilon))
    total = _reduction.sum(_binary.multiply(target, log_probabilities), axis=axis)
    return _binary.multiply(total, -1.0)


def sparse_categorical_crossentropy(target, output, from_logits=False, axis=-1, epsilon=1e-7):
    target, output = _core.convert_to_tensor(target), _core.convert_to_tensor(output)
    target_shape, output_shape = _core.shape(target), _core.shape(output)
    if len(target_shape) == len(output_shape) and target_shape[-1] == 1:
        target = _manipulation.squeeze(target, axis=-1)
    classes = output_shape[axis]
    one_hot = _encoding.one_hot(target, classes, axis=axis, dtype=standardize_dtype(output.dtype))
    return categorical_crossentropy(one_hot, output, from_logits, axis, epsilon)


def psnr(x1, x2, max_val):
    x1, x2 = _as_floats(x1, x2)
    error = _reduction.mean(_unary.square(_binary.subtract(x1, x2)))
    peak = 20.0 * math.log10(max_val)
    return _binary.subtract(peak, _binary.multiply(_unary.log10(error), 10.0))
