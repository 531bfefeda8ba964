"""Cases for the core ops: casting, slicing, scattering, unstacking."""

import numpy as np

from keras_core.testing.case import Arr, OpCase


def _saturated(x, dtype):
    if np.issubdtype(np.dtype(dtype), np.integer):
        info = np.iinfo(dtype)
        x = np.nan_to_num(x.astype("float64"), nan=0.0)
        return np.clip(x, info.min, info.max).astype(dtype)
    info = np.finfo(dtype)
    return np.clip(x, info.min, info.max).astype(dtype)


def _window(x, starts, sizes):
    """The window ``lax.dynamic_slice`` takes: negative starts from the end, then clamped."""
    index = []
    for dim, start, size in zip(x.shape, starts, sizes, strict=True):
        start = start + dim if start < 0 else start
        start = min(max(start, 0), dim - size)
        index.append(slice(start, start + size))
    return tuple(index)


def _slice(x, starts, sizes):
    return x[_window(x, starts, sizes)]


def _slice_update(x, starts, updates):
    result = x.copy()
    result[_window(x, starts, updates.shape)] = updates
    return result


def _scatter(indices, values, shape):
    result = np.zeros(shape, values.dtype)
    np.add.at(result, tuple(np.moveaxis(indices, -1, 0)), values)
    return result


_UFUNCS = {"add": np.add, "max": np.maximum, "min": np.minimum, "mul": np.multiply}


def _scatter_update(inputs, indices, updates, reduction=None):
    result = inputs.copy()
    index = tuple(np.moveaxis(indices, -1, 0))
    if reduction is None:
        result[index] = updates
    else:
        _UFUNCS[reduction].at(result, index, updates.astype(inputs.dtype))
    return result


def _unstack(x, num=None, axis=0):
    return list(np.moveaxis(x, axis, 0))


_SPECIAL = [-np.inf, -300.0, -1.7, -0.5, 0.0, 0.5, 1.7, 254.6, 300.0, np.inf, np.nan]

CASES = [
    OpCase("cast", (Arr((3, 4)), "int32"), reference=lambda x, d: x.astype(d), name="to-int"),
    OpCase("cast", (Arr((3,), "int8"), "float16"), reference=lambda x, d: x.astype(d)),
    OpCase(
        "convert_to_tensor",
        (Arr((2, 3), "uint8"),),
        reference=np.asarray,
        name="array",
    ),
    OpCase(
        "saturate_cast",
        (Arr((11,), values=_SPECIAL), "uint8"),
        reference=_saturated,
        name="float-to-uint8",
    ),
    OpCase(
        "saturate_cast",
        (Arr((2, 11), values=[_SPECIAL, _SPECIAL]), "int8"),
        reference=_saturated,
        name="float-to-int8",
    ),
    OpCase(
        "saturate_cast",
        (Arr((4, 3), "int32", -1000, 1000), "int8"),
        reference=_saturated,
        name="int32-to-int8",
    ),
    OpCase(
        "saturate_cast",
        (Arr((3,), "float32", values=[-1e6, 3.0, 1e6]), "float16"),
        reference=_saturated,
        name="float32-to-float16",
    ),
    OpCase(
        "saturate_cast",
        (Arr((2, 3), "int8", -100, 100), "float32"),
        reference=_saturated,
        name="widening",
    ),
    OpCase("saturate_cast", (Arr((0, 3)), "uint8"), reference=_saturated, name="empty"),
    OpCase("slice", (Arr((3, 4)), (1, 1), (2, 2)), reference=_slice),
    OpCase("slice", (Arr((3, 4), "int32", 0, 9), (2, 3), (2, 2)), reference=_slice, name="clamped"),
    OpCase("slice", (Arr((3, 4)), (-1, 0), (1, 4)), reference=_slice, name="negative-start"),
    OpCase("slice", (Arr((2, 3, 4), "bool"), (0, 1, 2), (2, 2, 2)), reference=_slice, name="bool"),
    OpCase("slice", (Arr((3, 4)), (1, 2), (0, 2)), reference=_slice, name="empty"),
    OpCase("slice_update", (Arr((3, 4)), (1, 1), Arr((2, 2))), reference=_slice_update),
    OpCase(
        "slice_update",
        (Arr((3, 4), "int32", 0, 9), (2, 3), Arr((2, 2), "int32", 10, 20)),
        reference=_slice_update,
        name="clamped",
    ),
    OpCase(
        "slice_update",
        (Arr((4, 4)), (-2, 0), Arr((1, 4), "int32", 0, 9)),
        reference=lambda x, s, u: _slice_update(x, s, u.astype(x.dtype)),
        name="cast-updates",
    ),
    OpCase(
        "scatter",
        (Arr((5, 1), "int32", values=[[0], [2], [2], [3], [0]]), Arr((5,)), (4,)),
        reference=_scatter,
        name="repeats-add",
    ),
    OpCase(
        "scatter",
        (Arr((2, 2), "int32", values=[[0, 1], [2, 2]]), Arr((2,), "int32", 1, 9), (3, 3)),
        reference=_scatter,
        name="int",
    ),
    OpCase(
        "scatter",
        (Arr((2, 1), "int64", values=[[2], [0]]), Arr((2, 3)), (3, 3)),
        reference=_scatter,
        name="rows",
    ),
    OpCase(
        "scatter_update",
        (Arr((3, 4)), Arr((2, 2), "int32", values=[[0, 1], [2, 3]]), Arr((2,))),
        reference=_scatter_update,
    ),
    OpCase(
        "scatter_update",
        (Arr((3, 4), "int32", 0, 9), Arr((1, 1), "int32", values=[[1]]), Arr((1, 4), "int32")),
        reference=_scatter_update,
        name="rows",
    ),
    *(
        OpCase(
            "scatter_update",
            (Arr((3, 4)), Arr((3, 2), "int32", values=[[0, 1], [2, 3], [0, 1]]), Arr((3,))),
            {"reduction": reduction},
            reference=_scatter_update,
            name=reduction,
        )
        for reduction in ("add", "max", "min", "mul")
    ),
    OpCase(
        "scatter_update",
        (
            Arr((4,), "int32", 1, 5),
            Arr((2, 1), "int32", values=[[1], [1]]),
            Arr((2,), "int32", 1, 5),
        ),
        {"reduction": "mul"},
        reference=_scatter_update,
        name="mul-int",
    ),
    OpCase("unstack", (Arr((3, 4)),), {"axis": 1}, reference=_unstack),
    OpCase("unstack", (Arr((3, 4)),), {"num": 3}, reference=_unstack, name="first-axis"),
    OpCase("unstack", (Arr((2, 3, 4), "int32"),), {"axis": -1}, reference=_unstack, name="last"),
    OpCase(
        "unstack", (Arr((2, 3), "bool"),), {"num": 3, "axis": 1}, reference=_unstack, name="num"
    ),
    OpCase("stop_gradient", (Arr((2, 3)),), reference=np.asarray),
    OpCase("stop_gradient", (Arr((4,), "int32"),), reference=np.asarray, name="int"),
]
