"""Linear algebra on torch.Tensor."""

import torch

from keras_backend_torch.core import convert_to_tensor, to_torch_dtype
from keras_core.backend.dtypes import result_type

_LAPACK_DTYPES = (torch.float32, torch.float64)


def _float_matrices(x):
    """``x`` as a float32/float64 tensor: integers and bool become floatx."""
    x = convert_to_tensor(x)
    if x.dtype in _LAPACK_DTYPES:
        return x
    if not x.dtype.is_floating_point and not x.dtype.is_complex:
        return x.to(to_torch_dtype(result_type(x.dtype, float)))
    raise TypeError(f"torch.linalg has no {x.dtype} decompositions")


def _float_pair(a, b):
    a, b = _float_matrices(a), _float_matrices(b)
    dtype = torch.promote_types(a.dtype, b.dtype)
    return a.to(dtype), b.to(dtype)


def _as_matrix_batch(a, b):
    """``b`` with the rank of ``a``, so torch never reads it as a batch of vectors."""
    if b.ndim >= a.ndim:
        return b
    batch = torch.broadcast_shapes(a.shape[:-2], b.shape[:-2])
    return b.expand(*batch, *b.shape[-2:])


def cholesky(x, upper=False):
    return torch.linalg.cholesky(_float_matrices(x), upper=upper)


def det(x):
    return torch.linalg.det(_float_matrices(x))


def eig(x):
    w, v = torch.linalg.eig(_float_matrices(x))
    return w, v


def eigh(x):
    w, v = torch.linalg.eigh(_float_matrices(x))
    return w, v


def inv(x):
    return torch.linalg.inv(_float_matrices(x))


def jvp(fun, primals, tangents, has_aux=False):
    primals = tuple(convert_to_tensor(p) for p in primals)
    tangents = tuple(convert_to_tensor(t) for t in tangents)
    return torch.func.jvp(fun, primals, tangents, has_aux=has_aux)


def lstsq(a, b, rcond=None):
    a, b = _float_pair(a, b)
    vector = b.ndim == 1
    # gelsd (SVD) gives the minimum-norm solution of rank-deficient systems, like NumPy;
    # CUDA has only gels.
    driver = "gelsd" if a.device.type == "cpu" else None
    solution = torch.linalg.lstsq(a, b[:, None] if vector else b, rcond=rcond, driver=driver)
    return solution.solution[:, 0] if vector else solution.solution


def lu_factor(x):
    lu, pivots = torch.linalg.lu_factor(_float_matrices(x))
    # LAPACK's pivots count from 1.
    return lu, (pivots - 1).to(torch.int32)


def matrix_rank(x, tol=None):
    x = _float_matrices(x)
    if tol is None:
        rank = torch.linalg.matrix_rank(x)
    else:
        rank = torch.linalg.matrix_rank(x, atol=tol, rtol=0.0)
    return rank.to(torch.int32)


def norm(x, ord=None, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    x = x.to(to_torch_dtype(result_type(x.dtype, float)))
    if isinstance(axis, list):
        axis = tuple(axis)
    return torch.linalg.norm(x, ord=ord, dim=axis, keepdim=keepdims)


def pinv(x, rcond=None):
    return torch.linalg.pinv(_float_matrices(x), rtol=rcond)


def qr(x, mode="reduced"):
    if mode not in ("reduced", "complete"):
        raise ValueError(f"qr: unknown mode {mode!r}")
    q, r = torch.linalg.qr(_float_matrices(x), mode=mode)
    return q, r


def solve(a, b):
    a, b = _float_pair(a, b)
    if b.ndim == 1:
        return torch.linalg.solve(a, b[:, None])[..., 0]
    return torch.linalg.solve(a, _as_matrix_batch(a, b))


def solve_triangular(a, b, lower=False):
    a, b = _float_pair(a, b)
    if b.ndim == 1:
        return torch.linalg.solve_triangular(a, b[:, None], upper=not lower)[..., 0]
    return torch.linalg.solve_triangular(a, b, upper=not lower)


def svd(x, full_matrices=True, compute_uv=True):
    x = _float_matrices(x)
    if not compute_uv:
        return torch.linalg.svdvals(x)
    u, s, vh = torch.linalg.svd(x, full_matrices=full_matrices)
    return u, s, vh
