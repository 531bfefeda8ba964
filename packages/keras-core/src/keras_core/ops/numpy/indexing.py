"""Indexing, gathering and selecting by condition (``keras_core.ops.numpy``)."""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = [
    "get_item",
    "take",
    "take_along_axis",
    "where",
    "select",
    "nonzero",
    "isin",
    "diagonal",
    "unravel_index",
    "vectorize",
]

_impl = table("numpy.indexing")
_INTS = ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")


def _dtype(x) -> str:
    return rules.same("", x).dtype


def _int_dtype(op, x, arg) -> str:
    dtype = _dtype(x)
    if dtype not in _INTS:
        raise TypeError(f"ops.{op}: {arg} must have an integer dtype, received {dtype}.")
    return dtype


def _index_kind(op, item) -> str:
    if item is None:
        return "new"
    if item is Ellipsis:
        return "ellipsis"
    if isinstance(item, slice):
        return "slice"
    if isinstance(item, int) and not isinstance(item, bool):
        return "int"
    dtype = _dtype(item)
    if dtype == "bool":
        return "mask"
    if dtype in _INTS:
        return "int" if not shape_of(item) and not isinstance(item, KerasTensor) else "array"
    raise TypeError(
        f"ops.{op}: an index must be an int, a slice, None, Ellipsis or an integer or bool "
        f"tensor, received {type(item).__name__} of dtype {dtype}."
    )


def _slice_size(op, item, size):
    if item.step == 0:
        raise ValueError(f"ops.{op}: a slice step cannot be zero, received {item}.")
    bounds = (item.start, item.stop, item.step)
    if size is None or any(b is not None and not isinstance(b, int) for b in bounds):
        return None
    return len(range(*item.indices(size)))


def _checked_int(op, item, size, axis):
    if isinstance(item, int) and size is not None and not -size <= item < size:
        raise IndexError(f"ops.{op}: index {item} is out of bounds for axis {axis} of size {size}.")


def _expanded_key(op, shape, key):
    """``key`` as ``(item, kind)`` pairs with the ellipsis (or the tail) spelled as slices."""
    items = list(key) if isinstance(key, tuple) else [key]
    kinds = [_index_kind(op, item) for item in items]
    if kinds.count("ellipsis") > 1:
        raise ValueError(f"ops.{op}: an index can hold one ellipsis (...), received {key!r}.")
    used = sum(
        len(shape_of(item)) if kind == "mask" else kind in ("int", "slice", "array")
        for item, kind in zip(items, kinds, strict=True)
    )
    if used > len(shape):
        raise IndexError(
            f"ops.{op}: too many indices for an input of shape {shape}: {used} axes indexed."
        )
    fill = [(slice(None), "slice")] * (len(shape) - used)
    if "ellipsis" not in kinds:
        return list(zip(items, kinds, strict=True)) + fill
    at = kinds.index("ellipsis")
    pairs = list(zip(items, kinds, strict=True))
    return pairs[:at] + fill + pairs[at + 1 :]


def _get_item_rule(op, x, key):
    shape = shape_of(x)
    pairs = _expanded_key(op, shape, key)
    gathers = any(kind in ("array", "mask") for _, kind in pairs)
    out, gathered, positions, axis = [], {}, [], 0
    for item, kind in pairs:
        if kind == "new":
            out.append(1)
            continue
        if kind == "slice":
            out.append(_slice_size(op, item, shape[axis]))
        elif kind == "int":
            _checked_int(op, item, shape[axis], axis)
        if kind in ("array", "mask") or (kind == "int" and gathers):
            positions.append(len(out))
            gathered[f"index {len(gathered)}"] = _gathered_shape(op, item, kind, shape, axis)
        axis += len(shape_of(item)) if kind == "mask" else 1
    if gathered:
        # NumPy puts the gathered axes where the index arrays stand when they are adjacent,
        # and first otherwise.
        at = positions[0] if len(set(positions)) == 1 else 0
        out[at:at] = rules.broadcast_shapes(op, gathered)
    return KerasTensor(tuple(out), _dtype(x))


def _gathered_shape(op, item, kind, shape, axis):
    if kind == "int":
        return ()
    if kind == "array":
        return shape_of(item)
    mask = shape_of(item)
    covered = shape[axis : axis + len(mask)]
    if any(m is not None and d is not None and m != d for m, d in zip(mask, covered, strict=True)):
        raise IndexError(
            f"ops.{op}: a boolean index of shape {mask} does not match the indexed axes "
            f"{covered} of an input of shape {shape}."
        )
    return (None,)


def _take_rule(op, x, indices, axis=None):
    shape, picked = shape_of(x), shape_of(indices)
    _int_dtype(op, indices, "indices")
    if axis is None:
        return KerasTensor(picked, _dtype(x))
    axis = rules.canonical_axis(op, axis, len(shape), shape)
    return KerasTensor((*shape[:axis], *picked, *shape[axis + 1 :]), _dtype(x))


def _take_along_axis_rule(op, x, indices, axis=None):
    shape, picked = shape_of(x), shape_of(indices)
    _int_dtype(op, indices, "indices")
    if axis is None:
        if len(picked) != 1:
            raise ValueError(
                f"ops.{op}: with axis=None, indices must be 1-D, received shape {picked}."
            )
        return KerasTensor(picked, _dtype(x))
    if len(picked) != len(shape):
        raise ValueError(
            f"ops.{op}: x (shape {shape}) and indices (shape {picked}) must have the same rank."
        )
    axis = rules.canonical_axis(op, axis, len(shape), shape)
    others = rules.broadcast_shapes(
        op,
        {
            "x": (*shape[:axis], 1, *shape[axis + 1 :]),
            "indices": (*picked[:axis], 1, *picked[axis + 1 :]),
        },
    )
    return KerasTensor((*others[:axis], picked[axis], *others[axis + 1 :]), _dtype(x))


def _nonzero_rule(op, x):
    return tuple(KerasTensor((None,), "int32") for _ in shape_of(x))


def _where_rule(op, condition, x1=None, x2=None):
    if x1 is None and x2 is None:
        return _nonzero_rule(op, condition)
    if x1 is None or x2 is None:
        raise ValueError(f"ops.{op}: give both x1 and x2, or neither.")
    shape = rules.broadcast_shapes(
        op, {"condition": shape_of(condition), "x1": shape_of(x1), "x2": shape_of(x2)}
    )
    return KerasTensor(shape, result_type(dtype_of(x1), dtype_of(x2)))


def _select_rule(op, condlist, choicelist, default=0):
    if len(condlist) != len(choicelist):
        raise ValueError(
            f"ops.{op}: condlist and choicelist must have the same length, received "
            f"{len(condlist)} and {len(choicelist)}."
        )
    if not condlist:
        raise ValueError(f"ops.{op}: needs at least one condition, received none.")
    shapes = {f"condlist[{i}]": shape_of(c) for i, c in enumerate(condlist)}
    shapes.update({f"choicelist[{i}]": shape_of(c) for i, c in enumerate(choicelist)})
    shapes["default"] = shape_of(default)
    dtype = result_type(*(dtype_of(c) for c in choicelist), dtype_of(default))
    return KerasTensor(rules.broadcast_shapes(op, shapes), dtype)


def _isin_rule(op, x1, x2, assume_unique=False, invert=False):
    shape_of(x2)
    return KerasTensor(shape_of(x1), "bool")


def _diagonal_length(size1, size2, offset):
    if size1 is None or size2 is None:
        return None
    if offset >= 0:
        return max(0, min(size1, size2 - offset))
    return max(0, min(size1 + offset, size2))


def _diagonal_rule(op, x, offset=0, axis1=0, axis2=1):
    shape = shape_of(x)
    if len(shape) < 2:
        raise ValueError(f"ops.{op}: needs an input of rank 2 or more, received shape {shape}.")
    a = rules.canonical_axis(op, axis1, len(shape), shape, "axis1")
    b = rules.canonical_axis(op, axis2, len(shape), shape, "axis2")
    if a == b:
        raise ValueError(f"ops.{op}: axis1 and axis2 must differ, received {axis1} and {axis2}.")
    rest = tuple(d for i, d in enumerate(shape) if i not in (a, b))
    return KerasTensor((*rest, _diagonal_length(shape[a], shape[b], offset)), _dtype(x))


def _unravel_index_rule(op, indices, shape):
    dtype = _int_dtype(op, indices, "indices")
    dims = (shape,) if isinstance(shape, int) else tuple(shape)
    if any(d is not None and d < 0 for d in dims):
        raise ValueError(f"ops.{op}: shape {dims} has a negative size.")
    return tuple(KerasTensor(shape_of(indices), dtype) for _ in dims)


def get_item(x, key):
    """``x[key]`` with NumPy's indexing: ints, slices, ``None``, ``...``, index and bool tensors.

    Example:
        >>> keras_core.ops.get_item(keras_core.ops.ones((2, 3)), (Ellipsis, None, 0)).shape
        (2, 1)
    """
    try:
        return _impl.get_item(x, key)
    except Exception as error:
        return recover(error, _get_item_rule, "get_item", x, key)


def take(x, indices, axis=None):
    """Elements of ``x`` at ``indices`` along ``axis`` (``None``: of the flattened ``x``).

    Example:
        >>> keras_core.ops.take([[1, 2], [3, 4]], [1, 0], axis=1)   # [[2, 1], [4, 3]]
    """
    try:
        return _impl.take(x, indices, axis=axis)
    except Exception as error:
        return recover(error, _take_rule, "take", x, indices, axis)


def take_along_axis(x, indices, axis=None):
    """Picks from ``x`` along ``axis`` at ``indices`` of the same rank (both broadcast).

    Example:
        >>> keras_core.ops.take_along_axis([[1, 2], [3, 4]], [[1], [0]], axis=1)   # [[2], [3]]
    """
    try:
        return _impl.take_along_axis(x, indices, axis=axis)
    except Exception as error:
        return recover(error, _take_along_axis_rule, "take_along_axis", x, indices, axis)


def where(condition, x1=None, x2=None):
    """``x1`` where ``condition`` holds, else ``x2`` (broadcast, promoted dtypes).

    With only ``condition``, the same as :func:`nonzero`.

    Example:
        >>> keras_core.ops.where([True, False], [1, 2], [3, 4])   # [1, 4]
    """
    try:
        if x1 is None and x2 is None:
            return _impl.nonzero(condition)
        return _impl.where(condition, x1, x2)
    except Exception as error:
        return recover(error, _where_rule, "where", condition, x1, x2)


def select(condlist, choicelist, default=0):
    """Per element, the entry of the first choice whose condition holds, else ``default``.

    Example:
        >>> x = keras_core.ops.convert_to_tensor([1, 5, 9])
        >>> keras_core.ops.select([x < 3, x < 6], [x, -x], 0)   # [1, -5, 0]
    """
    try:
        return _impl.select(condlist, choicelist, default=default)
    except Exception as error:
        return recover(error, _select_rule, "select", condlist, choicelist, default)


def nonzero(x):
    """Indices of the non-zero elements of ``x``, one ``int32`` tensor per axis.

    Example:
        >>> keras_core.ops.nonzero([0, 3, 0, 4])   # ([1, 3],)
    """
    try:
        return _impl.nonzero(x)
    except Exception as error:
        return recover(error, _nonzero_rule, "nonzero", x)


def isin(x1, x2, assume_unique=False, invert=False):
    """Whether each element of ``x1`` occurs in ``x2`` (negated with ``invert=True``).

    Example:
        >>> keras_core.ops.isin([1, 2, 3], [2, 5])   # [False, True, False]
    """
    try:
        return _impl.isin(x1, x2, assume_unique=assume_unique, invert=invert)
    except Exception as error:
        return recover(error, _isin_rule, "isin", x1, x2, assume_unique, invert)


def diagonal(x, offset=0, axis1=0, axis2=1):
    """The diagonal of the ``(axis1, axis2)`` planes, as the last axis of the result.

    Example:
        >>> keras_core.ops.diagonal([[1, 2], [3, 4]])   # [1, 4]
    """
    try:
        return _impl.diagonal(x, offset=offset, axis1=axis1, axis2=axis2)
    except Exception as error:
        return recover(error, _diagonal_rule, "diagonal", x, offset, axis1, axis2)


def unravel_index(indices, shape):
    """Flat ``indices`` into an array of ``shape`` as one index tensor per axis.

    Example:
        >>> keras_core.ops.unravel_index([5, 1], (2, 3))   # ([1, 0], [2, 1])
    """
    try:
        return _impl.unravel_index(indices, shape)
    except Exception as error:
        return recover(error, _unravel_index_rule, "unravel_index", indices, shape)


def vectorize(pyfunc, *, excluded=None, signature=None):
    """``pyfunc`` made to map over the leading axes of its tensor arguments.

    Args:
        excluded: Positions or names of arguments passed through unchanged.
        signature: Core dimensions as in ``numpy.vectorize``, e.g. ``"(n),(n)->()"``.

    Example:
        >>> dot = keras_core.ops.vectorize(lambda a, b: (a * b).sum(), signature="(n),(n)->()")
    """
    return _impl.vectorize(pyfunc, excluded=excluded, signature=signature)
