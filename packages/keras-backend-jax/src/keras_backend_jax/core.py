"""Tensor conversion, casting, shapes, slicing, scattering and gradients on ``jax.Array``."""

import jax
import jax.numpy as jnp
import numpy as np

from keras_core.backend.conversion import (
    PYTHON_SCALARS,
    python_scalar_dtype,
    saturation_bounds,
    sequence_to_numpy,
)
from keras_core.backend.dtypes import standardize_dtype
from keras_core.backend.variables import Variable

_Array = jax.Array


def to_jax_dtype(dtype):
    # Without jax_enable_x64, 64-bit dtypes are stored in 32 bits; say so up front rather
    # than letting every jnp call warn about the truncation.
    return jax.dtypes.canonicalize_dtype(standardize_dtype(dtype))


def convert_to_tensor(x, dtype=None, sparse=None, ragged=None):
    if isinstance(x, Variable):
        x = x.value
    if ragged:
        raise ValueError("convert_to_tensor: the jax backend has no ragged tensors (ragged=True).")
    if dtype is not None:
        dtype = to_jax_dtype(dtype)
        if isinstance(x, _Array) and x.dtype == dtype:
            return x
        if isinstance(x, (list, tuple)):
            x = sequence_to_numpy(x)
        return jnp.asarray(x, dtype=dtype)
    if isinstance(x, _Array):
        return x
    if type(x) in PYTHON_SCALARS:
        return jnp.asarray(x, dtype=python_scalar_dtype(x))
    if isinstance(x, (list, tuple)):
        return jnp.asarray(sequence_to_numpy(x))
    return jnp.asarray(x)


def convert_to_numpy(x):
    return np.asarray(x)


def is_tensor(x):
    return isinstance(x, _Array)


def cast(x, dtype):
    return convert_to_tensor(x, dtype=dtype)


def shape(x):
    return jnp.shape(x)


def is_float(x) -> bool:
    return jnp.issubdtype(x.dtype, jnp.floating)


def saturate_cast(x, dtype):
    x = convert_to_tensor(x)
    target = to_jax_dtype(dtype)
    bounds = saturation_bounds(x.dtype, target)
    if bounds is not None:
        x = jnp.clip(x, *bounds)
        if is_float(x) and jnp.issubdtype(target, jnp.integer):
            x = jnp.where(jnp.isnan(x), 0, x)
    return x.astype(target)


def _checked_sizes(x, sizes) -> tuple:
    sizes = tuple(int(size) for size in sizes)
    # lax would accept sizes that do not fit and give a wrong-shaped result.
    if len(sizes) != x.ndim or any(not 0 <= s <= d for s, d in zip(sizes, x.shape, strict=True)):
        raise ValueError("slice: the window does not fit the input.")
    return sizes


def _start_list(start_indices, rank) -> list:
    if isinstance(start_indices, (list, tuple)):
        starts = list(start_indices)
    else:
        starts = list(jnp.asarray(start_indices))
    if len(starts) != rank:
        raise ValueError("slice: start_indices must have one entry per dimension.")
    return starts


def slice(inputs, start_indices, shape):
    inputs = convert_to_tensor(inputs)
    sizes = _checked_sizes(inputs, shape)
    return jax.lax.dynamic_slice(inputs, _start_list(start_indices, inputs.ndim), sizes)


def slice_update(inputs, start_indices, updates):
    inputs = convert_to_tensor(inputs)
    updates = convert_to_tensor(updates, dtype=inputs.dtype)
    _checked_sizes(inputs, updates.shape)
    starts = _start_list(start_indices, inputs.ndim)
    return jax.lax.dynamic_update_slice(inputs, updates, starts)


def _index_tuple(indices) -> tuple:
    indices = convert_to_tensor(indices)
    if not jnp.issubdtype(indices.dtype, jnp.integer):
        raise TypeError("scatter: indices must be integers.")
    return tuple(jnp.moveaxis(indices, -1, 0))


def scatter(indices, values, shape):
    values = convert_to_tensor(values)
    zeros = jnp.zeros(tuple(shape), dtype=values.dtype)
    return zeros.at[_index_tuple(indices)].add(values)


def scatter_update(inputs, indices, updates, reduction=None):
    inputs = convert_to_tensor(inputs)
    updates = convert_to_tensor(updates, dtype=inputs.dtype)
    at = inputs.at[_index_tuple(indices)]
    if reduction is None:
        return at.set(updates)
    method = {"add": at.add, "max": at.max, "min": at.min, "mul": at.multiply}[reduction]
    return method(updates)


def unstack(x, num=None, axis=0):
    x = convert_to_tensor(x)
    size = x.shape[axis]
    if num is not None and num != size:
        raise ValueError("unstack: num differs from the size of the axis.")
    return [jax.lax.index_in_dim(x, i, axis, keepdims=False) for i in range(size)]


def stop_gradient(variable):
    return jax.lax.stop_gradient(convert_to_tensor(variable))


def custom_gradient(f):
    def forward(*args):
        output, grad_fn = f(*args)

        def gradients(upstream):
            grads = grad_fn(upstream)
            # jax wants one gradient per argument, as a tuple.
            return tuple(grads) if isinstance(grads, (list, tuple)) else (grads,)

        return output, gradients

    return jax.custom_gradient(forward)
