"""Matrix and tensor products on openvino.Tensor."""

import openvino as ov

from keras_backend_openvino import _graph
from keras_backend_openvino._graph import NARROW_INTS, converted, opset
from keras_backend_openvino.core import promoted, to_ov_type

_BOOL = ov.Type.boolean
_INT8 = ov.Type.i8
_INT32 = ov.Type.i32


def _matmul(a, b, *, compute_type, element_type):
    product = opset.matmul(converted(a, compute_type), converted(b, compute_type), False, False)
    return converted(product, element_type)


def matmul(x1, x2):
    (a, b), dtype = promoted(x1, x2)
    for index, tensor in enumerate((a, b)):
        if tensor.data.ndim == 0:
            raise ValueError(
                f"matmul: operand {index} is a scalar; matmul needs tensors of rank >= 1 "
                f"(use multiply for scalars). Received shapes {a.data.shape} and {b.data.shape}."
            )
    element_type = compute_type = to_ov_type(dtype)
    if element_type == _INT8:
        # int8 products accumulate in int32, as quantized matmuls do in Keras.
        element_type = compute_type = _INT32
    elif element_type == _BOOL or element_type in NARROW_INTS:
        # MatMul has no boolean kernel; narrow integers wrap around as in NumPy.
        compute_type = _INT32
    return _graph.run(_matmul, (a, b), compute_type=compute_type, element_type=element_type)
