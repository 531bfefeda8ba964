"""BatchNormalization: training and inference against NumPy, moving statistics, masks,
renormalization, stateless calls, configs as Keras 3.15.1 writes them, errors."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import layers, ops

ZEROS = {
    "module": "keras.initializers",
    "class_name": "Zeros",
    "config": {},
    "registered_name": None,
}
ONES = {"module": "keras.initializers", "class_name": "Ones", "config": {}, "registered_name": None}
FLOAT32 = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}
EPSILON = 1e-3


def _np(x):
    return ops.convert_to_numpy(x)


def _inputs(*shape, seed=0):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=shape) * 2.0 + 1.0).astype("float32")


def _random_weights(layer, seed=1):
    """Random gamma/beta/statistics (variances positive), set on the layer and returned."""
    rng = np.random.default_rng(seed)
    values = []
    for weight in layer.weights:
        value = rng.normal(size=weight.shape).astype("float32")
        if "variance" in weight.name or "stddev" in weight.name:
            value = np.abs(value) + 0.5
        values.append(value)
    layer.set_weights(values)
    return values


def _normalized(x, mean, variance, gamma, beta, shape):
    return (x - mean.reshape(shape)) / np.sqrt(variance.reshape(shape) + EPSILON) * (
        gamma.reshape(shape)
    ) + beta.reshape(shape)


def test_inference_uses_the_moving_statistics():
    layer = layers.BatchNormalization()
    layer.build((None, 3))
    gamma, beta, mean, variance = _random_weights(layer)
    x = _inputs(5, 3)
    y = layer(x)
    np.testing.assert_allclose(
        _np(y), _normalized(x, mean, variance, gamma, beta, (1, 3)), rtol=1e-5, atol=1e-5
    )
    # Inference leaves the statistics alone.
    np.testing.assert_array_equal(layer.moving_mean.numpy(), mean)


def test_training_normalizes_with_batch_statistics_and_updates_moving_ones():
    layer = layers.BatchNormalization(momentum=0.8)
    layer.build((None, 3))
    gamma, beta, mean, variance = _random_weights(layer)
    x = _inputs(6, 3)
    y = layer(x, training=True)
    batch_mean, batch_variance = x.mean(axis=0), x.var(axis=0)
    np.testing.assert_allclose(
        _np(y),
        _normalized(x, batch_mean, batch_variance, gamma, beta, (1, 3)),
        rtol=1e-5,
        atol=1e-5,
    )
    # One step of the moving averages, with the biased batch variance (as Keras).
    np.testing.assert_allclose(
        layer.moving_mean.numpy(), 0.8 * mean + 0.2 * batch_mean, rtol=1e-5, atol=1e-6
    )
    np.testing.assert_allclose(
        layer.moving_variance.numpy(), 0.8 * variance + 0.2 * batch_variance, rtol=1e-5
    )


def test_non_last_axis_on_rank_4_inputs():
    layer = layers.BatchNormalization(axis=1, momentum=0.5)
    layer.build((None, 2, 3, 4))
    gamma, beta, mean, variance = _random_weights(layer)
    assert gamma.shape == (2,)
    x = _inputs(3, 2, 3, 4)
    shape = (1, 2, 1, 1)
    np.testing.assert_allclose(
        _np(layer(x)), _normalized(x, mean, variance, gamma, beta, shape), rtol=1e-5, atol=1e-5
    )
    y = layer(x, training=True)
    batch_mean, batch_variance = x.mean(axis=(0, 2, 3)), x.var(axis=(0, 2, 3))
    np.testing.assert_allclose(
        _np(y),
        _normalized(x, batch_mean, batch_variance, gamma, beta, shape),
        rtol=1e-5,
        atol=1e-5,
    )
    np.testing.assert_allclose(
        layer.moving_mean.numpy(), 0.5 * mean + 0.5 * batch_mean, rtol=1e-5, atol=1e-6
    )


def test_without_center_and_scale():
    layer = layers.BatchNormalization(center=False, scale=False)
    layer.build((None, 4))
    assert [w.name for w in layer.weights] == ["moving_mean", "moving_variance"]
    assert layer.count_params() == 8
    x = _inputs(5, 4)
    expected = (x - x.mean(0)) / np.sqrt(x.var(0) + EPSILON)
    np.testing.assert_allclose(_np(layer(x, training=True)), expected, rtol=1e-5, atol=1e-5)


def test_masked_training_statistics_use_the_kept_steps_only():
    layer = layers.BatchNormalization(momentum=0.0, center=False, scale=False)
    x = _inputs(2, 3, 4)
    mask = np.array([[True, True, False], [True, False, False]])
    y = layer(x, training=True, mask=mask)
    kept = x[mask]
    expected = (x - kept.mean(0)) / np.sqrt(kept.var(0) + EPSILON)
    np.testing.assert_allclose(_np(y), expected, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(layer.moving_mean.numpy(), kept.mean(0), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(layer.moving_variance.numpy(), kept.var(0), rtol=1e-5)
    # The mask passes through unchanged.
    assert layer.compute_mask(x, mask) is mask


def test_not_trainable_runs_in_inference_mode_even_when_training():
    layer = layers.BatchNormalization()
    layer.build((None, 3))
    gamma, beta, mean, variance = _random_weights(layer)
    layer.trainable = False
    x = _inputs(4, 3)
    y = layer(x, training=True)
    np.testing.assert_allclose(
        _np(y), _normalized(x, mean, variance, gamma, beta, (1, 3)), rtol=1e-5, atol=1e-5
    )
    np.testing.assert_array_equal(layer.moving_mean.numpy(), mean)
    assert layer.trainable_weights == [] and len(layer.non_trainable_weights) == 4


def test_stateless_call_returns_the_updated_statistics_and_changes_nothing():
    layer = layers.BatchNormalization(momentum=0.5)
    layer.build((None, 3))
    x = _inputs(8, 3)
    outputs, state = layer.stateless_call(
        [v.value for v in layer.trainable_variables],
        [v.value for v in layer.non_trainable_variables],
        x,
        training=True,
    )
    new_mean, new_variance = (_np(value) for value in state)
    np.testing.assert_allclose(new_mean, 0.5 * x.mean(0), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(new_variance, 0.5 + 0.5 * x.var(0), rtol=1e-5)
    np.testing.assert_array_equal(layer.moving_mean.numpy(), np.zeros(3))
    expected = (x - x.mean(0)) / np.sqrt(x.var(0) + EPSILON)
    np.testing.assert_allclose(_np(outputs), expected, rtol=1e-5, atol=1e-5)


def test_renormalization_corrects_towards_the_renorm_averages():
    clipping = {"rmax": 1.5, "rmin": 0.8, "dmax": 0.2}
    layer = layers.BatchNormalization(
        momentum=0.9, renorm=True, renorm_clipping=clipping, renorm_momentum=0.8
    )
    layer.build((None, 3))
    assert [w.name for w in layer.weights] == [
        "gamma",
        "beta",
        "moving_mean",
        "moving_variance",
        "moving_stddev",
        "renorm_mean",
        "renorm_stddev",
    ]
    gamma, beta, mean, _, moving_stddev, renorm_mean, renorm_stddev = _random_weights(layer)
    x = _inputs(6, 3)
    y = layer(x, training=True)
    batch_mean = x.mean(0)
    stddev = np.sqrt(x.var(0) + EPSILON)
    r = np.clip(stddev / renorm_stddev, 0.8, 1.5)
    d = np.clip((batch_mean - renorm_mean) / renorm_stddev, -0.2, 0.2)
    expected = ((x - batch_mean) / stddev * r + d) * gamma + beta
    np.testing.assert_allclose(_np(y), expected, rtol=1e-5, atol=1e-5)
    new_stddev = 0.9 * moving_stddev + 0.1 * stddev
    np.testing.assert_allclose(layer.moving_stddev.numpy(), new_stddev, rtol=1e-5)
    np.testing.assert_allclose(layer.moving_variance.numpy(), new_stddev**2 - EPSILON, rtol=1e-5)
    np.testing.assert_allclose(
        layer.moving_mean.numpy(), 0.9 * mean + 0.1 * batch_mean, rtol=1e-5, atol=1e-6
    )
    np.testing.assert_allclose(
        layer.renorm_mean.numpy(), 0.8 * renorm_mean + 0.2 * batch_mean, rtol=1e-5, atol=1e-6
    )
    np.testing.assert_allclose(
        layer.renorm_stddev.numpy(), 0.8 * renorm_stddev + 0.2 * stddev, rtol=1e-5
    )


def test_renorm_statistics_start_from_the_moving_variance_initializer():
    layer = layers.BatchNormalization(renorm=True, moving_variance_initializer="ones")
    layer.build((None, 2))
    np.testing.assert_array_equal(layer.moving_stddev.numpy(), np.ones(2))
    np.testing.assert_array_equal(layer.renorm_stddev.numpy(), np.ones(2))
    np.testing.assert_array_equal(layer.renorm_mean.numpy(), np.zeros(2))
    assert layer.get_config()["renorm_clipping"] == {}


def test_mixed_precision_keeps_float32_statistics():
    layer = layers.BatchNormalization(dtype="mixed_float16")
    x = _inputs(4, 3)
    y = layer(x, training=True)
    assert ops.dtype(y) == "float16"
    assert [w.dtype for w in layer.weights] == ["float32"] * 4
    expected = (x - x.mean(0)) / np.sqrt(x.var(0) + EPSILON)
    np.testing.assert_allclose(_np(y).astype("float32"), expected, rtol=1e-2, atol=1e-2)


def test_shapes_symbolic_call_and_weights_like_keras():
    layer = layers.BatchNormalization()
    outputs = layer(keras.Input((5, 3)))
    assert outputs.shape == (None, 5, 3)
    assert layer.compute_output_shape((None, 5, 3)) == (None, 5, 3)
    assert [(w.path, w.shape, w.trainable) for w in layer.weights] == [
        (f"{layer.name}/gamma", (3,), True),
        (f"{layer.name}/beta", (3,), True),
        (f"{layer.name}/moving_mean", (3,), False),
        (f"{layer.name}/moving_variance", (3,), False),
    ]
    # Keras 3.15.1: 12 parameters for 3 features.
    assert layer.count_params() == 12
    assert layer.input_spec.ndim == 3 and layer.input_spec.axes == {-1: 3}


def test_default_config_equals_keras():
    config = layers.BatchNormalization(name="bn").get_config()
    assert config == {
        "name": "bn",
        "trainable": True,
        "dtype": FLOAT32,
        "axis": -1,
        "momentum": 0.99,
        "epsilon": 0.001,
        "center": True,
        "scale": True,
        "beta_initializer": ZEROS,
        "gamma_initializer": ONES,
        "moving_mean_initializer": ZEROS,
        "moving_variance_initializer": ONES,
        "beta_regularizer": None,
        "gamma_regularizer": None,
        "beta_constraint": None,
        "gamma_constraint": None,
        "synchronized": False,
        "renorm": False,
        "renorm_clipping": None,
        "renorm_momentum": 0.99,
    }


def test_config_round_trip_gives_the_same_layer():
    layer = layers.BatchNormalization(
        axis=1,
        momentum=0.7,
        epsilon=1e-4,
        center=False,
        gamma_regularizer="l2",
        renorm=True,
        renorm_clipping={"rmax": 2.0},
        name="bn_custom",
    )
    x = _inputs(3, 4, 2)
    layer(x)
    weights = _random_weights(layer)
    clone = layers.BatchNormalization.from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()
    clone(x)
    clone.set_weights(weights)
    np.testing.assert_allclose(
        _np(clone(x, training=True)), _np(layer(x, training=True)), rtol=1e-6, atol=1e-6
    )


def test_wrong_input_after_build_names_the_layer():
    layer = layers.BatchNormalization(name="bn_checked")
    layer(_inputs(2, 3))
    with pytest.raises(ValueError, match=r"bn_checked.*axis -1.*value 3.*\(2, 4\)"):
        layer(_inputs(2, 4))
    # The rank is checked on symbolic calls (eager calls check specs only when they fail).
    with pytest.raises(ValueError, match=r"bn_checked.*ndim=2.*ndim=3"):
        layer(keras.Input((2, 3)))


@pytest.mark.parametrize(
    ("arguments", "shape", "message"),
    [
        ({"axis": 3}, (None, 3), r"BatchNormalization 'bn_bad': axis 3 is out of range"),
        ({}, (None, None), r"BatchNormalization 'bn_bad': axis -1 .*known size"),
    ],
)
def test_bad_build_shapes(arguments, shape, message):
    with pytest.raises(ValueError, match=message):
        layers.BatchNormalization(name="bn_bad", **arguments).build(shape)


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"axis": [1, 2]}, TypeError, r"BatchNormalization.*an int.*'axis'.*\[1, 2\]"),
        ({"renorm": True, "renorm_clipping": {"bad": 1}}, ValueError, r"keys among"),
        (
            {"renorm": True, "renorm_clipping": {"rmax": 1, "rmin": 2}},
            ValueError,
            r"rmax must be at least rmin, received rmax=1, rmin=2",
        ),
        (
            {"renorm": True, "renorm_clipping": {"dmax": -1}},
            ValueError,
            r"dmax must be non-negative",
        ),
    ],
)
def test_bad_constructor_arguments(arguments, error, message):
    with pytest.raises(error, match=message):
        layers.BatchNormalization(**arguments)
