"""``numpy.manipulation``: reshaping, joining, splitting, flipping and padding."""

import itertools
import math

from keras_core.backend.dispatch import table

REQUIRED = (
    "reshape",
    "transpose",
    "concatenate",
    "broadcast_to",
    "copy",
    "expand_dims",
    "squeeze",
    "flip",
    "roll",
    "repeat",
    "tile",
    "pad",
    "view",
)

_core = table("core")
_manipulation = table("numpy.manipulation")


def _listed(axis) -> tuple:
    return tuple(axis) if isinstance(axis, (list, tuple)) else (axis,)


def _checked(axes, rank) -> list:
    if any(not -rank <= a < rank for a in axes):
        raise ValueError(f"axes {axes} are out of range for rank {rank}")
    return [a % rank for a in axes]


def append(x1, x2, axis=None):
    if axis is None:
        return _manipulation.concatenate([ravel(x1), ravel(x2)], axis=0)
    return _manipulation.concatenate([x1, x2], axis=axis)


def ravel(x):
    return _manipulation.reshape(x, (-1,))


def moveaxis(x, source, destination):
    x = _core.convert_to_tensor(x)
    rank = len(_core.shape(x))
    sources = _checked(_listed(source), rank)
    destinations = _checked(_listed(destination), rank)
    order = [a for a in range(rank) if a not in sources]
    for dest, src in sorted(zip(destinations, sources, strict=True)):
        order.insert(dest, src)
    return _manipulation.transpose(x, tuple(order))


def swapaxes(x, axis1, axis2):
    x = _core.convert_to_tensor(x)
    order = list(range(len(_core.shape(x))))
    axis1, axis2 = _checked((axis1, axis2), len(order))
    order[axis1], order[axis2] = order[axis2], order[axis1]
    return _manipulation.transpose(x, tuple(order))


def ndim(x):
    return _core.convert_to_tensor(len(_core.shape(_core.convert_to_tensor(x))), "int32")


def size(x):
    return _core.convert_to_tensor(math.prod(_core.shape(_core.convert_to_tensor(x))), "int32")


def fliplr(x):
    return _manipulation.flip(x, axis=1)


def flipud(x):
    return _manipulation.flip(x, axis=0)


def rot90(array, k=1, axes=(0, 1)):
    array = _core.convert_to_tensor(array)
    first, second = _checked(axes, len(_core.shape(array)))
    if first == second:
        raise ValueError(f"rot90 needs two different axes, received {axes}")
    k %= 4
    if k == 0:
        return _manipulation.copy(array)
    if k == 2:
        return _manipulation.flip(array, axis=(first, second))
    if k == 1:
        return _manipulation.swapaxes(_manipulation.flip(array, axis=second), first, second)
    return _manipulation.flip(_manipulation.swapaxes(array, first, second), axis=second)


def stack(x, axis=0):
    return _manipulation.concatenate([_manipulation.expand_dims(t, axis) for t in x], axis=axis)


def _at_least(x, rank):
    """``x`` reshaped as ``numpy.atleast_{1,2,3}d`` would."""
    x = _core.convert_to_tensor(x)
    shape = tuple(_core.shape(x))
    if len(shape) >= rank:
        return x
    if rank == 3 and len(shape) == 2:
        return _manipulation.expand_dims(x, -1)
    if rank == 3:
        return _manipulation.reshape(x, (1, -1, 1))
    return _manipulation.reshape(x, (1,) * (rank - len(shape)) + shape)


def hstack(xs):
    xs = [_at_least(x, 1) for x in xs]
    return _manipulation.concatenate(xs, axis=0 if len(_core.shape(xs[0])) == 1 else 1)


def vstack(xs):
    return _manipulation.concatenate([_at_least(x, 2) for x in xs], axis=0)


def dstack(xs):
    return _manipulation.concatenate([_at_least(x, 3) for x in xs], axis=2)


def _split_bounds(size, indices_or_sections):
    if isinstance(indices_or_sections, int):
        base, extra = divmod(size, indices_or_sections)
        sizes = [base + 1] * extra + [base] * (indices_or_sections - extra)
        bounds = [sum(sizes[:i]) for i in range(len(sizes) + 1)]
        return list(itertools.pairwise(bounds))
    cuts = [0, *(int(i) for i in indices_or_sections), size]
    return list(itertools.pairwise(cuts))


def array_split(x, indices_or_sections, axis=0):
    x = _core.convert_to_tensor(x)
    shape = _core.shape(x)
    axis %= len(shape)
    lead = (slice(None),) * axis
    return [
        _get_item(x, (*lead, slice(start, stop)))
        for start, stop in _split_bounds(shape[axis], indices_or_sections)
    ]


def _get_item(x, key):
    # Looked up per call: indexing is another namespace, filled at the same activation.
    return table("numpy.indexing").get_item(x, key)


def split(x, indices_or_sections, axis=0):
    x = _core.convert_to_tensor(x)
    size = _core.shape(x)[axis]
    if isinstance(indices_or_sections, int) and size % indices_or_sections:
        raise ValueError(f"an axis of size {size} cannot be split into equal sections")
    return _manipulation.array_split(x, indices_or_sections, axis=axis)


def hsplit(x, indices_or_sections):
    axis = 0 if len(_core.shape(x)) == 1 else 1
    return _manipulation.split(x, indices_or_sections, axis=axis)


def vsplit(x, indices_or_sections):
    return _manipulation.split(x, indices_or_sections, axis=0)


def dsplit(x, indices_or_sections):
    return _manipulation.split(x, indices_or_sections, axis=2)
