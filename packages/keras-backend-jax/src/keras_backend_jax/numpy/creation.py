"""Filled tensors, ranges, grids and triangles as jax.Array."""

import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor, to_jax_dtype
from keras_core.backend.conversion import PYTHON_SCALARS
from keras_core.backend.dtypes import result_type
from keras_core.backend.settings import floatx


def _operand_dtype(x):
    return type(x) if type(x) in PYTHON_SCALARS else convert_to_tensor(x).dtype


def _spaced_dtype(start, stop, dtype):
    return to_jax_dtype(dtype or result_type(_operand_dtype(start), _operand_dtype(stop), float))


def full(shape, fill_value, dtype=None):
    return jnp.full(shape, fill_value, dtype=to_jax_dtype(dtype or floatx()))


def eye(N, M=None, k=0, dtype=None):
    return jnp.eye(N, M, k, dtype=to_jax_dtype(dtype or floatx()))


def arange(start, stop=None, step=None, dtype=None):
    bounds = [b for b in (start, stop, step) if b is not None]
    dtype = to_jax_dtype(dtype or result_type(*map(_operand_dtype, bounds)))
    if stop is None:
        start, stop = 0, start
    return jnp.arange(start, stop, 1 if step is None else step, dtype=dtype)


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
    dtype = _spaced_dtype(start, stop, dtype)
    return jnp.linspace(start, stop, num, endpoint, retstep, dtype=dtype, axis=axis)


def logspace(start, stop, num=50, endpoint=True, base=10, dtype=None, axis=0):
    dtype = _spaced_dtype(start, stop, dtype)
    return jnp.logspace(start, stop, num, endpoint, base, dtype=dtype, axis=axis)


def geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0):
    dtype = _spaced_dtype(start, stop, dtype)
    return jnp.geomspace(start, stop, num, endpoint, dtype=dtype, axis=axis)


def tril(x, k=0):
    return jnp.tril(convert_to_tensor(x), k)


def triu(x, k=0):
    return jnp.triu(convert_to_tensor(x), k)


def diag(x, k=0):
    return jnp.diag(convert_to_tensor(x), k)
