"""Normalization: moments, batch/layer/RMS normalization, ``normalize`` (``keras_core.ops.nn``).

``epsilon=None`` means :func:`keras_core.config.epsilon` (``1e-7`` by default).
"""

from keras_core.backend import settings
from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = [
    "batch_normalization",
    "layer_normalization",
    "moments",
    "normalize",
    "rms_normalization",
]

_impl = table("nn.normalization")


def _epsilon(epsilon):
    return settings.epsilon() if epsilon is None else epsilon


def _check_parameter(op, name, value, size):
    """``value`` (None or a tensor of per-feature values) must have ``size`` elements."""
    if value is None:
        return
    shape = shape_of(value)
    if len(shape) > 1 or (shape and None not in (shape[0], size) and shape[0] != size):
        raise ValueError(
            f"ops.{op}: {name} must be a vector of size {size} (the size of the normalized "
            f"axis); received shape {shape}."
        )


def _moments_rule(op, x, axes, keepdims=False):
    shape = shape_of(x)
    dtype = rules.float_dtype(dtype_of(x))
    reduced = rules.reduced_shape(op, shape, axes, keepdims)
    return KerasTensor(reduced, dtype), KerasTensor(reduced, dtype)


def _batch_normalization_rule(op, x, mean, variance, axis, offset=None, scale=None):
    shape = shape_of(x)
    size = shape[rules.canonical_axis(op, axis, len(shape), shape)]
    for name, value in (
        ("mean", mean),
        ("variance", variance),
        ("offset", offset),
        ("scale", scale),
    ):
        _check_parameter(op, name, value, size)
    dtypes = [dtype_of(v) for v in (x, mean, variance, offset, scale) if v is not None]
    return KerasTensor(shape, rules.float_dtype(result_type(*dtypes)))


def _layer_normalization_rule(op, x, axis=-1):
    shape = shape_of(x)
    rules.canonical_axes(op, axis, len(shape), shape)
    return rules.same(op, x)


def _check_order(op, order):
    if isinstance(order, bool) or not isinstance(order, (int, float)) or order <= 0:
        raise ValueError(f"ops.{op}: order must be a positive number, received {order!r}.")


def _normalize_rule(op, x, axis=-1, order=2):
    shape = shape_of(x)
    rules.canonical_axes(op, axis, len(shape), shape)
    _check_order(op, order)
    return rules.unary_float(op, x)


def moments(x, axes, keepdims=False, synchronized=False):
    """Mean and variance of ``x`` over ``axes``.

    float16 and bfloat16 inputs are accumulated in float32 and the results cast back.
    ``synchronized`` (cross-replica statistics) only matters under a distribution strategy;
    on one device the statistics are the same.

    Returns:
        A tuple ``(mean, variance)``.

    Example:
        >>> keras_core.ops.moments([1.0, 2.0, 3.0], axes=[0])   # (2.0, 0.6667)
    """
    try:
        return _impl.moments(x, axes, keepdims=keepdims)
    except Exception as error:
        return recover(error, _moments_rule, "moments", x, axes, keepdims)


def batch_normalization(x, mean, variance, axis, offset=None, scale=None, epsilon=1e-3):
    """``(x - mean) / sqrt(variance + epsilon) * scale + offset`` along feature ``axis``.

    Args:
        x: Input tensor.
        mean, variance: Vectors with one value per feature of ``axis``.
        axis: The feature axis.
        offset, scale: Optional vectors (``beta`` and ``gamma``).
        epsilon: Added to the variance.

    Example:
        >>> keras_core.ops.batch_normalization([[1.0, 2.0]], [1.0, 0.0], [1.0, 4.0], axis=-1)
        ... # [[0., 1.]] (up to epsilon)
    """
    try:
        return _impl.batch_normalization(
            x, mean, variance, axis, offset=offset, scale=scale, epsilon=epsilon
        )
    except Exception as error:
        return recover(
            error,
            _batch_normalization_rule,
            "batch_normalization",
            x,
            mean,
            variance,
            axis,
            offset,
            scale,
        )


def layer_normalization(x, gamma=None, beta=None, axis=-1, epsilon=None, **kwargs):
    """Normalizes ``x`` to zero mean and unit variance over ``axis``, then ``* gamma + beta``.

    Args:
        x: Input tensor; the result keeps its dtype.
        gamma, beta: Optional scale and offset, broadcast against the normalized axes.
        axis: An int or a tuple of ints.
        epsilon: Added to the variance; ``None`` means ``keras_core.config.epsilon()``.
        rms_scaling: (keyword) divide by the root mean square deviation without centering,
            as Keras's deprecated option does.

    Example:
        >>> keras_core.ops.layer_normalization([[1.0, 3.0]])   # [[-1., 1.]]
    """
    rms_scaling = kwargs.pop("rms_scaling", False)
    if kwargs:
        raise TypeError(f"ops.layer_normalization: unexpected arguments {sorted(kwargs)}.")
    try:
        return _impl.layer_normalization(
            x,
            gamma=gamma,
            beta=beta,
            axis=axis,
            epsilon=_epsilon(epsilon),
            rms_scaling=rms_scaling,
        )
    except Exception as error:
        return recover(error, _layer_normalization_rule, "layer_normalization", x, axis)


def rms_normalization(x, scale=None, axis=-1, epsilon=None):
    """``x / sqrt(mean(x**2) + epsilon) * scale`` over ``axis``; keeps the dtype of ``x``.

    Example:
        >>> keras_core.ops.rms_normalization([[3.0, 4.0]])   # [[0.8485, 1.1314]]
    """
    try:
        return _impl.rms_normalization(x, scale=scale, axis=axis, epsilon=_epsilon(epsilon))
    except Exception as error:
        return recover(error, _layer_normalization_rule, "rms_normalization", x, axis)


def normalize(x, axis=-1, order=2, epsilon=None):
    """``x`` divided by its ``order``-norm over ``axis`` (at least ``epsilon``).

    Example:
        >>> keras_core.ops.normalize([[3.0, 4.0]])   # [[0.6, 0.8]]
    """
    # Some frameworks read other orders (0: the count of non-zeros); Keras's norms are
    # positive orders only.
    _check_order("normalize", order)
    try:
        return _impl.normalize(x, axis=axis, order=order, epsilon=_epsilon(epsilon))
    except Exception as error:
        return recover(error, _normalize_rule, "normalize", x, axis, order)
