"""Reshaping, joining, flipping and padding on torch.Tensor."""

import itertools

import numpy as np
import torch
import torch.nn.functional

from keras_backend_torch.core import convert_to_tensor, to_torch_dtype
from keras_core.backend.dtypes import result_type


def _promoted_all(xs):
    tensors = [convert_to_tensor(x) for x in xs]
    dtype = to_torch_dtype(result_type(*(t.dtype for t in tensors)))
    return [t.to(dtype) for t in tensors]


def _count(axis) -> int:
    return len(axis) if isinstance(axis, (list, tuple)) else 1


def _axes(axis, rank) -> tuple:
    if axis is None:
        return tuple(range(rank))
    axes = tuple(axis) if isinstance(axis, (list, tuple)) else (axis,)
    if any(not -rank <= a < rank for a in axes):
        raise ValueError(f"axis {axis} is out of range for rank {rank}")
    return tuple(a % rank for a in axes)


def reshape(x, newshape):
    if isinstance(newshape, int):
        newshape = (newshape,)
    return torch.reshape(convert_to_tensor(x), tuple(newshape))


def transpose(x, axes=None):
    x = convert_to_tensor(x)
    if axes is None:
        axes = tuple(reversed(range(x.dim())))
    return torch.permute(x, tuple(axes))


def concatenate(xs, axis=0):
    return torch.cat(_promoted_all(xs), dim=axis)


def broadcast_to(x, shape):
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    return torch.broadcast_to(convert_to_tensor(x), shape)


def copy(x):
    return torch.clone(convert_to_tensor(x))


def expand_dims(x, axis):
    x = convert_to_tensor(x)
    axes = _axes(axis, x.dim() + _count(axis))
    sizes = iter(x.shape)
    return x.reshape(tuple(1 if i in axes else next(sizes) for i in range(x.dim() + len(axes))))


def squeeze(x, axis=None):
    x = convert_to_tensor(x)
    if axis is None:
        return torch.squeeze(x)
    axes = _axes(axis, x.dim())
    if any(x.shape[a] != 1 for a in axes):
        # torch leaves axes of other sizes in place; NumPy (and Keras) refuse them.
        raise ValueError(f"cannot squeeze axes {axes} of shape {tuple(x.shape)}")
    return torch.squeeze(x, dim=axes)


def ravel(x):
    return torch.ravel(convert_to_tensor(x))


def flip(x, axis=None):
    x = convert_to_tensor(x)
    return torch.flip(x, dims=_axes(axis, x.dim()))


def roll(x, shift, axis=None):
    x = convert_to_tensor(x)
    if axis is None:
        return torch.roll(x, shift)
    axes = _axes(axis, x.dim())
    shifts = tuple(shift) if isinstance(shift, (list, tuple)) else (shift,) * len(axes)
    return torch.roll(x, shifts, dims=axes)


def repeat(x, repeats, axis=None):
    x = convert_to_tensor(x)
    if not isinstance(repeats, int):
        repeats = convert_to_tensor(repeats, "int64")
    return torch.repeat_interleave(x, repeats, dim=axis)


def tile(x, repeats):
    repeats = tuple(repeats) if isinstance(repeats, (list, tuple)) else (repeats,)
    return torch.tile(convert_to_tensor(x), repeats)


def _pad_index(size, before, after, mode, device):
    """Source positions of a padded axis: NumPy's own padding applied to ``arange(size)``."""
    positions = np.pad(np.arange(size), (before, after), mode)
    return torch.as_tensor(positions, device=device)


def pad(x, pad_width, mode="constant", constant_values=None):
    if constant_values is not None and mode != "constant":
        raise ValueError(f"constant_values needs mode='constant', received mode={mode!r}")
    x = convert_to_tensor(x)
    widths = np.broadcast_to(np.asarray(pad_width, "int64"), (x.dim(), 2)).tolist()
    if mode == "constant":
        flat = [w for pair in reversed(widths) for w in pair]
        return torch.nn.functional.pad(
            x, flat, value=0 if constant_values is None else constant_values
        )
    for axis, (before, after) in enumerate(widths):
        if before or after:
            x = torch.index_select(
                x, axis, _pad_index(x.shape[axis], before, after, mode, x.device)
            )
    return x


def stack(x, axis=0):
    return torch.stack(_promoted_all(x), dim=axis)


def view(x, dtype=None):
    x = convert_to_tensor(x)
    return x if dtype is None else x.view(to_torch_dtype(dtype))


def array_split(x, indices_or_sections, axis=0):
    x = convert_to_tensor(x)
    if isinstance(indices_or_sections, int):
        return list(torch.tensor_split(x, indices_or_sections, dim=axis))
    cuts = [0, *(int(i) for i in indices_or_sections), None]
    lead = (slice(None),) * (axis % x.dim())
    return [x[(*lead, slice(a, b))] for a, b in itertools.pairwise(cuts)]
