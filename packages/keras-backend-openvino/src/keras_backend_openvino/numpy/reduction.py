"""Reductions over axes on openvino.Tensor."""

import openvino as ov

from keras_backend_openvino import _graph
from keras_backend_openvino._graph import (
    converted,
    element_type_of,
    is_floating,
    nan_where,
    opset,
    reduced,
)
from keras_backend_openvino.core import (
    canonical_axes,
    convert_to_tensor,
    dtype_of,
    scalar_tensor,
    to_ov_type,
)
from keras_core.backend.dtypes import is_float_dtype, result_type

_BOOL = ov.Type.boolean


def _reduction(name, reduce):
    def build(x, *, axes, keepdims, element_type):
        return reduced(reduce, converted(x, element_type), axes, keepdims)

    build.__name__ = build.__qualname__ = f"_{name}"
    return build


_sum = _reduction("sum", opset.reduce_sum)
_mean = _reduction("mean", opset.reduce_mean)

# Reductions accumulate small integers in 32 bits (JAX's and Keras's rule).
_SUM_DTYPES = {
    "bool": "int32",
    "int8": "int32",
    "int16": "int32",
    "uint8": "uint32",
    "uint16": "uint32",
}


def sum(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    dtype = dtype_of(x)
    return _graph.run(
        _sum,
        (x,),
        axes=canonical_axes(axis, x.data.ndim),
        keepdims=bool(keepdims),
        element_type=to_ov_type(_SUM_DTYPES.get(dtype, dtype)),
    )


def mean(x, axis=None, keepdims=False):
    x = convert_to_tensor(x)
    dtype = dtype_of(x)
    if not is_float_dtype(dtype):
        dtype = result_type(dtype, "float32")
    return _graph.run(
        _mean,
        (x,),
        axes=canonical_axes(axis, x.data.ndim),
        keepdims=bool(keepdims),
        element_type=to_ov_type(dtype),
    )


def _max(x, *initial, axes, keepdims):
    if element_type_of(x) == _BOOL:
        result = reduced(opset.reduce_logical_or, x, axes, keepdims)
        return opset.logical_or(result, initial[0]) if initial else result
    result = reduced(opset.reduce_max, x, axes, keepdims)
    if initial:
        result = opset.maximum(result, initial[0])
    if is_floating(x) and axes:
        has_nan = reduced(opset.reduce_logical_or, opset.is_nan(x), axes, keepdims)
        result = nan_where(has_nan, result)
    return result


def max(x, axis=None, keepdims=False, initial=None):
    x = convert_to_tensor(x)
    shape = x.data.shape
    axes = canonical_axes(axis, len(shape))
    inputs = (x,)
    if initial is not None:
        inputs = (x, scalar_tensor(initial, dtype_of(x)))
    elif any(shape[axis] == 0 for axis in axes):
        raise ValueError(
            f"max: cannot reduce the empty axes of a tensor of shape {shape} without an "
            f"identity; pass `initial`."
        )
    return _graph.run(_max, inputs, axes=axes, keepdims=bool(keepdims))
