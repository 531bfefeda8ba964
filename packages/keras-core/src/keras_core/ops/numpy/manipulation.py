"""Reshaping, joining, splitting, flipping and padding (``keras_core.ops.numpy``)."""

import itertools
import math

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = [
    "reshape",
    "transpose",
    "concatenate",
    "append",
    "broadcast_to",
    "copy",
    "expand_dims",
    "squeeze",
    "ravel",
    "moveaxis",
    "swapaxes",
    "ndim",
    "size",
    "view",
    "flip",
    "fliplr",
    "flipud",
    "rot90",
    "roll",
    "repeat",
    "tile",
    "pad",
    "stack",
    "hstack",
    "vstack",
    "dstack",
    "split",
    "array_split",
    "hsplit",
    "vsplit",
    "dsplit",
]

_impl = table("numpy.manipulation")
_PAD_MODES = ("constant", "edge", "reflect", "symmetric", "wrap")
_ITEMSIZES = {"bool": 1, "int8": 1, "uint8": 1, "float8_e4m3fn": 1, "float8_e5m2": 1}


def _dtype(x) -> str:
    return rules.same("", x).dtype


def _sized(op, shape, axis, size, arg="axis"):
    """``shape`` with the size at ``axis`` replaced (checked against the rank)."""
    axis = rules.canonical_axis(op, axis, len(shape), shape, arg)
    return (*shape[:axis], size, *shape[axis + 1 :])


def _reshape_rule(op, x, newshape):
    shape = shape_of(x)
    target = (newshape,) if isinstance(newshape, int) else tuple(newshape)
    if sum(1 for d in target if d == -1) > 1:
        raise ValueError(f"ops.{op}: newshape {target} has more than one -1.")
    if any(d is not None and d < -1 for d in target):
        raise ValueError(f"ops.{op}: newshape {target} has a negative size other than -1.")
    known_target = math.prod(d for d in target if d not in (-1, None))
    if None in shape or None in target:
        return KerasTensor(tuple(None if d == -1 else d for d in target), _dtype(x))
    size = math.prod(shape)
    if -1 in target:
        if known_target == 0 or size % known_target:
            raise ValueError(
                f"ops.{op}: cannot reshape an input of shape {shape} ({size} elements) "
                f"into {target}."
            )
        target = tuple(size // known_target if d == -1 else d for d in target)
    elif known_target != size:
        raise ValueError(
            f"ops.{op}: cannot reshape an input of shape {shape} ({size} elements) into "
            f"{target} ({known_target} elements)."
        )
    return KerasTensor(target, _dtype(x))


def _transpose_rule(op, x, axes=None):
    shape = shape_of(x)
    if axes is None:
        return KerasTensor(shape[::-1], _dtype(x))
    if len(axes) != len(shape) or sorted(a % max(len(shape), 1) for a in axes) != list(
        range(len(shape))
    ):
        raise ValueError(
            f"ops.{op}: axes={tuple(axes)} is not a permutation of the {len(shape)} axes "
            f"of an input of shape {shape}."
        )
    return KerasTensor(tuple(shape[a] for a in axes), _dtype(x))


def _joined_shape(op, shapes, axis):
    """Shape of ``shapes`` joined along ``axis``; the other sizes must agree."""
    if not shapes:
        raise ValueError(f"ops.{op}: needs at least one tensor, received none.")
    rank = len(shapes[0])
    if any(len(s) != rank for s in shapes):
        raise ValueError(f"ops.{op}: all inputs must have the same rank, received shapes {shapes}.")
    axis = rules.canonical_axis(op, axis, rank, shapes[0])
    out = []
    for i in range(rank):
        sizes = [s[i] for s in shapes]
        if i == axis:
            out.append(None if None in sizes else sum(sizes))
            continue
        known = {d for d in sizes if d is not None}
        if len(known) > 1:
            raise ValueError(
                f"ops.{op}: input shapes {shapes} differ on axis {i}; only axis {axis} may differ."
            )
        out.append(known.pop() if known else None)
    return tuple(out)


def _concatenate_rule(op, xs, axis=0):
    shape = _joined_shape(op, [shape_of(x) for x in xs], axis)
    return KerasTensor(shape, result_type(*(dtype_of(x) for x in xs)))


def _append_rule(op, x1, x2, axis=None):
    if axis is None:
        sizes = [_ravel_rule(op, x).shape[0] for x in (x1, x2)]
        shape = (None if None in sizes else sum(sizes),)
    else:
        shape = _joined_shape(op, [shape_of(x1), shape_of(x2)], axis)
    return KerasTensor(shape, result_type(dtype_of(x1), dtype_of(x2)))


def _broadcast_to_rule(op, x, shape):
    source, target = shape_of(x), (shape,) if isinstance(shape, int) else tuple(shape)
    offset = len(target) - len(source)
    fits = offset >= 0 and all(
        d in (1, None) or t in (d, None) for d, t in zip(source, target[offset:], strict=True)
    )
    if not fits:
        raise ValueError(f"ops.{op}: cannot broadcast an input of shape {source} to {target}.")
    return KerasTensor(target, _dtype(x))


def _expand_dims_rule(op, x, axis):
    shape = shape_of(x)
    axes = rules.canonical_axes(op, axis, len(shape) + len(_listed(axis)), shape)
    rest = iter(shape)
    out = tuple(1 if i in axes else next(rest) for i in range(len(shape) + len(axes)))
    return KerasTensor(out, _dtype(x))


def _listed(axis) -> tuple:
    return tuple(axis) if isinstance(axis, (list, tuple)) else (axis,)


def _squeeze_rule(op, x, axis=None):
    shape = shape_of(x)
    if axis is None:
        return KerasTensor(tuple(d for d in shape if d != 1), _dtype(x))
    axes = rules.canonical_axes(op, axis, len(shape), shape)
    for a in axes:
        if shape[a] not in (1, None):
            raise ValueError(
                f"ops.{op}: cannot squeeze axis {a} of an input of shape {shape}: its size "
                f"is {shape[a]}, not 1."
            )
    return KerasTensor(tuple(d for i, d in enumerate(shape) if i not in axes), _dtype(x))


def _ravel_rule(op, x):
    shape = shape_of(x)
    return KerasTensor((None if None in shape else math.prod(shape),), _dtype(x))


def _moveaxis_rule(op, x, source, destination):
    shape = shape_of(x)
    sources, destinations = _listed(source), _listed(destination)
    if len(sources) != len(destinations):
        raise ValueError(
            f"ops.{op}: source {source!r} and destination {destination!r} must name as many axes."
        )
    sources = [rules.canonical_axis(op, a, len(shape), shape, "source") for a in sources]
    destinations = [
        rules.canonical_axis(op, a, len(shape), shape, "destination") for a in destinations
    ]
    order = [a for a in range(len(shape)) if a not in sources]
    for dest, src in sorted(zip(destinations, sources, strict=True)):
        order.insert(dest, src)
    return KerasTensor(tuple(shape[a] for a in order), _dtype(x))


def _swapaxes_rule(op, x, axis1, axis2):
    shape = list(shape_of(x))
    a = rules.canonical_axis(op, axis1, len(shape), tuple(shape), "axis1")
    b = rules.canonical_axis(op, axis2, len(shape), tuple(shape), "axis2")
    shape[a], shape[b] = shape[b], shape[a]
    return KerasTensor(tuple(shape), _dtype(x))


def _count_rule(op, x):
    shape_of(x)
    return KerasTensor((), "int32")


def _itemsize(dtype: str) -> int:
    if dtype in _ITEMSIZES:
        return _ITEMSIZES[dtype]
    digits = "".join(c for c in dtype if c.isdigit())
    return int(digits) // 8 if digits else 4


def _view_rule(op, x, dtype=None):
    shape, source = shape_of(x), _dtype(x)
    if dtype is None:
        return KerasTensor(shape, source)
    target = KerasTensor((), dtype).dtype
    old, new = _itemsize(source), _itemsize(target)
    if old == new:
        return KerasTensor(shape, target)
    if not shape:
        raise ValueError(
            f"ops.{op}: cannot view a scalar of dtype {source} as {target}: the item sizes differ."
        )
    last = shape[-1]
    if last is not None and (last * old) % new:
        raise ValueError(
            f"ops.{op}: cannot view an input of shape {shape} and dtype {source} as {target}: "
            f"the last axis ({last * old} bytes) is not a multiple of {new} bytes."
        )
    return KerasTensor((*shape[:-1], None if last is None else last * old // new), target)


def _flip_rule(op, x, axis=None):
    shape = shape_of(x)
    rules.canonical_axes(op, axis, len(shape), shape)
    return KerasTensor(shape, _dtype(x))


def _min_rank_rule(rank):
    def rule(op, x):
        shape = shape_of(x)
        if len(shape) < rank:
            raise ValueError(
                f"ops.{op}: needs an input of rank {rank} or more, received shape {shape}."
            )
        return KerasTensor(shape, _dtype(x))

    return rule


def _rot90_rule(op, array, k=1, axes=(0, 1)):
    shape = list(shape_of(array))
    if len(shape) < 2:
        raise ValueError(f"ops.{op}: needs an input of rank 2 or more, received shape {shape}.")
    if len(axes) != 2:
        raise ValueError(f"ops.{op}: axes must name two axes, received {axes!r}.")
    a, b = (rules.canonical_axis(op, a, len(shape), tuple(shape), "axes") for a in axes)
    if a == b:
        raise ValueError(f"ops.{op}: axes must be two different axes, received {tuple(axes)}.")
    if k % 2:
        shape[a], shape[b] = shape[b], shape[a]
    return KerasTensor(tuple(shape), _dtype(array))


def _roll_rule(op, x, shift, axis=None):
    shape = shape_of(x)
    if axis is not None:
        axes = _listed(axis)
        for a in axes:
            rules.canonical_axis(op, a, len(shape), shape)
        shifts = _listed(shift)
        if len(shifts) not in (1, len(axes)):
            raise ValueError(
                f"ops.{op}: shift {shift!r} must be one int or one per axis of {axis!r}."
            )
    return KerasTensor(shape, _dtype(x))


def _repeat_rule(op, x, repeats, axis=None):
    shape = shape_of(x)
    if axis is None:
        shape = (None if None in shape else math.prod(shape),)
        axis = 0
    axis = rules.canonical_axis(op, axis, len(shape), shape)
    size = shape[axis]
    if isinstance(repeats, int):
        if repeats < 0:
            raise ValueError(f"ops.{op}: repeats must not be negative, received {repeats}.")
        return KerasTensor(
            _sized(op, shape, axis, None if size is None else size * repeats), _dtype(x)
        )
    counts = shape_of(repeats)
    if len(counts) > 1 or (counts and None not in (counts[0], size) and counts[0] not in (1, size)):
        raise ValueError(
            f"ops.{op}: repeats of shape {counts} must be a scalar or have one entry per "
            f"element of axis {axis} (size {size})."
        )
    total = None
    if isinstance(repeats, (list, tuple)) and size is not None:
        total = sum(repeats) * (size if len(repeats) == 1 else 1)
    return KerasTensor(_sized(op, shape, axis, total), _dtype(x))


def _tile_rule(op, x, repeats):
    shape, reps = shape_of(x), _listed(repeats)
    if any(not isinstance(r, int) or r < 0 for r in reps):
        raise ValueError(f"ops.{op}: repeats must be non-negative ints, received {repeats!r}.")
    rank = max(len(shape), len(reps))
    shape = (1,) * (rank - len(shape)) + tuple(shape)
    reps = (1,) * (rank - len(reps)) + reps
    out = tuple(None if d is None else d * r for d, r in zip(shape, reps, strict=True))
    return KerasTensor(out, _dtype(x))


def _pad_widths(op, pad_width, rank):
    """``pad_width`` as one ``(before, after)`` pair per axis, as ``numpy.pad`` reads it."""
    try:
        import numpy as np

        widths = np.broadcast_to(np.asarray(pad_width, dtype="int64"), (rank, 2))
    except (TypeError, ValueError):
        raise ValueError(
            f"ops.{op}: pad_width {pad_width!r} must be an int, a (before, after) pair or one "
            f"pair per axis of the input's {rank} axes."
        ) from None
    if (widths < 0).any():
        raise ValueError(f"ops.{op}: pad_width must not be negative, received {pad_width!r}.")
    return [tuple(int(w) for w in pair) for pair in widths]


def _pad_rule(op, x, pad_width, mode="constant", constant_values=None):
    shape = shape_of(x)
    if mode not in _PAD_MODES:
        raise ValueError(f"ops.{op}: mode must be one of {_PAD_MODES}, received {mode!r}.")
    if constant_values is not None and mode != "constant":
        raise ValueError(
            f"ops.{op}: constant_values is only used with mode='constant', received mode={mode!r}."
        )
    widths = _pad_widths(op, pad_width, len(shape))
    if mode in ("reflect", "symmetric", "wrap"):
        for d, (before, after) in zip(shape, widths, strict=True):
            if d == 0 and before + after:
                raise ValueError(f"ops.{op}: cannot pad an empty axis with mode={mode!r}.")
    out = tuple(None if d is None else d + b + a for d, (b, a) in zip(shape, widths, strict=True))
    return KerasTensor(out, _dtype(x))


def _stack_rule(op, x, axis=0):
    shapes = [shape_of(t) for t in x]
    if not shapes:
        raise ValueError(f"ops.{op}: needs at least one tensor, received none.")
    joined = _joined_shape(op, [(1, *s) for s in shapes], 0)
    axis = rules.canonical_axis(op, axis, len(shapes[0]) + 1, shapes[0])
    shape = (*joined[1 : axis + 1], len(shapes), *joined[axis + 1 :])
    return KerasTensor(shape, result_type(*(dtype_of(t) for t in x)))


def _at_least(shape, rank):
    """``shape`` as ``numpy.atleast_{1,2,3}d`` would make it."""
    if len(shape) >= rank:
        return tuple(shape)
    if rank == 3 and len(shape) == 2:
        return (*shape, 1)
    if rank == 3:
        return (1, *(shape or (1,)), 1)
    return (1,) * (rank - len(shape)) + tuple(shape)


def _stacked_rule(rank, axis):
    def rule(op, xs):
        shapes = [_at_least(shape_of(x), rank) for x in xs]
        join = 0 if rank == 1 and shapes and len(shapes[0]) == 1 else axis
        shape = _joined_shape(op, shapes, join)
        return KerasTensor(shape, result_type(*(dtype_of(x) for x in xs)))

    return rule


def _pieces(op, size, indices_or_sections, even):
    """Sizes of the pieces of an axis of ``size``; ``None`` where unknown."""
    if isinstance(indices_or_sections, int):
        sections = indices_or_sections
        if sections <= 0:
            raise ValueError(
                f"ops.{op}: the number of sections must be positive, received {sections}."
            )
        if size is None:
            return [None] * sections
        if even and size % sections:
            raise ValueError(
                f"ops.{op}: an axis of size {size} cannot be split into {sections} equal sections."
            )
        base, extra = divmod(size, sections)
        return [base + 1] * extra + [base] * (sections - extra)
    bounds = [int(i) for i in indices_or_sections]
    if size is None:
        return [None] * (len(bounds) + 1)
    edges = [0, *(min(max(b + size if b < 0 else b, 0), size) for b in bounds), size]
    return [max(stop - start, 0) for start, stop in itertools.pairwise(edges)]


def _split_rule(op, x, indices_or_sections, axis=0, even=True):
    shape = shape_of(x)
    axis = rules.canonical_axis(op, axis, len(shape), shape)
    sizes = _pieces(op, shape[axis], indices_or_sections, even)
    return [KerasTensor(_sized(op, shape, axis, n), _dtype(x)) for n in sizes]


def _array_split_rule(op, x, indices_or_sections, axis=0):
    return _split_rule(op, x, indices_or_sections, axis, even=False)


def _axis_split_rule(rank, axis):
    def rule(op, x, indices_or_sections):
        shape = shape_of(x)
        if len(shape) < rank:
            raise ValueError(
                f"ops.{op}: needs an input of rank {rank} or more, received shape {shape}."
            )
        return _split_rule(op, x, indices_or_sections, 0 if len(shape) == 1 else axis)

    return rule


def reshape(x, newshape):
    """Gives ``x`` a new shape with the same number of elements; one entry may be ``-1``.

    Example:
        >>> keras_core.ops.reshape(keras_core.ops.convert_to_tensor([1, 2, 3, 4]), (2, -1))
    """
    try:
        return _impl.reshape(x, newshape)
    except Exception as error:
        return recover(error, _reshape_rule, "reshape", x, newshape)


def transpose(x, axes=None):
    """Permutes the axes of ``x`` (by default reverses them).

    Example:
        >>> keras_core.ops.transpose(keras_core.ops.convert_to_tensor([[1, 2, 3]])).shape
        (3, 1)
    """
    try:
        return _impl.transpose(x, axes=axes)
    except Exception as error:
        return recover(error, _transpose_rule, "transpose", x, axes)


def concatenate(xs, axis=0):
    """Joins a sequence of tensors along an existing axis, promoting their dtypes.

    Example:
        >>> keras_core.ops.concatenate([[1, 2], [3]])   # [1, 2, 3]
    """
    try:
        return _impl.concatenate(xs, axis=axis)
    except Exception as error:
        return recover(error, _concatenate_rule, "concatenate", xs, axis)


def append(x1, x2, axis=None):
    """``x2`` appended to ``x1`` along ``axis`` (``None``: both flattened first).

    Example:
        >>> keras_core.ops.append([1, 2], [[3]])   # [1, 2, 3]
    """
    try:
        return _impl.append(x1, x2, axis=axis)
    except Exception as error:
        return recover(error, _append_rule, "append", x1, x2, axis)


def broadcast_to(x, shape):
    """Broadcasts ``x`` to ``shape`` by NumPy's rules.

    Example:
        >>> keras_core.ops.broadcast_to([1, 2], (3, 2)).shape
        (3, 2)
    """
    try:
        return _impl.broadcast_to(x, shape)
    except Exception as error:
        return recover(error, _broadcast_to_rule, "broadcast_to", x, shape)


def copy(x):
    """A copy of ``x`` (same shape, dtype and values).

    Example:
        >>> keras_core.ops.copy([1, 2])   # [1, 2]
    """
    try:
        return _impl.copy(x)
    except Exception as error:
        return recover(error, rules.same, "copy", x)


def expand_dims(x, axis):
    """Inserts size-1 axes at ``axis`` (an int or a tuple, counted in the output).

    Example:
        >>> keras_core.ops.expand_dims(keras_core.ops.ones((2, 3)), -1).shape
        (2, 3, 1)
    """
    try:
        return _impl.expand_dims(x, axis)
    except Exception as error:
        return recover(error, _expand_dims_rule, "expand_dims", x, axis)


def squeeze(x, axis=None):
    """Removes size-1 axes: all of them, or those named by ``axis``.

    Example:
        >>> keras_core.ops.squeeze(keras_core.ops.ones((2, 1, 3))).shape
        (2, 3)
    """
    try:
        return _impl.squeeze(x, axis=axis)
    except Exception as error:
        return recover(error, _squeeze_rule, "squeeze", x, axis)


def ravel(x):
    """``x`` flattened to one axis, in row-major order.

    Example:
        >>> keras_core.ops.ravel([[1, 2], [3, 4]])   # [1, 2, 3, 4]
    """
    try:
        return _impl.ravel(x)
    except Exception as error:
        return recover(error, _ravel_rule, "ravel", x)


def moveaxis(x, source, destination):
    """Moves axes ``source`` (int or tuple) to positions ``destination``; others keep order.

    Example:
        >>> keras_core.ops.moveaxis(keras_core.ops.ones((2, 3, 4)), 0, -1).shape
        (3, 4, 2)
    """
    try:
        return _impl.moveaxis(x, source, destination)
    except Exception as error:
        return recover(error, _moveaxis_rule, "moveaxis", x, source, destination)


def swapaxes(x, axis1, axis2):
    """Exchanges two axes of ``x``.

    Example:
        >>> keras_core.ops.swapaxes(keras_core.ops.ones((2, 3, 4)), 0, 2).shape
        (4, 3, 2)
    """
    try:
        return _impl.swapaxes(x, axis1, axis2)
    except Exception as error:
        return recover(error, _swapaxes_rule, "swapaxes", x, axis1, axis2)


def ndim(x):
    """Number of axes of ``x``, as an ``int32`` scalar tensor.

    Example:
        >>> int(keras_core.ops.ndim([[1, 2]]))
        2
    """
    try:
        return _impl.ndim(x)
    except Exception as error:
        return recover(error, _count_rule, "ndim", x)


def size(x):
    """Number of elements of ``x``, as an ``int32`` scalar tensor.

    Example:
        >>> int(keras_core.ops.size([[1, 2, 3]]))
        3
    """
    try:
        return _impl.size(x)
    except Exception as error:
        return recover(error, _count_rule, "size", x)


def view(x, dtype=None):
    """The bytes of ``x`` read as ``dtype``; the last axis scales with the item size.

    Example:
        >>> keras_core.ops.view(keras_core.ops.ones((2,), "int32"), "uint8").shape
        (8,)
    """
    try:
        return _impl.view(x, dtype=dtype)
    except Exception as error:
        return recover(error, _view_rule, "view", x, dtype)


def flip(x, axis=None):
    """Reverses the order of elements along ``axis`` (by default all axes).

    Example:
        >>> keras_core.ops.flip([1, 2, 3])   # [3, 2, 1]
    """
    try:
        return _impl.flip(x, axis=axis)
    except Exception as error:
        return recover(error, _flip_rule, "flip", x, axis)


def fliplr(x):
    """Reverses axis 1 (left/right) of an input of rank 2 or more.

    Example:
        >>> keras_core.ops.fliplr([[1, 2]])   # [[2, 1]]
    """
    try:
        return _impl.fliplr(x)
    except Exception as error:
        return recover(error, _min_rank_rule(2), "fliplr", x)


def flipud(x):
    """Reverses axis 0 (up/down) of an input of rank 1 or more.

    Example:
        >>> keras_core.ops.flipud([[1], [2]])   # [[2], [1]]
    """
    try:
        return _impl.flipud(x)
    except Exception as error:
        return recover(error, _min_rank_rule(1), "flipud", x)


def rot90(array, k=1, axes=(0, 1)):
    """Rotates ``array`` by ``k`` quarter turns in the plane of ``axes``, from the first
    axis towards the second.

    Example:
        >>> keras_core.ops.rot90([[1, 2], [3, 4]])   # [[2, 4], [1, 3]]
    """
    try:
        return _impl.rot90(array, k=k, axes=axes)
    except Exception as error:
        return recover(error, _rot90_rule, "rot90", array, k, axes)


def roll(x, shift, axis=None):
    """Shifts elements by ``shift`` along ``axis``, wrapping around (``None``: flattened).

    Example:
        >>> keras_core.ops.roll([1, 2, 3], 1)   # [3, 1, 2]
    """
    try:
        return _impl.roll(x, shift, axis=axis)
    except Exception as error:
        return recover(error, _roll_rule, "roll", x, shift, axis)


def repeat(x, repeats, axis=None):
    """Repeats each element ``repeats`` times along ``axis`` (``None``: flattened first).

    Args:
        repeats: An int, or one count per element along ``axis``.

    Example:
        >>> keras_core.ops.repeat([1, 2], 2)   # [1, 1, 2, 2]
    """
    try:
        return _impl.repeat(x, repeats, axis=axis)
    except Exception as error:
        return recover(error, _repeat_rule, "repeat", x, repeats, axis)


def tile(x, repeats):
    """Repeats the whole of ``x`` ``repeats`` times along each axis.

    Example:
        >>> keras_core.ops.tile([1, 2], 2)   # [1, 2, 1, 2]
    """
    try:
        return _impl.tile(x, repeats)
    except Exception as error:
        return recover(error, _tile_rule, "tile", x, repeats)


def pad(x, pad_width, mode="constant", constant_values=None):
    """Pads ``x`` by ``pad_width`` (int, pair, or one ``(before, after)`` pair per axis).

    Args:
        mode: ``"constant"`` (``constant_values``, default 0), ``"edge"``, ``"reflect"``,
            ``"symmetric"`` or ``"wrap"``, as in ``numpy.pad``.

    Example:
        >>> keras_core.ops.pad([1, 2], 1)   # [0, 1, 2, 0]
    """
    try:
        return _impl.pad(x, pad_width, mode=mode, constant_values=constant_values)
    except Exception as error:
        return recover(error, _pad_rule, "pad", x, pad_width, mode, constant_values)


def stack(x, axis=0):
    """Joins tensors of one shape along a new axis, promoting their dtypes.

    Example:
        >>> keras_core.ops.stack([[1, 2], [3, 4]], axis=1)   # [[1, 3], [2, 4]]
    """
    try:
        return _impl.stack(x, axis=axis)
    except Exception as error:
        return recover(error, _stack_rule, "stack", x, axis)


def hstack(xs):
    """Joins tensors along axis 1 (axis 0 for 1-D inputs).

    Example:
        >>> keras_core.ops.hstack([[1], [2, 3]])   # [1, 2, 3]
    """
    try:
        return _impl.hstack(xs)
    except Exception as error:
        return recover(error, _stacked_rule(1, 1), "hstack", xs)


def vstack(xs):
    """Joins tensors along axis 0, after making 1-D inputs rows.

    Example:
        >>> keras_core.ops.vstack([[1, 2], [3, 4]]).shape
        (2, 2)
    """
    try:
        return _impl.vstack(xs)
    except Exception as error:
        return recover(error, _stacked_rule(2, 0), "vstack", xs)


def dstack(xs):
    """Joins tensors along axis 2, after making inputs at least 3-D as ``numpy.atleast_3d``.

    Example:
        >>> keras_core.ops.dstack([[1, 2], [3, 4]]).shape
        (1, 2, 2)
    """
    try:
        return _impl.dstack(xs)
    except Exception as error:
        return recover(error, _stacked_rule(3, 2), "dstack", xs)


def split(x, indices_or_sections, axis=0):
    """Splits ``x`` along ``axis`` into equal sections, or at the given indices.

    Returns:
        A list of tensors.

    Example:
        >>> [t.shape for t in keras_core.ops.split(keras_core.ops.ones((4, 2)), 2)]
        [(2, 2), (2, 2)]
    """
    try:
        return _impl.split(x, indices_or_sections, axis=axis)
    except Exception as error:
        return recover(error, _split_rule, "split", x, indices_or_sections, axis)


def array_split(x, indices_or_sections, axis=0):
    """Like :func:`split`, but the sections may differ in size by one.

    Example:
        >>> [t.shape for t in keras_core.ops.array_split(keras_core.ops.ones((5,)), 2)]
        [(3,), (2,)]
    """
    try:
        return _impl.array_split(x, indices_or_sections, axis=axis)
    except Exception as error:
        return recover(error, _array_split_rule, "array_split", x, indices_or_sections, axis)


def hsplit(x, indices_or_sections):
    """:func:`split` along axis 1 (axis 0 for 1-D inputs).

    Example:
        >>> len(keras_core.ops.hsplit(keras_core.ops.ones((2, 4)), 2))
        2
    """
    try:
        return _impl.hsplit(x, indices_or_sections)
    except Exception as error:
        return recover(error, _axis_split_rule(1, 1), "hsplit", x, indices_or_sections)


def vsplit(x, indices_or_sections):
    """:func:`split` along axis 0 of an input of rank 2 or more.

    Example:
        >>> len(keras_core.ops.vsplit(keras_core.ops.ones((4, 2)), 2))
        2
    """
    try:
        return _impl.vsplit(x, indices_or_sections)
    except Exception as error:
        return recover(error, _axis_split_rule(2, 0), "vsplit", x, indices_or_sections)


def dsplit(x, indices_or_sections):
    """:func:`split` along axis 2 of an input of rank 3 or more.

    Example:
        >>> len(keras_core.ops.dsplit(keras_core.ops.ones((1, 2, 4)), 2))
        2
    """
    try:
        return _impl.dsplit(x, indices_or_sections)
    except Exception as error:
        return recover(error, _axis_split_rule(3, 2), "dsplit", x, indices_or_sections)
