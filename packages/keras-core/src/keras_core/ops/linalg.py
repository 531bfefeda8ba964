"""Linear algebra (``keras_core.ops.linalg``, also flat in ``keras_core.ops``).

Matrix arguments are ``(..., M, N)`` tensors: the last two axes hold the matrices and the
leading ones are a batch. Integer inputs compute in ``floatx``; decompositions run in
``float32`` or ``float64`` only (half precision raises a ``TypeError``).
"""

import math

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import any_symbolic, dtype_of, recover, shape_of

__all__ = [
    "cholesky",
    "cholesky_inverse",
    "det",
    "eig",
    "eigh",
    "inv",
    "jvp",
    "lstsq",
    "lu_factor",
    "matrix_rank",
    "norm",
    "pinv",
    "qr",
    "solve",
    "solve_triangular",
    "svd",
]

_impl = table("linalg")

_LAPACK_DTYPES = ("float32", "float64")
_COMPLEX_OF = {"float32": "complex64", "float64": "complex128"}
_QR_MODES = ("reduced", "complete")
_VECTOR_ORDS = (None, 0, 1, 2, -1, -2, math.inf, -math.inf)
_MATRIX_ORDS = (None, "fro", "nuc", 1, -1, 2, -2, math.inf, -math.inf)


def _lapack_dtype(op, x, arg="x") -> str:
    dtype = rules.float_dtype(dtype_of(x))
    if dtype not in _LAPACK_DTYPES:
        raise TypeError(f"ops.{op}: {arg} must be float32 or float64, received dtype {dtype}.")
    return dtype


def _matrices(op, x, arg="x") -> tuple:
    shape = shape_of(x)
    if len(shape) < 2:
        raise ValueError(
            f"ops.{op}: {arg} must be at least 2-D (..., M, N), received shape {shape}."
        )
    return shape


def _square(op, x, arg="x") -> tuple:
    shape = _matrices(op, x, arg)
    if None not in shape[-2:] and shape[-1] != shape[-2]:
        raise ValueError(
            f"ops.{op}: {arg} must hold square matrices (..., N, N), received shape {shape}."
        )
    return shape


def _min_size(a, b):
    return None if a is None or b is None else min(a, b)


def _same_matrix_rule(op, x, upper=False):
    return KerasTensor(_square(op, x), _lapack_dtype(op, x))


def _det_rule(op, x):
    return KerasTensor(_square(op, x)[:-2], _lapack_dtype(op, x))


def _eig_rule(op, x):
    shape, dtype = _square(op, x), _COMPLEX_OF[_lapack_dtype(op, x)]
    return KerasTensor(shape[:-1], dtype), KerasTensor(shape, dtype)


def _eigh_rule(op, x):
    shape, dtype = _square(op, x), _lapack_dtype(op, x)
    return KerasTensor(shape[:-1], dtype), KerasTensor(shape, dtype)


def _lu_factor_rule(op, x):
    shape, dtype = _matrices(op, x), _lapack_dtype(op, x)
    pivots = (*shape[:-2], _min_size(shape[-2], shape[-1]))
    return KerasTensor(shape, dtype), KerasTensor(pivots, "int32")


def _matrix_rank_rule(op, x, tol=None):
    shape = _matrices(op, x)
    _lapack_dtype(op, x)
    return KerasTensor(shape[:-2], "int32")


def _pinv_rule(op, x, rcond=None):
    shape = _matrices(op, x)
    return KerasTensor((*shape[:-2], shape[-1], shape[-2]), _lapack_dtype(op, x))


def _qr_rule(op, x, mode="reduced"):
    if mode not in _QR_MODES:
        raise ValueError(f"ops.{op}: mode must be one of {_QR_MODES}, received {mode!r}.")
    shape, dtype = _matrices(op, x), _lapack_dtype(op, x)
    *batch, m, n = shape
    k = m if mode == "complete" else _min_size(m, n)
    return KerasTensor((*batch, m, k), dtype), KerasTensor((*batch, k, n), dtype)


def _svd_rule(op, x, full_matrices=True, compute_uv=True):
    shape, dtype = _matrices(op, x), _lapack_dtype(op, x)
    *batch, m, n = shape
    k = _min_size(m, n)
    s = KerasTensor((*batch, k), dtype)
    if not compute_uv:
        return s
    u_cols, v_rows = (m, n) if full_matrices else (k, k)
    return KerasTensor((*batch, m, u_cols), dtype), s, KerasTensor((*batch, v_rows, n), dtype)


def _solve_rule(op, a, b, lower=False):
    a_shape, b_shape = _square(op, a, "a"), shape_of(b)
    dtype = result_type(_lapack_dtype(op, a, "a"), _lapack_dtype(op, b, "b"))
    n = a_shape[-1]
    if len(b_shape) == 1:
        if None not in (n, b_shape[0]) and b_shape[0] != n:
            raise ValueError(
                f"ops.{op}: b (shape {b_shape}) must have as many rows as a (shape {a_shape})."
            )
        return KerasTensor((*a_shape[:-2], n), dtype)
    if len(b_shape) < 2 or (None not in (n, b_shape[-2]) and b_shape[-2] != n):
        raise ValueError(
            f"ops.{op}: b (shape {b_shape}) must be (N,) or (..., N, K) with N = {n}, the size "
            f"of a (shape {a_shape})."
        )
    batch = rules.broadcast_shapes(op, {"a": a_shape[:-2], "b": b_shape[:-2]})
    return KerasTensor((*batch, n, b_shape[-1]), dtype)


def _lstsq_rule(op, a, b, rcond=None):
    a_shape, b_shape = shape_of(a), shape_of(b)
    if len(a_shape) != 2 or len(b_shape) not in (1, 2):
        raise ValueError(
            f"ops.{op}: a must be 2-D and b 1-D or 2-D, received shapes {a_shape} and {b_shape}."
        )
    if None not in (a_shape[0], b_shape[0]) and a_shape[0] != b_shape[0]:
        raise ValueError(
            f"ops.{op}: a (shape {a_shape}) and b (shape {b_shape}) must have the same number "
            f"of rows."
        )
    dtype = result_type(_lapack_dtype(op, a, "a"), _lapack_dtype(op, b, "b"))
    return KerasTensor((a_shape[1], *b_shape[1:]), dtype)


def _norm_rule(op, x, ord=None, axis=None, keepdims=False):
    shape = shape_of(x)
    dtype = rules.float_dtype(dtype_of(x))
    if axis is None and ord is None:
        axes = tuple(range(len(shape)))
    else:
        if axis is None:
            if len(shape) not in (1, 2):
                raise ValueError(
                    f"ops.{op}: ord={ord!r} without axis needs a 1-D or 2-D x, received shape "
                    f"{shape}."
                )
            axis = tuple(range(len(shape)))
        axes = rules.canonical_axes(op, axis, len(shape), shape)
        allowed = _VECTOR_ORDS if len(axes) == 1 else _MATRIX_ORDS
        if len(axes) > 2:
            raise ValueError(f"ops.{op}: axis={axis!r} must name one or two axes.")
        if (isinstance(ord, str) or len(axes) == 2) and ord not in allowed:
            kind = "vector" if len(axes) == 1 else "matrix"
            raise ValueError(f"ops.{op}: ord={ord!r} is not a {kind} norm; use one of {allowed}.")
    if keepdims:
        return KerasTensor(tuple(1 if i in axes else d for i, d in enumerate(shape)), dtype)
    return KerasTensor(tuple(d for i, d in enumerate(shape) if i not in axes), dtype)


def _jvp_rule(op, fun, primals, tangents, has_aux=False):
    if len(primals) != len(tangents):
        raise ValueError(
            f"ops.{op}: primals and tangents must have the same length, received "
            f"{len(primals)} and {len(tangents)}."
        )
    for i, (p, t) in enumerate(zip(primals, tangents, strict=True)):
        if shape_of(p) != shape_of(t):
            raise ValueError(
                f"ops.{op}: tangent {i} (shape {shape_of(t)}) must have the shape of primal "
                f"{i} (shape {shape_of(p)})."
            )
    if not any_symbolic(primals) and not any_symbolic(tangents):
        return None
    outputs = fun(*primals)
    if has_aux:
        outputs, aux = outputs
        return outputs, _copies(outputs), aux
    return outputs, _copies(outputs)


def _copies(structure):
    if isinstance(structure, (list, tuple)):
        return type(structure)(_copies(item) for item in structure)
    if isinstance(structure, dict):
        return {key: _copies(item) for key, item in structure.items()}
    return KerasTensor(shape_of(structure), dtype_of(structure))


def cholesky(x, upper=False):
    """Cholesky factor of (a batch of) symmetric positive-definite matrices.

    Args:
        x: ``(..., N, N)`` tensor.
        upper: Return the upper factor ``U`` (``x = U^T U``) instead of the lower ``L``
            (``x = L L^T``).

    Example:
        >>> keras_core.ops.linalg.cholesky([[4.0, 2.0], [2.0, 5.0]])   # [[2, 0], [1, 2]]
    """
    try:
        return _impl.cholesky(x, upper=upper)
    except Exception as error:
        return recover(error, _same_matrix_rule, "cholesky", x, upper)


def cholesky_inverse(x, upper=False):
    """Inverse of the matrix whose Cholesky factor is ``x``.

    Args:
        x: ``(..., N, N)`` triangular factor.
        upper: Whether ``x`` is the upper factor ``U`` (of ``U^T U``) or the lower ``L``.

    Example:
        >>> keras_core.ops.linalg.cholesky_inverse([[2.0, 0.0], [1.0, 2.0]])
        # the inverse of [[4, 2], [2, 5]]
    """
    try:
        return _impl.cholesky_inverse(x, upper=upper)
    except Exception as error:
        return recover(error, _same_matrix_rule, "cholesky_inverse", x, upper)


def det(x):
    """Determinant of (a batch of) square matrices.

    Example:
        >>> keras_core.ops.linalg.det([[1.0, 2.0], [3.0, 4.0]])   # -2.0
    """
    try:
        return _impl.det(x)
    except Exception as error:
        return recover(error, _det_rule, "det", x)


def eig(x):
    """Eigenvalues and right eigenvectors of (a batch of) general square matrices.

    Returns:
        ``(w, v)``, complex (``complex64`` for ``float32`` input): ``x @ v[..., i] =
        w[..., i] * v[..., i]``.

    Example:
        >>> w, v = keras_core.ops.linalg.eig([[2.0, 0.0], [0.0, 3.0]])   # w = [2+0j, 3+0j]
    """
    try:
        return _impl.eig(x)
    except Exception as error:
        return recover(error, _eig_rule, "eig", x)


def eigh(x):
    """Eigenvalues (ascending) and eigenvectors of (a batch of) symmetric matrices.

    Example:
        >>> w, v = keras_core.ops.linalg.eigh([[2.0, 1.0], [1.0, 2.0]])   # w = [1, 3]
    """
    try:
        return _impl.eigh(x)
    except Exception as error:
        return recover(error, _eigh_rule, "eigh", x)


def inv(x):
    """Inverse of (a batch of) square matrices.

    Example:
        >>> keras_core.ops.linalg.inv([[2.0, 0.0], [0.0, 4.0]])   # [[0.5, 0], [0, 0.25]]
    """
    try:
        return _impl.inv(x)
    except Exception as error:
        return recover(error, _same_matrix_rule, "inv", x)


def jvp(fun, primals, tangents, has_aux=False):
    """Forward-mode derivative: ``fun(*primals)`` and its directional derivative along
    ``tangents``. Not available on backends without autodiff (numpy).

    Args:
        fun: Function of tensors, returning a tensor or a structure of them (with
            ``has_aux``, a pair ``(output, aux)``).
        primals: Tuple or list of the points at which to differentiate.
        tangents: Tuple or list of directions, shaped like ``primals``.
        has_aux: Whether ``fun`` returns auxiliary data, passed through.

    Returns:
        ``(outputs, output_tangents)``, plus ``aux`` when ``has_aux``.

    Example:
        >>> out, slope = keras_core.ops.linalg.jvp(keras_core.ops.exp, (0.0,), (1.0,))   # 1, 1
    """
    try:
        return _impl.jvp(fun, primals, tangents, has_aux=has_aux)
    except Exception as error:
        return recover(error, _jvp_rule, "jvp", fun, primals, tangents, has_aux)


def lstsq(a, b, rcond=None):
    """Least-squares solution ``x`` minimising ``||a @ x - b||``.

    Args:
        a: ``(M, N)`` matrix.
        b: ``(M,)`` or ``(M, K)`` right-hand side.
        rcond: Singular values below ``rcond * largest`` count as zero (default: machine
            precision times ``max(M, N)``).

    Example:
        >>> keras_core.ops.linalg.lstsq([[1.0], [1.0]], [1.0, 3.0])   # [2.0]
    """
    try:
        return _impl.lstsq(a, b, rcond=rcond)
    except Exception as error:
        return recover(error, _lstsq_rule, "lstsq", a, b, rcond)


def lu_factor(x):
    """LU factorisation with partial pivoting, as ``scipy.linalg.lu_factor``.

    Returns:
        ``(lu, pivots)``: ``lu`` holds ``U`` and, below the diagonal, the unit-lower ``L``;
        ``pivots[..., i]`` (int32, 0-based) is the row swapped with row ``i`` at step ``i``.

    Example:
        >>> lu, pivots = keras_core.ops.linalg.lu_factor([[1.0, 2.0], [3.0, 4.0]])   # pivots [1, 1]
    """
    try:
        return _impl.lu_factor(x)
    except Exception as error:
        return recover(error, _lu_factor_rule, "lu_factor", x)


def matrix_rank(x, tol=None):
    """Number of singular values above ``tol`` (int32).

    Args:
        x: ``(..., M, N)`` tensor.
        tol: Threshold; by default ``largest singular value * max(M, N) * eps``.

    Example:
        >>> keras_core.ops.linalg.matrix_rank([[1.0, 2.0], [2.0, 4.0]])   # 1
    """
    try:
        return _impl.matrix_rank(x, tol=tol)
    except Exception as error:
        return recover(error, _matrix_rank_rule, "matrix_rank", x, tol)


def norm(x, ord=None, axis=None, keepdims=False):
    """Vector or matrix norm, as ``numpy.linalg.norm``.

    Args:
        x: Tensor.
        ord: Order: for vectors ``None`` (2), an int/float or ``inf``/``-inf``; for
            matrices ``None``/``"fro"``, ``"nuc"``, ``1``, ``-1``, ``2``, ``-2``,
            ``inf``, ``-inf``.
        axis: An int (vector norms), a pair (matrix norms), or ``None``: the whole
            flattened ``x`` when ``ord`` is ``None``, else ``x`` as a vector or a matrix.
        keepdims: Keep the reduced axes with size 1.

    Example:
        >>> keras_core.ops.linalg.norm([3.0, 4.0])   # 5.0
    """
    try:
        return _impl.norm(x, ord=ord, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _norm_rule, "norm", x, ord, axis, keepdims)


def pinv(x, rcond=None):
    """Moore-Penrose pseudo-inverse, shape ``(..., N, M)``.

    Args:
        x: ``(..., M, N)`` tensor.
        rcond: Singular values below ``rcond * largest`` count as zero (default: machine
            precision times ``max(M, N)``).

    Example:
        >>> keras_core.ops.linalg.pinv([[1.0, 0.0], [0.0, 0.0]])   # [[1, 0], [0, 0]]
    """
    try:
        return _impl.pinv(x, rcond=rcond)
    except Exception as error:
        return recover(error, _pinv_rule, "pinv", x, rcond)


def qr(x, mode="reduced"):
    """QR decomposition ``x = q @ r``.

    Args:
        x: ``(..., M, N)`` tensor.
        mode: ``"reduced"`` (``q`` is ``(..., M, K)``, ``K = min(M, N)``) or
            ``"complete"`` (``q`` is ``(..., M, M)``).

    Example:
        >>> q, r = keras_core.ops.linalg.qr([[1.0, 2.0], [3.0, 4.0]])
    """
    try:
        return _impl.qr(x, mode=mode)
    except Exception as error:
        return recover(error, _qr_rule, "qr", x, mode)


def solve(a, b):
    """Solution ``x`` of ``a @ x = b``.

    Args:
        a: ``(..., N, N)`` matrices.
        b: ``(N,)`` vector, or ``(..., N, K)`` matrices broadcast against ``a``'s batch.

    Example:
        >>> keras_core.ops.linalg.solve([[2.0, 0.0], [0.0, 4.0]], [2.0, 2.0])   # [1, 0.5]
    """
    try:
        return _impl.solve(a, b)
    except Exception as error:
        return recover(error, _solve_rule, "solve", a, b)


def solve_triangular(a, b, lower=False):
    """Solution ``x`` of ``a @ x = b`` for triangular ``a`` (its other triangle is ignored).

    Args:
        a: ``(..., N, N)`` triangular matrices.
        b: ``(N,)`` vector, or ``(..., N, K)`` matrices.
        lower: Use the lower triangle of ``a`` instead of the upper.

    Example:
        >>> keras_core.ops.linalg.solve_triangular([[1.0, 1.0], [0.0, 2.0]], [3.0, 2.0])   # [2, 1]
    """
    try:
        return _impl.solve_triangular(a, b, lower=lower)
    except Exception as error:
        return recover(error, _solve_rule, "solve_triangular", a, b, lower)


def svd(x, full_matrices=True, compute_uv=True):
    """Singular value decomposition ``x = u @ diag(s) @ vh``, singular values descending.

    Args:
        x: ``(..., M, N)`` tensor.
        full_matrices: ``u`` is ``(..., M, M)`` and ``vh`` ``(..., N, N)``; otherwise
            ``(..., M, K)`` and ``(..., K, N)`` with ``K = min(M, N)``.
        compute_uv: Return ``(u, s, vh)``; otherwise only ``s``.

    Example:
        >>> keras_core.ops.linalg.svd([[3.0, 0.0], [0.0, 4.0]], compute_uv=False)   # [4, 3]
    """
    try:
        return _impl.svd(x, full_matrices=full_matrices, compute_uv=compute_uv)
    except Exception as error:
        return recover(error, _svd_rule, "svd", x, full_matrices, compute_uv)
