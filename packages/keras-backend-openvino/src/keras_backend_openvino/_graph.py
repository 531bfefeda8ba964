"""Runs one op as a tiny compiled OpenVINO model, since OpenVINO has no eager mode.

An op describes its computation with a *build* function: it receives one ``Parameter`` node
per input tensor (plus the op's static attributes as keyword arguments) and returns the output
node. :func:`run` compiles that model once per (build, attributes, input shapes, input element
types) and keeps the compiled models in an LRU cache, so a repeated call costs one inference.

Every result is a fresh ``openvino.Tensor`` that the caller owns: it is set as the infer
request's output before inference, so it never aliases a buffer the request reuses.
"""

import functools
import os
import threading

import numpy as np
import openvino as ov

# The newest complete opset: openvino 2026.4's opset17 holds only the ops new in it so far.
from openvino import opset16 as opset

# Device that compiles the op models; "GPU" needs an Intel GPU and its OpenVINO plugin.
DEVICE = os.environ.get("KERAS_OPENVINO_DEVICE", "CPU").upper()

# Without this hint the CPU plugin computes float32 models in bfloat16 on CPUs that have
# bfloat16 units, so results would depend on the host.
_COMPILE_CONFIG = {"INFERENCE_PRECISION_HINT": "f32"}

# Compiled op models kept; each one holds an infer request and its buffers.
CACHE_SIZE = 512

# The CPU plugin saturates arithmetic on these types where NumPy wraps around; ops compute
# them in int32 and convert back (a wrapping conversion) to give NumPy's results.
NARROW_INTS = (ov.Type.i8, ov.Type.i16, ov.Type.u8, ov.Type.u16)

_core = ov.Core()


class _Kernel:
    """One compiled op model with its infer request."""

    __slots__ = ("_lock", "_output_shape", "_output_type", "_request")

    def __init__(self, compiled: ov.CompiledModel):
        self._request = compiled.create_infer_request()
        output = compiled.output(0)
        self._output_type = output.get_element_type()
        self._output_shape = output.get_shape()
        # An infer request runs one inference at a time.
        self._lock = threading.Lock()

    def __call__(self, inputs) -> ov.Tensor:
        result = ov.Tensor(self._output_type, self._output_shape)
        with self._lock:
            request = self._request
            for index, tensor in enumerate(inputs):
                request.set_input_tensor(index, tensor)
            request.set_output_tensor(0, result)
            request.infer()
        return result


class _Float64Kernel(_Kernel):
    """A kernel whose float64 inputs and output cross the model boundary as float32.

    The CPU plugin computes float64 in float32 and its conversions between the two saturate
    (``inf`` becomes 3.4e38), so float64 tensors are converted on the host instead, where
    NumPy keeps ``inf``; the model converts to float64 and back inside, which the plugin drops.
    """

    __slots__ = ("_narrowed_inputs", "_widened_output")

    def __init__(self, compiled, narrowed_inputs: tuple, widened_output: bool):
        super().__init__(compiled)
        self._narrowed_inputs = narrowed_inputs
        self._widened_output = widened_output

    def __call__(self, inputs) -> ov.Tensor:
        inputs = list(inputs)
        with np.errstate(over="ignore"):
            for index in self._narrowed_inputs:
                inputs[index] = ov.Tensor(inputs[index].data.astype(np.float32))
        result = super().__call__(inputs)
        if self._widened_output:
            result = ov.Tensor(result.data.astype(np.float64))
        return result


class _Passthrough:
    """The kernel of a model whose output is one of its inputs: tensors are values."""

    __slots__ = ("_index",)

    def __init__(self, index: int):
        self._index = index

    def __call__(self, inputs) -> ov.Tensor:
        return inputs[self._index]


_F32, _F64 = ov.Type.f32, ov.Type.f64


@functools.lru_cache(maxsize=CACHE_SIZE)
def _kernel(build, attrs: tuple, signature: tuple):
    parameters = [
        opset.parameter(shape, _F32 if element_type == _F64 else element_type)
        for shape, element_type in signature
    ]
    nodes = [
        converted(parameter, element_type)
        for parameter, (_, element_type) in zip(parameters, signature, strict=True)
    ]
    try:
        output = build(*nodes, **dict(attrs))
    except RuntimeError as exc:
        shapes = ", ".join(str(shape) for shape, _ in signature)
        types = ", ".join(element_type.get_type_name() for _, element_type in signature)
        # OpenVINO's message ends with the reason, after the failed check and node name.
        reason = str(exc).strip().splitlines()[-1]
        raise ValueError(
            f"{build.__name__.strip('_')}: OpenVINO rejects inputs of shapes {shapes} "
            f"({types}): {reason}"
        ) from exc
    for index, node in enumerate(nodes):
        if output is node:
            # The CPU plugin leaves a user-set output tensor unwritten when it is an input.
            return _Passthrough(index)
    narrowed_inputs = tuple(
        index for index, (_, element_type) in enumerate(signature) if element_type == _F64
    )
    widened_output = element_type_of(output) == _F64
    if widened_output:
        output = opset.convert(output, _F32)
    model = ov.Model([output], parameters, build.__name__)
    compiled = _core.compile_model(model, DEVICE, _COMPILE_CONFIG)
    if narrowed_inputs or widened_output:
        return _Float64Kernel(compiled, narrowed_inputs, widened_output)
    return _Kernel(compiled)


def run(build, inputs, **attrs) -> ov.Tensor:
    """Computes ``build`` on ``inputs`` (``openvino.Tensor``s) and returns a new tensor.

    Args:
        build: Module-level function ``build(*parameters, **attrs) -> node``; it is part of the
            cache key, so it must not be created per call.
        inputs: The input tensors, one per parameter.
        **attrs: Static, hashable attributes (axes, target element type, ...).

    Example:
        >>> def _scaled_add(a, b, *, scale):
        ...     return opset.add(a, opset.multiply(b, scalar_constant(scale, element_type_of(b))))
        >>> run(_scaled_add, (x, y), scale=2.0)
    """
    signature = tuple([(tensor.data.shape, tensor.get_element_type()) for tensor in inputs])
    return _kernel(build, tuple(attrs.items()), signature)(inputs)


def element_type_of(node) -> ov.Type:
    """Element type of a node's (first) output."""
    return node.get_output_element_type(0)


def converted(node, element_type: ov.Type):
    """``node`` converted to ``element_type``; the node itself when it already has it."""
    if element_type_of(node) == element_type:
        return node
    return opset.convert(node, element_type)


def int64_constant(values):
    """A 1-D int64 constant (axes, shapes, permutations)."""
    return opset.constant(np.array(values, dtype=np.int64).reshape(-1))


def reduced(reduce, node, axes: tuple, keepdims: bool):
    """``reduce`` (an opset reduction) of ``node`` over ``axes``; ``node`` when there are none.

    The CPU plugin rejects a reduction over no axes, which NumPy allows (``axis=()``).
    """
    if not axes:
        return node
    return reduce(node, int64_constant(axes), keepdims)


def scalar_constant(value: float, element_type: ov.Type):
    """A scalar constant of ``element_type`` (bfloat16 included)."""
    return opset.convert(opset.constant(np.float32(value)), element_type)


def is_floating(node) -> bool:
    """Whether a node's output is floating-point (and may hold NaN)."""
    return element_type_of(node).is_real()


def nan_where(mask, node):
    """``node`` with NaN where ``mask`` is true.

    The CPU plugin drops NaN in ``Maximum``, ``Relu``, ``ReduceMax`` (and turns it into ``inf``
    in ``Exp``), where NumPy propagates it.
    """
    return opset.select(mask, scalar_constant(np.nan, element_type_of(node)), node)
