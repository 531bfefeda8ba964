"""The first slice of ops on the active backend, checked against NumPy and Keras's dtypes."""

import numpy as np
import pytest

import keras_core
from keras_core import ops
from keras_core.backend import standardize_dtype

RNG = np.random.default_rng(0)
A = RNG.normal(size=(3, 4)).astype("float32")
B = RNG.normal(size=(3, 4)).astype("float32")
M = RNG.normal(size=(4, 5)).astype("float32")
BATCH = RNG.normal(size=(2, 3, 4)).astype("float32")
INTS = np.array([[1, -2, 3], [4, 5, -6]], dtype="int32")


def _softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# (id, op, inputs, kwargs, NumPy reference, expected Keras dtype)
CASES = [
    ("add", ops.add, (A, B), {}, np.add, "float32"),
    ("add_broadcast", ops.add, (A, B[0]), {}, np.add, "float32"),
    ("subtract", ops.subtract, (A, B), {}, np.subtract, "float32"),
    ("multiply", ops.multiply, (A, B), {}, np.multiply, "float32"),
    ("divide", ops.divide, (A, B), {}, np.divide, "float32"),
    ("divide_ints", ops.divide, (INTS, INTS + 10), {}, np.divide, "float32"),
    ("maximum", ops.maximum, (A, B), {}, np.maximum, "float32"),
    ("exp", ops.exp, (A,), {}, np.exp, "float32"),
    ("exp_ints", ops.exp, (INTS,), {}, np.exp, "float32"),
    ("matmul", ops.matmul, (A, M), {}, np.matmul, "float32"),
    ("matmul_batched", ops.matmul, (BATCH, M), {}, np.matmul, "float32"),
    ("matmul_vector", ops.matmul, (A, M[:, 0]), {}, np.matmul, "float32"),
    (
        "matmul_int8",
        ops.matmul,
        (INTS.astype("int8"), INTS.T.astype("int8")),
        {},
        np.matmul,
        "int32",
    ),
    ("sum_all", ops.sum, (A,), {}, np.sum, "float32"),
    ("sum_axis", ops.sum, (BATCH,), {"axis": (0, -1)}, np.sum, "float32"),
    ("sum_keepdims", ops.sum, (A,), {"axis": 1, "keepdims": True}, np.sum, "float32"),
    ("sum_int8", ops.sum, (INTS.astype("int8"),), {"axis": 0}, np.sum, "int32"),
    ("sum_bool", ops.sum, (INTS > 0,), {}, np.sum, "int32"),
    ("mean", ops.mean, (BATCH,), {"axis": -2}, np.mean, "float32"),
    ("mean_ints", ops.mean, (INTS,), {}, np.mean, "float32"),
    ("max", ops.max, (A,), {"axis": 0}, np.max, "float32"),
    ("max_initial", ops.max, (A,), {"axis": 1, "initial": 0.5}, np.max, "float32"),
    ("max_keepdims", ops.max, (INTS,), {"keepdims": True}, np.max, "int32"),
    ("reshape", ops.reshape, (BATCH, (4, -1)), {}, np.reshape, "float32"),
    ("transpose", ops.transpose, (BATCH,), {}, np.transpose, "float32"),
    ("transpose_axes", ops.transpose, (BATCH,), {"axes": (1, 0, 2)}, np.transpose, "float32"),
    ("relu", ops.relu, (A,), {}, lambda x: np.maximum(x, 0), "float32"),
    ("relu_ints", ops.relu, (INTS,), {}, lambda x: np.maximum(x, 0), "int32"),
    ("sigmoid", ops.sigmoid, (A,), {}, lambda x: 1 / (1 + np.exp(-x)), "float32"),
    ("softmax", ops.softmax, (A,), {}, _softmax, "float32"),
    ("softmax_axis0", ops.softmax, (A,), {"axis": 0}, _softmax, "float32"),
]


def _native(value):
    return ops.convert_to_tensor(value) if isinstance(value, np.ndarray) else value


@pytest.mark.parametrize(
    ("op", "inputs", "kwargs", "reference", "dtype"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_op_matches_numpy_reference(op, inputs, kwargs, reference, dtype):
    result = op(*map(_native, inputs), **kwargs)
    assert ops.is_tensor(result)
    assert standardize_dtype(result.dtype) == dtype
    expected = reference(*inputs, **kwargs)
    np.testing.assert_allclose(ops.convert_to_numpy(result), expected, rtol=1e-5, atol=1e-6)


def test_concatenate_promotes_and_joins():
    result = ops.concatenate(
        [ops.convert_to_tensor(INTS), ops.convert_to_tensor(A[:2, :3])], axis=0
    )
    assert standardize_dtype(result.dtype) == "float32"
    np.testing.assert_allclose(
        ops.convert_to_numpy(result), np.concatenate([INTS, A[:2, :3]]).astype("float32")
    )


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
    assert standardize_dtype(result.dtype) == dtype
    np.testing.assert_allclose(ops.convert_to_numpy(result), value)


def test_python_values_convert_like_keras():
    assert standardize_dtype(ops.convert_to_tensor(1.5).dtype) == "float32"
    assert standardize_dtype(ops.convert_to_tensor(3).dtype) == "int32"
    assert standardize_dtype(ops.convert_to_tensor([1, 2]).dtype) == "int32"
    assert standardize_dtype(ops.convert_to_tensor([1, 2.5]).dtype) == "float32"
    assert standardize_dtype(ops.convert_to_tensor(True).dtype) == "bool"
    np.testing.assert_array_equal(ops.convert_to_numpy(ops.add([1, 2], [3, 4])), [4, 6])


def test_cast_and_shape():
    x = ops.convert_to_tensor(np.array([[1.7, -2.2, 0.0]], "float32"))
    cast = ops.cast(x, "int32")
    assert standardize_dtype(cast.dtype) == "int32"
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
