"""Cases for ``keras_core.ops.linalg``.

Decompositions whose factors are unique only up to signs or phases (``eig``, ``eigh``,
``qr``, ``svd`` with vectors, ``lu_factor``'s factors) are checked here for shapes and
dtypes; tests/ops/test_linalg_errors.py checks that their factors rebuild the input.
"""

import numpy as np

import keras_core
from keras_core.testing.case import Arr, OpCase

_rng = np.random.default_rng(20240101)


def _well_conditioned(*shape):
    """Random matrices plus a dominant diagonal: far from singular."""
    n = shape[-1]
    return _rng.uniform(-1, 1, shape) + 4 * np.eye(n)


def _spd(*shape):
    m = _rng.uniform(-1, 1, shape)
    return m @ np.swapaxes(m, -1, -2) + shape[-1] * np.eye(shape[-1])


_SPD = Arr(values=_spd(3, 3))
_SPD_BATCH = Arr(values=_spd(2, 4, 4))
_LOWER = Arr(values=np.linalg.cholesky(_spd(3, 3)))
_SQUARE = Arr(values=_well_conditioned(3, 3))
_SQUARE_BATCH = Arr(values=_well_conditioned(2, 3, 3))
_RANK_ONE = Arr(values=np.outer([1.0, 2.0, 3.0], [1.0, -1.0, 0.5, 2.0]))
_LOOSE = {"rtol": 1e-4, "atol": 1e-5}


def _cholesky_inverse(factor, upper=False):
    matrix = factor.T @ factor if upper else factor @ factor.T
    return np.linalg.inv(matrix)


def _solve_triangular(a, b, lower=False):
    return np.linalg.solve(np.tril(a) if lower else np.triu(a), b)


def _rank(x, tol=None):
    return np.linalg.matrix_rank(x, tol=tol).astype("int32")


def _product_jvp(fun, primals, tangents):
    (x, y), (tx, ty) = primals, tangents
    return x * y, tx * y + x * ty


CASES = [
    OpCase("linalg.cholesky", (_SPD,), reference=np.linalg.cholesky, **_LOOSE),
    OpCase(
        "linalg.cholesky",
        (_SPD_BATCH,),
        {"upper": True},
        reference=lambda x, upper: np.linalg.cholesky(x, upper=upper),
        name="upper-batched",
        **_LOOSE,
    ),
    OpCase("linalg.cholesky_inverse", (_LOWER,), reference=_cholesky_inverse, **_LOOSE),
    OpCase(
        "linalg.cholesky_inverse",
        (Arr(values=np.linalg.cholesky(_spd(3, 3)).T),),
        {"upper": True},
        reference=_cholesky_inverse,
        name="upper",
        **_LOOSE,
    ),
    OpCase("linalg.det", (_SQUARE,), reference=np.linalg.det, **_LOOSE),
    OpCase("linalg.det", (_SQUARE_BATCH,), reference=np.linalg.det, name="batched", **_LOOSE),
    OpCase(
        "linalg.det",
        (Arr(values=[[2, 1], [1, 3]], dtype="int32"),),
        reference=lambda x: np.float32(np.linalg.det(x)),
        name="int",
        **_LOOSE,
    ),
    OpCase("linalg.eig", (_SQUARE,), values=False),
    OpCase("linalg.eigh", (_SPD_BATCH,), values=False),
    OpCase("linalg.inv", (_SQUARE,), reference=np.linalg.inv, **_LOOSE),
    OpCase("linalg.inv", (_SQUARE_BATCH,), reference=np.linalg.inv, name="batched", **_LOOSE),
    OpCase(
        "linalg.jvp",
        (keras_core.ops.multiply, (Arr((3,)), Arr((3,))), (Arr((3,)), Arr((3,)))),
        reference=_product_jvp,
    ),
    OpCase(
        "linalg.lstsq",
        (Arr(values=_well_conditioned(3, 3)[:, :2] + [[0, 0], [0, 0], [1, 1]]), Arr((3,))),
        reference=lambda a, b: np.linalg.lstsq(a, b)[0],
        **_LOOSE,
    ),
    OpCase(
        "linalg.lstsq",
        (Arr(values=_well_conditioned(4, 4)[:, :3]), Arr((4, 2))),
        reference=lambda a, b: np.linalg.lstsq(a, b)[0],
        name="matrix",
        **_LOOSE,
    ),
    OpCase("linalg.lu_factor", (_SQUARE_BATCH,), values=False),
    OpCase("linalg.matrix_rank", (_RANK_ONE,), reference=_rank),
    OpCase("linalg.matrix_rank", (_SQUARE_BATCH,), reference=_rank, name="batched"),
    OpCase("linalg.matrix_rank", (_SQUARE,), {"tol": 100.0}, reference=_rank, name="tol"),
    OpCase("linalg.norm", (Arr((3, 4)),), reference=np.linalg.norm),
    OpCase("linalg.norm", (Arr((2, 3, 4)),), {"axis": -1}, reference=np.linalg.norm, name="axis"),
    OpCase(
        "linalg.norm",
        (Arr((2, 3, 4)),),
        {"axis": 1, "keepdims": True},
        reference=np.linalg.norm,
        name="keepdims",
    ),
    OpCase(
        "linalg.norm",
        (Arr((4,), "int32", -9, 9),),
        reference=lambda x: np.float32(np.linalg.norm(x)),
        name="int",
    ),
    OpCase("linalg.norm", (Arr((5,)),), {"ord": 1}, reference=np.linalg.norm, name="ord1"),
    OpCase(
        "linalg.norm", (Arr((5,)),), {"ord": 3}, reference=np.linalg.norm, name="ord3", **_LOOSE
    ),
    OpCase("linalg.norm", (Arr((5,)),), {"ord": 0}, reference=np.linalg.norm, name="ord0"),
    OpCase("linalg.norm", (Arr((5,)),), {"ord": -np.inf}, reference=np.linalg.norm, name="ord-inf"),
    OpCase("linalg.norm", (Arr((3, 4)),), {"ord": "fro"}, reference=np.linalg.norm, name="fro"),
    OpCase(
        "linalg.norm",
        (Arr((3, 4)),),
        {"ord": "nuc"},
        reference=np.linalg.norm,
        name="nuc",
        **_LOOSE,
    ),
    OpCase("linalg.norm", (Arr((3, 4)),), {"ord": 1}, reference=np.linalg.norm, name="matrix-1"),
    OpCase(
        "linalg.norm", (Arr((3, 4)),), {"ord": np.inf}, reference=np.linalg.norm, name="matrix-inf"
    ),
    OpCase(
        "linalg.norm",
        (Arr((3, 2, 4)),),
        {"ord": -1, "axis": (0, 2), "keepdims": True},
        reference=np.linalg.norm,
        name="matrix-axes",
    ),
    OpCase(
        "linalg.norm",
        (Arr((2, 3, 4)),),
        {"ord": 2, "axis": (-2, -1)},
        reference=np.linalg.norm,
        name="matrix-2",
        **_LOOSE,
    ),
    OpCase(
        "linalg.norm",
        (Arr((3, 4)),),
        {"ord": -2, "axis": (1, 0)},
        reference=np.linalg.norm,
        name="matrix-minus2",
        **_LOOSE,
    ),
    OpCase("linalg.norm", (Arr((4,), "float16"),), reference=np.linalg.norm, name="float16"),
    OpCase("linalg.norm", (Arr((0, 3)),), {"axis": 0}, reference=np.linalg.norm, name="empty"),
    OpCase("linalg.pinv", (Arr((3, 4)),), reference=np.linalg.pinv, **_LOOSE),
    OpCase("linalg.pinv", (Arr((2, 4, 3)),), reference=np.linalg.pinv, name="batched", **_LOOSE),
    OpCase("linalg.qr", (Arr((4, 3)),), values=False),
    OpCase("linalg.qr", (Arr((2, 4, 3)),), {"mode": "complete"}, values=False, name="complete"),
    OpCase("linalg.solve", (_SQUARE, Arr((3,))), reference=np.linalg.solve, **_LOOSE),
    OpCase(
        "linalg.solve",
        (_SQUARE_BATCH, Arr((3, 2))),
        reference=np.linalg.solve,
        name="broadcast",
        **_LOOSE,
    ),
    OpCase(
        "linalg.solve",
        (Arr(values=[[2, 1], [1, 3]], dtype="int32"), Arr(values=[1, 2], dtype="int32")),
        reference=lambda a, b: np.linalg.solve(a, b).astype("float32"),
        name="int",
        **_LOOSE,
    ),
    OpCase("linalg.solve_triangular", (_SQUARE, Arr((3,))), reference=_solve_triangular, **_LOOSE),
    OpCase(
        "linalg.solve_triangular",
        (_SQUARE_BATCH, Arr((2, 3, 2))),
        {"lower": True},
        reference=_solve_triangular,
        name="lower-batched",
        **_LOOSE,
    ),
    OpCase(
        "linalg.svd",
        (Arr((2, 4, 3)),),
        {"compute_uv": False},
        reference=lambda x, compute_uv: np.linalg.svd(x, compute_uv=compute_uv),
        **_LOOSE,
    ),
    OpCase("linalg.svd", (Arr((4, 3)),), values=False, name="full"),
    OpCase("linalg.svd", (Arr((4, 3)),), {"full_matrices": False}, values=False, name="reduced"),
]
