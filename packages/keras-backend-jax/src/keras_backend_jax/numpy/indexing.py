"""Indexing, gathering and selecting by condition on jax.Array."""

import jax.numpy as jnp
import numpy as np

from keras_backend_jax.core import convert_to_tensor, to_jax_dtype
from keras_core.backend.conversion import PYTHON_SCALARS
from keras_core.backend.dtypes import result_type


def _index(item):
    if isinstance(item, (list, np.ndarray)):
        return jnp.asarray(item)
    return item


def get_item(x, key):
    x = convert_to_tensor(x)
    return x[tuple(map(_index, key)) if isinstance(key, tuple) else _index(key)]


def take(x, indices, axis=None):
    return jnp.take(convert_to_tensor(x), convert_to_tensor(indices), axis=axis)


def take_along_axis(x, indices, axis=None):
    return jnp.take_along_axis(convert_to_tensor(x), convert_to_tensor(indices), axis=axis)


def _operand_dtype(x):
    return type(x) if type(x) in PYTHON_SCALARS else convert_to_tensor(x).dtype


def where(condition, x1, x2):
    dtype = to_jax_dtype(result_type(_operand_dtype(x1), _operand_dtype(x2)))
    return jnp.where(
        convert_to_tensor(condition), convert_to_tensor(x1, dtype), convert_to_tensor(x2, dtype)
    )


def nonzero(x):
    return tuple(i.astype("int32") for i in jnp.nonzero(convert_to_tensor(x)))


def isin(x1, x2, assume_unique=False, invert=False):
    return jnp.isin(convert_to_tensor(x1), convert_to_tensor(x2), assume_unique, invert)


def diagonal(x, offset=0, axis1=0, axis2=1):
    return jnp.diagonal(convert_to_tensor(x), offset, axis1, axis2)


def unravel_index(indices, shape):
    indices = convert_to_tensor(indices)
    if not jnp.issubdtype(indices.dtype, jnp.integer):
        raise TypeError(f"indices must have an integer dtype, received {indices.dtype}")
    return tuple(i.astype(indices.dtype) for i in jnp.unravel_index(indices, shape))


def vectorize(pyfunc, *, excluded=None, signature=None):
    return jnp.vectorize(pyfunc, excluded=excluded or frozenset(), signature=signature)
