"""Creating tensors: filled, ranges, grids, windows and triangles (``keras_core.ops.numpy``).

Ops with no tensor input always run on the backend; their output rule checks the
arguments, so a bad one gets the same error on every backend.
"""

import math
import operator

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.backend.settings import floatx
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = [
    "array",
    "empty",
    "empty_like",
    "zeros",
    "zeros_like",
    "ones",
    "ones_like",
    "full",
    "full_like",
    "eye",
    "identity",
    "arange",
    "linspace",
    "logspace",
    "geomspace",
    "meshgrid",
    "diag",
    "diagflat",
    "tri",
    "tril",
    "triu",
    "vander",
    "bartlett",
    "blackman",
    "hamming",
    "hanning",
    "kaiser",
]

_impl = table("numpy.creation")


def _dtype(x) -> str:
    return rules.same("", x).dtype


def _count(op, value, arg) -> int:
    try:
        value = operator.index(value)
    except TypeError:
        raise TypeError(f"ops.{op}: {arg} must be an int, received {value!r}.") from None
    if value < 0:
        raise ValueError(f"ops.{op}: {arg} must not be negative, received {value}.")
    return value


def _shape_arg(op, shape) -> tuple:
    sizes = tuple(shape) if isinstance(shape, (list, tuple)) else (shape,)
    return tuple(_count(op, d, "shape") for d in sizes)


def _filled_rule(op, shape, dtype=None):
    return KerasTensor(_shape_arg(op, shape), dtype or floatx())


def _check_fill(op, fill_value, shape):
    fill = shape_of(fill_value)
    fits = len(fill) <= len(shape) and all(
        f in (1, None) or d in (f, None) for f, d in zip(fill[::-1], shape[::-1], strict=False)
    )
    if not fits:
        raise ValueError(f"ops.{op}: fill_value of shape {fill} cannot fill a shape {shape}.")


def _full_rule(op, shape, fill_value, dtype=None):
    shape = _shape_arg(op, shape)
    _check_fill(op, fill_value, shape)
    return KerasTensor(shape, dtype or floatx())


def _like_rule(op, x, dtype=None):
    return KerasTensor(shape_of(x), dtype or _dtype(x))


def _full_like_rule(op, x, fill_value, dtype=None):
    _check_fill(op, fill_value, shape_of(x))
    return KerasTensor(shape_of(x), dtype or _dtype(x))


def _array_rule(op, x, dtype=None):
    return KerasTensor(shape_of(x), dtype or _dtype(x))


def _eye_rule(op, N, M=None, k=0, dtype=None):
    rows = _count(op, N, "N")
    columns = rows if M is None else _count(op, M, "M")
    return KerasTensor((rows, columns), dtype or floatx())


def _identity_rule(op, n, dtype=None):
    return _eye_rule(op, n, dtype=dtype)


def _arange_rule(op, start, stop=None, step=None, dtype=None):
    bounds = (start, stop, step)
    if stop is None:
        start, stop = 0, start
    step = 1 if step is None else step
    if isinstance(step, (int, float)) and step == 0:
        raise ValueError(f"ops.{op}: step must not be zero.")
    dtype = dtype or result_type(*(dtype_of(b) for b in bounds if b is not None))
    if all(isinstance(b, (int, float)) for b in (start, stop, step)):
        return KerasTensor((max(0, math.ceil((stop - start) / step)),), dtype)
    return KerasTensor((None,), dtype)


def _spaced_rule(op, start, stop, num, dtype, axis):
    _count(op, num, "num")
    batch = rules.broadcast_shapes(op, {"start": shape_of(start), "stop": shape_of(stop)})
    axis = rules.canonical_axis(op, axis, len(batch) + 1, batch)
    dtype = dtype or rules.float_dtype(result_type(dtype_of(start), dtype_of(stop)))
    return KerasTensor((*batch[:axis], num, *batch[axis:]), standardize_dtype(dtype))


def _linspace_rule(op, start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
    samples = _spaced_rule(op, start, stop, num, dtype, axis)
    if not retstep:
        return samples
    step_shape = rules.broadcast_shapes(op, {"start": shape_of(start), "stop": shape_of(stop)})
    return samples, KerasTensor(step_shape, samples.dtype)


def _logspace_rule(op, start, stop, num=50, endpoint=True, base=10, dtype=None, axis=0):
    return _spaced_rule(op, start, stop, num, dtype, axis)


def _geomspace_rule(op, start, stop, num=50, endpoint=True, dtype=None, axis=0):
    if any(isinstance(b, (int, float)) and b == 0 for b in (start, stop)):
        raise ValueError(f"ops.{op}: a geometric sequence cannot start or stop at 0.")
    return _spaced_rule(op, start, stop, num, dtype, axis)


def _meshgrid_rule(op, *x, indexing="xy"):
    if indexing not in ("xy", "ij"):
        raise ValueError(f"ops.{op}: indexing must be 'xy' or 'ij', received {indexing!r}.")
    sizes = []
    for tensor in x:
        shape = shape_of(tensor)
        sizes.append(None if None in shape else math.prod(shape))
    if indexing == "xy" and len(sizes) > 1:
        sizes[0], sizes[1] = sizes[1], sizes[0]
    return [KerasTensor(tuple(sizes), _dtype(tensor)) for tensor in x]


def _diagonal_size(n, k):
    return None if n is None else n + abs(k)


def _diag_rule(op, x, k=0):
    shape = shape_of(x)
    if len(shape) == 1:
        size = _diagonal_size(shape[0], k)
        return KerasTensor((size, size), _dtype(x))
    if len(shape) != 2:
        raise ValueError(f"ops.{op}: x must be 1-D or 2-D, received shape {shape}.")
    rows, columns = shape
    if rows is None or columns is None:
        return KerasTensor((None,), _dtype(x))
    length = min(rows, columns - k) if k >= 0 else min(rows + k, columns)
    return KerasTensor((max(0, length),), _dtype(x))


def _diagflat_rule(op, x, k=0):
    shape = shape_of(x)
    size = _diagonal_size(None if None in shape else math.prod(shape), k)
    return KerasTensor((size, size), _dtype(x))


def _tri_rule(op, N, M=None, k=0, dtype=None):
    return _eye_rule(op, N, M, k, dtype)


def _triangle_rule(op, x, k=0):
    shape = shape_of(x)
    if len(shape) < 2:
        raise ValueError(f"ops.{op}: needs an input of rank 2 or more, received shape {shape}.")
    return KerasTensor(shape, _dtype(x))


def _vander_rule(op, x, N=None, increasing=False):
    shape = shape_of(x)
    if len(shape) != 1:
        raise ValueError(f"ops.{op}: x must be 1-D, received shape {shape}.")
    columns = shape[0] if N is None else _count(op, N, "N")
    return KerasTensor((shape[0], columns), _dtype(x))


def _window_rule(op, x, *args):
    length = _count(op, x, "x") if isinstance(x, int) else shape_of(x)
    return KerasTensor((length if isinstance(length, int) else None,), floatx())


def array(x, dtype=None):
    """A tensor holding the values of ``x`` (nested lists, arrays, tensors), as ``dtype``.

    Example:
        >>> keras_core.ops.array([[1, 2], [3, 4]], dtype="float32").shape
        (2, 2)
    """
    try:
        return _impl.array(x, dtype=dtype)
    except Exception as error:
        return recover(error, _array_rule, "array", x, dtype)


def empty(shape, dtype=None):
    """A tensor of ``shape`` whose values are not set (``floatx()`` by default).

    Example:
        >>> keras_core.ops.empty((2, 3)).shape
        (2, 3)
    """
    try:
        return _impl.empty(shape, dtype=dtype)
    except Exception as error:
        return recover(error, _filled_rule, "empty", shape, dtype)


def empty_like(x, dtype=None):
    """A tensor with the shape (and by default the dtype) of ``x``, values not set.

    Example:
        >>> keras_core.ops.empty_like(keras_core.ops.ones((2,))).shape
        (2,)
    """
    try:
        return _impl.empty_like(x, dtype=dtype)
    except Exception as error:
        return recover(error, _like_rule, "empty_like", x, dtype)


def zeros(shape, dtype=None):
    """A tensor of ``shape`` filled with 0 (``floatx()`` by default).

    Example:
        >>> keras_core.ops.zeros((2,))   # [0., 0.]
    """
    try:
        return _impl.zeros(shape, dtype=dtype)
    except Exception as error:
        return recover(error, _filled_rule, "zeros", shape, dtype)


def zeros_like(x, dtype=None):
    """Zeros with the shape (and by default the dtype) of ``x``.

    Example:
        >>> keras_core.ops.zeros_like([1, 2])   # [0, 0]
    """
    try:
        return _impl.zeros_like(x, dtype=dtype)
    except Exception as error:
        return recover(error, _like_rule, "zeros_like", x, dtype)


def ones(shape, dtype=None):
    """A tensor of ``shape`` filled with 1 (``floatx()`` by default).

    Example:
        >>> keras_core.ops.ones((2,))   # [1., 1.]
    """
    try:
        return _impl.ones(shape, dtype=dtype)
    except Exception as error:
        return recover(error, _filled_rule, "ones", shape, dtype)


def ones_like(x, dtype=None):
    """Ones with the shape (and by default the dtype) of ``x``.

    Example:
        >>> keras_core.ops.ones_like([1, 2])   # [1, 1]
    """
    try:
        return _impl.ones_like(x, dtype=dtype)
    except Exception as error:
        return recover(error, _like_rule, "ones_like", x, dtype)


def full(shape, fill_value, dtype=None):
    """A tensor of ``shape`` filled with ``fill_value`` (broadcast; ``floatx()`` by default).

    Example:
        >>> keras_core.ops.full((2,), 7, dtype="int32")   # [7, 7]
    """
    try:
        return _impl.full(shape, fill_value, dtype=dtype)
    except Exception as error:
        return recover(error, _full_rule, "full", shape, fill_value, dtype)


def full_like(x, fill_value, dtype=None):
    """``fill_value`` with the shape (and by default the dtype) of ``x``.

    Example:
        >>> keras_core.ops.full_like([1, 2], 5)   # [5, 5]
    """
    try:
        return _impl.full_like(x, fill_value, dtype=dtype)
    except Exception as error:
        return recover(error, _full_like_rule, "full_like", x, fill_value, dtype)


def eye(N, M=None, k=0, dtype=None):
    """An ``N x M`` matrix with ones on diagonal ``k`` and zeros elsewhere.

    Example:
        >>> keras_core.ops.eye(2)   # [[1., 0.], [0., 1.]]
    """
    try:
        return _impl.eye(N, M=M, k=k, dtype=dtype)
    except Exception as error:
        return recover(error, _eye_rule, "eye", N, M, k, dtype)


def identity(n, dtype=None):
    """The ``n x n`` identity matrix.

    Example:
        >>> keras_core.ops.identity(3).shape
        (3, 3)
    """
    try:
        return _impl.identity(n, dtype=dtype)
    except Exception as error:
        return recover(error, _identity_rule, "identity", n, dtype)


def arange(start, stop=None, step=None, dtype=None):
    """Evenly spaced values in ``[start, stop)``; ``int32`` for integer bounds, else floatx.

    Example:
        >>> keras_core.ops.arange(1, 7, 2)   # [1, 3, 5]
    """
    try:
        return _impl.arange(start, stop, step=step, dtype=dtype)
    except Exception as error:
        return recover(error, _arange_rule, "arange", start, stop, step, dtype)


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
    """``num`` evenly spaced values from ``start`` to ``stop`` (included if ``endpoint``).

    Returns:
        The samples, and with ``retstep=True`` also the spacing: ``(samples, step)``.

    Example:
        >>> keras_core.ops.linspace(0, 1, 5)   # [0., 0.25, 0.5, 0.75, 1.]
    """
    try:
        return _impl.linspace(
            start, stop, num=num, endpoint=endpoint, retstep=retstep, dtype=dtype, axis=axis
        )
    except Exception as error:
        return recover(
            error, _linspace_rule, "linspace", start, stop, num, endpoint, retstep, dtype, axis
        )


def logspace(start, stop, num=50, endpoint=True, base=10, dtype=None, axis=0):
    """``base ** linspace(start, stop, num)``.

    Example:
        >>> keras_core.ops.logspace(0, 2, 3)   # [1., 10., 100.]
    """
    try:
        return _impl.logspace(
            start, stop, num=num, endpoint=endpoint, base=base, dtype=dtype, axis=axis
        )
    except Exception as error:
        return recover(
            error, _logspace_rule, "logspace", start, stop, num, endpoint, base, dtype, axis
        )


def geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0):
    """``num`` values from ``start`` to ``stop`` with a constant ratio between neighbours.

    Example:
        >>> keras_core.ops.geomspace(1, 1000, 4)   # [1., 10., 100., 1000.]
    """
    try:
        return _impl.geomspace(start, stop, num=num, endpoint=endpoint, dtype=dtype, axis=axis)
    except Exception as error:
        return recover(error, _geomspace_rule, "geomspace", start, stop, num, endpoint, dtype, axis)


def meshgrid(*x, indexing="xy"):
    """Coordinate grids from 1-D coordinate vectors (``"xy"``: Cartesian, ``"ij"``: matrix).

    Returns:
        A list with one tensor per input.

    Example:
        >>> [g.shape for g in keras_core.ops.meshgrid([1, 2, 3], [4, 5])]
        [(2, 3), (2, 3)]
    """
    try:
        return _impl.meshgrid(*x, indexing=indexing)
    except Exception as error:
        return recover(error, _meshgrid_rule, "meshgrid", *x, indexing=indexing)


def diag(x, k=0):
    """Diagonal ``k`` of a 2-D ``x``, or a 2-D tensor with the 1-D ``x`` on diagonal ``k``.

    Example:
        >>> keras_core.ops.diag([1, 2])   # [[1, 0], [0, 2]]
    """
    try:
        return _impl.diag(x, k=k)
    except Exception as error:
        return recover(error, _diag_rule, "diag", x, k)


def diagflat(x, k=0):
    """A 2-D tensor with the flattened ``x`` on diagonal ``k``.

    Example:
        >>> keras_core.ops.diagflat([[1, 2]]).shape
        (2, 2)
    """
    try:
        return _impl.diagflat(x, k=k)
    except Exception as error:
        return recover(error, _diagflat_rule, "diagflat", x, k)


def tri(N, M=None, k=0, dtype=None):
    """An ``N x M`` matrix with ones at and below diagonal ``k``, zeros above.

    Example:
        >>> keras_core.ops.tri(2, dtype="int32")   # [[1, 0], [1, 1]]
    """
    try:
        return _impl.tri(N, M=M, k=k, dtype=dtype)
    except Exception as error:
        return recover(error, _tri_rule, "tri", N, M, k, dtype)


def tril(x, k=0):
    """``x`` with the elements above diagonal ``k`` of its last two axes set to zero.

    Example:
        >>> keras_core.ops.tril([[1, 2], [3, 4]])   # [[1, 0], [3, 4]]
    """
    try:
        return _impl.tril(x, k=k)
    except Exception as error:
        return recover(error, _triangle_rule, "tril", x, k)


def triu(x, k=0):
    """``x`` with the elements below diagonal ``k`` of its last two axes set to zero.

    Example:
        >>> keras_core.ops.triu([[1, 2], [3, 4]])   # [[1, 2], [0, 4]]
    """
    try:
        return _impl.triu(x, k=k)
    except Exception as error:
        return recover(error, _triangle_rule, "triu", x, k)


def vander(x, N=None, increasing=False):
    """The Vandermonde matrix of 1-D ``x``: columns are powers of ``x`` (decreasing by default).

    Example:
        >>> keras_core.ops.vander([1, 2, 3], 3)   # [[1, 1, 1], [4, 2, 1], [9, 3, 1]]
    """
    try:
        return _impl.vander(x, N=N, increasing=increasing)
    except Exception as error:
        return recover(error, _vander_rule, "vander", x, N, increasing)


def bartlett(x):
    """The Bartlett (triangular) window of ``x`` points.

    Example:
        >>> keras_core.ops.bartlett(5)   # [0., 0.5, 1., 0.5, 0.]
    """
    try:
        return _impl.bartlett(x)
    except Exception as error:
        return recover(error, _window_rule, "bartlett", x)


def blackman(x):
    """The Blackman window of ``x`` points.

    Example:
        >>> keras_core.ops.blackman(3)   # [0., 1., 0.] (up to rounding)
    """
    try:
        return _impl.blackman(x)
    except Exception as error:
        return recover(error, _window_rule, "blackman", x)


def hamming(x):
    """The Hamming window of ``x`` points.

    Example:
        >>> keras_core.ops.hamming(3)   # [0.08, 1., 0.08]
    """
    try:
        return _impl.hamming(x)
    except Exception as error:
        return recover(error, _window_rule, "hamming", x)


def hanning(x):
    """The Hann window of ``x`` points.

    Example:
        >>> keras_core.ops.hanning(3)   # [0., 1., 0.]
    """
    try:
        return _impl.hanning(x)
    except Exception as error:
        return recover(error, _window_rule, "hanning", x)


def kaiser(x, beta):
    """The Kaiser window of ``x`` points with shape parameter ``beta``.

    Example:
        >>> keras_core.ops.kaiser(4, 5.0).shape
        (4,)
    """
    try:
        return _impl.kaiser(x, beta)
    except Exception as error:
        return recover(error, _window_rule, "kaiser", x, beta)
