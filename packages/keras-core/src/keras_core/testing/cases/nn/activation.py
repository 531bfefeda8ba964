"""Cases for activation functions."""

import numpy as np

from keras_core.testing.case import Arr, OpCase


def _softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


CASES = [
    OpCase("relu", (Arr((3, 4)),), reference=lambda x: np.maximum(x, 0)),
    OpCase("relu", (Arr((5,), "int32", -5, 5),), reference=lambda x: np.maximum(x, 0), name="int"),
    OpCase("sigmoid", (Arr((3, 4), low=-6, high=6),), reference=lambda x: 1 / (1 + np.exp(-x))),
    OpCase("softmax", (Arr((3, 4)),), reference=_softmax),
    OpCase("softmax", (Arr((3, 4)),), {"axis": 0}, reference=_softmax, name="axis0"),
]
