"""Tensor conversion, casting and shapes on ``torch.Tensor``.

Tensors are created on CUDA when it is available, as in Keras; ``KERAS_TORCH_DEVICE``
overrides the choice (``cpu``, ``cuda:1``, ...).
"""

import os

import numpy as np
import torch

from keras_core.backend.conversion import PYTHON_SCALARS, python_scalar_dtype, sequence_to_numpy
from keras_core.backend.dtypes import result_type, standardize_dtype

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


def convert_to_tensor(x, dtype=None, sparse=None, ragged=None):
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
