"""Reshaping, transposing and joining on openvino.Tensor."""

import math
import operator

import numpy as np

from keras_backend_openvino import _graph
from keras_backend_openvino._graph import converted, int64_constant, opset
from keras_backend_openvino.core import canonical_axes, convert_to_tensor, dtype_of, to_ov_type
from keras_core.backend.dtypes import result_type


def _reshape(x, *, shape):
    return opset.reshape(x, int64_constant(shape), False)


def _resolved_shape(old_shape, newshape) -> tuple[int, ...]:
    """``newshape`` with its ``-1`` entry filled in, checked against ``old_shape``'s size."""
    if isinstance(newshape, (int, np.integer)):
        newshape = (newshape,)
    newshape = tuple(operator.index(size) for size in newshape)
    size = math.prod(old_shape)
    unknown = [index for index, dim in enumerate(newshape) if dim == -1]
    known = math.prod(dim for dim in newshape if dim != -1)
    if len(unknown) <= 1 and all(dim >= -1 for dim in newshape):
        if unknown and known and size % known == 0:
            filled = list(newshape)
            filled[unknown[0]] = size // known
            return tuple(filled)
        if not unknown and known == size:
            return newshape
    raise ValueError(
        f"reshape: cannot reshape a tensor of shape {old_shape} (size {size}) into shape "
        f"{newshape}."
    )


def reshape(x, newshape):
    x = convert_to_tensor(x)
    shape = _resolved_shape(x.data.shape, newshape)
    if shape == x.data.shape:
        return x
    return _graph.run(_reshape, (x,), shape=shape)


def _transpose(x, *, axes):
    return opset.transpose(x, int64_constant(axes))


def transpose(x, axes=None):
    x = convert_to_tensor(x)
    ndim = x.data.ndim
    if axes is None:
        axes = tuple(reversed(range(ndim)))
    else:
        axes = tuple(operator.index(axis) for axis in axes)
        normalized = tuple(axis % ndim for axis in axes if -ndim <= axis < ndim)
        if len(normalized) != len(axes) or sorted(normalized) != list(range(ndim)):
            raise ValueError(
                f"transpose: axes {axes} are not a permutation of the {ndim} axes of a tensor "
                f"of shape {x.data.shape}."
            )
        axes = normalized
    if axes == tuple(range(ndim)):
        return x
    return _graph.run(_transpose, (x,), axes=axes)


def _concatenate(*xs, axis, element_type):
    if axis is None:
        xs = [opset.reshape(x, int64_constant([-1]), False) for x in xs]
        axis = 0
    return opset.concat([converted(x, element_type) for x in xs], axis)


def concatenate(xs, axis=0):
    tensors = [convert_to_tensor(x) for x in xs]
    if not tensors:
        raise ValueError("concatenate: received no tensors; pass at least one.")
    dtype = result_type(*(dtype_of(tensor) for tensor in tensors))
    if axis is not None:
        ndim = tensors[0].data.ndim
        if ndim == 0:
            raise ValueError("concatenate: scalars (0-d tensors) cannot be concatenated.")
        axis = canonical_axes(operator.index(axis), ndim)[0]
    return _graph.run(_concatenate, tuple(tensors), axis=axis, element_type=to_ov_type(dtype))
