"""Element-wise functions of one tensor: bad input, symbolic outputs, tracing, and the core's
composed defaults, on the active backend."""

import numpy as np
import pytest

from keras_core import ops
from keras_core.backend import contract, standardize_dtype
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.testing.cases.numpy import unary as unary_cases


def kt(*shape, dtype="float32"):
    return KerasTensor(shape, dtype)


def _real(shape, dtype):
    return ops.convert_to_tensor(np.ones(shape, dtype))


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda x: ops.negative(x((2, 3), "bool")),
            TypeError,
            "ops.negative: x must be numeric, received dtype bool.",
        ),
        (
            lambda x: ops.sign(x((4,), "bool")),
            TypeError,
            "ops.sign: x must be numeric, received dtype bool.",
        ),
        (
            lambda x: ops.round(x((4,), "bool")),
            TypeError,
            "ops.round: x must be numeric, received dtype bool.",
        ),
        (
            lambda x: ops.round(x((4,), "float32"), decimals=1.5),
            TypeError,
            "ops.round: decimals must be an int, received 1.5.",
        ),
        (
            lambda x: ops.bitwise_invert(x((2, 2), "float32")),
            TypeError,
            "ops.bitwise_invert: x must have an integer or bool dtype, received float32.",
        ),
        (
            lambda x: ops.bitwise_not(x((3,), "float16")),
            TypeError,
            "ops.bitwise_not: x must have an integer or bool dtype, received float16.",
        ),
    ],
    ids=["negative-bool", "sign-bool", "round-bool", "round-decimals", "invert-float", "not-f16"],
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
        (lambda: ops.sqrt(kt(None, 3, dtype="int8")), (None, 3), "float32"),
        (lambda: ops.sin(kt(2, dtype="float16")), (2,), "float16"),
        (lambda: ops.square(kt(None, dtype="bool")), (None,), "int32"),
        (lambda: ops.abs(kt(4, dtype="complex64")), (4,), "float32"),
        (lambda: ops.real(kt(4, dtype="complex128")), (4,), "float64"),
        (lambda: ops.angle(kt(None, 2, dtype="int32")), (None, 2), "float32"),
        (lambda: ops.isnan(kt(None, 5)), (None, 5), "bool"),
        (lambda: ops.round(kt(None, dtype="int16"), decimals=-1), (None,), "int16"),
        (lambda: ops.trunc(kt(3, dtype="uint8")), (3,), "uint8"),
        (lambda: ops.nan_to_num(kt(None, 2), posinf=1.0), (None, 2), "float32"),
        (lambda: ops.bitwise_not(kt(None, dtype="bool")), (None,), "bool"),
        (lambda: ops.fabs(kt(2, dtype="int64")), (2,), "float32"),
    ],
)
def test_symbolic_outputs(call, shape, dtype):
    out = call()
    assert isinstance(out, KerasTensor)
    assert (out.shape, out.dtype) == (shape, dtype)


def test_nan_and_infinities_follow_numpy():
    x = np.array([np.nan, np.inf, -np.inf, -0.0, 0.0, -2.5], "float32")
    native = ops.convert_to_tensor(x)
    for name in ("sign", "signbit", "trunc", "isfinite", "isposinf", "isneginf", "floor"):
        np.testing.assert_array_equal(
            ops.convert_to_numpy(getattr(ops, name)(native)), getattr(np, name)(x), err_msg=name
        )
    np.testing.assert_array_equal(
        ops.convert_to_numpy(ops.nan_to_num(native, nan=7.0, neginf=-1.0)),
        np.nan_to_num(x, nan=7.0, neginf=-1.0),
    )


_TRACED = ("sinc", "nan_to_num", "round", "trunc", "isfinite", "signbit", "square", "i0")


@pytest.mark.parametrize("name", _TRACED)
def test_ops_trace_under_the_backends_compiler(backend_name, name):
    x = np.array([[-1.5, 0.0, 2.5], [np.nan, np.inf, 0.25]], "float32")
    expected = ops.convert_to_numpy(getattr(ops, name)(ops.convert_to_tensor(x)))
    if backend_name == "jax":
        import jax

        traced = jax.jit(getattr(ops, name))
    elif backend_name == "tensorflow":
        import tensorflow as tf

        spec = tf.TensorSpec((None, 3), tf.float32)
        traced = tf.function(getattr(ops, name), input_signature=[spec])
    else:
        pytest.skip(f"{backend_name} has no tracing compiler")
    result = traced(ops.convert_to_tensor(x))
    np.testing.assert_allclose(ops.convert_to_numpy(result), expected, rtol=1e-6)


def _symbolic(value):
    if isinstance(value, np.ndarray):
        return KerasTensor(value.shape, standardize_dtype(value.dtype))
    return value


def _native(value):
    return ops.convert_to_tensor(value) if isinstance(value, np.ndarray) else value


_COMPOSED = contract.composed("numpy.unary")
_COMPOSED_CASES = [case for case in unary_cases.CASES if case.op in _COMPOSED]


@pytest.mark.compositions
@pytest.mark.parametrize("case", _COMPOSED_CASES, ids=[case.id for case in _COMPOSED_CASES])
def test_composed_default_matches_numpy(case):
    """The core's composition, which a backend without a native version runs."""
    args, kwargs = case.numpy_inputs()
    result = _COMPOSED[case.op](*(_native(a) for a in args), **kwargs)
    dtype = case.dtype or getattr(ops, case.op)(*(_symbolic(a) for a in args), **kwargs).dtype
    assert ops.is_tensor(result)
    assert standardize_dtype(result.dtype) == dtype
    reference = case.reference or getattr(np, case.op)
    loose = dtype == "float16"
    np.testing.assert_allclose(
        ops.convert_to_numpy(result),
        reference(*args, **kwargs),
        rtol=1e-2 if loose else 1e-5,
        atol=1e-2 if loose else 1e-6,
    )
