"""Matrix and tensor products on jax.Array."""

import jax.numpy as jnp
import numpy as np

from keras_backend_jax.core import convert_to_tensor, to_jax_dtype
from keras_core.backend.dtypes import result_type

# Builtin NumPy dtypes are singletons, so identity is the cheapest dtype test.
_INT8 = np.dtype("int8")
# The concrete array class: an exact type test is cheaper than isinstance(x, jax.Array).
_ArrayImpl = type(jnp.zeros(()))

# Traces of small integers accumulate in 32 bits, as sums do.
_TRACE_DTYPES = {
    np.dtype("bool"): jnp.int32,
    np.dtype("int8"): jnp.int32,
    np.dtype("int16"): jnp.int32,
    np.dtype("uint8"): jnp.uint32,
    np.dtype("uint16"): jnp.uint32,
}


def _tensors(*xs):
    return [x if type(x) in (int, float, bool) else convert_to_tensor(x) for x in xs]


def matmul(x1, x2):
    if type(x1) is not _ArrayImpl or type(x2) is not _ArrayImpl:
        # Lists, NumPy arrays, Variables and tracers take the converting path.
        x1, x2 = convert_to_tensor(x1), convert_to_tensor(x2)
    if x1.dtype is _INT8 and x2.dtype is _INT8:
        # int8 products accumulate in int32, as quantized matmuls do in Keras.
        return jnp.matmul(x1, x2, preferred_element_type=jnp.int32)
    return jnp.matmul(x1, x2)


def tensordot(x1, x2, axes=2):
    x1, x2 = convert_to_tensor(x1), convert_to_tensor(x2)
    return jnp.tensordot(x1, x2, axes=axes)


def dot(x1, x2):
    return jnp.dot(*_tensors(x1, x2))


def inner(x1, x2):
    return jnp.inner(*_tensors(x1, x2))


def outer(x1, x2):
    return jnp.outer(*_tensors(x1, x2))


def vdot(x1, x2):
    return jnp.vdot(*_tensors(x1, x2))


def einsum(subscripts, *operands, **kwargs):
    operands = [convert_to_tensor(x) for x in operands]
    if all(x.dtype is _INT8 for x in operands):
        # int8 products accumulate in int32, as in matmul.
        kwargs.setdefault("preferred_element_type", jnp.int32)
    return jnp.einsum(subscripts, *operands, **kwargs)


def cross(x1, x2, axisa=-1, axisb=-1, axisc=-1, axis=None):
    x1, x2 = convert_to_tensor(x1), convert_to_tensor(x2)
    return jnp.cross(x1, x2, axisa=axisa, axisb=axisb, axisc=axisc, axis=axis)


def trace(x, offset=0, axis1=0, axis2=1):
    x = convert_to_tensor(x)
    dtype = _TRACE_DTYPES.get(x.dtype, x.dtype)
    return jnp.trace(x, offset=offset, axis1=axis1, axis2=axis2, dtype=dtype)


def correlate(x1, x2, mode="valid"):
    x1, x2 = convert_to_tensor(x1), convert_to_tensor(x2)
    dtype = to_jax_dtype(result_type(x1.dtype, x2.dtype, float))
    return jnp.correlate(x1.astype(dtype), x2.astype(dtype), mode=mode)


def slogdet(x):
    x = convert_to_tensor(x)
    if x.dtype.kind in "biu":
        x = x.astype(to_jax_dtype(result_type(x.dtype, float)))
    elif x.dtype.itemsize < 4:
        raise TypeError(f"slogdet: {x.dtype} matrices are not supported")
    return tuple(jnp.linalg.slogdet(x))
