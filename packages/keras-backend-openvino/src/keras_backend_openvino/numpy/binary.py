"""Broadcasting element-wise functions of two tensors on openvino.Tensor.

Operands are promoted with Keras's ``result_type``; a tensor of another dtype is converted
inside the op's model, so a mixed-dtype op is still one inference.
"""

import openvino as ov

from keras_backend_openvino import _graph
from keras_backend_openvino._graph import NARROW_INTS, converted, is_floating, nan_where, opset
from keras_backend_openvino.core import promoted, to_ov_type

_Tensor = ov.Tensor
_BOOL = ov.Type.boolean
_INT32 = ov.Type.i32


def _arithmetic(name, op, bool_op):
    def build(a, b, *, element_type):
        if element_type == _BOOL:
            return bool_op(converted(a, _BOOL), converted(b, _BOOL))
        if element_type in NARROW_INTS:
            return converted(op(converted(a, _INT32), converted(b, _INT32)), element_type)
        return op(converted(a, element_type), converted(b, element_type))

    build.__name__ = build.__qualname__ = f"_{name}"
    return build


def _boolean_subtract(a, b):
    raise TypeError(
        "subtract: boolean subtraction is not supported (as in NumPy); use "
        "keras_core.ops.logical_xor, or cast the operands to a numeric dtype."
    )


# NumPy's add, multiply and maximum on booleans are logical or, and, or.
_add = _arithmetic("add", opset.add, opset.logical_or)
_subtract = _arithmetic("subtract", opset.subtract, _boolean_subtract)
_multiply = _arithmetic("multiply", opset.multiply, opset.logical_and)


def _maximum(a, b, *, element_type):
    a, b = converted(a, element_type), converted(b, element_type)
    if element_type == _BOOL:
        return opset.logical_or(a, b)
    if not is_floating(a):
        return opset.maximum(a, b)
    return nan_where(opset.logical_or(opset.is_nan(a), opset.is_nan(b)), opset.maximum(a, b))


def _divide(a, b, *, element_type):
    return opset.divide(converted(a, element_type), converted(b, element_type))


def _binary(build, x1, x2, extra_dtypes=()):
    if type(x1) is _Tensor and type(x2) is _Tensor:
        element_type = x1.get_element_type()
        # Two tensors of one dtype keep it (the weak float of divide too, on floats).
        if element_type == x2.get_element_type() and (not extra_dtypes or element_type.is_real()):
            return _graph.run(build, (x1, x2), element_type=element_type)
    tensors, dtype = promoted(x1, x2, extra_dtypes=extra_dtypes)
    return _graph.run(build, tensors, element_type=to_ov_type(dtype))


def add(x1, x2):
    return _binary(_add, x1, x2)


def subtract(x1, x2):
    return _binary(_subtract, x1, x2)


def multiply(x1, x2):
    return _binary(_multiply, x1, x2)


def divide(x1, x2):
    # The weak float makes integer division produce floatx, as in Keras.
    return _binary(_divide, x1, x2, extra_dtypes=(float,))


def maximum(x1, x2):
    return _binary(_maximum, x1, x2)
