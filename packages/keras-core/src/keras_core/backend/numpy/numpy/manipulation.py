"""Reshaping, joining, flipping and padding on NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import result_type
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype


def _promoted_all(xs):
    arrays = [convert_to_tensor(x) for x in xs]
    dtype = to_numpy_dtype(result_type(*(a.dtype for a in arrays)))
    return [a.astype(dtype, copy=False) for a in arrays]


def reshape(x, newshape):
    return np.reshape(x, newshape)


def transpose(x, axes=None):
    return np.transpose(x, axes)


def concatenate(xs, axis=0):
    return np.concatenate(_promoted_all(xs), axis=axis)


def broadcast_to(x, shape):
    return np.broadcast_to(convert_to_tensor(x), shape)


def copy(x):
    return np.array(convert_to_tensor(x), copy=True)


def expand_dims(x, axis):
    return np.expand_dims(convert_to_tensor(x), axis)


def squeeze(x, axis=None):
    return np.squeeze(convert_to_tensor(x), axis=axis)


def ravel(x):
    return np.ravel(convert_to_tensor(x))


def flip(x, axis=None):
    return np.flip(convert_to_tensor(x), axis=axis)


def roll(x, shift, axis=None):
    return np.roll(convert_to_tensor(x), shift, axis=axis)


def repeat(x, repeats, axis=None):
    return np.repeat(convert_to_tensor(x), repeats, axis=axis)


def tile(x, repeats):
    return np.tile(convert_to_tensor(x), repeats)


def pad(x, pad_width, mode="constant", constant_values=None):
    if constant_values is not None and mode != "constant":
        raise ValueError(f"constant_values needs mode='constant', received mode={mode!r}")
    x = convert_to_tensor(x)
    if mode == "constant":
        return np.pad(
            x, pad_width, mode, constant_values=0 if constant_values is None else constant_values
        )
    return np.pad(x, pad_width, mode)


def stack(x, axis=0):
    return np.stack(_promoted_all(x), axis=axis)


def view(x, dtype=None):
    x = convert_to_tensor(x)
    return x if dtype is None else x.view(to_numpy_dtype(dtype))


def split(x, indices_or_sections, axis=0):
    return np.split(convert_to_tensor(x), indices_or_sections, axis=axis)


def array_split(x, indices_or_sections, axis=0):
    return np.array_split(convert_to_tensor(x), indices_or_sections, axis=axis)
