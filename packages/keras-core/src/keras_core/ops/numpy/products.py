"""Matrix and tensor products (``keras_core.ops.numpy``)."""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = [
    "correlate",
    "cross",
    "dot",
    "einsum",
    "inner",
    "kron",
    "matmul",
    "outer",
    "slogdet",
    "tensordot",
    "trace",
    "vdot",
]

_impl = table("numpy.products")

# Integer traces accumulate small integers in 32 bits, as sums do.
_TRACE_DTYPES = {
    "bool": "int32",
    "int8": "int32",
    "int16": "int32",
    "uint8": "uint32",
    "uint16": "uint32",
}
_CORRELATE_MODES = ("valid", "same", "full")
_LAPACK_DTYPES = ("float32", "float64")


def _product_dtype(x1, x2) -> str:
    return result_type(dtype_of(x1), dtype_of(x2))


def _sizes_match(a, b) -> bool:
    return a is None or b is None or a == b


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


def _tensordot_axes(op, s1, s2, axes):
    if isinstance(axes, int):
        if not 0 <= axes <= min(len(s1), len(s2)):
            raise ValueError(
                f"ops.{op}: axes={axes} must be between 0 and the smaller rank of x1 "
                f"(shape {s1}) and x2 (shape {s2})."
            )
        return list(range(len(s1) - axes, len(s1))), list(range(axes))
    try:
        a1, a2 = axes
    except (TypeError, ValueError):
        raise ValueError(
            f"ops.{op}: axes must be an int or a pair of axis lists, received {axes!r}."
        ) from None
    a1 = [a1] if isinstance(a1, int) else list(a1)
    a2 = [a2] if isinstance(a2, int) else list(a2)
    if len(a1) != len(a2):
        raise ValueError(f"ops.{op}: axes {axes!r} name different numbers of axes of x1 and x2.")
    a1 = [rules.canonical_axis(op, a, len(s1), s1, "axes") for a in a1]
    a2 = [rules.canonical_axis(op, a, len(s2), s2, "axes") for a in a2]
    return a1, a2


def _tensordot_rule(op, x1, x2, axes=2):
    s1, s2 = shape_of(x1), shape_of(x2)
    a1, a2 = _tensordot_axes(op, s1, s2, axes)
    for i, j in zip(a1, a2, strict=True):
        if not _sizes_match(s1[i], s2[j]):
            raise ValueError(
                f"ops.{op}: axis {i} of x1 (shape {s1}) and axis {j} of x2 (shape {s2}) "
                f"are contracted but have different sizes."
            )
    kept = [d for i, d in enumerate(s1) if i not in a1] + [
        d for i, d in enumerate(s2) if i not in a2
    ]
    return KerasTensor(tuple(kept), _product_dtype(x1, x2))


def _dot_rule(op, x1, x2):
    s1, s2 = shape_of(x1), shape_of(x2)
    if not s1 or not s2:
        return rules.binary(op, x1, x2)
    axes = ([-1], [0]) if len(s2) == 1 else ([-1], [-2])
    return _tensordot_rule(op, x1, x2, axes)


def _inner_rule(op, x1, x2):
    s1, s2 = shape_of(x1), shape_of(x2)
    if not s1 or not s2:
        return rules.binary(op, x1, x2)
    return _tensordot_rule(op, x1, x2, ([-1], [-1]))


def _flat_size(shape):
    size = 1
    for d in shape:
        if d is None:
            return None
        size *= d
    return size


def _outer_rule(op, x1, x2):
    shape = (_flat_size(shape_of(x1)), _flat_size(shape_of(x2)))
    return KerasTensor(shape, _product_dtype(x1, x2))


def _vdot_rule(op, x1, x2):
    n1, n2 = _flat_size(shape_of(x1)), _flat_size(shape_of(x2))
    if not _sizes_match(n1, n2):
        raise ValueError(
            f"ops.{op}: x1 (shape {shape_of(x1)}) and x2 (shape {shape_of(x2)}) must have "
            f"the same number of elements."
        )
    return KerasTensor((), _product_dtype(x1, x2))


def _no_bool(op, *named):
    for name, x in named:
        if dtype_of(x) in ("bool", bool):
            raise TypeError(f"ops.{op}: {name} must be numeric, received dtype bool.")


def _kron_rule(op, x1, x2):
    _no_bool(op, ("x1", x1), ("x2", x2))
    s1, s2 = shape_of(x1), shape_of(x2)
    rank = max(len(s1), len(s2))
    s1 = (1,) * (rank - len(s1)) + tuple(s1)
    s2 = (1,) * (rank - len(s2)) + tuple(s2)
    shape = tuple(None if a is None or b is None else a * b for a, b in zip(s1, s2, strict=True))
    return KerasTensor(shape, _product_dtype(x1, x2))


def _cross_rule(op, x1, x2, axisa=-1, axisb=-1, axisc=-1, axis=None):
    _no_bool(op, ("x1", x1), ("x2", x2))
    s1, s2 = shape_of(x1), shape_of(x2)
    if axis is not None:
        axisa = axisb = axisc = axis
    a = rules.canonical_axis(op, axisa, len(s1), s1, "axisa")
    b = rules.canonical_axis(op, axisb, len(s2), s2, "axisb")
    for name, shape, ax in (("x1", s1, a), ("x2", s2, b)):
        if shape[ax] not in (2, 3, None):
            raise ValueError(
                f"ops.{op}: {name} (shape {shape}) must have 2 or 3 components along axis {ax}."
            )
    rest = rules.broadcast_shapes(
        op,
        {
            "x1": tuple(d for i, d in enumerate(s1) if i != a),
            "x2": tuple(d for i, d in enumerate(s2) if i != b),
        },
    )
    if s1[a] == 2 and s2[b] == 2:
        return KerasTensor(rest, _product_dtype(x1, x2))
    c = rules.canonical_axis(op, axisc, len(rest) + 1, None, "axisc")
    shape = (*rest[:c], 3, *rest[c:])
    return KerasTensor(shape, _product_dtype(x1, x2))


def _trace_rule(op, x, offset=0, axis1=0, axis2=1):
    shape = shape_of(x)
    if len(shape) < 2:
        raise ValueError(f"ops.{op}: x must be at least 2-D, received shape {shape}.")
    a1 = rules.canonical_axis(op, axis1, len(shape), shape, "axis1")
    a2 = rules.canonical_axis(op, axis2, len(shape), shape, "axis2")
    if a1 == a2:
        raise ValueError(f"ops.{op}: axis1 and axis2 must differ, both are {a1}.")
    dtype = rules.same(op, x).dtype
    kept = tuple(d for i, d in enumerate(shape) if i not in (a1, a2))
    return KerasTensor(kept, _TRACE_DTYPES.get(dtype, dtype))


def _correlate_rule(op, x1, x2, mode="valid"):
    s1, s2 = shape_of(x1), shape_of(x2)
    if len(s1) != 1 or len(s2) != 1:
        raise ValueError(f"ops.{op}: x1 and x2 must be 1-D, received shapes {s1} and {s2}.")
    if mode not in _CORRELATE_MODES:
        raise ValueError(f"ops.{op}: mode must be one of {_CORRELATE_MODES}, received {mode!r}.")
    n1, n2 = s1[0], s2[0]
    if n1 == 0 or n2 == 0:
        raise ValueError(f"ops.{op}: inputs must not be empty, received shapes {s1} and {s2}.")
    if n1 is None or n2 is None:
        size = None
    elif mode == "valid":
        size = max(n1, n2) - min(n1, n2) + 1
    elif mode == "same":
        size = max(n1, n2)
    else:
        size = n1 + n2 - 1
    return KerasTensor((size,), result_type(dtype_of(x1), dtype_of(x2), float))


def _square_matrices(op, x, arg="x"):
    shape = shape_of(x)
    if len(shape) < 2 or not _sizes_match(shape[-1], shape[-2]):
        raise ValueError(
            f"ops.{op}: {arg} must be a (batch of) square matrices, received shape {shape}."
        )
    return shape


def _lapack_dtype(op, x, arg="x") -> str:
    """The float dtype a matrix decomposition of ``x`` computes in (ints become floatx)."""
    dtype = rules.float_dtype(dtype_of(x))
    if dtype not in _LAPACK_DTYPES:
        raise TypeError(f"ops.{op}: {arg} must be float32 or float64, received dtype {dtype}.")
    return dtype


def _slogdet_rule(op, x):
    shape = _square_matrices(op, x)
    dtype = _lapack_dtype(op, x)
    return KerasTensor(shape[:-2], dtype), KerasTensor(shape[:-2], dtype)


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


def dot(x1, x2):
    """NumPy's ``dot``: a scalar operand multiplies, a 1-D ``x2`` contracts the last axis of
    ``x1``, otherwise the last axis of ``x1`` meets the second-to-last axis of ``x2``.

    Example:
        >>> keras_core.ops.dot([1, 2], [3, 4])   # 11
    """
    try:
        return _impl.dot(x1, x2)
    except Exception as error:
        return recover(error, _dot_rule, "dot", x1, x2)


def tensordot(x1, x2, axes=2):
    """Sum of products over chosen axes.

    Args:
        x1, x2: Tensors.
        axes: An int ``n`` (the last ``n`` axes of ``x1`` with the first ``n`` of ``x2``)
            or a pair of axis lists ``([axes of x1], [axes of x2])``.

    Returns:
        The axes of ``x1`` not contracted, followed by those of ``x2``.

    Example:
        >>> keras_core.ops.tensordot(np.ones((2, 3)), np.ones((3, 4)), axes=1).shape
        (2, 4)
    """
    try:
        return _impl.tensordot(x1, x2, axes=axes)
    except Exception as error:
        return recover(error, _tensordot_rule, "tensordot", x1, x2, axes)


def inner(x1, x2):
    """Inner product over the last axes of ``x1`` and ``x2`` (a product for scalars).

    Example:
        >>> keras_core.ops.inner([1, 2, 3], [0, 1, 0])   # 2
    """
    try:
        return _impl.inner(x1, x2)
    except Exception as error:
        return recover(error, _inner_rule, "inner", x1, x2)


def outer(x1, x2):
    """Outer product of the flattened ``x1`` and ``x2``: shape ``(x1.size, x2.size)``.

    Example:
        >>> keras_core.ops.outer([1, 2], [1, 10, 100])   # [[1, 10, 100], [2, 20, 200]]
    """
    try:
        return _impl.outer(x1, x2)
    except Exception as error:
        return recover(error, _outer_rule, "outer", x1, x2)


def vdot(x1, x2):
    """Dot product of the flattened ``x1`` and ``x2`` (conjugating ``x1`` if complex).

    Example:
        >>> keras_core.ops.vdot([[1, 2], [3, 4]], [1, 1, 1, 1])   # 10
    """
    try:
        return _impl.vdot(x1, x2)
    except Exception as error:
        return recover(error, _vdot_rule, "vdot", x1, x2)


def kron(x1, x2):
    """Kronecker product: blocks of ``x2`` scaled by each element of ``x1``.

    Example:
        >>> keras_core.ops.kron([1, 10], [1, 2])   # [1, 2, 10, 20]
    """
    try:
        return _impl.kron(x1, x2)
    except Exception as error:
        return recover(error, _kron_rule, "kron", x1, x2)


def einsum(subscripts, *operands, **kwargs):
    """Einstein summation, as ``numpy.einsum`` (``...`` broadcasts); all-``int8`` operands
    accumulate into ``int32``.

    Example:
        >>> keras_core.ops.einsum("ij,jk->ik", np.ones((2, 3)), np.ones((3, 4))).shape
        (2, 4)
    """
    try:
        return _impl.einsum(subscripts, *operands, **kwargs)
    except Exception as error:
        return recover(error, _einsum_rule, "einsum", subscripts, *operands)


def cross(x1, x2, axisa=-1, axisb=-1, axisc=-1, axis=None):
    """Cross product of 2- or 3-component vectors, broadcast over the other axes.

    Args:
        x1, x2: Tensors holding the vectors along ``axisa`` / ``axisb``.
        axisa, axisb: The vector axis of ``x1`` and ``x2``.
        axisc: The vector axis of the result (absent when both vectors have 2 components).
        axis: If given, overrides all three.

    Example:
        >>> keras_core.ops.cross([1, 0, 0], [0, 1, 0])   # [0, 0, 1]
    """
    try:
        return _impl.cross(x1, x2, axisa=axisa, axisb=axisb, axisc=axisc, axis=axis)
    except Exception as error:
        return recover(error, _cross_rule, "cross", x1, x2, axisa, axisb, axisc, axis)


def trace(x, offset=0, axis1=0, axis2=1):
    """Sum along a diagonal of the ``(axis1, axis2)`` planes; ``offset`` > 0 is above the
    main diagonal. Bool and small integers sum into ``int32``.

    Example:
        >>> keras_core.ops.trace([[1, 2], [3, 4]])   # 5
    """
    try:
        return _impl.trace(x, offset=offset, axis1=axis1, axis2=axis2)
    except Exception as error:
        return recover(error, _trace_rule, "trace", x, offset, axis1, axis2)


def correlate(x1, x2, mode="valid"):
    """Cross-correlation of two 1-D tensors, as ``numpy.correlate``; the result is float.

    Args:
        x1, x2: 1-D tensors.
        mode: ``"valid"``, ``"same"`` or ``"full"``.

    Example:
        >>> keras_core.ops.correlate([1, 2, 3], [0, 1, 0.5])   # [3.5]
    """
    try:
        return _impl.correlate(x1, x2, mode=mode)
    except Exception as error:
        return recover(error, _correlate_rule, "correlate", x1, x2, mode)


def slogdet(x):
    """Sign and natural log of the absolute determinant of (a batch of) square matrices.

    Returns:
        ``(sign, logabsdet)``, each of shape ``x.shape[:-2]``.

    Example:
        >>> sign, logabsdet = keras_core.ops.slogdet([[2.0, 0.0], [0.0, -3.0]])   # -1, log 6
    """
    try:
        return _impl.slogdet(x)
    except Exception as error:
        return recover(error, _slogdet_rule, "slogdet", x)


def _einsum_terms(op, subscripts, count):
    spec = subscripts.replace(" ", "")
    inputs, arrow, output = spec.partition("->")
    terms = inputs.split(",")
    if len(terms) != count:
        raise ValueError(
            f"ops.{op}: subscripts {subscripts!r} name {len(terms)} operands, received {count}."
        )
    return terms, (output if arrow else None)


def _einsum_rule(op, subscripts, *operands):
    if not isinstance(subscripts, str):
        raise TypeError(f"ops.{op}: subscripts must be a string, received {subscripts!r}.")
    terms, output = _einsum_terms(op, subscripts, len(operands))
    sizes, ellipses, counts = {}, [], {}
    for term, x in zip(terms, operands, strict=True):
        shape = shape_of(x)
        letters = term.replace("...", "")
        if len(letters) > len(shape) or ("..." not in term and len(letters) != len(shape)):
            raise ValueError(
                f"ops.{op}: term {term!r} of {subscripts!r} does not fit an operand of "
                f"shape {shape}."
            )
        head, _, tail = term.partition("...")
        ellipses.append(shape[len(head) : len(shape) - len(tail)] if "..." in term else ())
        labelled = shape[: len(head)] + shape[len(shape) - len(tail) :]
        for letter, size in zip(head + tail, labelled, strict=True):
            counts[letter] = counts.get(letter, 0) + 1
            if letter in sizes and not _sizes_match(sizes[letter], size):
                raise ValueError(
                    f"ops.{op}: index {letter!r} of {subscripts!r} has sizes {sizes[letter]} "
                    f"and {size}."
                )
            if sizes.get(letter) is None:
                sizes[letter] = size
    broadcast = rules.broadcast_shapes(op, {f"operand {i}": e for i, e in enumerate(ellipses)})
    if output is None:
        output = "..." + "".join(sorted(k for k, n in counts.items() if n == 1))
    head, _, tail = output.partition("...")
    shape = (
        *(sizes[c] for c in head),
        *(broadcast if "..." in output else ()),
        *(sizes[c] for c in tail),
    )
    dtypes = [dtype_of(x) for x in operands]
    dtype = "int32" if all(d == "int8" for d in dtypes) else result_type(*dtypes)
    return KerasTensor(shape, dtype)
