"""Activation functions on openvino.Tensor, using OpenVINO's native ops."""

import openvino as ov

from keras_backend_openvino import _graph
from keras_backend_openvino._graph import converted, is_floating, nan_where, opset, reduced
from keras_backend_openvino.core import (
    canonical_axes,
    convert_to_tensor,
    dtype_of,
    floating_dtype,
    to_ov_type,
)


def _relu(x, *, element_type):
    x = converted(x, element_type)
    if not is_floating(x):
        return opset.relu(x)
    return nan_where(opset.is_nan(x), opset.relu(x))


def relu(x):
    x = convert_to_tensor(x)
    dtype = dtype_of(x)
    # As max(x, 0): a boolean input gives int32.
    element_type = ov.Type.i32 if dtype == "bool" else to_ov_type(dtype)
    return _graph.run(_relu, (x,), element_type=element_type)


def _sigmoid(x, *, element_type):
    return opset.sigmoid(converted(x, element_type))


def sigmoid(x):
    x = convert_to_tensor(x)
    return _graph.run(_sigmoid, (x,), element_type=to_ov_type(floating_dtype(dtype_of(x))))


def _softmax(x, *, axes, element_type):
    x = converted(x, element_type)
    if len(axes) == 1:
        return opset.softmax(x, axes[0])
    # SoftMax takes one axis; over several (or none, for a scalar), normalise the shifted
    # exponentials.
    exps = opset.exp(opset.subtract(x, reduced(opset.reduce_max, x, axes, True)))
    return opset.divide(exps, reduced(opset.reduce_sum, exps, axes, True))


def softmax(x, axis=-1):
    x = convert_to_tensor(x)
    return _graph.run(
        _softmax,
        (x,),
        axes=canonical_axes(axis, x.data.ndim),
        element_type=to_ov_type(floating_dtype(dtype_of(x))),
    )
