"""Dense: outputs against NumPy, shapes, weights, configs as Keras 3.15.1 writes them, LoRA."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import layers, ops

GLOROT = {
    "module": "keras.initializers",
    "class_name": "GlorotUniform",
    "config": {"seed": None, "input_axes": None, "output_axes": None},
    "registered_name": None,
}
ZEROS = {
    "module": "keras.initializers",
    "class_name": "Zeros",
    "config": {},
    "registered_name": None,
}
FLOAT32 = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}


def _np(x):
    return ops.convert_to_numpy(x)


def _inputs(*shape, seed=0):
    return np.random.default_rng(seed).normal(size=shape).astype("float32")


def _randomize(layer):
    # Random values set from NumPy: random initializers of new shapes compile slowly on JAX.
    rng = np.random.default_rng(1)
    layer.set_weights([rng.normal(size=w.shape).astype("float32") for w in layer.weights])


def test_output_matches_numpy_and_keras_weights():
    layer = layers.Dense(4, activation="relu", bias_initializer="ones")
    x = _inputs(3, 5)
    y = layer(x)
    kernel, bias = layer.get_weights()
    assert [w.path for w in layer.weights] == [f"{layer.name}/kernel", f"{layer.name}/bias"]
    assert kernel.shape == (5, 4) and bias.shape == (4,)
    assert layer.count_params() == 24
    np.testing.assert_allclose(_np(y), np.maximum(x @ kernel + bias, 0), rtol=1e-5, atol=1e-5)


def test_higher_rank_inputs_contract_the_last_axis():
    layer = layers.Dense(3, use_bias=False, kernel_initializer="zeros")
    layer.build((None, 5))
    _randomize(layer)
    x = _inputs(2, 4, 5)
    y = layer(x)
    (kernel,) = layer.get_weights()
    assert tuple(y.shape) == (2, 4, 3)
    np.testing.assert_allclose(_np(y), x @ kernel, rtol=1e-5, atol=1e-5)
    assert layer.compute_output_shape((2, 4, 5)) == (2, 4, 3)


def test_symbolic_call_and_compute_output_shape_agree_with_eager():
    layer = layers.Dense(6, kernel_initializer="ones")
    symbolic = layer(keras.Input((7, 5)))
    assert tuple(symbolic.shape) == (None, 7, 6)
    assert layer.compute_output_shape((None, 7, 5)) == (None, 7, 6)
    assert tuple(layer(_inputs(2, 7, 5)).shape) == (2, 7, 6)


def test_default_config_equals_keras():
    config = layers.Dense(4, name="dense").get_config()
    assert config == {
        "name": "dense",
        "trainable": True,
        "dtype": FLOAT32,
        "units": 4,
        "activation": "linear",
        "use_bias": True,
        "kernel_initializer": GLOROT,
        "bias_initializer": ZEROS,
        "kernel_regularizer": None,
        "bias_regularizer": None,
        "kernel_constraint": None,
        "bias_constraint": None,
        "quantization_config": None,
    }


def test_config_round_trip_gives_same_config_and_outputs():
    layer = layers.Dense(
        3,
        activation="tanh",
        kernel_regularizer="l2",
        bias_constraint="non_neg",
        activity_regularizer="l1",
        kernel_initializer="zeros",
    )
    layer.build((None, 4))
    _randomize(layer)
    x = _inputs(2, 4)
    y = layer(x)
    clone = layers.Dense.from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()
    clone.build((None, 4))
    clone.set_weights(layer.get_weights())
    np.testing.assert_allclose(_np(clone(x)), _np(y), rtol=1e-6, atol=1e-6)


def test_regularizers_add_losses():
    layer = layers.Dense(
        2,
        kernel_initializer="ones",
        kernel_regularizer=keras.regularizers.L2(0.5),
        activity_regularizer=keras.regularizers.L1(0.1),
    )
    x = np.ones((1, 3), "float32")
    layer(x)
    losses = sorted(float(_np(loss)) for loss in layer.losses)
    # activity: 0.1 * |[3, 3]|; kernel: 0.5 * 6 ones.
    np.testing.assert_allclose(losses, [0.6, 3.0], rtol=1e-5)


def test_activation_can_be_replaced_after_construction():
    layer = layers.Dense(2, activation="relu", kernel_initializer="ones")
    x = -np.ones((1, 2), "float32")
    np.testing.assert_allclose(_np(layer(x)), [[0.0, 0.0]])
    layer.activation = None
    np.testing.assert_allclose(_np(layer(x)), [[-2.0, -2.0]])
    assert layer.get_config()["activation"] == "linear"


def test_mixed_precision_computes_in_float16_with_float32_weights():
    layer = layers.Dense(2, dtype="mixed_float16", kernel_initializer="ones")
    y = layer(_inputs(2, 3))
    assert ops.dtype(y) == "float16"
    assert layer.kernel.dtype == "float32"


def test_explicit_build_marks_built_and_call_keeps_weights():
    layer = layers.Dense(2, kernel_initializer="ones")
    layer.build((None, 3))
    assert layer.built
    layer(_inputs(1, 3))
    assert len(layer.weights) == 2


@pytest.mark.parametrize("units", [0, -1, 2.5, "3", True, None])
def test_bad_units_raise(units):
    with pytest.raises(ValueError, match=r"Dense '.*': units must be a positive integer, received"):
        layers.Dense(units)


def test_wrong_inputs_raise_with_layer_name_and_shapes():
    layer = layers.Dense(2, name="head", kernel_initializer="ones")
    with pytest.raises(ValueError, match=r"'head'.*min_ndim=2.*\(3,\)"):
        layer(np.ones((3,), "float32"))
    layer(np.ones((2, 3), "float32"))
    with pytest.raises(ValueError, match=r"'head'.*axis -1.*value 3.*\(2, 4\)"):
        layer(np.ones((2, 4), "float32"))
    with pytest.raises(ValueError, match=r"Dense 'late' needs a known last input dimension"):
        layers.Dense(2, name="late").build((None, None))


def test_quantization_config_is_refused():
    with pytest.raises(ValueError, match=r"quantization_config is not supported"):
        layers.Dense(2, quantization_config={"mode": "int8"})


def test_input_dim_argument_builds_a_sequential_input():
    model = keras.Sequential([layers.Dense(3, input_dim=4, kernel_initializer="ones")])
    assert model.count_params() == 15
