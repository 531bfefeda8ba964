"""Ops on symbolic KerasTensors: output shape and dtype without running the backend, and the
same clear error for bad input on every backend."""

import numpy as np
import pytest

from keras_core import ops
from keras_core.backend.keras_tensor import KerasTensor


def kt(*shape, dtype="float32"):
    return KerasTensor(shape, dtype)


@pytest.mark.parametrize(
    ("call", "shape", "dtype"),
    [
        (lambda: ops.add(kt(None, 3), kt(3)), (None, 3), "float32"),
        (lambda: ops.add(kt(None, 1, dtype="int32"), 1.5), (None, 1), "float32"),
        (lambda: ops.multiply(kt(2, 1, dtype="uint8"), kt(1, 5, dtype="int8")), (2, 5), "int16"),
        (lambda: ops.divide(kt(4, dtype="int32"), 2), (4,), "float32"),
        (lambda: ops.exp(kt(None, dtype="int64")), (None,), "float32"),
        (lambda: ops.matmul(kt(None, 3), kt(3, 5)), (None, 5), "float32"),
        (
            lambda: ops.matmul(
                kt(7, None, 2, 3),
                kt(
                    3,
                ),
            ),
            (7, None, 2),
            "float32",
        ),
        (lambda: ops.matmul(kt(4, dtype="int8"), kt(4, 2, dtype="int8")), (2,), "int32"),
        (lambda: ops.sum(kt(None, 3, 4), axis=(0, -1)), (3,), "float32"),
        (lambda: ops.sum(kt(2, 3, dtype="bool"), keepdims=True), (1, 1), "int32"),
        (lambda: ops.mean(kt(2, 3, dtype="int32"), axis=1), (2,), "float32"),
        (lambda: ops.max(kt(2, None), axis=-1, keepdims=True), (2, 1), "float32"),
        (lambda: ops.reshape(kt(None, 4, 3), (-1, 6)), (None, 6), "float32"),
        (lambda: ops.reshape(kt(2, 4, 3), (-1, 6)), (4, 6), "float32"),
        (lambda: ops.transpose(kt(None, 4, 3)), (3, 4, None), "float32"),
        (lambda: ops.transpose(kt(1, 2, 3), axes=(1, 0, 2)), (2, 1, 3), "float32"),
        (
            lambda: ops.concatenate([kt(None, 2), kt(None, 3, dtype="int32")], axis=1),
            (None, 5),
            "float32",
        ),
        (lambda: ops.softmax(kt(None, 10, dtype="int32")), (None, 10), "float32"),
        (lambda: ops.relu(kt(None, 10, dtype="int32")), (None, 10), "int32"),
        (lambda: ops.cast(kt(None, 2), "int8"), (None, 2), "int8"),
        (lambda: kt(None, 3) + 1.0, (None, 3), "float32"),
        (lambda: 2 * kt(None, 3, dtype="int32"), (None, 3), "int32"),
        (lambda: kt(None, 3) @ kt(3, 1), (None, 1), "float32"),
    ],
)
def test_symbolic_outputs(call, shape, dtype):
    out = call()
    assert isinstance(out, KerasTensor)
    assert (out.shape, out.dtype) == (shape, dtype)


def test_mixing_real_and_symbolic_inputs_is_symbolic():
    out = ops.add(ops.convert_to_tensor(np.ones((2, 3), "float32")), kt(None, 3))
    assert isinstance(out, KerasTensor)
    assert (out.shape, out.dtype) == ((2, 3), "float32")


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda x: ops.add(x((2, 3)), x((4,))),
            ValueError,
            "ops.add: cannot broadcast the inputs together: x1 has shape (2, 3), "
            "x2 has shape (4,).",
        ),
        (
            lambda x: ops.matmul(x((2, 3)), x((4, 5))),
            ValueError,
            "ops.matmul: the last axis of x1 (shape (2, 3)) must match the second-to-last axis "
            "of x2 (shape (4, 5)).",
        ),
        (
            lambda x: ops.sum(x((2, 3)), axis=2),
            ValueError,
            "ops.sum: axis=2 is out of range for an input of shape (2, 3) (valid: -2 to 1).",
        ),
        (
            lambda x: ops.reshape(x((2, 3)), (4, 2)),
            ValueError,
            "ops.reshape: cannot reshape an input of shape (2, 3) (6 elements) into (4, 2) "
            "(8 elements).",
        ),
        (
            lambda x: ops.transpose(x((2, 3)), axes=(0, 0)),
            ValueError,
            "ops.transpose: axes=(0, 0) is not a permutation of the 2 axes of an input of shape "
            "(2, 3).",
        ),
        (
            lambda x: ops.concatenate([x((2, 3)), x((3, 2))], axis=0),
            ValueError,
            "ops.concatenate: input shapes [(2, 3), (3, 2)] differ on axis 1; "
            "only axis 0 may differ.",
        ),
        (
            lambda x: ops.max(x((0, 3)), axis=0),
            ValueError,
            "ops.max: cannot reduce an empty axis of an input of shape (0, 3) without `initial`.",
        ),
    ],
    ids=["broadcast", "matmul", "axis", "reshape", "transpose", "concatenate", "empty-max"],
)
@pytest.mark.parametrize("kind", ["real", "symbolic"])
def test_bad_input_gives_the_same_error_on_every_backend(call, error, message, kind):
    def make(shape):
        if kind == "symbolic":
            return kt(*shape)
        return ops.convert_to_tensor(np.ones(shape, "float32"))

    with pytest.raises(error) as caught:
        call(make)
    assert str(caught.value) == message


def test_keras_tensor_refuses_to_become_an_array():
    with pytest.raises(TypeError, match="Cannot convert to an array of a symbolic KerasTensor"):
        np.asarray(kt(2))
    with pytest.raises(TypeError, match="There is no truth value"):
        bool(kt(2))
