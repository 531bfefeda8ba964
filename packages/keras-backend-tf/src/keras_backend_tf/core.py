"""Tensor conversion, casting and shapes on ``tf.Tensor``."""

import numpy as np
import tensorflow as tf

from keras_core.backend.conversion import PYTHON_SCALARS, python_scalar_dtype, sequence_to_numpy
from keras_core.backend.dtypes import result_type, standardize_dtype

_Tensor = tf.Tensor


def to_tf_dtype(dtype) -> tf.DType:
    if isinstance(dtype, tf.DType):
        return dtype
    return tf.as_dtype(standardize_dtype(dtype))


def operand_dtype(x):
    """The dtype ``x`` contributes to promotion; Python scalars are weak (their type)."""
    if type(x) in PYTHON_SCALARS:
        return type(x)
    return convert_to_tensor(x).dtype


def promoted(x1, x2, *extra_dtypes):
    """Both operands as tensors of Keras's result dtype (TensorFlow never promotes)."""
    dtype = to_tf_dtype(result_type(operand_dtype(x1), operand_dtype(x2), *extra_dtypes))
    return convert_to_tensor(x1, dtype), convert_to_tensor(x2, dtype)


def convert_to_tensor(x, dtype=None, sparse=None, ragged=None):
    if dtype is not None:
        dtype = to_tf_dtype(dtype)
    if isinstance(x, (_Tensor, tf.Variable)):
        if dtype is None or x.dtype == dtype:
            return x if isinstance(x, _Tensor) else tf.convert_to_tensor(x)
        return tf.cast(x, dtype)
    if type(x) in PYTHON_SCALARS:
        return tf.constant(x, dtype=dtype or to_tf_dtype(python_scalar_dtype(x)))
    if isinstance(x, (list, tuple)):
        x = sequence_to_numpy(x)
    if dtype is not None:
        x = np.asarray(x).astype(dtype.as_numpy_dtype, copy=False)
    return tf.convert_to_tensor(x)


def convert_to_numpy(x):
    if isinstance(x, (_Tensor, tf.Variable)):
        return x.numpy()
    return np.asarray(x)


def is_tensor(x):
    return tf.is_tensor(x)


def cast(x, dtype):
    return convert_to_tensor(x, dtype=dtype)


def shape(x):
    """Static sizes as ints; sizes unknown while tracing come back as scalar tensors."""
    if not isinstance(x, _Tensor):
        x = convert_to_tensor(x)
    static = x.shape.as_list()
    if None not in static:
        return tuple(static)
    dynamic = tf.shape(x)
    return tuple(dynamic[i] if size is None else size for i, size in enumerate(static))


def is_float(x) -> bool:
    return standardize_dtype(x.dtype) in ("bfloat16", "float16", "float32", "float64")
