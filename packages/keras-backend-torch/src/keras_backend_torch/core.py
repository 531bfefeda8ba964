"""Tensor conversion, casting, shapes, slicing, scattering and gradients on ``torch.Tensor``.

Tensors are created on CUDA when it is available, as in Keras; ``KERAS_TORCH_DEVICE``
overrides the choice (``cpu``, ``cuda:1``, ...).
"""

import builtins
import math
import os

import numpy as np
import torch

from keras_backend_torch.variables import Variable as _TorchVariable
from keras_core.backend.conversion import (
    PYTHON_SCALARS,
    python_scalar_dtype,
    saturation_bounds,
    sequence_to_numpy,
)
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.slicing import slice_window
from keras_core.backend.variables import Variable

_Tensor = torch.Tensor

DEFAULT_DEVICE = torch.device(
    os.environ.get("KERAS_TORCH_DEVICE") or ("cuda" if torch.cuda.is_available() else "cpu")
)

_TORCH_DTYPES = {
    "bool": torch.bool,
    "uint8": torch.uint8,
    "uint16": torch.uint16,
    "uint32": torch.uint32,
    "uint64": torch.uint64,
    "int8": torch.int8,
    "int16": torch.int16,
    "int32": torch.int32,
    "int64": torch.int64,
    "bfloat16": torch.bfloat16,
    "float16": torch.float16,
    "float32": torch.float32,
    "float64": torch.float64,
    "float8_e4m3fn": torch.float8_e4m3fn,
    "float8_e5m2": torch.float8_e5m2,
    "complex64": torch.complex64,
    "complex128": torch.complex128,
}


def to_torch_dtype(dtype) -> torch.dtype:
    if isinstance(dtype, torch.dtype):
        return dtype
    name = standardize_dtype(dtype)
    try:
        return _TORCH_DTYPES[name]
    except KeyError:
        raise TypeError(f"The torch backend has no tensors of dtype {name!r}.") from None


def operand_dtype(x):
    """The dtype ``x`` contributes to promotion; Python scalars are weak (their type)."""
    if type(x) in PYTHON_SCALARS:
        return type(x)
    return convert_to_tensor(x).dtype


def promoted(x1, x2, *extra_dtypes):
    """Both operands as tensors of Keras's result dtype."""
    dtype = to_torch_dtype(result_type(operand_dtype(x1), operand_dtype(x2), *extra_dtypes))
    return convert_to_tensor(x1, dtype), convert_to_tensor(x2, dtype)


def unwrapped(x):
    """``x``, or the tensor behind it when it is a keras_core Variable."""
    # An exact type test: Variable is an ABC, whose isinstance is slow on this hot path.
    return x.value if type(x) is _TorchVariable else x


def convert_to_tensor(x, dtype=None, sparse=None, ragged=None):
    if isinstance(x, Variable):
        x = x.value
    if ragged:
        raise ValueError(
            "convert_to_tensor: the torch backend has no ragged tensors (ragged=True)."
        )
    if dtype is not None:
        dtype = to_torch_dtype(dtype)
    if isinstance(x, _Tensor):
        if dtype is None or x.dtype == dtype:
            return x
        return x.to(dtype)
    if type(x) in PYTHON_SCALARS:
        return torch.tensor(
            x, dtype=dtype or to_torch_dtype(python_scalar_dtype(x)), device=DEFAULT_DEVICE
        )
    if isinstance(x, (list, tuple)):
        x = sequence_to_numpy(x)
    array = np.asarray(x)
    if array.dtype.name == "bfloat16":
        # torch cannot read ml_dtypes' bfloat16 buffers; widening to float32 is exact.
        converted = torch.as_tensor(array.astype(np.float32), device=DEFAULT_DEVICE)
        return converted.to(dtype or torch.bfloat16)
    if not array.flags.writeable:
        # torch.from_numpy warns on read-only memory; a copy is what it would need anyway.
        array = array.copy()
    return torch.as_tensor(array, dtype=dtype, device=DEFAULT_DEVICE)


def convert_to_numpy(x):
    if isinstance(x, _Tensor):
        x = x.detach()
        if x.dtype == torch.bfloat16:
            # NumPy has no bfloat16; widening is exact.
            x = x.float()
        return x.cpu().numpy()
    return np.asarray(x)


def is_tensor(x):
    return isinstance(x, _Tensor)


def cast(x, dtype):
    return convert_to_tensor(x, dtype=dtype)


def shape(x):
    if isinstance(x, _Tensor):
        return tuple(x.shape)
    return np.shape(x)


def is_float(x) -> bool:
    return x.dtype.is_floating_point


def saturate_cast(x, dtype):
    x = convert_to_tensor(x)
    target = to_torch_dtype(dtype)
    bounds = saturation_bounds(x.dtype, target)
    if bounds is not None:
        x = torch.clamp(x, *bounds)
        if x.dtype.is_floating_point and not target.is_floating_point:
            x = torch.nan_to_num(x, nan=0.0)
    return x.to(target)


def _start_list(start_indices) -> list:
    if isinstance(start_indices, _Tensor):
        return start_indices.tolist()
    return [int(start) for start in start_indices]


def _window_index(inputs, start_indices, sizes) -> tuple:
    starts = slice_window(tuple(inputs.shape), _start_list(start_indices), sizes)
    return tuple(
        builtins.slice(start, start + size) for start, size in zip(starts, sizes, strict=True)
    )


def slice(inputs, start_indices, shape):
    inputs = convert_to_tensor(inputs)
    return inputs[_window_index(inputs, start_indices, tuple(int(size) for size in shape))]


def slice_update(inputs, start_indices, updates):
    inputs = convert_to_tensor(inputs)
    updates = convert_to_tensor(updates, dtype=inputs.dtype)
    result = inputs.clone()
    result[_window_index(inputs, start_indices, tuple(updates.shape))] = updates
    return result


def _flat_positions(indices, shape):
    """Rows of ``indices`` (shape ``(n..., k)``) as positions in the first ``k`` dimensions
    of ``shape`` flattened to one."""
    indices = convert_to_tensor(indices)
    if indices.dtype.is_floating_point or indices.dtype == torch.bool:
        raise TypeError("scatter: indices must be integers.")
    indices = indices.to(torch.int64).reshape(-1, indices.shape[-1])
    depth = indices.shape[-1]
    strides = torch.ones(depth, dtype=torch.int64, device=indices.device)
    for axis in range(depth - 2, -1, -1):
        strides[axis] = strides[axis + 1] * shape[axis + 1]
    return (indices * strides).sum(dim=-1), depth


def scatter(indices, values, shape):
    values = convert_to_tensor(values)
    shape = tuple(shape)
    positions, depth = _flat_positions(indices, shape)
    flat = torch.zeros(
        (math.prod(shape[:depth]), *shape[depth:]), dtype=values.dtype, device=values.device
    )
    flat.index_add_(0, positions, values.reshape(-1, *shape[depth:]))
    return flat.reshape(shape)


_INDEX_REDUCTIONS = {"max": "amax", "min": "amin", "mul": "prod"}


def scatter_update(inputs, indices, updates, reduction=None):
    inputs = convert_to_tensor(inputs)
    shape = tuple(inputs.shape)
    positions, depth = _flat_positions(indices, shape)
    updates = convert_to_tensor(updates, dtype=inputs.dtype).reshape(-1, *shape[depth:])
    flat = inputs.reshape(-1, *shape[depth:]).clone()
    if reduction is None:
        flat.index_copy_(0, positions, updates)
    elif reduction == "add":
        flat.index_add_(0, positions, updates)
    else:
        index = positions.reshape(-1, *([1] * (updates.ndim - 1))).expand_as(updates)
        flat.scatter_reduce_(0, index, updates, _INDEX_REDUCTIONS[reduction])
    return flat.reshape(shape)


def unstack(x, num=None, axis=0):
    x = convert_to_tensor(x)
    if num is not None and num != x.shape[axis]:
        raise ValueError("unstack: num differs from the size of the axis.")
    return list(torch.unbind(x, dim=axis))


def stop_gradient(variable):
    return convert_to_tensor(variable).detach()


class _CustomGradient(torch.autograd.Function):
    """Runs ``f`` without recording and answers backward with its ``grad_fn``."""

    @staticmethod
    def forward(ctx, f, *args):
        output, grad_fn = f(*args)
        ctx.grad_fn = grad_fn
        return output

    @staticmethod
    def backward(ctx, *upstream):
        grads = ctx.grad_fn(*upstream)
        if not isinstance(grads, (list, tuple)):
            grads = (grads,)
        # No gradient for `f` itself.
        return (None, *grads)


def custom_gradient(f):
    def with_custom_gradient(*args):
        return _CustomGradient.apply(f, *args)

    return with_custom_gradient
