"""Matrix and tensor products: the same clear error for bad input on every backend, the
core's compositions, compiled tracing, and what the conformance kit cannot express."""

import numpy as np
import pytest

import keras_core
from keras_core import ops
from keras_core.backend import contract
from keras_core.backend.errors import UnsupportedOpError

RNG = np.random.default_rng(11)
A = RNG.normal(size=(2, 3)).astype("float32")
B = RNG.normal(size=(4, 5)).astype("float32")


def _native(value):
    return ops.convert_to_tensor(value) if isinstance(value, np.ndarray) else value


def _numpy(value):
    return ops.convert_to_numpy(value)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: ops.matmul(_native(A), _native(B)),
            ValueError,
            "ops.matmul: the last axis of x1 (shape (2, 3)) must match the second-to-last "
            "axis of x2 (shape (4, 5)).",
        ),
        (
            lambda: ops.dot(_native(A), _native(B)),
            ValueError,
            "ops.dot: axis 1 of x1 (shape (2, 3)) and axis 0 of x2 (shape (4, 5)) are "
            "contracted but have different sizes.",
        ),
        (
            lambda: ops.tensordot(_native(A), _native(B), axes=3),
            ValueError,
            "ops.tensordot: axes=3 must be between 0 and the smaller rank of x1 (shape (2, 3)) "
            "and x2 (shape (4, 5)).",
        ),
        (
            lambda: ops.tensordot(_native(A), _native(B), axes=([0, 1], [0])),
            ValueError,
            "ops.tensordot: axes ([0, 1], [0]) name different numbers of axes of x1 and x2.",
        ),
        (
            lambda: ops.tensordot(_native(A), _native(B), axes=([2], [0])),
            ValueError,
            "ops.tensordot: axes=2 is out of range for an input of shape (2, 3) (valid: -2 to 1).",
        ),
        (
            lambda: ops.inner(_native(A), _native(B)),
            ValueError,
            "ops.inner: axis 1 of x1 (shape (2, 3)) and axis 1 of x2 (shape (4, 5)) are "
            "contracted but have different sizes.",
        ),
        (
            lambda: ops.vdot(_native(A), _native(B)),
            ValueError,
            "ops.vdot: x1 (shape (2, 3)) and x2 (shape (4, 5)) must have the same number of "
            "elements.",
        ),
        (
            lambda: ops.kron(_native(A > 0), _native(A > 0)),
            TypeError,
            "ops.kron: x1 must be numeric, received dtype bool.",
        ),
        (
            lambda: ops.einsum("ij,jk->ik", _native(A), _native(B)),
            ValueError,
            "ops.einsum: index 'j' of 'ij,jk->ik' has sizes 3 and 4.",
        ),
        (
            lambda: ops.einsum("ij,jk->ik", _native(A)),
            ValueError,
            "ops.einsum: subscripts 'ij,jk->ik' name 2 operands, received 1.",
        ),
        (
            lambda: ops.einsum("ijk->i", _native(A)),
            ValueError,
            "ops.einsum: term 'ijk' of 'ijk->i' does not fit an operand of shape (2, 3).",
        ),
        (
            lambda: ops.cross(_native(B), _native(B)),
            ValueError,
            "ops.cross: x1 (shape (4, 5)) must have 2 or 3 components along axis 1.",
        ),
        (
            lambda: ops.cross(_native(A > 0), _native(A > 0)),
            TypeError,
            "ops.cross: x1 must be numeric, received dtype bool.",
        ),
        (
            lambda: ops.trace(_native(A[0])),
            ValueError,
            "ops.trace: x must be at least 2-D, received shape (3,).",
        ),
        (
            lambda: ops.trace(_native(A), axis1=1, axis2=-1),
            ValueError,
            "ops.trace: axis1 and axis2 must differ, both are 1.",
        ),
        (
            lambda: ops.trace(_native(A), axis2=2),
            ValueError,
            "ops.trace: axis2=2 is out of range for an input of shape (2, 3) (valid: -2 to 1).",
        ),
        (
            lambda: ops.correlate(_native(A), _native(A[0])),
            ValueError,
            "ops.correlate: x1 and x2 must be 1-D, received shapes (2, 3) and (3,).",
        ),
        (
            lambda: ops.correlate(_native(A[0]), _native(A[1]), mode="circular"),
            ValueError,
            "ops.correlate: mode must be one of ('valid', 'same', 'full'), received 'circular'.",
        ),
        (
            lambda: ops.slogdet(_native(A)),
            ValueError,
            "ops.slogdet: x must be a (batch of) square matrices, received shape (2, 3).",
        ),
        (
            lambda: ops.slogdet(_native(np.eye(2, dtype="float16"))),
            TypeError,
            "ops.slogdet: x must be float32 or float64, received dtype float16.",
        ),
    ],
)
def test_bad_input_raises_the_same_error_on_every_backend(call, error, message):
    with pytest.raises(error) as raised:
        call()
    assert str(raised.value) == message


def test_symbolic_errors_match_the_real_ones():
    with pytest.raises(ValueError, match=r"ops\.tensordot: axis 1 of x1"):
        ops.tensordot(keras_core.KerasTensor((None, 3)), keras_core.KerasTensor((4, 2)), axes=1)


@pytest.mark.parametrize(
    ("call", "shape", "dtype"),
    [
        (
            lambda kt: ops.einsum("bij,bjk->bik", kt(None, 2, 3), kt(None, 3, 4)),
            (None, 2, 4),
            "float32",
        ),
        (lambda kt: ops.einsum("...ij->...ji", kt(None, 5, 2, 3)), (None, 5, 3, 2), "float32"),
        (
            lambda kt: ops.einsum("ij,jk", kt(2, 3, dtype="int8"), kt(3, 4, dtype="int8")),
            (2, 4),
            "int32",
        ),
        (lambda kt: ops.outer(kt(None, 2), kt(3)), (None, 3), "float32"),
        (lambda kt: ops.kron(kt(2, None), kt(3, 4, dtype="int32")), (6, None), "float32"),
        (lambda kt: ops.trace(kt(3, None, 4, dtype="bool"), axis1=0, axis2=2), (None,), "int32"),
        (lambda kt: ops.dot(kt(None, 3), kt(3, dtype="int32")), (None,), "float32"),
        (lambda kt: ops.correlate(kt(None), kt(3, dtype="int32")), (None,), "float32"),
        (lambda kt: ops.cross(kt(None, 3), kt(3), axisc=0), (3, None), "float32"),
    ],
)
def test_symbolic_outputs(call, shape, dtype):
    out = call(lambda *s, dtype="float32": keras_core.KerasTensor(s, dtype))
    assert (out.shape, out.dtype) == (shape, dtype)


COMPILED = {
    "tensordot": lambda x: ops.tensordot(x, x, axes=([0], [0])),
    "einsum": lambda x: ops.einsum("ij,ij->j", x, x),
    "trace": lambda x: ops.trace(x[:, :3], offset=-1),
    "cross": lambda x: ops.cross(x, x + 1.0),
    "slogdet": lambda x: ops.slogdet(x[:3] + 3.0)[1],
    "correlate": lambda x: ops.correlate(x[0], x[1], mode="same"),
}


@pytest.mark.compositions
@pytest.mark.parametrize("name", sorted(COMPILED))
def test_ops_trace_under_the_backends_compiler(name):
    function = COMPILED[name]
    backend = keras_core.config.backend()
    x = RNG.normal(size=(4, 3)).astype("float32")
    expected = _numpy(function(_native(x)))
    if backend == "jax":
        import jax

        compiled = jax.jit(function)(_native(x))
    elif backend == "tensorflow":
        import tensorflow as tf

        compiled = tf.function(function)(_native(x))
    else:
        pytest.skip(f"no compiler to check on {backend}")
    np.testing.assert_allclose(_numpy(compiled), expected, rtol=1e-5, atol=1e-6)


COMPOSED_CALLS = {
    "dot": ((A, A.T), np.dot),
    "inner": ((A, A), np.inner),
    "outer": ((A, A[0]), np.outer),
    "vdot": ((A, A), np.vdot),
    "kron": ((A, A[:, :2]), np.kron),
}


def test_every_composed_default_has_a_check():
    assert set(contract.composed("numpy.products")) == set(COMPOSED_CALLS)


@pytest.mark.compositions
@pytest.mark.parametrize("name", sorted(COMPOSED_CALLS))
def test_composed_default_matches_numpy(name):
    """The core's composition, which a backend without its own version runs."""
    function = contract.composed("numpy.products")[name]
    args, reference = COMPOSED_CALLS[name]
    try:
        result = function(*(_native(a) for a in args))
    except (AttributeError, UnsupportedOpError) as error:
        pytest.skip(f"the composition needs an op this backend lacks: {error}")
    np.testing.assert_allclose(_numpy(result), reference(*args), rtol=1e-5, atol=1e-6)


def test_matmul_of_native_tensors_keeps_the_native_call():
    """The fast path: same-dtype native operands go straight to the framework."""
    x = _native(RNG.normal(size=(8, 8)).astype("float32"))
    np.testing.assert_allclose(_numpy(ops.matmul(x, x)), _numpy(x) @ _numpy(x), rtol=1e-5)
