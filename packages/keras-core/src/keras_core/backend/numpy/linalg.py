"""Linear algebra on NumPy arrays (``numpy.linalg``; LU written here, NumPy has none).

``jvp`` is absent: NumPy has no automatic differentiation.
"""

import numpy as np

from keras_core.backend.dtypes import result_type
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype

_LAPACK_DTYPES = (np.dtype("float32"), np.dtype("float64"))
_COMPLEX_OF = {np.dtype("float32"): np.complex64, np.dtype("float64"): np.complex128}


def _float_matrices(x):
    """``x`` as a float32/float64 array: integers and bool become floatx."""
    x = convert_to_tensor(x)
    if x.dtype.kind in "biu":
        return x.astype(to_numpy_dtype(result_type(x.dtype.name, float)))
    if x.dtype not in _LAPACK_DTYPES:
        raise TypeError(f"numpy.linalg has no {x.dtype} decompositions")
    return x


def cholesky(x, upper=False):
    return np.linalg.cholesky(_float_matrices(x), upper=upper)


def det(x):
    return np.asarray(np.linalg.det(_float_matrices(x)))


def eig(x):
    x = _float_matrices(x)
    w, v = np.linalg.eig(x)
    # NumPy returns real arrays when every eigenvalue happens to be real.
    complex_dtype = _COMPLEX_OF[x.dtype]
    return w.astype(complex_dtype), v.astype(complex_dtype)


def eigh(x):
    w, v = np.linalg.eigh(_float_matrices(x))
    return w, v


def inv(x):
    return np.linalg.inv(_float_matrices(x))


def lstsq(a, b, rcond=None):
    a, b = _float_matrices(a), _float_matrices(b)
    dtype = np.result_type(a.dtype, b.dtype)
    return np.linalg.lstsq(a.astype(dtype), b.astype(dtype), rcond=rcond)[0]


def lu_factor(x):
    lu = _float_matrices(x).copy()
    *batch, m, n = lu.shape
    steps = min(m, n)
    pivots = np.zeros((*batch, steps), np.int32)
    # Views over the batch, written in place.
    flat_lu, flat_pivots = lu.reshape(-1, m, n), pivots.reshape(-1, steps)
    matrices = np.arange(flat_lu.shape[0])
    for i in range(steps):
        pivot_rows = i + np.argmax(np.abs(flat_lu[:, i:, i]), axis=1)
        flat_pivots[:, i] = pivot_rows
        row_i = flat_lu[matrices, i, :].copy()
        flat_lu[matrices, i, :] = flat_lu[matrices, pivot_rows, :]
        flat_lu[matrices, pivot_rows, :] = row_i
        pivot = flat_lu[:, i, i]
        # A zero pivot has only zeros below it: leave that column as it is.
        flat_lu[:, i + 1 :, i] /= np.where(pivot == 0, 1, pivot)[:, None]
        flat_lu[:, i + 1 :, i + 1 :] -= flat_lu[:, i + 1 :, i, None] * flat_lu[:, i, None, i + 1 :]
    return lu, pivots


def matrix_rank(x, tol=None):
    return np.asarray(np.linalg.matrix_rank(_float_matrices(x), tol=tol), dtype=np.int32)


def norm(x, ord=None, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    dtype = to_numpy_dtype(result_type(x.dtype.name, float))
    if isinstance(axis, list):
        axis = tuple(axis)
    result = np.linalg.norm(x.astype(dtype, copy=False), ord=ord, axis=axis, keepdims=keepdims)
    return np.asarray(result, dtype=dtype)


def pinv(x, rcond=None):
    return np.linalg.pinv(_float_matrices(x), rcond=rcond)


def qr(x, mode="reduced"):
    if mode not in ("reduced", "complete"):
        raise ValueError(f"qr: unknown mode {mode!r}")
    q, r = np.linalg.qr(_float_matrices(x), mode=mode)
    return q, r


def solve(a, b):
    a, b = _float_matrices(a), _float_matrices(b)
    dtype = np.result_type(a.dtype, b.dtype)
    return np.linalg.solve(a.astype(dtype), b.astype(dtype))


def solve_triangular(a, b, lower=False):
    a = _float_matrices(a)
    # Only one triangle counts; a general solve of it is exact enough for a reference.
    return solve(np.tril(a) if lower else np.triu(a), b)


def svd(x, full_matrices=True, compute_uv=True):
    result = np.linalg.svd(_float_matrices(x), full_matrices=full_matrices, compute_uv=compute_uv)
    return tuple(result) if compute_uv else result
