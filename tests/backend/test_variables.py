"""keras_core.Variable on the active backend: construction, assignment, ops, errors."""

import numpy as np
import pytest

import keras_core
from keras_core import ops


def test_value_initializer_and_dtype_inference():
    v = keras_core.Variable([[1.0, 2.0]], name="w")
    assert (v.shape, v.dtype, v.ndim, v.name, v.trainable) == ((1, 2), "float32", 2, "w", True)
    assert keras_core.Variable(3).dtype == "int32"
    wide = "float32" if keras_core.config.backend() == "jax" else "float64"  # JAX: no x64
    assert keras_core.Variable(np.zeros(2, "float64")).dtype == wide
    assert keras_core.Variable([1, 2], dtype="float16").dtype == "float16"
    np.testing.assert_array_equal(v.numpy(), [[1.0, 2.0]])


def test_callable_initializer_gets_shape_and_dtype():
    seen = []

    def init(shape, dtype):
        seen.append((shape, dtype))
        return np.full(shape, 0.5, dtype)

    v = keras_core.Variable(init, shape=(2, 3), dtype="float32", trainable=False)
    assert seen == [((2, 3), "float32")]
    np.testing.assert_array_equal(v.numpy(), np.full((2, 3), 0.5, "float32"))
    assert not v.trainable


def test_assign_family_and_arithmetic_read_the_current_value():
    v = keras_core.Variable([1.0, 2.0])
    v.assign([5.0, 6.0])
    v.assign_add([1.0, 1.0])
    v.assign_sub([0.5, 0.5])
    np.testing.assert_allclose(v.numpy(), [5.5, 6.5])
    np.testing.assert_allclose(ops.convert_to_numpy(v * 2), [11.0, 13.0])
    np.testing.assert_allclose(ops.convert_to_numpy(ops.add(v, 1.0)), [6.5, 7.5])
    np.testing.assert_allclose(ops.convert_to_numpy(ops.matmul(v, v)), 5.5**2 + 6.5**2)


def test_assign_keeps_the_framework_object_where_the_framework_mutates():
    v = keras_core.Variable([1.0, 2.0])
    before = v.value
    v.assign([3.0, 4.0])
    if keras_core.config.backend() in ("torch", "tensorflow"):
        # Optimizers and nn.Modules hold this object; it must be updated in place.
        assert v.value is before
    np.testing.assert_allclose(ops.convert_to_numpy(v.value), [3.0, 4.0])


def test_torch_variable_is_a_parameter_with_grad_as_trainable():
    if keras_core.config.backend() != "torch":
        pytest.skip("torch only")
    import torch

    assert isinstance(keras_core.Variable([1.0]).value, torch.nn.Parameter)
    assert keras_core.Variable([1.0]).value.requires_grad
    assert not keras_core.Variable([1.0], trainable=False).value.requires_grad
    assert not keras_core.Variable([1]).value.requires_grad


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: keras_core.Variable([1.0], name="a/b"), "name must be a string without '/'"),
        (lambda: keras_core.Variable(lambda s, d: 0), "a callable initializer needs `shape`"),
        (lambda: keras_core.Variable([1.0], shape=(2,)), "initial value has shape (1,)"),
        (lambda: keras_core.Variable([1.0], aggregation="max"), "aggregation must be one of"),
        (lambda: keras_core.Variable([1.0], synchronization="x"), "synchronization must be one"),
    ],
)
def test_bad_construction(make, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        make()


def test_assign_with_the_wrong_shape_names_the_variable():
    v = keras_core.Variable([1.0, 2.0], name="bias")
    with pytest.raises(ValueError, match=r"Variable 'bias' has shape \(2,\); cannot assign"):
        v.assign([1.0, 2.0, 3.0])
