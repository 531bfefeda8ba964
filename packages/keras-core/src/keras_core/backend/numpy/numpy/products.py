"""Matrix and tensor products on NumPy arrays."""

import numpy as np

from keras_core.backend.dtypes import result_type
from keras_core.backend.numpy.core import convert_to_tensor, operand_dtype, promoted, to_numpy_dtype

_ndarray = np.ndarray

# Traces of small integers accumulate in 32 bits, as sums do.
_TRACE_DTYPES = {
    np.dtype("bool"): np.int32,
    np.dtype("int8"): np.int32,
    np.dtype("int16"): np.int32,
    np.dtype("uint8"): np.uint32,
    np.dtype("uint16"): np.uint32,
}


def matmul(x1, x2):
    same_dtype = type(x1) is _ndarray and type(x2) is _ndarray and x1.dtype == x2.dtype
    if same_dtype and x1.dtype != np.int8:
        return np.matmul(x1, x2)
    x1, x2 = promoted(x1, x2)
    if x1.dtype == np.int8:
        # int8 products accumulate in int32, as quantized matmuls do in Keras.
        return np.matmul(x1, x2, dtype=np.int32)
    return np.matmul(x1, x2)


def tensordot(x1, x2, axes=2):
    x1, x2 = promoted(x1, x2)
    return np.asarray(np.tensordot(x1, x2, axes=axes))


def einsum(subscripts, *operands, **kwargs):
    dtypes = [operand_dtype(x) for x in operands]
    if all(d == np.int8 for d in dtypes):
        # int8 products accumulate in int32, as in matmul.
        dtype = np.dtype(np.int32)
    else:
        dtype = to_numpy_dtype(result_type(*dtypes))
    operands = [np.asarray(x, dtype=dtype) for x in operands]
    return np.asarray(np.einsum(subscripts, *operands, **kwargs))


def cross(x1, x2, axisa=-1, axisb=-1, axisc=-1, axis=None):
    x1, x2 = promoted(x1, x2)
    if x1.dtype == np.bool_:
        raise TypeError("cross: bool inputs are not supported")
    if axis is not None:
        axisa = axisb = axisc = axis
    a, b = np.moveaxis(x1, axisa, -1), np.moveaxis(x2, axisb, -1)
    if a.shape[-1] == 2 and b.shape[-1] == 2:
        return a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0]
    a, b = _as_3d(a), _as_3d(b)
    components = [
        a[..., 1] * b[..., 2] - a[..., 2] * b[..., 1],
        a[..., 2] * b[..., 0] - a[..., 0] * b[..., 2],
        a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0],
    ]
    return np.moveaxis(np.stack(components, axis=-1), -1, axisc)


def _as_3d(vectors):
    if vectors.shape[-1] == 3:
        return vectors
    if vectors.shape[-1] != 2:
        raise ValueError(f"cross: vectors must have 2 or 3 components, got {vectors.shape[-1]}")
    return np.concatenate([vectors, np.zeros_like(vectors[..., :1])], axis=-1)


def trace(x, offset=0, axis1=0, axis2=1):
    x = convert_to_tensor(x)
    dtype = _TRACE_DTYPES.get(x.dtype, x.dtype)
    return np.asarray(np.trace(x, offset=offset, axis1=axis1, axis2=axis2, dtype=dtype))


def correlate(x1, x2, mode="valid"):
    x1, x2 = promoted(x1, x2, float)
    return np.correlate(x1, x2, mode=mode)


def slogdet(x):
    x = _float_matrices(x)
    sign, logabsdet = np.linalg.slogdet(x)
    return np.asarray(sign, dtype=x.dtype), np.asarray(logabsdet, dtype=x.dtype)


def _float_matrices(x):
    x = convert_to_tensor(x)
    if x.dtype.kind in "biu":
        return x.astype(to_numpy_dtype(result_type(x.dtype.name, float)))
    return x
