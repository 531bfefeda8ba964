"""Tensor conversion, casting, shapes, slicing and scattering on NumPy arrays.

Also home of the framework-free helpers other backends reuse (``saturation_bounds``,
``slice_window``).
"""

import builtins

import numpy as np

from keras_core.backend.conversion import (
    PYTHON_SCALARS,
    python_scalar_dtype,
    saturation_bounds,
    sequence_to_numpy,
    to_numpy_dtype,
)
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.slicing import slice_window


def operand_dtype(x):
    """The dtype ``x`` contributes to promotion; Python scalars are weak (their type)."""
    if type(x) in PYTHON_SCALARS:
        return type(x)
    return convert_to_tensor(x).dtype


def promoted(x1, x2, *extra_dtypes):
    """Both operands as arrays of Keras's result dtype."""
    dtype = to_numpy_dtype(result_type(operand_dtype(x1), operand_dtype(x2), *extra_dtypes))
    return np.asarray(x1, dtype=dtype), np.asarray(x2, dtype=dtype)


def convert_to_tensor(x, dtype=None, sparse=None, ragged=None):
    if sparse:
        raise ValueError(
            "convert_to_tensor: the numpy backend has no sparse tensors (sparse=True)."
        )
    if ragged:
        raise ValueError(
            "convert_to_tensor: the numpy backend has no ragged tensors (ragged=True)."
        )
    if dtype is not None:
        return np.asarray(x, dtype=to_numpy_dtype(dtype))
    if isinstance(x, (np.ndarray, np.generic)):
        return np.asarray(x)
    if type(x) in PYTHON_SCALARS:
        return np.asarray(x, dtype=to_numpy_dtype(python_scalar_dtype(x)))
    if isinstance(x, (list, tuple)):
        return sequence_to_numpy(x)
    return np.asarray(x)


def convert_to_numpy(x):
    return np.asarray(x)


def is_tensor(x):
    return isinstance(x, (np.ndarray, np.generic))


def cast(x, dtype):
    return np.asarray(x).astype(to_numpy_dtype(dtype), copy=False)


def shape(x):
    return np.shape(x)


def is_float(x) -> bool:
    return standardize_dtype(x.dtype) in ("bfloat16", "float16", "float32", "float64")


def saturate_cast(x, dtype):
    x = convert_to_tensor(x)
    target = to_numpy_dtype(dtype)
    bounds = saturation_bounds(x.dtype, target)
    if bounds is not None:
        x = np.clip(x, *bounds)
        if is_float(x) and np.issubdtype(target, np.integer):
            x = np.where(np.isnan(x), 0, x)
    return x.astype(target)


def _window_index(starts, sizes) -> tuple:
    return tuple(
        builtins.slice(start, start + size) for start, size in zip(starts, sizes, strict=True)
    )


def slice(inputs, start_indices, shape):
    inputs = convert_to_tensor(inputs)
    shape = tuple(int(size) for size in shape)
    starts = slice_window(inputs.shape, np.asarray(start_indices).tolist(), shape)
    return inputs[_window_index(starts, shape)]


def slice_update(inputs, start_indices, updates):
    inputs = convert_to_tensor(inputs)
    updates = convert_to_tensor(updates)
    starts = slice_window(inputs.shape, np.asarray(start_indices).tolist(), updates.shape)
    result = inputs.copy()
    result[_window_index(starts, updates.shape)] = updates
    return result


def _index_tuple(indices) -> tuple:
    indices = convert_to_tensor(indices)
    if indices.dtype.kind not in "iu":
        raise TypeError("scatter: indices must be integers.")
    return tuple(np.moveaxis(indices, -1, 0))


def scatter(indices, values, shape):
    values = convert_to_tensor(values)
    result = np.zeros(tuple(shape), dtype=values.dtype)
    np.add.at(result, _index_tuple(indices), values)
    return result


_SCATTER_REDUCTIONS = {
    "add": np.add,
    "max": np.maximum,
    "min": np.minimum,
    "mul": np.multiply,
}


def scatter_update(inputs, indices, updates, reduction=None):
    result = convert_to_tensor(inputs).copy()
    index = _index_tuple(indices)
    updates = convert_to_tensor(updates).astype(result.dtype, copy=False)
    if reduction is None:
        result[index] = updates
    else:
        _SCATTER_REDUCTIONS[reduction].at(result, index, updates)
    return result


def unstack(x, num=None, axis=0):
    x = convert_to_tensor(x)
    size = x.shape[axis]
    if num is not None and num != size:
        raise ValueError("unstack: num differs from the size of the axis.")
    return list(np.moveaxis(x, axis, 0))


def stop_gradient(variable):
    return convert_to_tensor(variable)


def custom_gradient(f):
    """NumPy has no gradients: the wrapped function returns ``f``'s output alone."""

    def forward_only(*args, **kwargs):
        output, _ = f(*args, **kwargs)
        return output

    return forward_only
