"""Core ops: tensor conversion, casting and shapes."""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import standardize_dtype
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import recover, shape_of

__all__ = ["cast", "convert_to_numpy", "convert_to_tensor", "is_tensor", "shape"]

_impl = table("core")


def _converted(op, x, dtype=None, sparse=None, ragged=None):
    if dtype is None:
        return rules.same(op, x)
    return KerasTensor(shape_of(x), standardize_dtype(dtype))


def convert_to_tensor(x, dtype=None, sparse=None, ragged=None):
    """Converts ``x`` (array, list, scalar or tensor) to the backend's native tensor.

    Args:
        x: The value to convert.
        dtype: Target dtype; by default inferred (Python floats become ``floatx()``,
            Python ints ``int32``).
        sparse: Whether to keep a sparse input sparse; backends without sparse tensors
            densify.
        ragged: Whether to keep a ragged input ragged (TensorFlow only).

    Returns:
        A tensor of the active backend.

    Example:
        >>> x = keras_core.ops.convert_to_tensor([1.0, 2.0])   # float32
    """
    try:
        return _impl.convert_to_tensor(x, dtype=dtype, sparse=sparse, ragged=ragged)
    except Exception as error:
        return recover(error, _converted, "convert_to_tensor", x, dtype, sparse, ragged)


def convert_to_numpy(x):
    """Converts a tensor to a NumPy array, copying from the device when needed.

    Example:
        >>> keras_core.ops.convert_to_numpy(keras_core.ops.convert_to_tensor([1.0]))
        array([1.], dtype=float32)
    """
    return _impl.convert_to_numpy(x)


def is_tensor(x):
    """Whether ``x`` is a native tensor of the active backend (``False`` for KerasTensors)."""
    return _impl.is_tensor(x)


def cast(x, dtype):
    """Casts ``x`` to ``dtype``; float to int truncates toward zero.

    Example:
        >>> keras_core.ops.cast([1.7, -2.2], "int32")   # [1, -2]
    """
    try:
        return _impl.cast(x, dtype)
    except Exception as error:
        return recover(error, _converted, "cast", x, dtype)


def shape(x):
    """The shape of ``x`` as a tuple of ints; ``None`` (symbolic) or a scalar tensor (traced)
    where the size is not static.

    Example:
        >>> keras_core.ops.shape(keras_core.ops.convert_to_tensor([[1, 2, 3]]))
        (1, 3)
    """
    if isinstance(x, KerasTensor):
        return x.shape
    return _impl.shape(x)
