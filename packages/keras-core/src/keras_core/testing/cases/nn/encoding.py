"""Cases for one-hot, multi-hot and polar encodings."""

import numpy as np

from keras_core.testing.case import Arr, OpCase


def _one_hot(x, num_classes, axis=-1, dtype="float32"):
    encoded = np.zeros((*x.shape, num_classes), dtype=dtype)
    for index in np.ndindex(*x.shape):
        if 0 <= x[index] < num_classes:
            encoded[(*index, int(x[index]))] = 1
    return np.moveaxis(encoded, -1, axis)


def _multi_hot(x, num_classes, axis=-1, dtype="float32"):
    samples = x.reshape(-1, x.shape[-1])
    encoded = np.zeros((len(samples), num_classes), dtype=dtype)
    for row, sample in enumerate(samples):
        encoded[row, sample[(sample >= 0) & (sample < num_classes)]] = 1
    return np.moveaxis(encoded.reshape(*x.shape[:-1], num_classes), -1, axis)


def _polar(abs_, angle):
    dtype = np.complex128 if np.float64 in (abs_.dtype, angle.dtype) else np.complex64
    return (abs_ * np.cos(angle) + 1j * abs_ * np.sin(angle)).astype(dtype)


_LABELS = Arr((2, 3), "int32", -1, 5)

CASES = [
    OpCase("one_hot", (_LABELS, 4), reference=_one_hot),
    OpCase("one_hot", (_LABELS, 4), {"axis": 0}, reference=_one_hot, name="axis0"),
    OpCase("one_hot", (_LABELS, 4), {"axis": 1}, reference=_one_hot, name="axis1"),
    OpCase(
        "one_hot",
        (Arr((5,), "int64", 0, 3), 3),
        {"dtype": "int32"},
        reference=_one_hot,
        name="int32",
    ),
    OpCase("one_hot", (Arr((0,), "int32", 0, 3), 3), reference=_one_hot, name="empty"),
    OpCase(
        "one_hot",
        (Arr((3,), "float32", values=[0.0, 2.0, 1.0]), 3),
        reference=_one_hot,
        name="float-indices",
    ),
    OpCase("multi_hot", (_LABELS, 4), reference=_multi_hot),
    OpCase("multi_hot", (Arr((4,), "int32", 0, 5), 5), reference=_multi_hot, name="rank1"),
    OpCase("multi_hot", (_LABELS, 4), {"axis": 0}, reference=_multi_hot, name="axis0"),
    OpCase(
        "multi_hot",
        (Arr((2, 2, 3), "int32", 0, 4), 4),
        {"dtype": "bool"},
        reference=_multi_hot,
        name="rank3-bool",
    ),
    OpCase("polar", (Arr((2, 3), low=0, high=3), Arr((2, 3), low=-3, high=3)), reference=_polar),
    OpCase(
        "polar",
        (Arr((2, 3), low=0, high=3), Arr((3,), low=-3, high=3)),
        reference=_polar,
        name="broadcast",
    ),
]
