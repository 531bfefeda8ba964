"""Broadcasting element-wise functions of two tensors: bad input, symbolic outputs, tracing,
and the core's composed defaults, on the active backend."""

import numpy as np
import pytest

from keras_core import ops
from keras_core.backend import contract, standardize_dtype
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.testing.cases.numpy import binary as binary_cases


def kt(*shape, dtype="float32"):
    return KerasTensor(shape, dtype)


def _real(shape, dtype):
    return ops.convert_to_tensor(np.ones(shape, dtype))


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda x: ops.subtract(x((2,), "bool"), x((2,), "bool")),
            TypeError,
            "ops.subtract: x1 and x2 must not both be bool, received bool and bool.",
        ),
        (
            lambda x: ops.gcd(x((2, 3), "float32"), 2),
            TypeError,
            "ops.gcd: x1 must have an integer dtype, received float32.",
        ),
        (
            lambda x: ops.lcm(x((3,), "int32"), x((3,), "float16")),
            TypeError,
            "ops.lcm: x2 must have an integer dtype, received float16.",
        ),
        (
            lambda x: ops.bitwise_and(x((2, 3), "float32"), 1),
            TypeError,
            "ops.bitwise_and: x must have an integer or bool dtype, received float32.",
        ),
        (
            lambda x: ops.left_shift(2, x((2,), "float32")),
            TypeError,
            "ops.left_shift: y must have an integer or bool dtype, received float32.",
        ),
        (
            lambda x: ops.ldexp(x((2,), "float32"), x((2,), "float32")),
            TypeError,
            "ops.ldexp: x2 must have an integer dtype, received float32.",
        ),
        (
            lambda x: ops.clip(x((2, 3), "float32"), x((4,), "float32"), 1.0),
            ValueError,
            "ops.clip: cannot broadcast the inputs together: x has shape (2, 3), "
            "x_min has shape (4,), x_max has shape ().",
        ),
        (
            lambda x: ops.allclose(x((2, 3), "float32"), x((4,), "float32")),
            ValueError,
            "ops.allclose: cannot broadcast the inputs together: x1 has shape (2, 3), "
            "x2 has shape (4,).",
        ),
        (
            lambda x: ops.bitwise_xor(x((2, 3), "int32"), x((3, 2), "int32")),
            ValueError,
            "ops.bitwise_xor: cannot broadcast the inputs together: x has shape (2, 3), "
            "y has shape (3, 2).",
        ),
        (
            lambda x: ops.less_equal(x((5,), "int8"), x((2,), "int8")),
            ValueError,
            "ops.less_equal: cannot broadcast the inputs together: x1 has shape (5,), "
            "x2 has shape (2,).",
        ),
    ],
    ids=[
        "subtract-bool",
        "gcd-float",
        "lcm-float",
        "bitwise-float",
        "shift-float",
        "ldexp-float-exponent",
        "clip-broadcast",
        "allclose-broadcast",
        "bitwise-broadcast",
        "compare-broadcast",
    ],
)
@pytest.mark.parametrize("kind", ["real", "symbolic"])
def test_bad_input_gives_the_same_error_on_every_backend(call, error, message, kind):
    def make(shape, dtype):
        return kt(*shape, dtype=dtype) if kind == "symbolic" else _real(shape, dtype)

    with pytest.raises(error) as caught:
        call(make)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("call", "shape", "dtype"),
    [
        (lambda: ops.power(kt(None, 2, dtype="bool"), kt(2, dtype="bool")), (None, 2), "int32"),
        (lambda: ops.mod(kt(3, dtype="uint8"), 4), (3,), "uint8"),
        (lambda: ops.arctan2(kt(None, dtype="int32"), 1), (None,), "float32"),
        (lambda: ops.heaviside(kt(2, dtype="float16"), 0.5), (2,), "float16"),
        (lambda: ops.ldexp(kt(None, 3, dtype="int8"), kt(3, dtype="int32")), (None, 3), "float32"),
        (lambda: ops.clip(kt(None, dtype="bool"), 0, 1), (None,), "int32"),
        (lambda: ops.clip(kt(4, dtype="int32"), 0.5, 2), (4,), "float32"),
        (lambda: ops.greater(kt(None, 1), kt(4, dtype="int8")), (None, 4), "bool"),
        (lambda: ops.isclose(kt(None, 3), 1.0), (None, 3), "bool"),
        (lambda: ops.allclose(kt(None, 3), kt(3)), (), "bool"),
        (lambda: ops.logical_xor(kt(2, dtype="int32"), True), (2,), "bool"),
        (lambda: ops.right_shift(kt(2, dtype="bool"), kt(2, dtype="bool")), (2,), "int32"),
        (lambda: ops.bitwise_or(kt(2, dtype="uint8"), kt(2, dtype="int8")), (2,), "int16"),
        (lambda: ops.divide_no_nan(kt(2, dtype="int16"), 2), (2,), "float32"),
    ],
)
def test_symbolic_outputs(call, shape, dtype):
    out = call()
    assert isinstance(out, KerasTensor)
    assert (out.shape, out.dtype) == (shape, dtype)


def test_nan_handling_follows_numpy():
    x1 = np.array([np.nan, 1.0, np.nan, np.inf], "float32")
    x2 = np.array([2.0, np.nan, np.nan, np.inf], "float32")
    a, b = ops.convert_to_tensor(x1), ops.convert_to_tensor(x2)
    for name in ("maximum", "minimum", "fmax", "fmin", "hypot", "logaddexp", "heaviside"):
        np.testing.assert_array_equal(
            ops.convert_to_numpy(getattr(ops, name)(a, b)), getattr(np, name)(x1, x2), err_msg=name
        )
    np.testing.assert_array_equal(
        ops.convert_to_numpy(ops.divide_no_nan(a, ops.convert_to_tensor(np.zeros(4, "float32")))),
        np.zeros(4, "float32"),
    )


_TRACED = ("divide_no_nan", "fmax", "hypot", "heaviside", "nextafter", "isclose", "allclose")


@pytest.mark.parametrize("dtype", ["float32", "float16"])
@pytest.mark.parametrize("name", _TRACED)
def test_ops_trace_under_the_backends_compiler(backend_name, name, dtype):
    x1 = np.array([[-1.5, 0.0, 2.5], [np.nan, np.inf, 0.25]], dtype)
    x2 = np.array([[1.0, 0.0, 2.5], [0.0, -1.0, np.inf]], dtype)
    expected = ops.convert_to_numpy(
        getattr(ops, name)(ops.convert_to_tensor(x1), ops.convert_to_tensor(x2))
    )
    if backend_name == "jax":
        import jax

        traced = jax.jit(getattr(ops, name))
    elif backend_name == "tensorflow":
        import tensorflow as tf

        spec = tf.TensorSpec((None, 3), dtype)
        traced = tf.function(getattr(ops, name), input_signature=[spec, spec])
    else:
        pytest.skip(f"{backend_name} has no tracing compiler")
    result = traced(ops.convert_to_tensor(x1), ops.convert_to_tensor(x2))
    np.testing.assert_array_equal(ops.convert_to_numpy(result), expected)


_COMPOSED = contract.composed("numpy.binary")
_COMPOSED_CASES = [case for case in binary_cases.CASES if case.op in _COMPOSED]


def _symbolic(value):
    if isinstance(value, np.ndarray):
        return KerasTensor(value.shape, standardize_dtype(value.dtype))
    return value


def _native(value):
    return ops.convert_to_tensor(value) if isinstance(value, np.ndarray) else value


@pytest.mark.compositions
@pytest.mark.parametrize("case", _COMPOSED_CASES, ids=[case.id for case in _COMPOSED_CASES])
def test_composed_default_matches_numpy(case):
    """The core's composition, which a backend without a native version runs."""
    args, kwargs = case.numpy_inputs()
    result = _COMPOSED[case.op](*(_native(a) for a in args), **kwargs)
    symbolic = getattr(ops, case.op)(*(_symbolic(a) for a in args), **kwargs)
    assert ops.is_tensor(result)
    assert standardize_dtype(result.dtype) == symbolic.dtype
    reference = case.reference or getattr(np, case.op)
    loose = symbolic.dtype == "float16"
    np.testing.assert_allclose(
        ops.convert_to_numpy(result),
        reference(*args, **kwargs),
        rtol=1e-2 if loose else max(case.rtol, 1e-5),
        atol=1e-2 if loose else 1e-6,
    )
