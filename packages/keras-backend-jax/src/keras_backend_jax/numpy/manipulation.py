"""Reshaping, joining, flipping and padding on jax.Array."""

import itertools

import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor, to_jax_dtype
from keras_core.backend.dtypes import result_type


def _promoted_all(xs):
    arrays = [convert_to_tensor(x) for x in xs]
    dtype = to_jax_dtype(result_type(*(a.dtype for a in arrays)))
    return [a.astype(dtype) for a in arrays]


def reshape(x, newshape):
    return jnp.reshape(convert_to_tensor(x), newshape)


def transpose(x, axes=None):
    return jnp.transpose(convert_to_tensor(x), axes)


def concatenate(xs, axis=0):
    return jnp.concatenate(_promoted_all(xs), axis=axis)


def broadcast_to(x, shape):
    return jnp.broadcast_to(convert_to_tensor(x), shape)


def copy(x):
    return jnp.array(convert_to_tensor(x), copy=True)


def expand_dims(x, axis):
    return jnp.expand_dims(convert_to_tensor(x), axis)


def squeeze(x, axis=None):
    return jnp.squeeze(convert_to_tensor(x), axis=axis)


def ravel(x):
    return jnp.ravel(convert_to_tensor(x))


def flip(x, axis=None):
    return jnp.flip(convert_to_tensor(x), axis=axis)


def roll(x, shift, axis=None):
    return jnp.roll(convert_to_tensor(x), shift, axis=axis)


def repeat(x, repeats, axis=None):
    if isinstance(repeats, (list, tuple)):
        repeats = jnp.asarray(repeats)
    return jnp.repeat(convert_to_tensor(x), repeats, axis=axis)


def tile(x, repeats):
    return jnp.tile(convert_to_tensor(x), repeats)


def pad(x, pad_width, mode="constant", constant_values=None):
    if constant_values is not None and mode != "constant":
        raise ValueError(f"constant_values needs mode='constant', received mode={mode!r}")
    x = convert_to_tensor(x)
    if mode == "constant":
        fill = 0 if constant_values is None else constant_values
        return jnp.pad(x, pad_width, mode, constant_values=fill)
    return jnp.pad(x, pad_width, mode)


def stack(x, axis=0):
    return jnp.stack(_promoted_all(x), axis=axis)


def view(x, dtype=None):
    x = convert_to_tensor(x)
    return x if dtype is None else x.view(to_jax_dtype(dtype))


def array_split(x, indices_or_sections, axis=0):
    x = convert_to_tensor(x)
    if isinstance(indices_or_sections, int):
        return jnp.array_split(x, indices_or_sections, axis=axis)
    # Python slicing keeps NumPy's meaning of negative and decreasing split points.
    cuts = [0, *(int(i) for i in indices_or_sections), None]
    lead = (slice(None),) * (axis % x.ndim)
    return [x[(*lead, slice(a, b))] for a, b in itertools.pairwise(cuts)]
