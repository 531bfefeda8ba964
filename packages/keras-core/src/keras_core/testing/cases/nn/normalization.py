"""Cases for moments and normalizations."""

import numpy as np

from keras_core.testing.case import Arr, OpCase

_X = Arr((2, 3, 4))
_FEATURES = Arr((4,), low=0.5, high=2.0)


def _moments(x, axes, keepdims=False):
    wide = x.astype(np.float64)
    dtype = x.dtype if np.issubdtype(x.dtype, np.floating) else np.float32
    mean = wide.mean(axis=tuple(axes) if isinstance(axes, list) else axes, keepdims=keepdims)
    variance = wide.var(axis=tuple(axes) if isinstance(axes, list) else axes, keepdims=keepdims)
    return mean.astype(dtype), variance.astype(dtype)


def _batch_normalization(x, mean, variance, axis, offset=None, scale=None, epsilon=1e-3):
    shape = [1] * x.ndim
    shape[axis] = -1

    def vector(value, default):
        return np.reshape(default if value is None else value, shape)

    normalized = (x - vector(mean, 0)) / np.sqrt(vector(variance, 1) + epsilon)
    return (normalized * vector(scale, 1) + vector(offset, 0)).astype(np.float32)


def _layer_normalization(x, gamma=None, beta=None, axis=-1, epsilon=1e-7):
    axis = tuple(axis) if isinstance(axis, (list, tuple)) else axis
    wide = x.astype(np.float64)
    normalized = (wide - wide.mean(axis=axis, keepdims=True)) / np.sqrt(
        wide.var(axis=axis, keepdims=True) + epsilon
    )
    if gamma is not None:
        normalized = normalized * gamma
    if beta is not None:
        normalized = normalized + beta
    return normalized.astype(x.dtype)


def _rms_normalization(x, scale=None, axis=-1, epsilon=1e-7):
    wide = x.astype(np.float64)
    normalized = wide / np.sqrt(np.mean(wide * wide, axis=axis, keepdims=True) + epsilon)
    return (normalized if scale is None else normalized * scale).astype(x.dtype)


def _normalize(x, axis=-1, order=2, epsilon=1e-7):
    x = x if np.issubdtype(x.dtype, np.floating) else x.astype(np.float32)
    axis = tuple(axis) if isinstance(axis, (list, tuple)) else axis
    norm = np.sum(np.abs(x) ** order, axis=axis, keepdims=True) ** (1 / order)
    return x / np.maximum(norm, epsilon)


CASES = [
    OpCase("moments", (_X, [0, 1]), reference=_moments),
    OpCase("moments", (_X, [-1]), {"keepdims": True}, reference=_moments, name="keepdims"),
    OpCase("moments", (Arr((3, 5), "int32", -9, 9), [0]), reference=_moments, name="int"),
    OpCase("moments", (Arr((4, 3), "float16"), [0]), reference=_moments, name="float16"),
    OpCase(
        "batch_normalization",
        (_X, Arr((4,)), _FEATURES, -1),
        reference=_batch_normalization,
    ),
    OpCase(
        "batch_normalization",
        (_X, Arr((3,)), Arr((3,), low=0.5, high=2.0), 1),
        {"offset": Arr((3,)), "scale": Arr((3,)), "epsilon": 0.1},
        reference=_batch_normalization,
        name="axis1-offset-scale",
    ),
    OpCase(
        "batch_normalization",
        (Arr((2, 4), "int32", -5, 5), Arr((4,)), _FEATURES, 1),
        reference=_batch_normalization,
        name="int",
    ),
    OpCase("layer_normalization", (_X,), reference=_layer_normalization),
    OpCase(
        "layer_normalization",
        (_X,),
        {"gamma": _FEATURES, "beta": Arr((4,)), "epsilon": 1e-3},
        reference=_layer_normalization,
        name="gamma-beta",
    ),
    OpCase(
        "layer_normalization",
        (_X,),
        {"axis": (1, 2)},
        reference=_layer_normalization,
        name="axes",
    ),
    OpCase(
        "layer_normalization",
        (Arr((3, 4), "float16"),),
        reference=_layer_normalization,
        name="float16",
    ),
    OpCase("rms_normalization", (_X,), reference=_rms_normalization),
    OpCase(
        "rms_normalization",
        (_X,),
        {"scale": _FEATURES, "epsilon": 1e-3},
        reference=_rms_normalization,
        name="scale",
    ),
    OpCase(
        "rms_normalization",
        (Arr((3, 4), "float16"),),
        {"axis": 0},
        reference=_rms_normalization,
        name="float16-axis0",
    ),
    OpCase("normalize", (_X,), reference=_normalize),
    OpCase("normalize", (_X,), {"axis": 0, "order": 1}, reference=_normalize, name="order1"),
    OpCase("normalize", (_X,), {"axis": (1, 2), "order": 3}, reference=_normalize, name="order3"),
    OpCase("normalize", (Arr((2, 3), "int32", -5, 5),), reference=_normalize, name="int"),
    OpCase("normalize", (Arr((0, 3)),), reference=_normalize, name="empty"),
]
