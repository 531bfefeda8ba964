"""Tensor conversion, casting and shapes on ``jax.Array``."""

import jax
import jax.numpy as jnp
import numpy as np

from keras_core.backend.conversion import PYTHON_SCALARS, python_scalar_dtype, sequence_to_numpy
from keras_core.backend.dtypes import standardize_dtype

_Array = jax.Array


def to_jax_dtype(dtype):
    return jnp.dtype(standardize_dtype(dtype))


def convert_to_tensor(x, dtype=None, sparse=None, ragged=None):
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
