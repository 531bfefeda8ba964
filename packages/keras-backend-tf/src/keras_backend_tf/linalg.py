"""Linear algebra on tf.Tensor."""

import math

import numpy as np
import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, to_tf_dtype
from keras_core.backend.dtypes import result_type

_LAPACK_DTYPES = (tf.float32, tf.float64)


def _float_matrices(x):
    """``x`` as a float32/float64 tensor: integers and bool become floatx."""
    x = convert_to_tensor(x)
    if x.dtype in _LAPACK_DTYPES:
        return x
    if x.dtype.is_integer or x.dtype == tf.bool:
        return tf.cast(x, to_tf_dtype(result_type(x.dtype, float)))
    raise TypeError(f"tf.linalg decompositions here take float32 or float64, not {x.dtype.name}")


def _float_pair(a, b):
    a, b = _float_matrices(a), _float_matrices(b)
    dtype = to_tf_dtype(result_type(a.dtype, b.dtype))
    return tf.cast(a, dtype), tf.cast(b, dtype)


def _default_rcond(x):
    return max(x.shape[-2:]) * np.finfo(x.dtype.as_numpy_dtype).eps


def cholesky(x, upper=False):
    lower = tf.linalg.cholesky(_float_matrices(x))
    return tf.linalg.matrix_transpose(lower) if upper else lower


def det(x):
    return tf.linalg.det(_float_matrices(x))


def eig(x):
    w, v = tf.linalg.eig(_float_matrices(x))
    return w, v


def eigh(x):
    w, v = tf.linalg.eigh(_float_matrices(x))
    return w, v


def inv(x):
    return tf.linalg.inv(_float_matrices(x))


def jvp(fun, primals, tangents, has_aux=False):
    primals = [convert_to_tensor(p) for p in primals]
    tangents = [convert_to_tensor(t) for t in tangents]
    with tf.autodiff.ForwardAccumulator(primals, tangents) as accumulator:
        outputs = fun(*primals)
    aux = None
    if has_aux:
        outputs, aux = outputs
    output_tangents = tf.nest.map_structure(
        lambda output: accumulator.jvp(output, unconnected_gradients="zero"), outputs
    )
    return (outputs, output_tangents, aux) if has_aux else (outputs, output_tangents)


def lstsq(a, b, rcond=None):
    a, b = _float_pair(a, b)
    # The pseudo-inverse honours rcond and gives the minimum-norm solution, like NumPy.
    inverse = pinv(a, rcond=rcond)
    if b.shape.rank == 1:
        return tf.linalg.matvec(inverse, b)
    return tf.linalg.matmul(inverse, b)


def lu_factor(x):
    lu, permutation = tf.linalg.lu(_float_matrices(x))
    return lu, _swaps_of(permutation)


def _swaps_of(permutation):
    """LAPACK pivots from a row permutation: at step ``i`` the row that ends at ``i`` is
    swapped up from where the earlier swaps left it."""
    n = permutation.shape[-1]
    permutation = tf.cast(permutation, tf.int32)
    current = tf.broadcast_to(tf.range(n, dtype=tf.int32), tf.shape(permutation))
    pivots = []
    for i in range(n):
        wanted = permutation[..., i : i + 1]
        where = tf.argmax(
            tf.cast(tf.equal(current, wanted), tf.int32), axis=-1, output_type=tf.int32
        )
        pivots.append(where)
        at_i = current[..., i]
        at_where = tf.gather(current, where[..., None], batch_dims=where.shape.rank)[..., 0]
        current = (
            current
            + tf.one_hot(i, n, dtype=tf.int32) * (at_where - at_i)[..., None]
            + tf.one_hot(where, n, dtype=tf.int32) * (at_i - at_where)[..., None]
        )
    return tf.stack(pivots, axis=-1) if pivots else tf.zeros_like(permutation)


def matrix_rank(x, tol=None):
    x = _float_matrices(x)
    singular_values = tf.linalg.svd(x, compute_uv=False)
    if tol is None:
        largest = tf.reduce_max(singular_values, axis=-1, keepdims=True)
        tol = largest * _default_rcond(x)
    return tf.reduce_sum(tf.cast(singular_values > tol, tf.int32), axis=-1)


def pinv(x, rcond=None):
    x = _float_matrices(x)
    return tf.linalg.pinv(x, rcond=_default_rcond(x) if rcond is None else rcond)


def qr(x, mode="reduced"):
    if mode not in ("reduced", "complete"):
        raise ValueError(f"qr: unknown mode {mode!r}")
    q, r = tf.linalg.qr(_float_matrices(x), full_matrices=mode == "complete")
    return q, r


def _broadcast_batches(a, b):
    """``a`` and ``b`` with one broadcast batch shape (MatrixSolve does not broadcast)."""
    batch = tf.broadcast_dynamic_shape(tf.shape(a)[:-2], tf.shape(b)[:-2])
    a = tf.broadcast_to(a, tf.concat([batch, tf.shape(a)[-2:]], axis=0))
    b = tf.broadcast_to(b, tf.concat([batch, tf.shape(b)[-2:]], axis=0))
    return a, b


def solve(a, b):
    a, b = _float_pair(a, b)
    if b.shape.rank == 1:
        return tf.linalg.solve(*_broadcast_batches(a, b[:, None]))[..., 0]
    return tf.linalg.solve(*_broadcast_batches(a, b))


def solve_triangular(a, b, lower=False):
    a, b = _float_pair(a, b)
    if b.shape.rank == 1:
        a, column = _broadcast_batches(a, b[:, None])
        return tf.linalg.triangular_solve(a, column, lower=lower)[..., 0]
    return tf.linalg.triangular_solve(*_broadcast_batches(a, b), lower=lower)


def svd(x, full_matrices=True, compute_uv=True):
    x = _float_matrices(x)
    if not compute_uv:
        return tf.linalg.svd(x, compute_uv=False)
    s, u, v = tf.linalg.svd(x, full_matrices=full_matrices)
    return u, s, tf.linalg.adjoint(v)


def norm(x, ord=None, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    x = tf.cast(x, to_tf_dtype(result_type(x.dtype, float)))
    rank = x.shape.rank
    if axis is None:
        if ord is None:
            return _two_norm(x, list(range(rank)), keepdims)
        axis = list(range(rank))
    axes = [a for a in ([axis] if isinstance(axis, int) else axis)]
    if any(not -rank <= a < rank for a in axes):
        raise ValueError(f"norm: axis {axis} is out of range for rank {rank}")
    axes = [a % rank for a in axes]
    if len(axes) == 1:
        return _vector_norm(x, ord, axes[0], keepdims)
    return _matrix_norm(x, ord, axes, keepdims)


def _two_norm(x, axes, keepdims):
    return tf.sqrt(tf.reduce_sum(tf.square(tf.abs(x)), axis=axes, keepdims=keepdims))


def _vector_norm(x, ord, axis, keepdims):
    magnitude = tf.abs(x)
    if ord is None or ord == 2:
        return _two_norm(x, axis, keepdims)
    if ord == math.inf:
        return tf.reduce_max(magnitude, axis=axis, keepdims=keepdims)
    if ord == -math.inf:
        return tf.reduce_min(magnitude, axis=axis, keepdims=keepdims)
    if ord == 0:
        return tf.reduce_sum(tf.cast(magnitude != 0, x.dtype), axis=axis, keepdims=keepdims)
    if ord == 1:
        return tf.reduce_sum(magnitude, axis=axis, keepdims=keepdims)
    power = tf.reduce_sum(magnitude**ord, axis=axis, keepdims=keepdims)
    return power ** tf.cast(1.0 / ord, x.dtype)


def _matrix_norm(x, ord, axes, keepdims):
    rows, cols = axes
    if ord in (None, "fro"):
        return _two_norm(x, axes, keepdims)
    if ord in ("nuc", 2, -2):
        # Move the matrix axes last for the SVD.
        others = [i for i in range(x.shape.rank) if i not in axes]
        singular_values = tf.linalg.svd(tf.transpose(x, [*others, rows, cols]), compute_uv=False)
        if ord == "nuc":
            result = tf.reduce_sum(singular_values, axis=-1)
        elif ord == 2:
            result = tf.reduce_max(singular_values, axis=-1)
        else:
            result = tf.reduce_min(singular_values, axis=-1)
        if keepdims:
            for a in sorted(axes):
                result = tf.expand_dims(result, a)
        return result
    magnitude = tf.abs(x)
    if ord in (1, -1):
        summed, reduce_axis = tf.reduce_sum(magnitude, axis=rows, keepdims=True), cols
    elif ord in (math.inf, -math.inf):
        summed, reduce_axis = tf.reduce_sum(magnitude, axis=cols, keepdims=True), rows
    else:
        raise ValueError(f"norm: ord={ord!r} is not a matrix norm")
    pick = tf.reduce_max if ord in (1, math.inf) else tf.reduce_min
    result = pick(summed, axis=reduce_axis, keepdims=True)
    return result if keepdims else tf.squeeze(result, axis=axes)
