"""Core ops: tensor conversion, casting, shapes, slicing, scattering, gradient control."""

import functools

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import standardize_dtype
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import any_symbolic, dtype_of, recover, shape_of

__all__ = [
    "cast",
    "convert_to_numpy",
    "convert_to_tensor",
    "custom_gradient",
    "dtype",
    "is_tensor",
    "saturate_cast",
    "scatter",
    "scatter_update",
    "shape",
    "slice",
    "slice_update",
    "stop_gradient",
    "unstack",
]

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


def dtype(x):
    """The dtype of ``x`` as Keras's canonical name (``"float32"``, ``"int8"``, ...).

    Example:
        >>> keras_core.ops.dtype(keras_core.ops.convert_to_tensor([1, 2]))
        'int32'
    """
    if isinstance(x, KerasTensor):
        return x.dtype
    return _impl.dtype(x)


def _saturate_cast_rule(op, x, dtype):
    return KerasTensor(shape_of(x), standardize_dtype(dtype))


def saturate_cast(x, dtype):
    """Casts ``x`` to ``dtype``, clipping values to the range of ``dtype`` first (NaN
    becomes 0 when casting floats to ints).

    Example:
        >>> keras_core.ops.saturate_cast([-5.0, 300.0], "uint8")   # [0, 255]
    """
    try:
        return _impl.saturate_cast(x, dtype)
    except Exception as error:
        return recover(error, _saturate_cast_rule, "saturate_cast", x, dtype)


def _static_ints(op, arg, value, rank):
    """``value`` (a sequence, or a tensor of shape ``(rank,)``) checked for ``rank`` entries;
    its entries as a tuple, or ``None`` when they are not known statically."""
    if isinstance(value, (list, tuple)):
        entries = tuple(value)
        if len(entries) != rank:
            raise ValueError(
                f"ops.{op}: {arg} must have one entry per input dimension ({rank}), "
                f"received {len(entries)}: {value!r}."
            )
        return entries
    shape = shape_of(value)
    if shape is not None and (len(shape) != 1 or shape[0] not in (rank, None)):
        raise ValueError(
            f"ops.{op}: {arg} must hold one int per input dimension ({rank}), received "
            f"{value!r} of shape {shape}."
        )
    return None


def _check_window(op, input_shape, window, window_arg):
    for axis, (dim, size) in enumerate(zip(input_shape, window, strict=True)):
        if size is not None and (size < 0 or (dim is not None and size > dim)):
            raise ValueError(
                f"ops.{op}: {window_arg} {tuple(window)} does not fit an input of shape "
                f"{input_shape} (axis {axis})."
            )


def _slice_rule(op, inputs, start_indices, shape):
    input_shape = shape_of(inputs)
    sizes = _static_ints(op, "shape", shape, len(input_shape))
    if sizes is None:
        raise ValueError(f"ops.{op}: shape must be a sequence of ints, received {shape!r}.")
    _static_ints(op, "start_indices", start_indices, len(input_shape))
    _check_window(op, input_shape, sizes, "shape")
    return KerasTensor(tuple(sizes), rules.same(op, inputs).dtype)


def slice(inputs, start_indices, shape):
    """The window of ``inputs`` of size ``shape`` starting at ``start_indices``.

    As ``jax.lax.dynamic_slice``: negative starts count from the end, and starts are moved
    back so that the window fits inside ``inputs``.

    Args:
        inputs: The tensor.
        start_indices: One start per dimension (ints or an int tensor).
        shape: The window's size, one non-negative int per dimension.

    Example:
        >>> x = keras_core.ops.reshape(keras_core.ops.arange(12), (3, 4))
        >>> keras_core.ops.slice(x, (1, 1), (2, 2))    # [[5, 6], [9, 10]]
    """
    try:
        return _impl.slice(inputs, start_indices, shape)
    except Exception as error:
        return recover(error, _slice_rule, "slice", inputs, start_indices, shape)


def _slice_update_rule(op, inputs, start_indices, updates):
    input_shape, update_shape = shape_of(inputs), shape_of(updates)
    if len(update_shape) != len(input_shape):
        raise ValueError(
            f"ops.{op}: updates must have the rank of inputs; received updates of shape "
            f"{update_shape} for inputs of shape {input_shape}."
        )
    _static_ints(op, "start_indices", start_indices, len(input_shape))
    _check_window(op, input_shape, update_shape, "updates of shape")
    return rules.same(op, inputs)


def slice_update(inputs, start_indices, updates):
    """``inputs`` with the window at ``start_indices`` replaced by ``updates`` (cast to
    ``inputs``'s dtype); starts are placed as in :func:`slice`.

    Example:
        >>> x = keras_core.ops.zeros((3, 3))
        >>> keras_core.ops.slice_update(x, (1, 1), keras_core.ops.ones((2, 2)))
    """
    try:
        return _impl.slice_update(inputs, start_indices, updates)
    except Exception as error:
        return recover(error, _slice_update_rule, "slice_update", inputs, start_indices, updates)


def _scatter_shapes(op, indices, target_shape, values, values_arg):
    """Checks integer ``indices`` of shape ``(..., k)`` against ``values`` of shape
    ``indices.shape[:-1] + target_shape[k:]``."""
    index_dtype = dtype_of(indices)
    if index_dtype is not int and "int" not in str(index_dtype):
        raise TypeError(f"ops.{op}: indices must be integers, received dtype {index_dtype}.")
    index_shape, value_shape = shape_of(indices), shape_of(values)
    if not index_shape:
        raise ValueError(f"ops.{op}: indices must have shape (..., k), received a scalar.")
    depth = index_shape[-1]
    if depth is not None and depth > len(target_shape):
        raise ValueError(
            f"ops.{op}: indices of shape {index_shape} address {depth} dimensions, but the "
            f"target has shape {target_shape}."
        )
    if depth is None:
        return
    expected = (*index_shape[:-1], *target_shape[depth:])
    if len(value_shape) != len(expected) or any(
        a is not None and b is not None and a != b
        for a, b in zip(value_shape, expected, strict=True)
    ):
        raise ValueError(
            f"ops.{op}: {values_arg} must have shape {expected} (indices.shape[:-1] + the "
            f"target's shape after {depth} indexed dimensions), received {value_shape}."
        )


def _scatter_rule(op, indices, values, shape):
    if not isinstance(shape, (list, tuple)) or not all(
        isinstance(d, int) and d >= 0 for d in shape
    ):
        raise ValueError(f"ops.{op}: shape must be a tuple of non-negative ints, got {shape!r}.")
    _scatter_shapes(op, indices, tuple(shape), values, "values")
    return KerasTensor(tuple(shape), rules.same(op, values).dtype)


def scatter(indices, values, shape):
    """A zero tensor of ``shape`` with ``values`` added at ``indices`` (repeats add up).

    Args:
        indices: Integer tensor of shape ``(..., k)``: each row indexes the first ``k``
            dimensions of the result.
        values: Tensor of shape ``indices.shape[:-1] + shape[k:]``.
        shape: The result's shape.

    Example:
        >>> keras_core.ops.scatter([[0], [2]], [1.0, 5.0], (4,))   # [1, 0, 5, 0]
    """
    try:
        return _impl.scatter(indices, values, shape)
    except Exception as error:
        return recover(error, _scatter_rule, "scatter", indices, values, shape)


_SCATTER_REDUCTIONS = (None, "add", "max", "min", "mul")


def _scatter_update_rule(op, inputs, indices, updates, reduction=None):
    if reduction not in _SCATTER_REDUCTIONS:
        raise ValueError(
            f"ops.{op}: invalid reduction {reduction!r}; supported: None, 'add', 'max', "
            f"'min', 'mul'."
        )
    _scatter_shapes(op, indices, shape_of(inputs), updates, "updates")
    return rules.same(op, inputs)


def scatter_update(inputs, indices, updates, reduction=None):
    """``inputs`` with ``updates`` written at ``indices`` (cast to ``inputs``'s dtype).

    Args:
        inputs: The tensor to update (not modified).
        indices: Integer tensor of shape ``(..., k)`` indexing the first ``k`` dimensions.
        updates: Tensor of shape ``indices.shape[:-1] + inputs.shape[k:]``.
        reduction: ``None`` replaces (the last of repeated indices wins), or ``"add"``,
            ``"max"``, ``"min"``, ``"mul"`` combine the updates with the existing values.

    Example:
        >>> keras_core.ops.scatter_update(keras_core.ops.zeros((3,)), [[1]], [7.0])  # [0, 7, 0]
    """
    try:
        return _impl.scatter_update(inputs, indices, updates, reduction=reduction)
    except Exception as error:
        return recover(
            error, _scatter_update_rule, "scatter_update", inputs, indices, updates, reduction
        )


def _unstack_rule(op, x, num=None, axis=0):
    shape = shape_of(x)
    if not shape:
        raise ValueError(f"ops.{op}: cannot unstack a scalar (shape {shape}).")
    axis = rules.canonical_axis(op, axis, len(shape), shape)
    size = shape[axis]
    if size is None and num is None:
        raise ValueError(
            f"ops.{op}: axis {axis} of the input of shape {shape} is unknown; pass num."
        )
    if num is not None and size is not None and num != size:
        raise ValueError(
            f"ops.{op}: num={num} differs from the size {size} of axis {axis} of the input "
            f"of shape {shape}."
        )
    part = KerasTensor(shape[:axis] + shape[axis + 1 :], rules.same(op, x).dtype)
    return [part] * (size if size is not None else num)


def unstack(x, num=None, axis=0):
    """Splits ``x`` along ``axis`` into a list of tensors of one rank less.

    Args:
        x: The tensor.
        num: The size of ``axis``; needed only when it is not known statically.
        axis: The axis to unstack.

    Example:
        >>> keras_core.ops.unstack(keras_core.ops.convert_to_tensor([[1, 2], [3, 4]]))
        [[1, 2], [3, 4]]   # two tensors of shape (2,)
    """
    try:
        return _impl.unstack(x, num=num, axis=axis)
    except Exception as error:
        return recover(error, _unstack_rule, "unstack", x, num, axis)


def stop_gradient(variable):
    """``variable``'s value, through which no gradient flows.

    Example:
        >>> y = keras_core.ops.stop_gradient(x) * x   # dy/dx = x, not 2x
    """
    try:
        return _impl.stop_gradient(variable)
    except Exception as error:
        return recover(error, rules.same, "stop_gradient", variable)


def custom_gradient(f):
    """Decorator giving ``f`` its own gradient.

    ``f(*args)`` returns ``(output, grad_fn)``; ``grad_fn(upstream)`` returns the gradient of
    each of ``args`` (a tensor for one argument, a tuple for several) from the gradient
    ``upstream`` of ``output``. On backends without gradients (numpy) the wrapped function
    just returns ``output``; on symbolic inputs it returns ``f``'s symbolic output.

    Example:
        >>> @keras_core.ops.custom_gradient
        ... def clipped_identity(x):
        ...     def grad_fn(upstream):
        ...         return keras_core.ops.clip(upstream, -1.0, 1.0)
        ...     return x, grad_fn
    """
    backend_function = _impl.custom_gradient(f)

    @functools.wraps(f)
    def with_custom_gradient(*args):
        try:
            return backend_function(*args)
        except Exception:
            if not any_symbolic(args):
                raise
            output, _ = f(*args)
            return output

    return with_custom_gradient
