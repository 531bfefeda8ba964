"""``numpy.products``: matrix and tensor products.

``dot``, ``inner``, ``outer``, ``vdot`` and ``kron`` are reshapes around ``tensordot`` and
``multiply``; the contractions with their own index rules are required.
"""

import math

from keras_core.backend.conversion import PYTHON_SCALARS
from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import standardize_dtype

REQUIRED = (
    "matmul",
    "tensordot",
    "einsum",
    "cross",
    "trace",
    "correlate",
    "slogdet",
)

_core = table("core")
_binary = table("numpy.binary")
_manipulation = table("numpy.manipulation")
_products = table("numpy.products")


def _rank(x) -> int:
    return len(_core.shape(x))


def dot(x1, x2):
    if not _rank(x1) or not _rank(x2):
        return _binary.multiply(x1, x2)
    axes = ([-1], [0]) if _rank(x2) == 1 else ([-1], [-2])
    return _products.tensordot(x1, x2, axes=axes)


def inner(x1, x2):
    if not _rank(x1) or not _rank(x2):
        return _binary.multiply(x1, x2)
    return _products.tensordot(x1, x2, axes=([-1], [-1]))


def _size(x) -> int:
    return math.prod(_core.shape(x))


def outer(x1, x2):
    # Python scalars stay weak: reshaping them would make them tensors of a fixed dtype.
    column = x1 if type(x1) in PYTHON_SCALARS else _manipulation.reshape(x1, (-1, 1))
    row = x2 if type(x2) in PYTHON_SCALARS else _manipulation.reshape(x2, (-1,))
    return _manipulation.reshape(_binary.multiply(column, row), (_size(x1), _size(x2)))


def vdot(x1, x2):
    x1 = _core.convert_to_tensor(x1)
    if "complex" in standardize_dtype(x1.dtype):
        x1 = table("numpy.unary").conjugate(x1)
    return _products.tensordot(
        _manipulation.reshape(x1, (-1,)), _manipulation.reshape(x2, (-1,)), axes=1
    )


def kron(x1, x2):
    if type(x1) in PYTHON_SCALARS or type(x2) in PYTHON_SCALARS:
        return _binary.multiply(x1, x2)
    x1, x2 = _core.convert_to_tensor(x1), _core.convert_to_tensor(x2)
    if "bool" in (standardize_dtype(x1.dtype), standardize_dtype(x2.dtype)):
        raise TypeError("kron: bool inputs are not supported")
    s1, s2 = tuple(_core.shape(x1)), tuple(_core.shape(x2))
    rank = max(len(s1), len(s2))
    s1 = (1,) * (rank - len(s1)) + s1
    s2 = (1,) * (rank - len(s2)) + s2
    # Interleave the axes so that each element of x1 scales a whole block of x2.
    spread1 = _manipulation.reshape(x1, tuple(d for a in s1 for d in (a, 1)))
    spread2 = _manipulation.reshape(x2, tuple(d for b in s2 for d in (1, b)))
    blocks = _binary.multiply(spread1, spread2)
    return _manipulation.reshape(blocks, tuple(a * b for a, b in zip(s1, s2, strict=True)))
