"""Tensor conversion, casting and shapes on NumPy arrays."""

import numpy as np

from keras_core.backend.conversion import PYTHON_SCALARS, python_scalar_dtype, sequence_to_numpy
from keras_core.backend.dtypes import result_type, standardize_dtype

_ML_DTYPES = ("bfloat16", "float8_e4m3fn", "float8_e5m2")


def to_numpy_dtype(dtype) -> np.dtype:
    """NumPy dtype for any dtype spelling; bfloat16 and float8 come from ``ml_dtypes``."""
    name = standardize_dtype(dtype)
    if name in _ML_DTYPES:
        try:
            import ml_dtypes
        except ImportError as exc:
            raise TypeError(
                f"The numpy backend needs the ml_dtypes package for dtype {name}: "
                f"pip install ml_dtypes"
            ) from exc
        return np.dtype(getattr(ml_dtypes, name))
    if name == "string":
        return np.dtype(np.str_)
    return np.dtype(name)


def operand_dtype(x):
    """The dtype ``x`` contributes to promotion; Python scalars are weak (their type)."""
    if type(x) in PYTHON_SCALARS:
        return type(x)
    return convert_to_tensor(x).dtype


def promoted(x1, x2, *extra_dtypes):
    """Both operands as arrays of Keras's result dtype."""
    dtype = to_numpy_dtype(result_type(operand_dtype(x1), operand_dtype(x2), *extra_dtypes))
    return np.asarray(x1, dtype=dtype), np.asarray(x2, dtype=dtype)


def convert_to_tensor(x, dtype=None, sparse=None, ragged=None):
    if sparse:
        raise ValueError(
            "convert_to_tensor: the numpy backend has no sparse tensors (sparse=True)."
        )
    if ragged:
        raise ValueError(
            "convert_to_tensor: the numpy backend has no ragged tensors (ragged=True)."
        )
    if dtype is not None:
        return np.asarray(x, dtype=to_numpy_dtype(dtype))
    if isinstance(x, (np.ndarray, np.generic)):
        return np.asarray(x)
    if type(x) in PYTHON_SCALARS:
        return np.asarray(x, dtype=to_numpy_dtype(python_scalar_dtype(x)))
    if isinstance(x, (list, tuple)):
        return sequence_to_numpy(x)
    return np.asarray(x)


def convert_to_numpy(x):
    return np.asarray(x)


def is_tensor(x):
    return isinstance(x, (np.ndarray, np.generic))


def cast(x, dtype):
    return np.asarray(x).astype(to_numpy_dtype(dtype), copy=False)


def shape(x):
    return np.shape(x)
