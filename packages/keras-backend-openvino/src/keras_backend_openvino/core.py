"""Tensor conversion, casting and shapes on ``openvino.Tensor``.

NumPy arrays and Python values are copied into new tensors; Python values get Keras's dtypes
(``int32``, ``floatx()``). bfloat16 and float8 tensors convert to NumPy through ``ml_dtypes``.
"""

import operator

import numpy as np
import openvino as ov

from keras_backend_openvino import _graph
from keras_core.backend.conversion import (
    PYTHON_SCALARS,
    python_scalar_dtype,
    sequence_to_numpy,
    to_numpy_dtype,
)
from keras_core.backend.dtypes import is_float_dtype, result_type, standardize_dtype
from keras_core.backend.errors import UnsupportedDtypeError

_Tensor = ov.Tensor

_OV_TYPES = {
    "bool": ov.Type.boolean,
    "uint8": ov.Type.u8,
    "uint16": ov.Type.u16,
    "uint32": ov.Type.u32,
    "uint64": ov.Type.u64,
    "int8": ov.Type.i8,
    "int16": ov.Type.i16,
    "int32": ov.Type.i32,
    "int64": ov.Type.i64,
    "bfloat16": ov.Type.bf16,
    "float16": ov.Type.f16,
    "float32": ov.Type.f32,
    "float64": ov.Type.f64,
    "float8_e4m3fn": ov.Type.f8e4m3,
    "float8_e5m2": ov.Type.f8e5m2,
}
_KERAS_DTYPES = {element_type: name for name, element_type in _OV_TYPES.items()}

# Dtypes NumPy spells through ml_dtypes; their tensors are filled and read as raw bits.
_BIT_COPIED_DTYPES = ("bfloat16", "float8_e4m3fn", "float8_e5m2")
# The other dtypes, looked up directly on the hot path (standardize_dtype takes microseconds).
_NUMPY_DTYPES = {name: np.dtype(name) for name in _OV_TYPES if name not in _BIT_COPIED_DTYPES}
_NATIVE_NUMPY_DTYPES = frozenset(_NUMPY_DTYPES.values())


def to_ov_type(dtype) -> ov.Type:
    """The OpenVINO element type for any dtype spelling Keras accepts."""
    name = standardize_dtype(dtype)
    try:
        return _OV_TYPES[name]
    except KeyError:
        raise UnsupportedDtypeError(
            f"The openvino backend has no tensors of dtype {name!r}."
        ) from None


def dtype_of(x: ov.Tensor) -> str:
    """Keras's name of a tensor's dtype (``openvino.Tensor`` has no ``dtype`` attribute)."""
    return _KERAS_DTYPES[x.get_element_type()]


def operand(x):
    """``x`` as a tensor, with the dtype it contributes to promotion.

    Python scalars stay as they are and are weak (their dtype is their type), so that
    ``float32 tensor + 1.5`` stays float32; convert them with :func:`scalar_tensor` once the
    result dtype is known.
    """
    if type(x) is _Tensor:
        return x, _KERAS_DTYPES[x.get_element_type()]
    if type(x) in PYTHON_SCALARS:
        return x, type(x)
    x = convert_to_tensor(x)
    return x, dtype_of(x)


def scalar_tensor(x, dtype: str) -> ov.Tensor:
    """A 0-d tensor of ``dtype`` holding the Python scalar ``x`` (cast on the host, as NumPy)."""
    numpy_dtype = _NUMPY_DTYPES.get(dtype)
    if numpy_dtype is not None:
        return _Tensor(np.asarray(x, dtype=numpy_dtype))
    return _from_numpy(np.asarray(x, dtype=to_numpy_dtype(dtype)))


def promoted(*xs, extra_dtypes=()):
    """Operands as tensors, and Keras's result dtype of them and ``extra_dtypes``.

    Tensors keep their own dtype (the op's model converts them); Python scalars become 0-d
    tensors of the result dtype.
    """
    pairs = [operand(x) for x in xs]
    dtypes = [dtype for _, dtype in pairs]
    if not extra_dtypes and all(dtype == dtypes[0] for dtype in dtypes) and dtypes[0] in _OV_TYPES:
        dtype = dtypes[0]
    else:
        dtype = result_type(*dtypes, *extra_dtypes)
    tensors = tuple(x if type(x) is _Tensor else scalar_tensor(x, dtype) for x, _ in pairs)
    return tensors, dtype


def canonical_axes(axis, ndim: int) -> tuple[int, ...]:
    """``axis`` (None, an int or a sequence of ints) as sorted non-negative axes."""
    if axis is None:
        return tuple(range(ndim))
    axes = (axis,) if isinstance(axis, (int, np.integer)) else tuple(axis)
    normalized = []
    for item in axes:
        item = operator.index(item)
        if not -ndim <= item < ndim:
            raise np.exceptions.AxisError(item, ndim)
        normalized.append(item % ndim)
    if len(set(normalized)) != len(normalized):
        raise ValueError(f"Repeated axis in axis={axis!r}.")
    return tuple(sorted(normalized))


def floating_dtype(dtype: str) -> str:
    """``dtype`` when it is a float dtype, else the float dtype Keras computes it in."""
    return dtype if is_float_dtype(dtype) else result_type(dtype, float)


def _from_numpy(array: np.ndarray) -> ov.Tensor:
    if not array.flags.c_contiguous:
        # Not np.ascontiguousarray, which turns 0-d arrays into 1-d ones.
        array = array.copy(order="C")
    if array.dtype in _NATIVE_NUMPY_DTYPES:
        return _Tensor(array)
    name = standardize_dtype(array.dtype)
    element_type = to_ov_type(name)
    if name not in _BIT_COPIED_DTYPES:
        # A non-native byte order.
        return _Tensor(array.astype(_NUMPY_DTYPES[name]))
    # OpenVINO exposes these tensors as uint8/float16 arrays of the same bits.
    tensor = _Tensor(element_type, ov.Shape(list(array.shape)))
    tensor.data.reshape(-1).view(np.uint8)[:] = array.reshape(-1).view(np.uint8)
    return tensor


def _numpy_leaves(x):
    """``x`` with every tensor inside (nested) lists replaced by its NumPy array."""
    if isinstance(x, _Tensor):
        return convert_to_numpy(x)
    if isinstance(x, (list, tuple)) and any(isinstance(item, (_Tensor, list, tuple)) for item in x):
        return [_numpy_leaves(item) for item in x]
    return x


def convert_to_tensor(x, dtype=None, sparse=None, ragged=None):
    if sparse:
        raise ValueError(
            "convert_to_tensor: the openvino backend has no sparse tensors (sparse=True)."
        )
    if ragged:
        raise ValueError(
            "convert_to_tensor: the openvino backend has no ragged tensors (ragged=True)."
        )
    if isinstance(x, _Tensor):
        if dtype is None:
            return x
        return cast(x, dtype)
    if dtype is not None:
        return _from_numpy(np.asarray(_numpy_leaves(x), dtype=to_numpy_dtype(dtype)))
    if type(x) in PYTHON_SCALARS:
        return scalar_tensor(x, python_scalar_dtype(x))
    if isinstance(x, (list, tuple)):
        return _from_numpy(sequence_to_numpy(_numpy_leaves(x)))
    return _from_numpy(np.asarray(x))


def convert_to_numpy(x):
    if isinstance(x, _Tensor):
        data = x.data
        name = dtype_of(x)
        if name in _BIT_COPIED_DTYPES:
            data = data.view(to_numpy_dtype(name))
        # A copy: tensors are values, and the array must not change them.
        return data.copy()
    return np.asarray(_numpy_leaves(x))


def is_tensor(x):
    return isinstance(x, _Tensor)


def _cast(x, *, element_type):
    if element_type == ov.Type.boolean and _graph.is_floating(x):
        # Convert maps NaN to False; NumPy, like C, counts it as nonzero.
        return _graph.opset.not_equal(x, _graph.scalar_constant(0, _graph.element_type_of(x)))
    return _graph.opset.convert(x, element_type)


def cast(x, dtype):
    if not isinstance(x, _Tensor):
        return _from_numpy(np.asarray(_numpy_leaves(x)).astype(to_numpy_dtype(dtype)))
    element_type = to_ov_type(dtype)
    if x.get_element_type() == element_type:
        return x
    return _graph.run(_cast, (x,), element_type=element_type)


def shape(x):
    if isinstance(x, _Tensor):
        return x.data.shape
    return np.shape(_numpy_leaves(x))


def dtype(x) -> str:
    """``keras_core.ops.dtype``: the Keras dtype name of a tensor or tensor-like value."""
    return dtype_of(convert_to_tensor(x))
