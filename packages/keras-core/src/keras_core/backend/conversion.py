"""Keras's dtype inference for Python values, shared by every backend's convert_to_tensor.

Frameworks disagree on what ``[1, 2]`` or ``1.5`` becomes (NumPy: int64/float64, PyTorch:
int64/float32). Keras infers ``int32`` and ``floatx()``; backends route Python values
through here to agree with it.
"""

import numpy as np

from keras_core.backend.dtypes import result_type

PYTHON_SCALARS = (bool, int, float, complex)


def is_python_scalar(x) -> bool:
    return type(x) in PYTHON_SCALARS


def python_scalar_dtype(x) -> str:
    """``True`` -> bool, ``3`` -> int32, ``1.5`` -> floatx, ``1j`` -> complex64."""
    return result_type(type(x))


def holds_only_python_numbers(x) -> bool:
    """Whether ``x`` is a (nested) list/tuple of Python scalars, e.g. ``[[1, 2], [3, 4.5]]``."""
    if isinstance(x, (list, tuple)):
        return all(holds_only_python_numbers(item) for item in x)
    return type(x) in PYTHON_SCALARS


def sequence_to_numpy(x) -> np.ndarray:
    """A nested list/tuple as a NumPy array with Keras's dtype (int32/floatx for numbers)."""
    array = np.asarray(x)
    if array.dtype.kind in "iufc" and holds_only_python_numbers(x):
        kinds = {bool: bool, int: int, float: float, complex: complex}
        present = {kinds[type(item)] for item in np.ravel(np.asarray(x, dtype=object))}
        return array.astype(result_type(*present) if present else "float32")
    return array
