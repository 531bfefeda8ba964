"""Creation ops: symbolic outputs where a tensor is given, one error on every backend for bad
arguments, and creation inside ``jax.jit`` / ``tf.function``."""

import numpy as np
import pytest

import keras_core
from keras_core import ops
from keras_core.backend import contract
from keras_core.backend.keras_tensor import KerasTensor


def kt(*shape, dtype="float32"):
    return KerasTensor(shape, dtype)


@pytest.mark.parametrize(
    ("call", "shapes", "dtypes"),
    [
        (lambda: ops.zeros_like(kt(None, 3, dtype="int8")), [(None, 3)], ["int8"]),
        (lambda: ops.ones_like(kt(None, 3), dtype="bool"), [(None, 3)], ["bool"]),
        (lambda: ops.full_like(kt(None, 3, dtype="uint8"), 2.5), [(None, 3)], ["uint8"]),
        (lambda: ops.empty_like(kt(2, None)), [(2, None)], ["float32"]),
        (lambda: ops.array(kt(None, 2, dtype="int32")), [(None, 2)], ["int32"]),
        (lambda: ops.diag(kt(None, dtype="int32")), [(None, None)], ["int32"]),
        (lambda: ops.diag(kt(3, 5), k=3), [(2,)], ["float32"]),
        (lambda: ops.diagflat(kt(2, 3)), [(6, 6)], ["float32"]),
        (lambda: ops.tril(kt(None, 4, 4)), [(None, 4, 4)], ["float32"]),
        (lambda: ops.vander(kt(None, dtype="int32"), 3), [(None, 3)], ["int32"]),
        (
            lambda: ops.meshgrid(kt(3), kt(None, dtype="int32")),
            [(None, 3), (None, 3)],
            ["float32", "int32"],
        ),
        (lambda: ops.linspace(kt(2, dtype="int32"), 1.0, 5, axis=-1), [(2, 5)], ["float32"]),
        (
            lambda: ops.linspace(kt(2), kt(3, 1), 4, retstep=True),
            [(4, 3, 2), (3, 2)],
            ["float32", "float32"],
        ),
        (lambda: ops.logspace(kt(2), 3.0, 7), [(7, 2)], ["float32"]),
        (lambda: ops.arange(kt(dtype="int32")), [(None,)], ["int32"]),
    ],
)
def test_symbolic_outputs(call, shapes, dtypes):
    out = call()
    outputs = list(out) if isinstance(out, (list, tuple)) else [out]
    assert [o.shape for o in outputs] == shapes
    assert [o.dtype for o in outputs] == dtypes


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: ops.zeros((2, -1)),
            ValueError,
            "ops.zeros: shape must not be negative, received -1.",
        ),
        (lambda: ops.ones(2.5), TypeError, "ops.ones: shape must be an int, received 2.5."),
        (lambda: ops.eye(-1), ValueError, "ops.eye: N must not be negative, received -1."),
        (lambda: ops.eye(2, -3), ValueError, "ops.eye: M must not be negative, received -3."),
        (lambda: ops.arange(0, 5, 0), ValueError, "ops.arange: step must not be zero."),
        (
            lambda: ops.linspace(0, 1, -1),
            ValueError,
            "ops.linspace: num must not be negative, received -1.",
        ),
        (
            lambda: ops.meshgrid([1, 2], [3], indexing="xx"),
            ValueError,
            "ops.meshgrid: indexing must be 'xy' or 'ij', received 'xx'.",
        ),
        (
            lambda: ops.diag(np.ones((2, 2, 2), "float32")),
            ValueError,
            "ops.diag: x must be 1-D or 2-D, received shape (2, 2, 2).",
        ),
        (
            lambda: ops.vander(np.ones((2, 2), "float32")),
            ValueError,
            "ops.vander: x must be 1-D, received shape (2, 2).",
        ),
        (
            lambda: ops.full((2, 3), np.ones((2,), "float32")),
            ValueError,
            "ops.full: fill_value of shape (2,) cannot fill a shape (2, 3).",
        ),
    ],
    ids=[
        "zeros",
        "ones",
        "eye-N",
        "eye-M",
        "arange",
        "linspace",
        "meshgrid",
        "diag",
        "vander",
        "full",
    ],
)
def test_bad_arguments_give_the_same_error_on_every_backend(call, error, message):
    with pytest.raises(error) as caught:
        call()
    assert str(caught.value) == message


def test_default_dtypes_follow_keras():
    assert ops.zeros((2,)).dtype == ops.convert_to_tensor(np.zeros(1, "float32")).dtype
    assert ops.convert_to_numpy(ops.arange(3)).dtype == np.int32
    assert ops.convert_to_numpy(ops.arange(3.0)).dtype == np.float32
    assert ops.convert_to_numpy(ops.full((2,), 1)).dtype == np.float32
    assert ops.convert_to_numpy(ops.linspace(0, 4, 3)).dtype == np.float32
    assert ops.convert_to_numpy(ops.hamming(4)).dtype == np.float32


def _traced(function):
    backend = keras_core.backend.active_backend().name
    if backend == "jax":
        import jax

        return jax.jit(function)
    if backend == "tensorflow":
        import tensorflow as tf

        return tf.function(function)
    return function


def test_creation_ops_trace():
    def build(x):
        mask = ops.tril(ops.ones_like(x))
        grid = ops.linspace(ops.zeros((3,)), x[0], 3, axis=1)
        return ops.add(ops.multiply(x, mask), ops.eye(3, k=1)), grid

    x = np.arange(9, dtype="float32").reshape(3, 3) + 1
    got = _traced(build)(ops.convert_to_tensor(x))
    np.testing.assert_allclose(ops.convert_to_numpy(got[0]), np.tril(x) + np.eye(3, k=1))
    np.testing.assert_allclose(
        ops.convert_to_numpy(got[1]), np.linspace(np.zeros(3), x[0], 3, axis=1)
    )


V = np.array([1.0, -2.0, 3.0], "float32")
M = np.arange(6, dtype="int32").reshape(2, 3)

# Each composed default with a NumPy reference: backends that define their own version never
# run these, so they are called here directly.
COMPOSED_CALLS = {
    "array": ((M,), {"dtype": "float32"}, lambda x, dtype: x.astype(dtype)),
    "empty": (((2, 3),), {}, lambda shape: np.zeros(shape, "float32")),
    "zeros": (((2, 3),), {"dtype": "int32"}, np.zeros),
    "ones": ((4,), {}, lambda shape: np.ones(shape, "float32")),
    "full_like": ((M, 2), {}, np.full_like),
    "empty_like": ((V,), {}, np.zeros_like),
    "zeros_like": ((M,), {"dtype": "float32"}, np.zeros_like),
    "ones_like": ((V,), {}, np.ones_like),
    "identity": ((3,), {}, lambda n: np.identity(n, "float32")),
    "tri": ((3, 4), {"k": 1}, lambda n, m, k: np.tri(n, m, k, "float32")),
    "diagflat": ((M,), {"k": -1}, np.diagflat),
    "linspace": ((V, 5.0, 4), {"axis": -1}, np.linspace),
    "logspace": ((0, 2, 5), {"base": 3}, np.logspace),
    "geomspace": ((-1, -16, 5), {}, np.geomspace),
    "meshgrid": ((V, M[0]), {}, np.meshgrid),
    "vander": ((M[1],), {"N": 4, "increasing": True}, np.vander),
    "bartlett": ((5,), {}, np.bartlett),
    "blackman": ((5,), {}, np.blackman),
    "hamming": ((5,), {}, np.hamming),
    "hanning": ((5,), {}, np.hanning),
    "kaiser": ((5, 2.5), {}, np.kaiser),
}


def test_every_composed_default_has_a_check():
    assert set(contract.composed("numpy.creation")) == set(COMPOSED_CALLS)


@pytest.mark.compositions
@pytest.mark.parametrize("name", sorted(COMPOSED_CALLS))
def test_composed_default_matches_numpy(name):
    args, kwargs, reference = COMPOSED_CALLS[name]
    function = contract.composed("numpy.creation")[name]
    native = [ops.convert_to_tensor(a) if isinstance(a, np.ndarray) else a for a in args]
    result = function(*native, **kwargs)
    expected = reference(*args, **kwargs)
    results = result if isinstance(result, (list, tuple)) else [result]
    expected = expected if isinstance(expected, (list, tuple)) else [expected]
    for got, want in zip(results, expected, strict=True):
        np.testing.assert_allclose(ops.convert_to_numpy(got), want, rtol=1e-5, atol=1e-5)
