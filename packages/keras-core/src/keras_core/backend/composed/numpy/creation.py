"""``numpy.creation``: filled tensors, ranges, grids, windows and triangles."""

import math

import numpy as np

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.settings import floatx

REQUIRED = ("arange", "full", "eye", "tril", "triu", "diag")

_core = table("core")
_binary = table("numpy.binary")
_unary = table("numpy.unary")
_creation = table("numpy.creation")
_manipulation = table("numpy.manipulation")


def array(x, dtype=None):
    return _core.convert_to_tensor(x, dtype)


def empty(shape, dtype=None):
    return _creation.zeros(shape, dtype=dtype)


def zeros(shape, dtype=None):
    return _creation.full(shape, 0, dtype=dtype or floatx())


def ones(shape, dtype=None):
    return _creation.full(shape, 1, dtype=dtype or floatx())


def full_like(x, fill_value, dtype=None):
    x = _core.convert_to_tensor(x)
    return _creation.full(_core.shape(x), fill_value, dtype=dtype or x.dtype)


def empty_like(x, dtype=None):
    return _creation.full_like(x, 0, dtype=dtype)


def zeros_like(x, dtype=None):
    return _creation.full_like(x, 0, dtype=dtype)


def ones_like(x, dtype=None):
    return _creation.full_like(x, 1, dtype=dtype)


def identity(n, dtype=None):
    return _creation.eye(n, dtype=dtype)


def tri(N, M=None, k=0, dtype=None):
    ones_matrix = _creation.full((N, N if M is None else M), 1, dtype=dtype or floatx())
    return _creation.tril(ones_matrix, k=k)


def diagflat(x, k=0):
    return _creation.diag(_manipulation.reshape(x, (-1,)), k=k)


def _operand_dtype(x):
    return type(x) if isinstance(x, (int, float)) else _core.convert_to_tensor(x).dtype


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
    if num < 0:
        raise ValueError(f"linspace needs num >= 0, received {num}")
    compute = result_type(_operand_dtype(start), _operand_dtype(stop), float)
    start = _core.convert_to_tensor(start, compute)
    stop = _core.convert_to_tensor(stop, compute)
    batch = np.broadcast_shapes(tuple(_core.shape(start)), tuple(_core.shape(stop)))
    start = _manipulation.broadcast_to(start, batch)
    stop = _manipulation.broadcast_to(stop, batch)
    divisions = num - 1 if endpoint else num
    step = _binary.divide(_binary.subtract(stop, start), float(max(divisions, 1)))
    positions = _manipulation.reshape(
        _creation.arange(num, dtype=compute), (num,) + (1,) * len(batch)
    )
    samples = _binary.add(start, _binary.multiply(positions, step))
    if endpoint and num > 1:
        # The last sample is exactly ``stop``, as in NumPy, not ``start + (num-1) * step``.
        head = _manipulation.reshape(samples, (num, -1))[: num - 1]
        last = _manipulation.reshape(stop, (1, -1))
        samples = _manipulation.reshape(
            _manipulation.concatenate([head, last], axis=0), (num, *batch)
        )
    samples = _manipulation.moveaxis(samples, 0, axis)
    dtype = dtype or compute
    samples = _core.cast(samples, dtype)
    if not retstep:
        return samples
    if divisions == 0:
        step = _binary.multiply(step, math.nan)
    return samples, _core.cast(step, dtype)


def logspace(start, stop, num=50, endpoint=True, base=10, dtype=None, axis=0):
    exponents = _creation.linspace(start, stop, num=num, endpoint=endpoint, axis=axis)
    scale = math.log(base) if isinstance(base, (int, float)) else _unary.log(base)
    samples = _unary.exp(_binary.multiply(exponents, scale))
    return _core.cast(samples, dtype or samples.dtype)


def geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0):
    if isinstance(start, (int, float)) and isinstance(stop, (int, float)):
        sign = -1.0 if start < 0 else 1.0
        logs = math.log10(abs(start)), math.log10(abs(stop))
    else:
        sign, logs = 1.0, (_log10(start), _log10(stop))
    samples = _creation.logspace(*logs, num=num, endpoint=endpoint, axis=axis)
    samples = _binary.multiply(samples, sign)
    return _core.cast(samples, dtype or samples.dtype)


def _log10(x):
    x = _core.convert_to_tensor(x)
    return _binary.divide(_unary.log(x), math.log(10.0))


def meshgrid(*x, indexing="xy"):
    if indexing not in ("xy", "ij"):
        raise ValueError(f"meshgrid indexing must be 'xy' or 'ij', received {indexing!r}")
    vectors = [_manipulation.reshape(v, (-1,)) for v in x]
    sizes = [_core.shape(v)[0] for v in vectors]
    axes = list(range(len(vectors)))
    if indexing == "xy" and len(vectors) > 1:
        sizes[0], sizes[1] = sizes[1], sizes[0]
        axes[0], axes[1] = 1, 0
    grids = []
    for vector, axis in zip(vectors, axes, strict=True):
        shape = [1] * len(vectors)
        shape[axis] = -1
        grids.append(_manipulation.broadcast_to(_manipulation.reshape(vector, shape), sizes))
    return grids


def vander(x, N=None, increasing=False):
    x = _core.convert_to_tensor(x)
    if len(_core.shape(x)) != 1:
        raise ValueError(f"vander needs a 1-D input, received shape {_core.shape(x)}")
    columns = _core.shape(x)[0] if N is None else N
    powers = [_creation.ones_like(x)][:columns]
    while len(powers) < columns:
        powers.append(_binary.multiply(powers[-1], x))
    if not powers:
        return _creation.zeros((_core.shape(x)[0], 0), dtype=x.dtype)
    matrix = _manipulation.stack(powers, axis=1)
    return matrix if increasing else _manipulation.flip(matrix, axis=1)


def _window(values):
    # A window depends only on its (static) length: computed once here, exactly, in NumPy.
    return _core.convert_to_tensor(values.astype(floatx()))


def _length(x) -> int:
    return int(_core.convert_to_numpy(x)) if not isinstance(x, int) else x


def bartlett(x):
    return _window(np.bartlett(_length(x)))


def blackman(x):
    return _window(np.blackman(_length(x)))


def hamming(x):
    return _window(np.hamming(_length(x)))


def hanning(x):
    return _window(np.hanning(_length(x)))


def kaiser(x, beta):
    return _window(np.kaiser(_length(x), float(beta)))
