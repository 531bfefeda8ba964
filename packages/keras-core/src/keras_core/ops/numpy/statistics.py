"""Quantiles, NaN-ignoring statistics, weighted means and histograms (``keras_core.ops.numpy``).

``axis`` is ``None`` (all axes), an int or a tuple of ints, negative counting from the end.
Integer and bool inputs give ``float32`` results.
"""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = [
    "average",
    "corrcoef",
    "histogram",
    "median",
    "nanmean",
    "nanmedian",
    "nanpercentile",
    "nanquantile",
    "nanstd",
    "nanvar",
    "percentile",
    "quantile",
]

_impl = table("numpy.statistics")

_QUANTILE_METHODS = ("linear", "lower", "higher", "midpoint", "nearest")


def _float_rule(op, x, axis=None, keepdims=False):
    return rules.reduction(op, x, axis, keepdims, dtype=rules.float_dtype(dtype_of(x)))


def _average_rule(op, x, axis=None, weights=None):
    if weights is None:
        return _float_rule(op, x, axis)
    shape, weights_shape = shape_of(x), shape_of(weights)
    if weights_shape != shape:
        if axis is None:
            raise ValueError(
                f"ops.{op}: axis must be given when weights (shape {weights_shape}) and x "
                f"(shape {shape}) differ in shape."
            )
        axis_size = shape[rules.canonical_axis(op, axis, len(shape), shape)]
        known = None not in (axis_size, *weights_shape)
        if len(weights_shape) != 1 or (known and weights_shape[0] != axis_size):
            raise ValueError(
                f"ops.{op}: weights must have x's shape {shape} or be 1-D of the size of "
                f"axis {axis} ({axis_size}), received shape {weights_shape}."
            )
    dtype = result_type(dtype_of(x), dtype_of(weights), float)
    return rules.reduction(op, x, axis, False, dtype=dtype)


def _quantile_rule(op, x, q, axis=None, method="linear", keepdims=False):
    reduced = _float_rule(op, x, axis, keepdims)
    return KerasTensor((*shape_of(q), *reduced.shape), reduced.dtype)


def _check_quantile_args(op, q, method, upper):
    if method not in _QUANTILE_METHODS:
        raise ValueError(
            f"ops.{op}: method must be one of {_QUANTILE_METHODS}, received {method!r}."
        )
    values = q if isinstance(q, (list, tuple)) else (q,)
    for value in values:
        if isinstance(value, (int, float)) and not 0 <= value <= upper:
            raise ValueError(f"ops.{op}: q must be within [0, {upper}], received {q!r}.")


def _corrcoef_rule(op, x):
    shape = shape_of(x)
    if len(shape) not in (1, 2):
        raise ValueError(f"ops.{op}: x must be 1-D or 2-D, received shape {shape}.")
    out = () if len(shape) == 1 else (shape[0], shape[0])
    return KerasTensor(out, rules.float_dtype(dtype_of(x)))


def _check_histogram_args(op, bins, range):
    if isinstance(bins, bool) or not isinstance(bins, int) or bins < 1:
        raise ValueError(f"ops.{op}: bins must be a positive int, received {bins!r}.")
    if range is not None and (len(range) != 2 or range[0] > range[1]):
        raise ValueError(f"ops.{op}: range must be (low, high) with low <= high, got {range!r}.")


def _histogram_rule(op, x, bins=10, range=None):
    _check_histogram_args(op, bins, range)
    if len(shape_of(x)) != 1:
        raise ValueError(f"ops.{op}: x must be 1-D, received shape {shape_of(x)}.")
    dtype = rules.float_dtype(dtype_of(x))
    return KerasTensor((bins,), "int32"), KerasTensor((bins + 1,), dtype)


def average(x, axis=None, weights=None):
    """Weighted mean ``sum(x * weights) / sum(weights)`` over ``axis`` (an int or None).

    Args:
        weights: Same shape as ``x``, or 1-D with the size of ``x``'s ``axis``.

    Example:
        >>> keras_core.ops.average([1.0, 2.0, 3.0], weights=[3.0, 1.0, 0.0])   # 1.25
    """
    try:
        return _impl.average(x, axis=axis, weights=weights)
    except Exception as error:
        return recover(error, _average_rule, "average", x, axis, weights)


def median(x, axis=None, keepdims=False):
    """Median over ``axis`` (the mean of the two middle values for even sizes).

    Example:
        >>> keras_core.ops.median([3.0, 1.0, 4.0, 2.0])   # 2.5
    """
    try:
        return _impl.median(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _float_rule, "median", x, axis, keepdims)


def quantile(x, q, axis=None, method="linear", keepdims=False):
    """``q``-th quantile(s) over ``axis``, ``q`` in ``[0, 1]``; a tensor ``q`` leads the shape.

    Args:
        method: ``"linear"``, ``"lower"``, ``"higher"``, ``"midpoint"`` or ``"nearest"``:
            how to pick a value between two data points.

    Example:
        >>> keras_core.ops.quantile([1.0, 2.0, 3.0, 4.0], 0.5)   # 2.5
    """
    _check_quantile_args("quantile", q, method, 1)
    try:
        return _impl.quantile(x, q, axis=axis, method=method, keepdims=keepdims)
    except Exception as error:
        return recover(error, _quantile_rule, "quantile", x, q, axis, method, keepdims)


def percentile(x, q, axis=None, method="linear", keepdims=False):
    """``quantile`` with ``q`` in percent (``[0, 100]``).

    Example:
        >>> keras_core.ops.percentile([1.0, 2.0, 3.0, 4.0], 50)   # 2.5
    """
    _check_quantile_args("percentile", q, method, 100)
    try:
        return _impl.percentile(x, q, axis=axis, method=method, keepdims=keepdims)
    except Exception as error:
        return recover(error, _quantile_rule, "percentile", x, q, axis, method, keepdims)


def nanmean(x, axis=None, keepdims=False):
    """``mean`` of the non-NaN elements; a slice of NaNs only gives NaN.

    Example:
        >>> keras_core.ops.nanmean([1.0, float("nan"), 3.0])   # 2.0
    """
    try:
        return _impl.nanmean(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _float_rule, "nanmean", x, axis, keepdims)


def nanvar(x, axis=None, keepdims=False):
    """``var`` of the non-NaN elements.

    Example:
        >>> keras_core.ops.nanvar([1.0, float("nan"), 3.0])   # 1.0
    """
    try:
        return _impl.nanvar(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _float_rule, "nanvar", x, axis, keepdims)


def nanstd(x, axis=None, keepdims=False):
    """``std`` of the non-NaN elements.

    Example:
        >>> keras_core.ops.nanstd([1.0, float("nan"), 3.0])   # 1.0
    """
    try:
        return _impl.nanstd(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _float_rule, "nanstd", x, axis, keepdims)


def nanmedian(x, axis=None, keepdims=False):
    """``median`` of the non-NaN elements.

    Example:
        >>> keras_core.ops.nanmedian([1.0, float("nan"), 3.0])   # 2.0
    """
    try:
        return _impl.nanmedian(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _float_rule, "nanmedian", x, axis, keepdims)


def nanquantile(x, q, axis=None, method="linear", keepdims=False):
    """``quantile`` of the non-NaN elements.

    Example:
        >>> keras_core.ops.nanquantile([1.0, float("nan"), 3.0], 0.5)   # 2.0
    """
    _check_quantile_args("nanquantile", q, method, 1)
    try:
        return _impl.nanquantile(x, q, axis=axis, method=method, keepdims=keepdims)
    except Exception as error:
        return recover(error, _quantile_rule, "nanquantile", x, q, axis, method, keepdims)


def nanpercentile(x, q, axis=None, method="linear", keepdims=False):
    """``percentile`` of the non-NaN elements.

    Example:
        >>> keras_core.ops.nanpercentile([1.0, float("nan"), 3.0], 50)   # 2.0
    """
    _check_quantile_args("nanpercentile", q, method, 100)
    try:
        return _impl.nanpercentile(x, q, axis=axis, method=method, keepdims=keepdims)
    except Exception as error:
        return recover(error, _quantile_rule, "nanpercentile", x, q, axis, method, keepdims)


def corrcoef(x):
    """Pearson correlation matrix of the rows of ``x`` (variables x observations).

    Example:
        >>> keras_core.ops.corrcoef([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]])   # [[1, -1], [-1, 1]]
    """
    try:
        return _impl.corrcoef(x)
    except Exception as error:
        return recover(error, _corrcoef_rule, "corrcoef", x)


def histogram(x, bins=10, range=None):
    """Counts (int32) of the 1-D ``x`` in ``bins`` equal bins, and the ``bins + 1`` edges.

    Args:
        range: ``(low, high)`` of the bins; values outside are not counted. Defaults to
            ``(min(x), max(x))``. The last bin includes ``high``.

    Example:
        >>> counts, edges = keras_core.ops.histogram([0.0, 1.0, 1.0, 2.0], bins=2)
        >>> # counts [1, 3], edges [0., 1., 2.]
    """
    _check_histogram_args("histogram", bins, range)
    try:
        return _impl.histogram(x, bins=bins, range=range)
    except Exception as error:
        return recover(error, _histogram_rule, "histogram", x, bins, range)
