"""Core ops: tensor conversion, casting and shapes (``keras_core.ops.core``)."""

from keras_core.backend.dispatch import core as _impl


def convert_to_tensor(x, dtype=None, sparse=None, ragged=None):
    """Converts ``x`` (array, list, scalar or tensor) to the backend's native tensor.

    Args:
        x: The value to convert.
        dtype: Target dtype; by default inferred (Python floats become ``floatx()``).
        sparse: Whether to keep a sparse tensor sparse (backends without sparse tensors
            densify).
        ragged: Whether to keep a ragged tensor ragged (TensorFlow only).

    Example:
        >>> x = keras_core.ops.convert_to_tensor([1.0, 2.0])
    """
    return _impl.convert_to_tensor(x, dtype=dtype, sparse=sparse, ragged=ragged)


def convert_to_numpy(x):
    """Converts a tensor to a NumPy array (copying from the device when needed).

    Example:
        >>> keras_core.ops.convert_to_numpy(keras_core.ops.ones((2,)))
        array([1., 1.], dtype=float32)
    """
    return _impl.convert_to_numpy(x)


def is_tensor(x):
    """Whether ``x`` is a native tensor of the active backend."""
    return _impl.is_tensor(x)


def cast(x, dtype):
    """Casts ``x`` to ``dtype`` (any dtype spelling Keras accepts).

    Example:
        >>> keras_core.ops.cast([1.7, -2.2], "int32")  # truncates toward zero
    """
    return _impl.cast(x, dtype)


def shape(x):
    """The shape of ``x`` as a tuple; entries are ints (or symbolic sizes under tracing).

    Example:
        >>> keras_core.ops.shape(keras_core.ops.zeros((2, 3)))
        (2, 3)
    """
    return _impl.shape(x)
