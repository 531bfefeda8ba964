"""Keras's dtype inference for Python values, shared by every backend's convert_to_tensor.

Frameworks disagree on what ``[1, 2]`` or ``1.5`` becomes (NumPy: int64/float64, PyTorch:
int64/float32). Keras infers ``int32`` and ``floatx()``; backends route Python values
through here to agree with it.
"""

import numpy as np

from keras_core.backend.dtypes import result_type, standardize_dtype

PYTHON_SCALARS = (bool, int, float, complex)
_ML_DTYPES = ("bfloat16", "float8_e4m3fn", "float8_e5m2")


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


def to_numpy_dtype(dtype) -> np.dtype:
    """NumPy dtype for any dtype spelling; bfloat16 and float8 come from ``ml_dtypes``."""
    name = standardize_dtype(dtype)
    if name in _ML_DTYPES:
        try:
            import ml_dtypes
        except ImportError as exc:
            raise TypeError(
                f"NumPy needs the ml_dtypes package for dtype {name}: pip install ml_dtypes"
            ) from exc
        return np.dtype(getattr(ml_dtypes, name))
    if name == "string":
        return np.dtype(np.str_)
    return np.dtype(name)


def _range_of(name: str):
    """``(min, max)`` of a numeric dtype as exact Python numbers, or ``None`` for bool."""
    if name == "bool" or name.startswith("complex"):
        return None
    if "int" in name:
        info = np.iinfo(name)
        return int(info.min), int(info.max)
    if name in _ML_DTYPES:
        import ml_dtypes

        info = ml_dtypes.finfo(to_numpy_dtype(name))
    else:
        info = np.finfo(name)
    return float(info.min), float(info.max)


def saturation_bounds(source, target):
    """Clipping bounds that make a cast from ``source`` to ``target`` saturate.

    Returns ``(low, high)`` as Python numbers exactly representable in ``source`` and inside
    ``target``'s range, or ``None`` when every finite and infinite ``source`` value already
    fits (or either side is bool/complex, where a plain cast is what Keras does).

    Example:
        >>> saturation_bounds("float32", "int32")    # 2**31 - 1 rounds up in float32
        (-2147483648.0, 2147483520.0)
    """
    source, target = standardize_dtype(source), standardize_dtype(target)
    source_range, target_range = _range_of(source), _range_of(target)
    if source_range is None or target_range is None:
        return None
    float_to_int = "int" not in source and "int" in target
    fits = source_range[0] >= target_range[0] and source_range[1] <= target_range[1]
    if fits and not float_to_int:
        # Float to int always clips: infinities lie outside every int range.
        return None
    low = max(source_range[0], target_range[0])
    high = min(source_range[1], target_range[1])
    if "int" in source:
        return int(low), int(high)
    numpy_source = to_numpy_dtype(source)
    low_in_source = np.asarray(low, dtype=numpy_source)
    high_in_source = np.asarray(high, dtype=numpy_source)
    # Rounding to the source dtype can step out of the target's range (2**31 - 1 becomes
    # 2**31 in float32); step back to the neighbouring representable value.
    if float(low_in_source) < low:
        low_in_source = np.nextafter(low_in_source, np.asarray(np.inf, numpy_source))
    if float(high_in_source) > high:
        high_in_source = np.nextafter(high_in_source, np.asarray(-np.inf, numpy_source))
    return float(low_in_source), float(high_in_source)
