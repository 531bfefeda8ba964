"""Indexing, gathering and selecting by condition on NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import result_type
from keras_core.backend.numpy.core import convert_to_tensor, operand_dtype, to_numpy_dtype


def _checked_axis(axis: int, ndim: int) -> int:
    if not -ndim <= axis < ndim:
        # The public op's output rule turns this into the full error message.
        raise ValueError(f"axis {axis} is out of range for rank {ndim}")
    return axis % ndim


def _index(item):
    if isinstance(item, (list, np.ndarray)):
        return np.asarray(item)
    return item


def get_item(x, key):
    x = convert_to_tensor(x)
    key = tuple(map(_index, key)) if isinstance(key, tuple) else _index(key)
    return np.asarray(x[key])


def take(x, indices, axis=None):
    return np.take(convert_to_tensor(x), convert_to_tensor(indices), axis=axis)


def take_along_axis(x, indices, axis=None):
    x, indices = convert_to_tensor(x), convert_to_tensor(indices)
    if axis is not None:
        axis = _checked_axis(axis, x.ndim)
        x_shape, index_shape = list(x.shape), list(indices.shape)
        x_shape[axis] = index_shape[axis] = 1
        batch = np.broadcast_shapes(tuple(x_shape), tuple(index_shape))
        x = np.broadcast_to(x, (*batch[:axis], x.shape[axis], *batch[axis + 1 :]))
        indices = np.broadcast_to(indices, (*batch[:axis], indices.shape[axis], *batch[axis + 1 :]))
    return np.take_along_axis(x, indices, axis=axis)


def where(condition, x1, x2):
    dtype = to_numpy_dtype(result_type(operand_dtype(x1), operand_dtype(x2)))
    return np.where(condition, x1, x2).astype(dtype, copy=False)


def nonzero(x):
    return tuple(i.astype("int32") for i in np.nonzero(convert_to_tensor(x)))


def isin(x1, x2, assume_unique=False, invert=False):
    return np.isin(convert_to_tensor(x1), convert_to_tensor(x2), assume_unique, invert)


def diagonal(x, offset=0, axis1=0, axis2=1):
    return np.diagonal(convert_to_tensor(x), offset, axis1, axis2)


def unravel_index(indices, shape):
    indices = convert_to_tensor(indices)
    return tuple(i.astype(indices.dtype) for i in np.unravel_index(indices, shape))


def vectorize(pyfunc, *, excluded=None, signature=None):
    return np.vectorize(pyfunc, excluded=excluded, signature=signature)
