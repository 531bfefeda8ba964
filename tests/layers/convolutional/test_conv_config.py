"""Convolution layer configs: Keras 3.15's keys and values (hard-coded from Keras), round
trips through ``from_config`` and JSON, aliases, weight regularizers and constraints."""

import json

import numpy as np
import pytest

import keras_core as keras
from keras_core import ops
from keras_core.saving import serialization_lib

DTYPE = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}
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


def _conv(rank, transpose=False):
    config = {
        "name": "layer",
        "trainable": True,
        "dtype": DTYPE,
        "filters": 2,
        "kernel_size": (3,) * rank,
        "strides": (1,) * rank,
        "padding": "valid",
        "data_format": "channels_last",
        "dilation_rate": (1,) * rank,
        "activation": "linear",
        "use_bias": True,
        "kernel_initializer": GLOROT,
        "bias_initializer": ZEROS,
        "kernel_regularizer": None,
        "bias_regularizer": None,
        "activity_regularizer": None,
        "kernel_constraint": None,
        "bias_constraint": None,
    }
    config.update({"output_padding": None} if transpose else {"groups": 1})
    return config


def _depthwise(rank, separable=False):
    config = {
        "name": "layer",
        "trainable": True,
        "dtype": DTYPE,
        "depth_multiplier": 1,
        "kernel_size": (3,) * rank,
        "strides": (1,) * rank,
        "padding": "valid",
        "data_format": "channels_last",
        "dilation_rate": (1,) * rank,
        "activation": "linear",
        "use_bias": True,
        "depthwise_initializer": GLOROT,
        "bias_initializer": ZEROS,
        "depthwise_regularizer": None,
        "bias_regularizer": None,
        "activity_regularizer": None,
        "depthwise_constraint": None,
        "bias_constraint": None,
    }
    if separable:
        config.update(
            {
                "filters": 2,
                "pointwise_initializer": GLOROT,
                "pointwise_regularizer": None,
                "pointwise_constraint": None,
            }
        )
    return config


# Keras's get_config() of Conv*(2, 3, name="layer") / DepthwiseConv*(3, name="layer").
KERAS_DEFAULT_CONFIGS = {
    "Conv1D": _conv(1),
    "Conv2D": _conv(2),
    "Conv3D": _conv(3),
    "Conv1DTranspose": _conv(1, transpose=True),
    "Conv2DTranspose": _conv(2, transpose=True),
    "Conv3DTranspose": _conv(3, transpose=True),
    "DepthwiseConv1D": _depthwise(1),
    "DepthwiseConv2D": _depthwise(2),
    "SeparableConv1D": _depthwise(1, separable=True),
    "SeparableConv2D": _depthwise(2, separable=True),
}


def _default_layer(name, **kwargs):
    cls = getattr(keras.layers, name)
    if name.startswith("Depthwise"):
        return cls(3, name="layer", **kwargs)
    return cls(2, 3, name="layer", **kwargs)


@pytest.mark.parametrize("name", sorted(KERAS_DEFAULT_CONFIGS))
def test_default_config_equals_keras(name):
    assert _default_layer(name).get_config() == KERAS_DEFAULT_CONFIGS[name]


@pytest.mark.parametrize("name", sorted(KERAS_DEFAULT_CONFIGS))
def test_default_data_format_follows_image_data_format(name):
    previous = keras.config.image_data_format()
    keras.config.set_image_data_format("channels_first")
    try:
        layer = _default_layer(name)
    finally:
        keras.config.set_image_data_format(previous)
    assert layer.data_format == "channels_first"
    assert layer.get_config()["data_format"] == "channels_first"


def test_non_default_config_equals_keras():
    layer = keras.layers.Conv2DTranspose(
        4,
        (3, 2),
        strides=2,
        padding="SAME",
        output_padding=1,
        data_format="channels_first",
        activation="relu",
        kernel_regularizer="l2",
        bias_constraint="non_neg",
        kernel_initializer=keras.initializers.HeNormal(seed=3),
        activity_regularizer=keras.regularizers.L1(0.5),
        name="up",
    )
    config = layer.get_config()
    # Keras stores l2's default factor as the float32 0.01; compare it separately.
    kernel_regularizer = config.pop("kernel_regularizer")
    assert kernel_regularizer["class_name"] == "L2"
    assert kernel_regularizer["config"]["l2"] == pytest.approx(0.01)
    assert config == {
        "name": "up",
        "trainable": True,
        "dtype": DTYPE,
        "activity_regularizer": {
            "module": "keras.regularizers",
            "class_name": "L1",
            "config": {"l1": 0.5},
            "registered_name": None,
        },
        "filters": 4,
        "kernel_size": (3, 2),
        "strides": (2, 2),
        "padding": "same",
        "output_padding": (1, 1),
        "data_format": "channels_first",
        "dilation_rate": (1, 1),
        "activation": "relu",
        "use_bias": True,
        "kernel_initializer": {
            "module": "keras.initializers",
            "class_name": "HeNormal",
            "config": {"seed": 3, "input_axes": None, "output_axes": None},
            "registered_name": None,
        },
        "bias_initializer": ZEROS,
        "bias_regularizer": None,
        "kernel_constraint": None,
        "bias_constraint": {
            "module": "keras.constraints",
            "class_name": "NonNeg",
            "config": {},
            "registered_name": None,
        },
    }


def test_separable_config_with_objects_equals_keras():
    layer = keras.layers.SeparableConv1D(
        4,
        3,
        padding="same",
        depth_multiplier=2,
        pointwise_regularizer=keras.regularizers.L1L2(l1=0.1, l2=0.2),
        depthwise_constraint=keras.constraints.MaxNorm(3),
        use_bias=False,
        dtype="mixed_float16",
        name="sep",
        trainable=False,
    )
    config = layer.get_config()
    pointwise = config.pop("pointwise_regularizer")
    assert pointwise["class_name"] == "L1L2"
    assert pointwise["config"] == pytest.approx({"l1": 0.1, "l2": 0.2})
    expected = _depthwise(1, separable=True)
    expected.update(
        {
            "name": "sep",
            "trainable": False,
            "dtype": {**DTYPE, "config": {"name": "mixed_float16"}},
            "depth_multiplier": 2,
            "filters": 4,
            "padding": "same",
            "use_bias": False,
            "depthwise_constraint": {
                "module": "keras.constraints",
                "class_name": "MaxNorm",
                "config": {"max_value": 3, "axis": 0},
                "registered_name": None,
            },
        }
    )
    del expected["pointwise_regularizer"]
    assert config == expected


# Constant kernel initializers keep JAX from compiling a random kernel per shape; the
# weights are set to random values before comparing outputs.
ONES = "ones"
ROUND_TRIP_LAYERS = [
    ("Conv1D", dict(filters=4, kernel_size=3, padding="causal", dilation_rate=2,
                    activation="tanh", kernel_initializer=ONES), (2, 6, 2)),
    ("Conv2D", dict(filters=4, kernel_size=(2, 3), groups=2, data_format="channels_first",
                    kernel_initializer=ONES), (1, 4, 5, 5)),
    ("Conv3D", dict(filters=2, kernel_size=2, strides=2, use_bias=False,
                    kernel_initializer=ONES), (1, 4, 4, 4, 1)),
    ("Conv2DTranspose", dict(filters=3, kernel_size=3, strides=2, output_padding=1,
                             padding="same", kernel_initializer=ONES), (1, 3, 3, 2)),
    ("Conv3DTranspose", dict(filters=2, kernel_size=2, strides=(1, 2, 1),
                             kernel_initializer=ONES), (1, 2, 2, 2, 2)),
    ("DepthwiseConv2D", dict(kernel_size=2, depth_multiplier=3, strides=2,
                             depthwise_initializer=ONES), (1, 4, 4, 2)),
    ("SeparableConv2D", dict(filters=3, kernel_size=2, depth_multiplier=2, activation="relu",
                             depthwise_initializer=ONES, pointwise_initializer=ONES),
     (1, 4, 4, 2)),
]  # fmt: skip


@pytest.mark.parametrize("name, arguments, input_shape", ROUND_TRIP_LAYERS)
def test_from_config_round_trip_gives_the_same_layer(name, arguments, input_shape):
    cls = getattr(keras.layers, name)
    layer = cls(**arguments)
    layer.build(input_shape)
    rng = np.random.default_rng(0)
    layer.set_weights([rng.standard_normal(w.shape).astype("float32") for w in layer.weights])
    config = layer.get_config()
    # Through JSON, as in a .keras file: tuples come back as lists.
    restored = cls.from_config(json.loads(json.dumps(config)))
    assert restored.get_config() == config
    restored.build(input_shape)
    restored.set_weights(layer.get_weights())
    x = rng.standard_normal(input_shape).astype("float32")
    np.testing.assert_allclose(
        ops.convert_to_numpy(restored(x)), ops.convert_to_numpy(layer(x)), rtol=1e-6
    )


def test_serialize_keras_object_envelope_round_trip():
    layer = keras.layers.DepthwiseConv1D(3, depth_multiplier=2, name="dw")
    envelope = serialization_lib.serialize_keras_object(layer)
    assert envelope["module"] == "keras.layers"
    assert envelope["class_name"] == "DepthwiseConv1D"
    restored = serialization_lib.deserialize_keras_object(envelope)
    assert type(restored) is keras.layers.DepthwiseConv1D
    assert restored.get_config() == layer.get_config()


@pytest.mark.parametrize(
    "alias, name",
    [
        ("Convolution1D", "Conv1D"),
        ("Convolution2D", "Conv2D"),
        ("Convolution3D", "Conv3D"),
        ("Convolution1DTranspose", "Conv1DTranspose"),
        ("Convolution2DTranspose", "Conv2DTranspose"),
        ("Convolution3DTranspose", "Conv3DTranspose"),
        ("SeparableConvolution1D", "SeparableConv1D"),
        ("SeparableConvolution2D", "SeparableConv2D"),
    ],
)
def test_aliases_are_the_same_classes(alias, name):
    assert getattr(keras.layers, alias) is getattr(keras.layers, name)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Conv2D", "conv2d"),
        ("Conv3DTranspose", "conv3d_transpose"),
        ("DepthwiseConv1D", "depthwise_conv1d"),
        ("SeparableConv2D", "separable_conv2d"),
    ],
)
def test_automatic_names_are_keras_snake_case(name, expected):
    cls = getattr(keras.layers, name)
    layer = cls(3) if name.startswith("Depthwise") else cls(2, 3)
    assert layer.name == expected or layer.name.startswith(expected + "_")


def test_kernel_and_bias_regularizers_add_their_losses():
    layer = keras.layers.Conv1D(
        2,
        2,
        kernel_initializer="ones",
        bias_initializer="ones",
        kernel_regularizer=keras.regularizers.L2(0.5),
        bias_regularizer=keras.regularizers.L1(0.25),
    )
    layer.build((None, 4, 3))
    losses = sorted(float(ops.convert_to_numpy(loss)) for loss in layer.losses)
    # L1: 0.25 * |ones(2)|, L2: 0.5 * sum(ones(2, 3, 2) ** 2).
    assert losses == pytest.approx([0.5, 6.0])


def test_separable_regularizers_and_constraints_attach_to_their_weights():
    max_norm = keras.constraints.MaxNorm(2.0)
    layer = keras.layers.SeparableConv1D(
        2,
        2,
        depthwise_initializer="ones",
        pointwise_initializer="ones",
        depthwise_regularizer=keras.regularizers.L1(1.0),
        pointwise_constraint=max_norm,
        bias_constraint="non_neg",
    )
    layer.build((None, 4, 3))
    assert layer.pointwise_kernel.constraint is max_norm
    assert layer.depthwise_kernel.constraint is None
    assert type(layer.bias.constraint).__name__ == "NonNeg"
    # L1 of the depthwise kernel ones((2, 3, 1)).
    assert [float(ops.convert_to_numpy(loss)) for loss in layer.losses] == pytest.approx([6.0])


def test_activity_regularizer_adds_a_loss_per_call():
    layer = keras.layers.Conv1D(
        1, 1, kernel_initializer="ones", activity_regularizer=keras.regularizers.L1(0.1)
    )
    layer(np.full((1, 3, 1), 2.0, "float32"))
    assert [float(ops.convert_to_numpy(loss)) for loss in layer.losses] == pytest.approx([0.6])
