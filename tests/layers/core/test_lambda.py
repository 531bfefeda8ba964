"""Lambda: calls, output shapes, masks, and configs as Keras 3.15.1 writes them (a Python
lambda becomes bytecode that safe mode refuses to load)."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import layers, ops
from keras_core.saving import (
    deserialize_keras_object,
    register_keras_serializable,
    serialize_keras_object,
)
from keras_core.saving.serialization_lib import SafeModeScope

FLOAT32 = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}


@register_keras_serializable(package="lambda_tests")
def double(x):
    return x * 2


def _np(x):
    return ops.convert_to_numpy(x)


@pytest.mark.compositions
def test_call_with_arguments_matches_numpy():
    layer = layers.Lambda(
        lambda x, factor, shift: x * factor + shift, arguments={"factor": 3.0, "shift": -1.0}
    )
    x = np.arange(6, dtype="float32").reshape(2, 3)
    np.testing.assert_allclose(_np(layer(x)), x * 3 - 1)


@pytest.mark.compositions
def test_mask_and_training_reach_functions_that_declare_them():
    def masked_mean(x, mask=None):
        weights = ops.cast(mask, "float32")
        return ops.sum(x * weights, axis=1) / ops.sum(weights, axis=1)

    x = np.array([[1.0, 2.0, 6.0]], "float32")
    mask = np.array([[True, True, False]])
    np.testing.assert_allclose(_np(layers.Lambda(masked_mean)(x, mask=mask)), [1.5])
    scale = layers.Lambda(lambda x, training=None: x * (2.0 if training else 1.0))
    np.testing.assert_allclose(_np(scale(x, training=True)), x * 2)
    np.testing.assert_allclose(_np(scale(x)), x)


def test_output_shapes():
    traced = layers.Lambda(lambda x: ops.sum(x, axis=-1))
    assert traced.compute_output_shape((None, 5)) == (None,)
    assert tuple(traced(keras.Input((4, 5))).shape) == (None, 4)
    fixed = layers.Lambda(double, output_shape=(9,))
    assert fixed.compute_output_shape((None, 5)) == (None, 9)
    assert tuple(fixed(keras.Input((5,))).shape) == (None, 9)
    assert layers.Lambda(double, output_shape=(None, 3)).compute_output_shape((2, 5)) == (
        2,
        None,
        3,
    )
    computed = layers.Lambda(double, output_shape=lambda shape: (shape[0], 7))
    assert computed.compute_output_shape((None, 5)) == (None, 7)
    pair = layers.Lambda(lambda x: [x, x], output_shape=[(5,), (5,)])
    assert [tuple(t.shape) for t in pair(keras.Input((5,)))] == [(None, 5), (None, 5)]


def test_output_mask():
    assert not layers.Lambda(double).supports_masking
    assert layers.Lambda(double).compute_mask(np.ones((2, 2)), np.array([True, False])) is None
    keep = layers.Lambda(double, mask=lambda inputs, mask: mask)
    assert keep.supports_masking
    np.testing.assert_array_equal(
        _np(keep.compute_mask(np.ones((2, 2)), np.array([True, False]))), [True, False]
    )
    constant = layers.Lambda(double, mask=np.array([True, False]))
    np.testing.assert_array_equal(_np(constant.compute_mask(np.ones((2, 2)), None)), [True, False])


def test_named_function_config_equals_keras_and_round_trips():
    layer = layers.Lambda(double, output_shape=(3,), arguments={"unused": None}, name="lambda")
    config = layer.get_config()
    assert config == {
        "name": "lambda",
        "trainable": True,
        "dtype": FLOAT32,
        "function": {
            "module": "builtins",
            "class_name": "function",
            "config": "lambda_tests>double",
            "registered_name": "function",
        },
        "output_shape": (3,),
        "arguments": {"unused": None},
    }
    clone = layers.Lambda.from_config(config)
    assert clone.function is double
    assert clone.get_config() == config


def test_unregistered_module_function_serializes_by_name():
    config = layers.Lambda(ops.relu, name="lambda").get_config()
    assert config["function"] == {
        "module": "builtins",
        "class_name": "function",
        "config": "relu",
        "registered_name": "function",
    }
    assert config["arguments"] == {}
    assert "output_shape" not in config and "mask" not in config


@pytest.mark.compositions
def test_python_lambda_is_serialized_as_code_and_refused_in_safe_mode():
    layer = layers.Lambda(lambda x: x + 1, output_shape=lambda shape: shape)
    config = layer.get_config()
    assert config["function"]["class_name"] == "__lambda__"
    assert config["output_shape"]["class_name"] == "__lambda__"
    with pytest.raises(ValueError, match=r"Lambda.from_config: cannot load `function`.*lambda"):
        layers.Lambda.from_config(config)
    envelope = serialize_keras_object(layer)
    with pytest.raises(ValueError, match=r"safe_mode=False"):
        deserialize_keras_object(envelope)
    restored = deserialize_keras_object(envelope, safe_mode=False)
    np.testing.assert_allclose(_np(restored(np.ones((1, 2), "float32"))), [[2.0, 2.0]])
    assert restored.compute_output_shape((None, 2)) == (None, 2)
    with SafeModeScope(False):
        assert isinstance(layers.Lambda.from_config(config), layers.Lambda)


def test_tensor_arguments_round_trip():
    layer = layers.Lambda(double, arguments={}, mask=np.array([True]))
    config = layer.get_config()
    assert config["mask"]["class_name"] == "__tensor__"
    clone = layers.Lambda.from_config(config)
    np.testing.assert_array_equal(_np(clone.compute_mask(None, None)), [True])


def test_bad_arguments_raise():
    with pytest.raises(TypeError, match=r"Lambda '.*': function must be callable, received 3"):
        layers.Lambda(3)
    with pytest.raises(ValueError, match=r"Lambda '.*': output_shape must be None, a shape"):
        layers.Lambda(double, output_shape="wide")
    with pytest.raises(ValueError, match=r"Lambda '.*': arguments must be a dict"):
        layers.Lambda(double, arguments=[1])
