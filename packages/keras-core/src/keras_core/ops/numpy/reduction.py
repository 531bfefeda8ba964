"""Reductions, scans, sorting and searching over axes (``keras_core.ops.numpy``).

``axis`` is ``None`` (all axes), an int or a tuple of ints, negative counting from the end.
Indices (``argmax``, ``argsort``, ``searchsorted``, ...) are ``int32``; means and variances
of integer and bool inputs are ``float32``. Ops whose output size depends on the data
(``unique``, ``bincount``) have ``None`` sizes on symbolic inputs. Order statistics,
weighted means and histograms are in :mod:`keras_core.ops.numpy.statistics`.
"""

import builtins
import math

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = [
    "all",
    "amax",
    "amin",
    "any",
    "argmax",
    "argmin",
    "argpartition",
    "argsort",
    "bincount",
    "count_nonzero",
    "cumprod",
    "cumsum",
    "diff",
    "digitize",
    "max",
    "mean",
    "min",
    "nanargmax",
    "nanargmin",
    "nancumprod",
    "nancumsum",
    "nanmax",
    "nanmin",
    "nanprod",
    "nansum",
    "prod",
    "ptp",
    "searchsorted",
    "sort",
    "std",
    "sum",
    "trapezoid",
    "unique",
    "var",
]

_impl = table("numpy.reduction")

# Sums and products accumulate small integers in 32 bits (JAX's and Keras's rule).
_SUM_DTYPES = {
    "bool": "int32",
    "int8": "int32",
    "int16": "int32",
    "uint8": "uint32",
    "uint16": "uint32",
}


def _dtype(op, x) -> str:
    return rules.same(op, x).dtype


def _sum_rule(op, x, axis=None, keepdims=False, dtype=None):
    if dtype is not None:
        return rules.reduction(op, x, axis, keepdims, dtype=standardize_dtype(dtype))
    dtype = _dtype(op, x)
    return rules.reduction(op, x, axis, keepdims, dtype=_SUM_DTYPES.get(dtype, dtype))


def _max_rule(op, x, axis=None, keepdims=False, initial=None):
    shape = shape_of(x)
    if initial is None and builtins.any(
        shape[a] == 0 for a in rules.canonical_axes(op, axis, len(shape), shape)
    ):
        raise ValueError(
            f"ops.{op}: cannot reduce an empty axis of an input of shape {shape} without `initial`."
        )
    return rules.reduction(op, x, axis, keepdims)


def _ptp_rule(op, x, axis=None, keepdims=False):
    if _dtype(op, x) == "bool":
        raise TypeError(f"ops.{op}: x must be numeric, received dtype bool.")
    return _max_rule(op, x, axis, keepdims)


def _float_rule(op, x, axis=None, keepdims=False):
    return rules.reduction(op, x, axis, keepdims, dtype=rules.float_dtype(dtype_of(x)))


def _bool_rule(op, x, axis=None, keepdims=False):
    return rules.reduction(op, x, axis, keepdims, dtype="bool")


def _count_rule(op, x, axis=None):
    return rules.reduction(op, x, axis, False, dtype="int32")


def _arg_rule(op, x, axis=None, keepdims=False):
    shape = shape_of(x)
    if axis is not None:
        rules.canonical_axis(op, axis, len(shape), shape)
    reduced = rules.reduction(op, x, axis, keepdims, dtype="int32")
    if builtins.any(shape[a] == 0 for a in rules.canonical_axes(op, axis, len(shape), shape)):
        raise ValueError(f"ops.{op}: cannot take {op} of an empty axis of shape {shape}.")
    return reduced


def _along_axis_shape(op, x, axis) -> tuple:
    """The input's shape, flattened when ``axis`` is None, after checking ``axis``."""
    shape = shape_of(x)
    if axis is None:
        return (None if None in shape else math.prod(shape),)
    rules.canonical_axis(op, axis, len(shape), shape)
    return shape


def _sort_rule(op, x, axis=-1):
    return KerasTensor(_along_axis_shape(op, x, axis), _dtype(op, x))


def _argsort_rule(op, x, axis=-1):
    return KerasTensor(_along_axis_shape(op, x, axis), "int32")


def _argpartition_rule(op, x, kth, axis=-1):
    if _dtype(op, x) == "bool":
        raise TypeError(f"ops.{op}: x must be numeric, received dtype bool.")
    shape = _along_axis_shape(op, x, axis)
    size = shape[-1 if axis is None else axis]
    for k in kth if isinstance(kth, (list, tuple)) else (kth,):
        if size is not None and not -size <= k < size:
            raise ValueError(
                f"ops.{op}: kth={k} is out of range for an axis of size {size} (shape {shape})."
            )
    return KerasTensor(shape, "int32")


def _cumulative_rule(op, x, axis=None, dtype=None):
    dtype = standardize_dtype(dtype) if dtype is not None else _dtype(op, x)
    return KerasTensor(_along_axis_shape(op, x, axis), "int32" if dtype == "bool" else dtype)


def _diff_rule(op, a, n=1, axis=-1):
    shape = shape_of(a)
    if not shape:
        raise ValueError(f"ops.{op}: a must have at least one dimension, received a scalar.")
    _check_diff_n(op, n)
    axis = rules.canonical_axis(op, axis, len(shape), shape)
    size = None if shape[axis] is None else builtins.max(shape[axis] - n, 0)
    return KerasTensor((*shape[:axis], size, *shape[axis + 1 :]), _dtype(op, a))


def _check_diff_n(op, n):
    if n < 0:
        raise ValueError(f"ops.{op}: n must be non-negative, received n={n}.")


def _integer_input(op, x, arg) -> None:
    dtype = _dtype(op, x)
    if dtype == "bool" or "int" not in dtype:
        raise TypeError(f"ops.{op}: {arg} must have an integer dtype, received {dtype}.")


def _bincount_rule(op, x, weights=None, minlength=0, sparse=False):
    _integer_input(op, x, "x")
    shape = shape_of(x)
    if len(shape) != 1:
        raise ValueError(f"ops.{op}: x must be 1-D, received shape {shape}.")
    _check_bincount_args(op, minlength, sparse)
    if weights is None:
        return KerasTensor((None,), "int32")
    if shape_of(weights) != shape:
        raise ValueError(
            f"ops.{op}: weights must have x's shape {shape}, received {shape_of(weights)}."
        )
    dtype = _dtype(op, weights)
    return KerasTensor((None,), _SUM_DTYPES.get(dtype, dtype))


def _check_bincount_args(op, minlength, sparse):
    if minlength < 0:
        raise ValueError(f"ops.{op}: minlength must be non-negative, received {minlength}.")
    if sparse:
        raise ValueError(f"ops.{op}: sparse=True is not supported; keras_core returns dense.")


def _digitize_rule(op, x, bins):
    if len(shape_of(bins)) != 1:
        raise ValueError(f"ops.{op}: bins must be 1-D, received shape {shape_of(bins)}.")
    return KerasTensor(shape_of(x), "int32")


def _searchsorted_rule(op, sorted_sequence, values, side="left"):
    if side not in ("left", "right"):
        raise ValueError(f"ops.{op}: side must be 'left' or 'right', received {side!r}.")
    if len(shape_of(sorted_sequence)) != 1:
        raise ValueError(
            f"ops.{op}: sorted_sequence must be 1-D, received shape {shape_of(sorted_sequence)}."
        )
    return KerasTensor(shape_of(values), "int32")


def _trapezoid_rule(op, y, x=None, dx=1.0, axis=-1):
    shape = shape_of(y)
    if x is not None and len(shape_of(x)) == 1:
        size = shape[rules.canonical_axis(op, axis, len(shape), shape)]
        if None not in (size, shape_of(x)[0]) and shape_of(x)[0] != size:
            raise ValueError(
                f"ops.{op}: x (shape {shape_of(x)}) must have the size of y's axis {axis} "
                f"(y has shape {shape})."
            )
    dtype = rules.float_dtype(dtype_of(y) if x is None else result_type(dtype_of(y), dtype_of(x)))
    return rules.reduction(op, y, axis, False, dtype=dtype)


def _unique_rule(
    op,
    x,
    sorted=True,
    return_index=False,
    return_inverse=False,
    return_counts=False,
    axis=None,
    size=None,
    fill_value=None,
):
    shape = shape_of(x)
    _check_unique_size(op, size)
    if axis is None:
        values = KerasTensor((size,), _dtype(op, x))
        inverse_shape = shape
    else:
        axis = rules.canonical_axis(op, axis, len(shape), shape)
        values = KerasTensor((*shape[:axis], size, *shape[axis + 1 :]), _dtype(op, x))
        inverse_shape = (shape[axis],)
    outputs = [values]
    if return_index:
        outputs.append(KerasTensor((size,), "int32"))
    if return_inverse:
        outputs.append(KerasTensor(inverse_shape, "int32"))
    if return_counts:
        outputs.append(KerasTensor((size,), "int32"))
    return outputs[0] if len(outputs) == 1 else tuple(outputs)


def _check_unique_size(op, size):
    if size is not None and size < 1:
        raise ValueError(f"ops.{op}: size must be a positive int or None, received {size!r}.")


def sum(x, axis=None, keepdims=False):
    """Sum of elements over ``axis``; bool, int8 and int16 inputs sum into int32.

    Example:
        >>> keras_core.ops.sum([[1, 2], [3, 4]], axis=0)   # [4, 6]
    """
    try:
        return _impl.sum(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _sum_rule, "sum", x, axis, keepdims)


def prod(x, axis=None, keepdims=False, dtype=None):
    """Product of elements over ``axis``; small integers multiply in 32 bits unless ``dtype``.

    Example:
        >>> keras_core.ops.prod([[1, 2], [3, 4]], axis=1)   # [2, 12]
    """
    try:
        return _impl.prod(x, axis=axis, keepdims=keepdims, dtype=dtype)
    except Exception as error:
        return recover(error, _sum_rule, "prod", x, axis, keepdims, dtype)


def max(x, axis=None, keepdims=False, initial=None):
    """Maximum over ``axis``; ``initial`` is a lower bound included in the reduction.

    Example:
        >>> keras_core.ops.max([[1, 5], [3, 2]], axis=1)   # [5, 3]
    """
    try:
        return _impl.max(x, axis=axis, keepdims=keepdims, initial=initial)
    except Exception as error:
        return recover(error, _max_rule, "max", x, axis, keepdims, initial)


def min(x, axis=None, keepdims=False, initial=None):
    """Minimum over ``axis``; ``initial`` is an upper bound included in the reduction.

    Example:
        >>> keras_core.ops.min([[1, 5], [3, 2]], axis=1)   # [1, 2]
    """
    try:
        return _impl.min(x, axis=axis, keepdims=keepdims, initial=initial)
    except Exception as error:
        return recover(error, _max_rule, "min", x, axis, keepdims, initial)


def amax(x, axis=None, keepdims=False):
    """Maximum over ``axis`` (``max`` without ``initial``).

    Example:
        >>> keras_core.ops.amax([[1, 5], [3, 2]])   # 5
    """
    try:
        return _impl.amax(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _max_rule, "amax", x, axis, keepdims)


def amin(x, axis=None, keepdims=False):
    """Minimum over ``axis`` (``min`` without ``initial``).

    Example:
        >>> keras_core.ops.amin([[1, 5], [3, 2]])   # 1
    """
    try:
        return _impl.amin(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _max_rule, "amin", x, axis, keepdims)


def ptp(x, axis=None, keepdims=False):
    """Range ``max - min`` over ``axis`` ("peak to peak"), in the input's dtype.

    Example:
        >>> keras_core.ops.ptp([[1, 5], [3, 2]], axis=1)   # [4, 1]
    """
    try:
        return _impl.ptp(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _ptp_rule, "ptp", x, axis, keepdims)


def all(x, axis=None, keepdims=False):
    """Whether every element over ``axis`` is true (non-zero); empty axes give True.

    Example:
        >>> keras_core.ops.all([[True, False], [True, True]], axis=1)   # [False, True]
    """
    try:
        return _impl.all(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _bool_rule, "all", x, axis, keepdims)


def any(x, axis=None, keepdims=False):
    """Whether some element over ``axis`` is true (non-zero); empty axes give False.

    Example:
        >>> keras_core.ops.any([[True, False], [False, False]], axis=1)   # [True, False]
    """
    try:
        return _impl.any(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _bool_rule, "any", x, axis, keepdims)


def count_nonzero(x, axis=None):
    """Number of non-zero elements over ``axis``, as int32.

    Example:
        >>> keras_core.ops.count_nonzero([[0, 1], [2, 3]], axis=0)   # [1, 2]
    """
    try:
        return _impl.count_nonzero(x, axis=axis)
    except Exception as error:
        return recover(error, _count_rule, "count_nonzero", x, axis)


def argmax(x, axis=None, keepdims=False):
    """Index (int32) of the first maximum along ``axis``, or in the flattened input if None.

    Example:
        >>> keras_core.ops.argmax([[1, 5], [3, 2]], axis=1)   # [1, 0]
    """
    try:
        return _impl.argmax(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _arg_rule, "argmax", x, axis, keepdims)


def argmin(x, axis=None, keepdims=False):
    """Index (int32) of the first minimum along ``axis``, or in the flattened input if None.

    Example:
        >>> keras_core.ops.argmin([[1, 5], [3, 2]], axis=1)   # [0, 1]
    """
    try:
        return _impl.argmin(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _arg_rule, "argmin", x, axis, keepdims)


def nanargmax(x, axis=None, keepdims=False):
    """``argmax`` ignoring NaNs; a slice of NaNs only has no defined answer.

    Example:
        >>> keras_core.ops.nanargmax([1.0, float("nan"), 3.0])   # 2
    """
    try:
        return _impl.nanargmax(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _arg_rule, "nanargmax", x, axis, keepdims)


def nanargmin(x, axis=None, keepdims=False):
    """``argmin`` ignoring NaNs; a slice of NaNs only has no defined answer.

    Example:
        >>> keras_core.ops.nanargmin([1.0, float("nan"), 0.5])   # 2
    """
    try:
        return _impl.nanargmin(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _arg_rule, "nanargmin", x, axis, keepdims)


def sort(x, axis=-1):
    """Sorted copy of ``x`` along ``axis`` (ascending, NaNs last); None sorts the flattened x.

    Example:
        >>> keras_core.ops.sort([3, 1, 2])   # [1, 2, 3]
    """
    try:
        return _impl.sort(x, axis=axis)
    except Exception as error:
        return recover(error, _sort_rule, "sort", x, axis)


def argsort(x, axis=-1):
    """Indices (int32) that sort ``x`` along ``axis``; ties keep their order (stable).

    Example:
        >>> keras_core.ops.argsort([3, 1, 2])   # [1, 2, 0]
    """
    try:
        return _impl.argsort(x, axis=axis)
    except Exception as error:
        return recover(error, _argsort_rule, "argsort", x, axis)


def argpartition(x, kth, axis=-1):
    """Indices (int32) that put the ``kth`` element(s) in sorted position along ``axis``.

    Smaller elements come before, larger after, in no defined order; backends may differ in
    that order (some sort fully).

    Example:
        >>> keras_core.ops.argpartition([3, 4, 2, 1], 1)   # [3, 2, ...]
    """
    try:
        return _impl.argpartition(x, kth, axis=axis)
    except Exception as error:
        return recover(error, _argpartition_rule, "argpartition", x, kth, axis)


def cumsum(x, axis=None, dtype=None):
    """Cumulative sum along ``axis`` (the flattened input if None); bool sums into int32.

    Example:
        >>> keras_core.ops.cumsum([1, 2, 3])   # [1, 3, 6]
    """
    try:
        return _impl.cumsum(x, axis=axis, dtype=dtype)
    except Exception as error:
        return recover(error, _cumulative_rule, "cumsum", x, axis, dtype)


def cumprod(x, axis=None, dtype=None):
    """Cumulative product along ``axis`` (the flattened input if None).

    Example:
        >>> keras_core.ops.cumprod([1, 2, 3])   # [1, 2, 6]
    """
    try:
        return _impl.cumprod(x, axis=axis, dtype=dtype)
    except Exception as error:
        return recover(error, _cumulative_rule, "cumprod", x, axis, dtype)


def nancumsum(x, axis=None, dtype=None):
    """``cumsum`` treating NaNs as zero.

    Example:
        >>> keras_core.ops.nancumsum([1.0, float("nan"), 3.0])   # [1., 1., 4.]
    """
    try:
        return _impl.nancumsum(x, axis=axis, dtype=dtype)
    except Exception as error:
        return recover(error, _cumulative_rule, "nancumsum", x, axis, dtype)


def nancumprod(x, axis=None, dtype=None):
    """``cumprod`` treating NaNs as one.

    Example:
        >>> keras_core.ops.nancumprod([2.0, float("nan"), 3.0])   # [2., 2., 6.]
    """
    try:
        return _impl.nancumprod(x, axis=axis, dtype=dtype)
    except Exception as error:
        return recover(error, _cumulative_rule, "nancumprod", x, axis, dtype)


def diff(a, n=1, axis=-1):
    """``n``-th discrete difference along ``axis``; bool inputs give ``a[i+1] != a[i]``.

    Example:
        >>> keras_core.ops.diff([1, 4, 9, 16])   # [3, 5, 7]
    """
    _check_diff_n("diff", n)
    try:
        return _impl.diff(a, n=n, axis=axis)
    except Exception as error:
        return recover(error, _diff_rule, "diff", a, n, axis)


def mean(x, axis=None, keepdims=False):
    """Arithmetic mean over ``axis``; integer inputs give ``float32``.

    Example:
        >>> keras_core.ops.mean([1, 2, 3, 4])   # 2.5
    """
    try:
        return _impl.mean(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _float_rule, "mean", x, axis, keepdims)


def var(x, axis=None, keepdims=False):
    """Population variance (divisor ``n``) over ``axis``; integer inputs give float32.

    Example:
        >>> keras_core.ops.var([1.0, 2.0, 3.0, 4.0])   # 1.25
    """
    try:
        return _impl.var(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _float_rule, "var", x, axis, keepdims)


def std(x, axis=None, keepdims=False):
    """Population standard deviation (divisor ``n``) over ``axis``.

    Example:
        >>> keras_core.ops.std([1.0, 3.0])   # 1.0
    """
    try:
        return _impl.std(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _float_rule, "std", x, axis, keepdims)


def nansum(x, axis=None, keepdims=False):
    """``sum`` treating NaNs as zero.

    Example:
        >>> keras_core.ops.nansum([1.0, float("nan"), 3.0])   # 4.0
    """
    try:
        return _impl.nansum(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _sum_rule, "nansum", x, axis, keepdims)


def nanprod(x, axis=None, keepdims=False):
    """``prod`` treating NaNs as one.

    Example:
        >>> keras_core.ops.nanprod([2.0, float("nan"), 3.0])   # 6.0
    """
    try:
        return _impl.nanprod(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _sum_rule, "nanprod", x, axis, keepdims)


def nanmax(x, axis=None, keepdims=False):
    """``amax`` ignoring NaNs; a slice of NaNs only gives NaN.

    Example:
        >>> keras_core.ops.nanmax([1.0, float("nan"), 3.0])   # 3.0
    """
    try:
        return _impl.nanmax(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _max_rule, "nanmax", x, axis, keepdims)


def nanmin(x, axis=None, keepdims=False):
    """``amin`` ignoring NaNs; a slice of NaNs only gives NaN.

    Example:
        >>> keras_core.ops.nanmin([1.0, float("nan"), 3.0])   # 1.0
    """
    try:
        return _impl.nanmin(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _max_rule, "nanmin", x, axis, keepdims)


def trapezoid(y, x=None, dx=1.0, axis=-1):
    """Integral of ``y`` along ``axis`` by the trapezoidal rule, at points ``x`` or spacing ``dx``.

    Example:
        >>> keras_core.ops.trapezoid([1.0, 2.0, 3.0])   # 4.0
    """
    try:
        return _impl.trapezoid(y, x=x, dx=dx, axis=axis)
    except Exception as error:
        return recover(error, _trapezoid_rule, "trapezoid", y, x, dx, axis)


def bincount(x, weights=None, minlength=0, sparse=False):
    """Occurrences (int32) of each value ``0..max(x)`` in the 1-D non-negative integer ``x``.

    Args:
        weights: Added up per value instead of counting 1 each (same shape as ``x``).
        minlength: The least length of the output.
        sparse: Must be False; keras-core returns dense tensors.

    The output length depends on the data: under ``jax.jit`` it must be known, so there
    ``x`` must be concrete.

    Example:
        >>> keras_core.ops.bincount([1, 2, 2, 3])   # [0, 1, 2, 1]
    """
    _check_bincount_args("bincount", minlength, sparse)
    try:
        return _impl.bincount(x, weights=weights, minlength=minlength, sparse=sparse)
    except Exception as error:
        return recover(error, _bincount_rule, "bincount", x, weights, minlength, sparse)


def digitize(x, bins):
    """Bin index (int32) of each element of ``x``: ``i`` with ``bins[i-1] <= x < bins[i]``.

    ``bins`` must be 1-D and increasing.

    Example:
        >>> keras_core.ops.digitize([0.0, 1.0, 3.0, 1.6], [0.0, 3.0, 4.5, 7.0])   # [1, 1, 2, 1]
    """
    try:
        return _impl.digitize(x, bins)
    except Exception as error:
        return recover(error, _digitize_rule, "digitize", x, bins)


def searchsorted(sorted_sequence, values, side="left"):
    """Indices (int32) at which ``values`` would be inserted into the 1-D ``sorted_sequence``.

    Args:
        side: ``"left"`` (first fitting index) or ``"right"`` (last) for equal values.

    Example:
        >>> keras_core.ops.searchsorted([1, 3, 5], [0, 3, 6])   # [0, 1, 3]
    """
    try:
        return _impl.searchsorted(sorted_sequence, values, side=side)
    except Exception as error:
        return recover(error, _searchsorted_rule, "searchsorted", sorted_sequence, values, side)


def unique(
    x,
    sorted=True,
    return_index=False,
    return_inverse=False,
    return_counts=False,
    axis=None,
    size=None,
    fill_value=None,
):
    """Sorted unique elements of ``x`` (flattened, or the slices along ``axis``).

    Args:
        sorted: Accepted for Keras compatibility; the result is always sorted.
        return_index, return_inverse, return_counts: Also return, as int32, the index of
            each unique element's first occurrence, the index into the uniques of each
            input element, and each unique element's count.
        axis: None (flatten) or the axis whose slices are the elements.
        size: A fixed output length: padded with ``fill_value`` (default 0; counts and
            indices with 0) or truncated. JAX needs it under ``jax.jit`` and TensorFlow
            inside ``tf.function``, where the output length must not depend on the data.

    Returns:
        The unique values, or a tuple with the requested extra outputs in the order above.

    Example:
        >>> keras_core.ops.unique([3, 1, 2, 1, 3])   # [1, 2, 3]
    """
    _check_unique_size("unique", size)
    try:
        return _impl.unique(
            x,
            sorted=sorted,
            return_index=return_index,
            return_inverse=return_inverse,
            return_counts=return_counts,
            axis=axis,
            size=size,
            fill_value=fill_value,
        )
    except Exception as error:
        return recover(
            error,
            _unique_rule,
            "unique",
            x,
            sorted,
            return_index,
            return_inverse,
            return_counts,
            axis,
            size,
            fill_value,
        )
