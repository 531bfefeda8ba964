"""``linalg``: decompositions, solvers and norms.

Only ``cholesky_inverse`` is composed (from ``inv`` of the factor); the rest are LAPACK
routines that no composition of other ops matches in speed or accuracy.
"""

from keras_core.backend.dispatch import table

REQUIRED = (
    "cholesky",
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
)

_core = table("core")
_linalg = table("linalg")
_manipulation = table("numpy.manipulation")
_products = table("numpy.products")


def cholesky_inverse(x, upper=False):
    factor_inverse = _linalg.inv(x)
    rank = len(_core.shape(factor_inverse))
    swapped = (*range(rank - 2), rank - 1, rank - 2)
    factor_inverse_t = _manipulation.transpose(factor_inverse, swapped)
    if upper:
        # (U^T U)^-1 = U^-1 U^-T
        return _products.matmul(factor_inverse, factor_inverse_t)
    # (L L^T)^-1 = L^-T L^-1
    return _products.matmul(factor_inverse_t, factor_inverse)
