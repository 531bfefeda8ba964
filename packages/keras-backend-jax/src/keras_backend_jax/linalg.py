"""Linear algebra on jax.Array."""

import jax
import jax.numpy as jnp
import jax.scipy.linalg as jsl

from keras_backend_jax.core import convert_to_tensor, to_jax_dtype
from keras_core.backend.dtypes import result_type

_LAPACK_DTYPES = (jnp.dtype("float32"), jnp.dtype("float64"))


def _float_matrices(x):
    """``x`` as a float32/float64 array: integers and bool become floatx."""
    x = convert_to_tensor(x)
    if x.dtype.kind in "biu":
        return x.astype(to_jax_dtype(result_type(x.dtype, float)))
    if x.dtype not in _LAPACK_DTYPES:
        raise TypeError(f"jax.numpy.linalg has no {x.dtype} decompositions")
    return x


def _float_pair(a, b):
    a, b = _float_matrices(a), _float_matrices(b)
    dtype = jnp.promote_types(a.dtype, b.dtype)
    return a.astype(dtype), b.astype(dtype)


def cholesky(x, upper=False):
    return jnp.linalg.cholesky(_float_matrices(x), upper=upper)


def det(x):
    return jnp.linalg.det(_float_matrices(x))


def eig(x):
    w, v = jnp.linalg.eig(_float_matrices(x))
    return w, v


def eigh(x):
    w, v = jnp.linalg.eigh(_float_matrices(x))
    return w, v


def inv(x):
    return jnp.linalg.inv(_float_matrices(x))


def jvp(fun, primals, tangents, has_aux=False):
    return jax.jvp(fun, tuple(primals), tuple(tangents), has_aux=has_aux)


def lstsq(a, b, rcond=None):
    return jnp.linalg.lstsq(*_float_pair(a, b), rcond=rcond)[0]


def lu_factor(x):
    lu, pivots = jsl.lu_factor(_float_matrices(x))
    return lu, pivots.astype(jnp.int32)


def matrix_rank(x, tol=None):
    x = _float_matrices(x)
    singular_values = jnp.linalg.svd(x, compute_uv=False)
    if tol is None:
        largest = jnp.max(singular_values, axis=-1, keepdims=True, initial=0.0)
        tol = largest * max(x.shape[-2:]) * jnp.finfo(x.dtype).eps
    return jnp.sum(singular_values > tol, axis=-1, dtype=jnp.int32)


def norm(x, ord=None, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    x = x.astype(to_jax_dtype(result_type(x.dtype, float)))
    if isinstance(axis, list):
        axis = tuple(axis)
    return jnp.linalg.norm(x, ord=ord, axis=axis, keepdims=keepdims)


def pinv(x, rcond=None):
    return jnp.linalg.pinv(_float_matrices(x), rtol=rcond)


def qr(x, mode="reduced"):
    if mode not in ("reduced", "complete"):
        raise ValueError(f"qr: unknown mode {mode!r}")
    q, r = jnp.linalg.qr(_float_matrices(x), mode=mode)
    return q, r


def solve(a, b):
    return jnp.linalg.solve(*_float_pair(a, b))


def solve_triangular(a, b, lower=False):
    return jsl.solve_triangular(*_float_pair(a, b), lower=lower)


def svd(x, full_matrices=True, compute_uv=True):
    result = jnp.linalg.svd(_float_matrices(x), full_matrices=full_matrices, compute_uv=compute_uv)
    return tuple(result) if compute_uv else result
