"""Element-wise functions of one tensor on openvino.Tensor."""

from keras_backend_openvino import _graph
from keras_backend_openvino._graph import converted, nan_where, opset
from keras_backend_openvino.core import convert_to_tensor, dtype_of, floating_dtype, to_ov_type


def _exp(x, *, element_type):
    x = converted(x, element_type)
    return nan_where(opset.is_nan(x), opset.exp(x))


def exp(x):
    x = convert_to_tensor(x)
    return _graph.run(_exp, (x,), element_type=to_ov_type(floating_dtype(dtype_of(x))))
