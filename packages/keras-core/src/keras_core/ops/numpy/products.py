"""Matrix and tensor products (``keras_core.ops.numpy``)."""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = ["matmul"]

_impl = table("numpy.products")


def _matmul_rule(op, x1, x2):
    s1, s2 = shape_of(x1), shape_of(x2)
    if not s1 or not s2:
        raise ValueError(f"ops.{op}: inputs must be at least 1-D, received shapes {s1} and {s2}.")
    m1 = (1, *s1) if len(s1) == 1 else s1
    m2 = (*s2, 1) if len(s2) == 1 else s2
    if m1[-1] is not None and m2[-2] is not None and m1[-1] != m2[-2]:
        raise ValueError(
            f"ops.{op}: the last axis of x1 (shape {s1}) must match the "
            f"{'only' if len(s2) == 1 else 'second-to-last'} axis of x2 (shape {s2})."
        )
    batch = rules.broadcast_shapes(op, {"x1": m1[:-2], "x2": m2[:-2]})
    shape = (*batch, *([m1[-2]] if len(s1) > 1 else []), *([m2[-1]] if len(s2) > 1 else []))
    d1, d2 = dtype_of(x1), dtype_of(x2)
    dtype = "int32" if (d1, d2) == ("int8", "int8") else result_type(d1, d2)
    return KerasTensor(shape, dtype)


def matmul(x1, x2):
    """Matrix product with NumPy's rules: batched over leading axes, 1-D operands promoted.
    ``int8 @ int8`` accumulates into ``int32``.

    Example:
        >>> a, b = keras_core.KerasTensor((None, 3)), keras_core.KerasTensor((3, 5))
        >>> keras_core.ops.matmul(a, b).shape
        (None, 5)
    """
    try:
        return _impl.matmul(x1, x2)
    except Exception as error:
        return recover(error, _matmul_rule, "matmul", x1, x2)
