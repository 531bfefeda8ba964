"""Keras's dtype semantics on the active backend: promotion, Python values, native types."""

import numpy as np
import pytest

import keras_core
from keras_core import ops

RNG = np.random.default_rng(0)
A = RNG.normal(size=(3, 4)).astype("float32")
B = RNG.normal(size=(3, 4)).astype("float32")
M = RNG.normal(size=(4, 5)).astype("float32")
BATCH = RNG.normal(size=(2, 3, 4)).astype("float32")
INTS = np.array([[1, -2, 3], [4, 5, -6]], dtype="int32")


def _native(value):
    return ops.convert_to_tensor(value) if isinstance(value, np.ndarray) else value


@pytest.mark.parametrize(
    ("x1", "x2", "dtype", "value"),
    [
        (np.array([1, 2], "int32"), 1.5, "float32", [2.5, 3.5]),
        (np.array([1, 2], "int32"), 2, "int32", [3, 4]),
        (np.array([1, 2], "uint8"), np.array([1, 2], "int8"), "int16", [2, 4]),
        (np.array([1.0, 2.0], "float16"), 1.0, "float16", [2.0, 3.0]),
        (np.array([True, False]), 1, "int32", [2, 1]),
        (np.array([1, 2], "int16"), np.array([1.0, 2.0], "float32"), "float32", [2.0, 4.0]),
    ],
)
def test_add_follows_keras_promotion(x1, x2, dtype, value):
    result = ops.add(_native(x1), _native(x2))
    assert ops.dtype(result) == dtype
    np.testing.assert_allclose(ops.convert_to_numpy(result), value)


def test_python_values_convert_like_keras():
    assert ops.dtype(ops.convert_to_tensor(1.5)) == "float32"
    assert ops.dtype(ops.convert_to_tensor(3)) == "int32"
    assert ops.dtype(ops.convert_to_tensor([1, 2])) == "int32"
    assert ops.dtype(ops.convert_to_tensor([1, 2.5])) == "float32"
    assert ops.dtype(ops.convert_to_tensor(True)) == "bool"
    np.testing.assert_array_equal(ops.convert_to_numpy(ops.add([1, 2], [3, 4])), [4, 6])


def test_cast_and_shape():
    x = ops.convert_to_tensor(np.array([[1.7, -2.2, 0.0]], "float32"))
    cast = ops.cast(x, "int32")
    assert ops.dtype(cast) == "int32"
    np.testing.assert_array_equal(ops.convert_to_numpy(cast), [[1, -2, 0]])
    assert ops.shape(x) == (1, 3)
    assert type(ops.shape(x)) is tuple


def test_results_are_the_backends_native_tensors():
    native = type(ops.convert_to_tensor(A))
    for result in (
        ops.add(_native(A), _native(B)),
        ops.matmul(_native(A), _native(M)),
        ops.softmax(_native(A)),
    ):
        assert isinstance(result, native)
    expected_module = {
        "numpy": "numpy",
        "jax": "jax",
        "torch": "torch",
        "tensorflow": "tensorflow",
        "openvino": "openvino",
    }.get(keras_core.config.backend())
    if expected_module:
        assert native.__module__.split(".")[0] in (expected_module, f"{expected_module}lib")
