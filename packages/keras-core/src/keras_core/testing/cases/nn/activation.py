"""Cases for activation functions."""

import math

import numpy as np

from keras_core.testing.case import Arr, OpCase

_X = Arr((3, 4), low=-3, high=3)
_INT = Arr((2, 5), "int32", -4, 4)
_HALF = Arr((2, 3), "float16", -3, 3)


def _softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def _log_softmax(x, axis=-1):
    shifted = x - x.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


def _float(x):
    return x if np.issubdtype(x.dtype, np.floating) else x.astype("float32")


def _sigmoid(x):
    return 1 / (1 + np.exp(-_float(x)))


def _elu(x, alpha=1.0):
    x = _float(x)
    return np.where(x > 0, x, alpha * (np.exp(x) - 1)).astype(x.dtype)


def _gelu(x, approximate=True):
    x = _float(x)
    if approximate:
        inner = math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)
        return 0.5 * x * (1 + np.tanh(inner))
    return 0.5 * x * (1 + np.vectorize(math.erf)(x / math.sqrt(2)))


def _sparsemax(x, axis=-1):
    """Sparsemax of each row by bisection on the threshold: an independent computation."""
    moved = np.moveaxis(x.astype(np.float64), axis, -1)
    low = moved.max(axis=-1, keepdims=True) - 1
    high = moved.max(axis=-1, keepdims=True)
    for _ in range(60):
        tau = (low + high) / 2
        too_much = np.maximum(moved - tau, 0).sum(axis=-1, keepdims=True) > 1
        low, high = np.where(too_much, tau, low), np.where(too_much, high, tau)
    return np.moveaxis(np.maximum(moved - (low + high) / 2, 0), -1, axis).astype(x.dtype)


def _elementwise(op, reference):
    """Float, int, float16 and empty cases of one element-wise activation."""

    def on_floats(x):
        return reference(_float(x))

    return [
        OpCase(op, (_X,), reference=on_floats),
        OpCase(op, (_INT,), reference=on_floats, name="int"),
        OpCase(op, (_HALF,), reference=on_floats, name="float16"),
        OpCase(op, (Arr((0, 3)),), reference=on_floats, name="empty"),
    ]


def _soft_shrink(x, threshold):
    return (np.sign(x) * np.maximum(np.abs(x) - threshold, 0)).astype(x.dtype)


def _softplus(x):
    return np.logaddexp(0, x).astype(x.dtype)


CASES = [
    OpCase("relu", (Arr((3, 4)),), reference=lambda x: np.maximum(x, 0)),
    OpCase("relu", (Arr((5,), "int32", -5, 5),), reference=lambda x: np.maximum(x, 0), name="int"),
    OpCase("sigmoid", (Arr((3, 4), low=-6, high=6),), reference=lambda x: 1 / (1 + np.exp(-x))),
    OpCase("softmax", (Arr((3, 4)),), reference=_softmax),
    OpCase("softmax", (Arr((3, 4)),), {"axis": 0}, reference=_softmax, name="axis0"),
    OpCase("softmax", (Arr((2, 3, 4)),), {"axis": (1, -1)}, reference=_softmax, name="axes"),
    OpCase("softmax", (_INT,), reference=lambda x: _softmax(_float(x)), name="int"),
    OpCase("log_softmax", (Arr((3, 4)),), reference=_log_softmax),
    OpCase("log_softmax", (Arr((2, 3, 4)),), {"axis": -2}, reference=_log_softmax, name="axis"),
    OpCase("log_softmax", (Arr((2, 3, 4)),), {"axis": (0, 2)}, reference=_log_softmax, name="axes"),
    OpCase("log_softmax", (_HALF,), reference=_log_softmax, name="float16"),
    OpCase("sparsemax", (Arr((3, 5)),), reference=_sparsemax),
    OpCase("sparsemax", (Arr((4, 3, 2)),), {"axis": 1}, reference=_sparsemax, name="axis"),
    OpCase("sparsemax", (_INT,), reference=lambda x: _sparsemax(_float(x)), name="int"),
    OpCase(
        "glu",
        (Arr((3, 4)),),
        reference=lambda x: np.split(x, 2, -1)[0] * _sigmoid(np.split(x, 2, -1)[1]),
    ),
    OpCase(
        "glu",
        (Arr((4, 3)),),
        {"axis": 0},
        reference=lambda x, axis: x[:2] * _sigmoid(x[2:]),
        name="axis0",
    ),
    OpCase("hard_tanh", (_X,), reference=lambda x: np.clip(x, -1, 1)),
    OpCase("hard_tanh", (_INT,), reference=lambda x: np.clip(x, -1, 1), name="int"),
    OpCase("hard_tanh", (Arr((5,), "bool"),), reference=lambda x: x.astype("int32"), name="bool"),
    OpCase("relu", (Arr((5,), "bool"),), reference=lambda x: x.astype("int32"), name="bool"),
    OpCase(
        "threshold",
        (_X, 0.5, -1.0),
        reference=lambda x, t, d: np.where(x > t, x, d).astype(x.dtype),
    ),
    OpCase(
        "threshold",
        (_INT, 1, 0),
        reference=lambda x, t, d: np.where(x > t, x, d).astype(x.dtype),
        name="int",
    ),
    OpCase(
        "threshold",
        (_INT, 0.5, 9.5),
        reference=lambda x, t, d: np.where(x > t, x, d).astype("float32"),
        name="int-float-values",
    ),
    *_elementwise("relu6", lambda x: np.clip(x, 0, 6)),
    *_elementwise("sparse_sigmoid", lambda x: np.clip((x + 1) / 2, 0, 1)),
    *_elementwise("softplus", _softplus),
    *_elementwise("softsign", lambda x: x / (1 + np.abs(x))),
    *_elementwise("soft_shrink", lambda x: _soft_shrink(x, 0.5)),
    *_elementwise(
        "sparse_plus",
        lambda x: np.where(x <= -1, 0, np.where(x >= 1, x, (x + 1) ** 2 / 4)).astype(x.dtype),
    ),
    *_elementwise("silu", lambda x: x * _sigmoid(x)),
    *_elementwise("swish", lambda x: x * _sigmoid(x)),
    *_elementwise("squareplus", lambda x: (x + np.sqrt(x * x + 4)) / 2),
    *_elementwise("log_sigmoid", lambda x: -_softplus(-x)),
    *_elementwise("leaky_relu", lambda x: np.where(x > 0, x, 0.2 * x).astype(x.dtype)),
    *_elementwise("hard_sigmoid", lambda x: np.clip(x / 6 + 0.5, 0, 1)),
    *_elementwise("hard_silu", lambda x: x * np.clip(x / 6 + 0.5, 0, 1)),
    *_elementwise("hard_swish", lambda x: x * np.clip(x / 6 + 0.5, 0, 1)),
    *_elementwise("hard_shrink", lambda x: np.where(np.abs(x) > 0.5, x, 0).astype(x.dtype)),
    *_elementwise("tanh_shrink", lambda x: x - np.tanh(x)),
    *_elementwise("elu", _elu),
    *_elementwise("selu", lambda x: 1.0507009873554805 * _elu(x, 1.6732632423543772)),
    *_elementwise("celu", lambda x: np.maximum(x, 0) + np.minimum(0, np.exp(x) - 1)),
    *_elementwise("gelu", _gelu),
]

CASES += [
    OpCase(
        "leaky_relu",
        (_X,),
        {"negative_slope": 0.5},
        reference=lambda x, negative_slope: np.where(x > 0, x, negative_slope * x),
        name="slope",
    ),
    OpCase(
        "hard_shrink",
        (_X,),
        {"threshold": 1.0},
        reference=lambda x, threshold: np.where(np.abs(x) > threshold, x, 0).astype(x.dtype),
        name="threshold",
    ),
    OpCase("elu", (_X,), {"alpha": 0.5}, reference=lambda x, alpha: _elu(x, alpha), name="alpha"),
    OpCase(
        "celu",
        (_X,),
        {"alpha": 2.0},
        reference=lambda x, alpha: (
            np.maximum(x, 0) + np.minimum(0, alpha * (np.exp(x / alpha) - 1))
        ),
        name="alpha",
    ),
    OpCase("soft_shrink", (_X,), {"threshold": 1.5}, reference=_soft_shrink, name="threshold"),
    OpCase(
        "squareplus", (_X,), {"b": 1}, reference=lambda x, b: (x + np.sqrt(x * x + b)) / 2, name="b"
    ),
    OpCase("gelu", (_X,), {"approximate": False}, reference=_gelu, name="exact"),
    OpCase("gelu", (_INT,), {"approximate": False}, reference=_gelu, name="exact-int"),
]
