"""Tensor conversion, casting, shapes, slicing, scattering and gradients on ``tf.Tensor``."""

import numpy as np
import tensorflow as tf

from keras_core.backend.conversion import (
    PYTHON_SCALARS,
    python_scalar_dtype,
    saturation_bounds,
    sequence_to_numpy,
)
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.variables import Variable

_Tensor = tf.Tensor
# What TensorFlow ops take as they are: tensors and (resource) variables.
NATIVE = (tf.Tensor, tf.Variable)


def to_tf_dtype(dtype) -> tf.DType:
    if isinstance(dtype, tf.DType):
        return dtype
    return tf.as_dtype(standardize_dtype(dtype))


def operand_dtype(x):
    """The dtype ``x`` contributes to promotion; Python scalars are weak (their type)."""
    if type(x) in PYTHON_SCALARS:
        return type(x)
    if isinstance(x, NATIVE):
        # Reading a tf.Variable's dtype needs no read of its value.
        return x.dtype
    if isinstance(x, Variable):
        return x.value.dtype
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
    if isinstance(x, Variable):
        # A keras_core Variable: its tf.Variable (np.asarray would fail in graph mode).
        return convert_to_tensor(x.value, dtype)
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


def saturate_cast(x, dtype):
    x = convert_to_tensor(x)
    target = to_tf_dtype(dtype)
    bounds = saturation_bounds(x.dtype, target)
    if bounds is not None:
        low, high = (tf.constant(bound, dtype=x.dtype) for bound in bounds)
        x = tf.clip_by_value(x, low, high)
        if x.dtype.is_floating and target.is_integer:
            x = tf.where(tf.math.is_nan(x), tf.zeros_like(x), x)
    return tf.cast(x, target)


def _window_starts(inputs, start_indices, sizes):
    """Starts as ``lax.dynamic_slice`` places them: negative ones count from the end, then
    all are clamped so the window fits; a tensor, so that traced starts work."""
    dims = tf.shape(inputs, out_type=tf.int64)
    starts = tf.cast(tf.reshape(convert_to_tensor(start_indices), [-1]), tf.int64)
    if starts.shape[0] not in (None, len(sizes)):
        raise ValueError("slice: start_indices must have one entry per dimension.")
    sizes = tf.constant(sizes, dtype=tf.int64)
    starts = tf.where(starts < 0, starts + dims, starts)
    return tf.clip_by_value(starts, 0, dims - sizes)


def _checked_sizes(inputs, sizes) -> list:
    sizes = [int(size) for size in sizes]
    dims = inputs.shape.as_list()
    if len(sizes) != len(dims) or any(
        size < 0 or (dim is not None and size > dim) for size, dim in zip(sizes, dims, strict=True)
    ):
        raise ValueError("slice: the window does not fit the input.")
    return sizes


def slice(inputs, start_indices, shape):
    inputs = convert_to_tensor(inputs)
    sizes = _checked_sizes(inputs, shape)
    return tf.slice(inputs, _window_starts(inputs, start_indices, sizes), sizes)


def slice_update(inputs, start_indices, updates):
    inputs = convert_to_tensor(inputs)
    updates = convert_to_tensor(updates, dtype=inputs.dtype)
    sizes = _checked_sizes(inputs, updates.shape.as_list())
    starts = _window_starts(inputs, start_indices, sizes)
    ranges = [tf.range(size, dtype=tf.int64) + starts[axis] for axis, size in enumerate(sizes)]
    positions = tf.stack(tf.meshgrid(*ranges, indexing="ij"), axis=-1)
    return tf.tensor_scatter_nd_update(inputs, positions, updates)


def _int_indices(indices):
    indices = convert_to_tensor(indices)
    if not indices.dtype.is_integer:
        raise TypeError("scatter: indices must be integers.")
    if indices.dtype not in (tf.int32, tf.int64):
        indices = tf.cast(indices, tf.int64)
    return indices


def scatter(indices, values, shape):
    values = convert_to_tensor(values)
    indices = _int_indices(indices)
    return tf.scatter_nd(indices, values, tf.constant(shape, dtype=indices.dtype))


def _scatter_multiply(inputs, indices, updates):
    # TensorFlow has no tensor_scatter_nd_mul: multiply by the product of the updates that
    # land on each slot (1 where none does).
    depth = indices.shape[-1]
    leading = tf.shape(inputs, out_type=tf.int64)[:depth]
    trailing = tf.shape(inputs, out_type=tf.int64)[depth:]
    flat_inputs = tf.reshape(inputs, tf.concat([[-1], trailing], axis=0))
    rows = tf.reshape(tf.cast(indices, tf.int64), [-1, depth])
    strides = tf.math.cumprod(leading, exclusive=True, reverse=True)
    positions = tf.reduce_sum(rows * strides, axis=-1)
    flat_updates = tf.reshape(updates, tf.concat([[-1], trailing], axis=0))
    factors = tf.math.unsorted_segment_prod(
        flat_updates, positions, num_segments=tf.shape(flat_inputs, out_type=tf.int64)[0]
    )
    return tf.reshape(flat_inputs * factors, tf.shape(inputs))


_SCATTER_REDUCTIONS = {
    None: tf.tensor_scatter_nd_update,
    "add": tf.tensor_scatter_nd_add,
    "max": tf.tensor_scatter_nd_max,
    "min": tf.tensor_scatter_nd_min,
    "mul": _scatter_multiply,
}


def scatter_update(inputs, indices, updates, reduction=None):
    inputs = convert_to_tensor(inputs)
    updates = convert_to_tensor(updates, dtype=inputs.dtype)
    return _SCATTER_REDUCTIONS[reduction](inputs, _int_indices(indices), updates)


def unstack(x, num=None, axis=0):
    return tf.unstack(convert_to_tensor(x), num=num, axis=axis)


def stop_gradient(variable):
    return tf.stop_gradient(convert_to_tensor(variable))


def custom_gradient(f):
    return tf.custom_gradient(f)
