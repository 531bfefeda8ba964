"""Core ops (slicing, scattering, unstacking, casting): the same clear errors on every
backend, and behaviour the conformance kit cannot express."""

import numpy as np
import pytest

from keras_core import ops
from keras_core.backend.keras_tensor import KerasTensor

X = np.arange(12, dtype="float32").reshape(3, 4)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: ops.slice(X, (0, 0), (2,)),
            ValueError,
            r"ops.slice: shape must have one entry per input dimension \(2\), received 1",
        ),
        (
            lambda: ops.slice(X, (0,), (2, 2)),
            ValueError,
            r"ops.slice: start_indices must have one entry per input dimension \(2\)",
        ),
        (
            lambda: ops.slice(X, (0, 0), (4, 2)),
            ValueError,
            r"ops.slice: shape \(4, 2\) does not fit an input of shape \(3, 4\) \(axis 0\)",
        ),
        (
            lambda: ops.slice(X, (0, 0), (1, -1)),
            ValueError,
            r"ops.slice: shape \(1, -1\) does not fit an input of shape \(3, 4\) \(axis 1\)",
        ),
        (
            lambda: ops.slice_update(X, (0, 0), np.ones((2,), "float32")),
            ValueError,
            r"ops.slice_update: updates must have the rank of inputs; received updates of "
            r"shape \(2,\) for inputs of shape \(3, 4\)",
        ),
        (
            lambda: ops.slice_update(X, (0, 0), np.ones((2, 5), "float32")),
            ValueError,
            r"ops.slice_update: updates of shape \(2, 5\) does not fit an input of shape \(3, 4\)",
        ),
        (
            lambda: ops.scatter(np.array([[0.5]], "float32"), np.ones(1, "float32"), (3,)),
            TypeError,
            "ops.scatter: indices must be integers, received dtype float32",
        ),
        (
            lambda: ops.scatter(np.array([[0], [1]]), np.ones(3, "float32"), (3,)),
            ValueError,
            r"ops.scatter: values must have shape \(2,\) .* received \(3,\)",
        ),
        (
            lambda: ops.scatter(np.array([[0, 1, 2]]), np.ones(1, "float32"), (3, 3)),
            ValueError,
            r"ops.scatter: indices of shape \(1, 3\) address 3 dimensions, but the target has "
            r"shape \(3, 3\)",
        ),
        (
            lambda: ops.scatter_update(X, np.array([[0, 0]]), np.ones(1, "float32"), "avg"),
            ValueError,
            "ops.scatter_update: invalid reduction 'avg'",
        ),
        (
            lambda: ops.scatter_update(X, np.array([[1]]), np.ones((1, 3), "float32")),
            ValueError,
            r"ops.scatter_update: updates must have shape \(1, 4\)",
        ),
        (
            lambda: ops.unstack(X, num=2),
            ValueError,
            r"ops.unstack: num=2 differs from the size 3 of axis 0",
        ),
        (
            lambda: ops.unstack(X, axis=2),
            ValueError,
            r"ops.unstack: axis=2 is out of range for an input of shape \(3, 4\)",
        ),
        (
            lambda: ops.unstack(np.float32(1.0)),
            ValueError,
            "ops.unstack: cannot unstack a scalar",
        ),
        (lambda: ops.saturate_cast(X, "int33"), ValueError, "Invalid dtype: 'int33'"),
    ],
)
def test_bad_input(call, error, message):
    with pytest.raises(error, match=message):
        call()


def kt(*shape, dtype="float32"):
    return KerasTensor(shape, dtype)


def test_symbolic_core_ops():
    assert ops.slice(kt(None, 4), (0, 1), (2, 3)).shape == (2, 3)
    assert ops.slice_update(kt(None, 4, dtype="int8"), (0, 0), kt(1, 2)).dtype == "int8"
    assert ops.scatter(kt(None, 2, dtype="int32"), kt(None), (4, 5)).shape == (4, 5)
    parts = ops.unstack(kt(None, 3), num=2)
    assert [p.shape for p in parts] == [(3,), (3,)]
    assert [p.shape for p in ops.unstack(kt(None, 3), axis=1)] == [(None,)] * 3
    assert ops.saturate_cast(kt(None, 2), "uint8").dtype == "uint8"
    assert ops.stop_gradient(kt(None, 2)).shape == (None, 2)
    with pytest.raises(ValueError, match=r"ops.unstack: axis 0 of the input of shape \(None, 3\)"):
        ops.unstack(kt(None, 3))


def test_dtype():
    assert ops.dtype(ops.convert_to_tensor(X)) == "float32"
    assert ops.dtype([1, 2]) == "int32"
    assert ops.dtype(1.5) == "float32"
    assert ops.dtype(kt(2, dtype="int8")) == "int8"


def test_inputs_are_not_modified():
    original = ops.convert_to_tensor(X)
    ops.scatter_update(original, np.array([[0, 0]]), np.array([-1.0], "float32"), "add")
    ops.slice_update(original, (0, 0), np.zeros((1, 1), "float32"))
    np.testing.assert_array_equal(ops.convert_to_numpy(original), X)


def test_saturate_cast_float32_to_int32_stays_in_range():
    result = ops.convert_to_numpy(
        ops.saturate_cast(np.array([3e9, -3e9, np.inf, np.nan], "float32"), "int32")
    )
    np.testing.assert_array_equal(result, [2147483520, -2147483648, 2147483520, 0])


@pytest.fixture
def compiled(backend_name):
    if backend_name == "jax":
        import jax

        return jax.jit
    if backend_name == "tensorflow":
        import tensorflow as tf

        return tf.function
    pytest.skip(f"the {backend_name} backend has no compiled mode")


def test_slices_with_traced_starts(compiled):
    window = compiled(lambda x, starts: ops.slice(x, starts, (2, 1)))
    np.testing.assert_array_equal(
        ops.convert_to_numpy(window(X, np.array([2, -1], "int32"))), X[1:3, 3:4]
    )
    update = compiled(lambda x, starts: ops.slice_update(x, starts, np.zeros((1, 2), "float32")))
    expected = X.copy()
    expected[2, 0:2] = 0
    np.testing.assert_array_equal(
        ops.convert_to_numpy(update(X, np.array([-1, 0], "int32"))), expected
    )


def test_scatter_ops_compiled(compiled):
    indices = np.array([[0, 1], [0, 1], [2, 3]], "int32")
    updates = np.array([2.0, 3.0, 4.0], "float32")
    expected = X.copy()
    expected[0, 1] *= 6.0
    expected[2, 3] *= 4.0
    multiply = compiled(lambda x, i, u: ops.scatter_update(x, i, u, reduction="mul"))
    np.testing.assert_array_equal(ops.convert_to_numpy(multiply(X, indices, updates)), expected)
    added = compiled(lambda i, u: ops.scatter(i, u, (3, 4)))(indices, updates)
    expected = np.zeros((3, 4), "float32")
    expected[0, 1], expected[2, 3] = 5.0, 4.0
    np.testing.assert_array_equal(ops.convert_to_numpy(added), expected)
