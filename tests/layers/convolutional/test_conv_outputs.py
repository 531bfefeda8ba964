"""Convolution layers compute what Keras 3 computes: outputs against a NumPy reference
(``conv_reference``) from the layer's own weights, and shapes, parameter counts and weight
layouts equal to those Keras 3.15 gives for the same layer (numbers taken from Keras)."""

import numpy as np
import pytest
from conv_reference import layer_output

import keras_core as keras
from keras_core import ops

# (class, arguments, input shape, Keras's output shape, Keras's count_params(),
#  Keras's weights as (name, shape) in order)
CASES = [
    ("Conv1D", dict(filters=4, kernel_size=3), (2, 7, 3), (2, 5, 4), 40,
     [("kernel", (3, 3, 4)), ("bias", (4,))]),
    ("Conv1D", dict(filters=4, kernel_size=3, strides=2, padding="same", activation="relu"),
     (2, 7, 3), (2, 4, 4), 40, [("kernel", (3, 3, 4)), ("bias", (4,))]),
    ("Conv1D", dict(filters=4, kernel_size=3, padding="causal", dilation_rate=2), (2, 7, 3),
     (2, 7, 4), 40, [("kernel", (3, 3, 4)), ("bias", (4,))]),
    ("Conv1D", dict(filters=4, kernel_size=2, strides=2, padding="causal",
                    data_format="channels_first"), (2, 3, 7), (2, 4, 4), 28,
     [("kernel", (2, 3, 4)), ("bias", (4,))]),
    ("Conv1D", dict(filters=6, kernel_size=3, groups=3, padding="same"), (2, 7, 6), (2, 7, 6),
     42, [("kernel", (3, 2, 6)), ("bias", (6,))]),
    ("Conv2D", dict(filters=4, kernel_size=(3, 2), strides=(2, 1), padding="same"),
     (2, 6, 5, 3), (2, 3, 5, 4), 76, [("kernel", (3, 2, 3, 4)), ("bias", (4,))]),
    ("Conv2D", dict(filters=4, kernel_size=3, dilation_rate=(2, 1)), (2, 7, 6, 3),
     (2, 3, 4, 4), 112, [("kernel", (3, 3, 3, 4)), ("bias", (4,))]),
    ("Conv2D", dict(filters=4, kernel_size=3, groups=2, padding="same",
                    data_format="channels_first"), (2, 4, 5, 5), (2, 4, 5, 5), 76,
     [("kernel", (3, 3, 2, 4)), ("bias", (4,))]),
    ("Conv3D", dict(filters=3, kernel_size=2, strides=(1, 2, 1), padding="same"),
     (1, 4, 5, 3, 2), (1, 4, 3, 3, 3), 51, [("kernel", (2, 2, 2, 2, 3)), ("bias", (3,))]),
    ("Conv3D", dict(filters=2, kernel_size=2, dilation_rate=(1, 2, 1),
                    data_format="channels_first", use_bias=False), (1, 2, 4, 5, 3),
     (1, 2, 3, 3, 2), 32, [("kernel", (2, 2, 2, 2, 2))]),
    ("Conv1DTranspose", dict(filters=3, kernel_size=3), (2, 4, 2), (2, 6, 3), 21,
     [("kernel", (3, 3, 2)), ("bias", (3,))]),
    ("Conv1DTranspose", dict(filters=3, kernel_size=3, strides=2, padding="same"), (2, 4, 2),
     (2, 8, 3), 21, [("kernel", (3, 3, 2)), ("bias", (3,))]),
    ("Conv1DTranspose", dict(filters=3, kernel_size=4, strides=3), (2, 4, 2), (2, 13, 3), 27,
     [("kernel", (4, 3, 2)), ("bias", (3,))]),
    ("Conv1DTranspose", dict(filters=3, kernel_size=2, strides=3, activation="tanh"),
     (2, 4, 2), (2, 12, 3), 15, [("kernel", (2, 3, 2)), ("bias", (3,))]),
    ("Conv1DTranspose", dict(filters=3, kernel_size=3, strides=2, padding="same",
                             output_padding=1), (2, 4, 2), (2, 8, 3), 21,
     [("kernel", (3, 3, 2)), ("bias", (3,))]),
    ("Conv1DTranspose", dict(filters=3, kernel_size=3, strides=2, output_padding=1),
     (2, 4, 2), (2, 10, 3), 21, [("kernel", (3, 3, 2)), ("bias", (3,))]),
    ("Conv1DTranspose", dict(filters=3, kernel_size=3, dilation_rate=2, padding="same"),
     (2, 4, 2), (2, 4, 3), 21, [("kernel", (3, 3, 2)), ("bias", (3,))]),
    ("Conv2DTranspose", dict(filters=3, kernel_size=(3, 2), strides=(2, 1), padding="same",
                             data_format="channels_first"), (2, 2, 4, 3), (2, 3, 8, 3), 39,
     [("kernel", (3, 2, 3, 2)), ("bias", (3,))]),
    ("Conv2DTranspose", dict(filters=3, kernel_size=3, strides=2, output_padding=(1, 0)),
     (2, 3, 4, 2), (2, 8, 9, 3), 57, [("kernel", (3, 3, 3, 2)), ("bias", (3,))]),
    ("Conv3DTranspose", dict(filters=2, kernel_size=2, strides=2, padding="same"),
     (1, 2, 3, 2, 2), (1, 4, 6, 4, 2), 34, [("kernel", (2, 2, 2, 2, 2)), ("bias", (2,))]),
    ("Conv3DTranspose", dict(filters=2, kernel_size=(3, 2, 2), strides=(1, 2, 1),
                             data_format="channels_first"), (1, 2, 2, 3, 2), (1, 2, 4, 6, 3),
     50, [("kernel", (3, 2, 2, 2, 2)), ("bias", (2,))]),
    ("DepthwiseConv1D", dict(kernel_size=3, depth_multiplier=2), (2, 7, 3), (2, 5, 6), 24,
     [("kernel", (3, 3, 2)), ("bias", (6,))]),
    ("DepthwiseConv1D", dict(kernel_size=2, strides=2, padding="same",
                             data_format="channels_first"), (2, 3, 7), (2, 3, 4), 9,
     [("kernel", (2, 3, 1)), ("bias", (3,))]),
    ("DepthwiseConv2D", dict(kernel_size=3, depth_multiplier=2, strides=2, padding="same"),
     (2, 6, 5, 3), (2, 3, 3, 6), 60, [("kernel", (3, 3, 3, 2)), ("bias", (6,))]),
    ("DepthwiseConv2D", dict(kernel_size=(2, 3), dilation_rate=2, data_format="channels_first",
                             activation="relu"), (2, 3, 6, 7), (2, 3, 4, 3), 21,
     [("kernel", (2, 3, 3, 1)), ("bias", (3,))]),
    ("SeparableConv1D", dict(filters=4, kernel_size=3, depth_multiplier=2, padding="same"),
     (2, 7, 3), (2, 7, 4), 46,
     [("depthwise_kernel", (3, 3, 2)), ("pointwise_kernel", (1, 6, 4)), ("bias", (4,))]),
    ("SeparableConv1D", dict(filters=4, kernel_size=2, strides=2, data_format="channels_first",
                             use_bias=False), (2, 3, 7), (2, 4, 3), 18,
     [("depthwise_kernel", (2, 3, 1)), ("pointwise_kernel", (1, 3, 4))]),
    ("SeparableConv2D", dict(filters=4, kernel_size=3, strides=2), (2, 7, 6, 3), (2, 3, 2, 4),
     43, [("depthwise_kernel", (3, 3, 3, 1)), ("pointwise_kernel", (1, 1, 3, 4)),
          ("bias", (4,))]),
    ("SeparableConv2D", dict(filters=4, kernel_size=(2, 3), dilation_rate=2, depth_multiplier=2,
                             data_format="channels_first"), (2, 3, 6, 7), (2, 4, 4, 3), 64,
     [("depthwise_kernel", (2, 3, 3, 2)), ("pointwise_kernel", (1, 1, 6, 4)),
      ("bias", (4,))]),
]  # fmt: skip

# Keras centres the window of a "same" transposed convolution with output_padding as the
# gradient of a "same" convolution: it starts max((2 * (extent // 2) - output_padding) // 2,
# 0) into the full result. keras_core's ops.conv_transpose starts it at
# extent // 2 - output_padding (keras_core/backend/conv_geometry.py, transpose_padding);
# the two differ when output_padding >= 2, or when output_padding is 1 and the extent is 1.
OP_WINDOW_CASES = [
    ("Conv1DTranspose", dict(filters=2, kernel_size=3, strides=3, padding="same",
                             output_padding=2), (1, 4, 2), (1, 12, 2), 14,
     [("kernel", (3, 2, 2)), ("bias", (2,))]),
    ("Conv1DTranspose", dict(filters=2, kernel_size=1, strides=2, padding="same",
                             output_padding=1), (1, 4, 2), (1, 8, 2), 6,
     [("kernel", (1, 2, 2)), ("bias", (2,))]),
]  # fmt: skip


def _case_id(case):
    name, arguments = case[0], case[1]
    return f"{name}-" + "-".join(f"{k}={v}" for k, v in arguments.items())


def _make(name, arguments):
    """The layer with constant kernel initializers: random initializers compile a kernel per
    shape under JAX (about a second each), and the tests set their own weights anyway."""
    if name.startswith("Separable"):
        fast = {"depthwise_initializer": "ones", "pointwise_initializer": "ones"}
    elif name.startswith("Depthwise"):
        fast = {"depthwise_initializer": "ones"}
    else:
        fast = {"kernel_initializer": "ones"}
    return getattr(keras.layers, name)(**fast, **arguments)


def _random_layer(name, arguments, input_shape, seed=0):
    """The layer built on ``input_shape`` with random weights (bias included), and an input."""
    rng = np.random.default_rng(seed)
    layer = _make(name, arguments)
    layer.build(input_shape)
    weights = [rng.standard_normal(w.shape).astype("float32") for w in layer.weights]
    layer.set_weights(weights)
    x = rng.standard_normal(input_shape).astype("float32")
    return layer, weights, x


def _check_against_reference(case):
    name, arguments, input_shape, output_shape, params, weights_spec = case
    layer, weights, x = _random_layer(name, arguments, input_shape)
    y = ops.convert_to_numpy(layer(x))
    assert y.shape == output_shape
    assert y.dtype == np.float32
    expected = layer_output(name, layer.get_config(), x, weights)
    np.testing.assert_allclose(y, expected, rtol=1e-5, atol=1e-5)
    assert layer.count_params() == params
    assert [(w.name, w.shape) for w in layer.weights] == weights_spec
    assert [w.path for w in layer.weights] == [f"{layer.name}/{n}" for n, _ in weights_spec]


@pytest.mark.parametrize("layer_case", CASES, ids=[_case_id(c) for c in CASES])
def test_outputs_match_numpy_reference_and_keras_geometry(layer_case):
    _check_against_reference(layer_case)


@pytest.mark.parametrize("layer_case", OP_WINDOW_CASES, ids=[_case_id(c) for c in OP_WINDOW_CASES])
def test_transpose_same_output_padding_window_matches_keras(layer_case):
    _check_against_reference(layer_case)


@pytest.mark.parametrize("layer_case", CASES + OP_WINDOW_CASES, ids=_case_id)
def test_compute_output_shape_and_symbolic_call_match_keras(layer_case):
    name, arguments, input_shape, output_shape, params = layer_case[:5]
    layer = _make(name, arguments)
    symbolic_shape = (None, *input_shape[1:])
    expected = (None, *output_shape[1:])
    assert layer.compute_output_shape(symbolic_shape) == expected
    assert layer.compute_output_shape(input_shape) == output_shape
    outputs = layer(keras.Input(shape=input_shape[1:]))
    assert tuple(outputs.shape) == expected
    assert outputs.dtype == "float32"
    assert layer.count_params() == params


@pytest.mark.parametrize(
    "name, arguments, input_shape, expected",
    [
        ("Conv2D", dict(filters=2, kernel_size=3, strides=2, padding="same"), (None, None, 7, 3),
         (None, None, 4, 2)),
        ("Conv2DTranspose", dict(filters=2, kernel_size=3, strides=2, padding="same"),
         (None, None, 7, 3), (None, None, 14, 2)),
        ("DepthwiseConv1D", dict(kernel_size=3, depth_multiplier=2, data_format="channels_first"),
         (None, None, 9), (None, None, 7)),
        ("Conv1D", dict(filters=2, kernel_size=3, padding="causal", strides=2), (4, 9, 3),
         (4, 5, 2)),
    ],
)  # fmt: skip
def test_compute_output_shape_with_unknown_sizes(name, arguments, input_shape, expected):
    # Keras's values: unknown sizes stay unknown; the channel count is only needed to build.
    layer = getattr(keras.layers, name)(**arguments)
    assert layer.compute_output_shape(input_shape) == expected


def test_causal_conv1d_sees_no_future_inputs():
    layer = _make(
        "Conv1D", dict(filters=1, kernel_size=3, padding="causal", dilation_rate=2, use_bias=False)
    )
    layer.build((None, 8, 1))
    layer.set_weights([np.array([100.0, 10.0, 1.0], "float32").reshape(3, 1, 1)])
    x = np.arange(1, 9, dtype="float32").reshape(1, 8, 1)
    y = ops.convert_to_numpy(layer(x))[0, :, 0]
    # y[t] = 100 x[t-4] + 10 x[t-2] + x[t], with zeros before the sequence.
    np.testing.assert_allclose(y, [1, 2, 13, 24, 135, 246, 357, 468])


def test_grouped_conv_mixes_channels_only_within_groups():
    layer = keras.layers.Conv1D(4, 1, groups=2, use_bias=False, kernel_initializer="ones")
    x = np.array([[[1.0, 2.0, 30.0, 40.0]]], "float32")
    y = ops.convert_to_numpy(layer(x))
    assert layer.kernel.shape == (1, 2, 4)
    np.testing.assert_allclose(y, [[[3.0, 3.0, 70.0, 70.0]]])


def test_transposed_conv_is_the_adjoint_of_conv():
    # <conv(x), y> == <x, conv_transpose(y)> for the same kernel (valid padding, stride 2),
    # Keras's kernel layouts being (k, in, out) and (k, out, in) for the two layers.
    rng = np.random.default_rng(3)
    kernel = rng.standard_normal((3, 2, 4)).astype("float32")
    conv = _make("Conv1D", dict(filters=4, kernel_size=3, strides=2, use_bias=False))
    conv.build((None, 9, 2))
    conv.set_weights([kernel])
    transpose = _make("Conv1DTranspose", dict(filters=2, kernel_size=3, strides=2, use_bias=False))
    transpose.build((None, 4, 4))
    transpose.set_weights([kernel])
    x = rng.standard_normal((1, 9, 2)).astype("float32")
    y = rng.standard_normal((1, 4, 4)).astype("float32")
    forward = ops.convert_to_numpy(conv(x))
    backward = ops.convert_to_numpy(transpose(y))
    np.testing.assert_allclose(np.sum(forward * y), np.sum(x * backward), rtol=1e-5)


def test_mixed_precision_computes_in_float16():
    layer = _make("Conv2D", dict(filters=3, kernel_size=2, padding="same", dtype="mixed_float16"))
    layer.build((None, 4, 4, 2))
    rng = np.random.default_rng(1)
    weights = [rng.standard_normal(w.shape).astype("float32") for w in layer.weights]
    layer.set_weights(weights)
    assert layer.kernel.dtype == "float32"
    x = rng.standard_normal((2, 4, 4, 2)).astype("float32")
    y = layer(x)
    assert ops.convert_to_numpy(y).dtype == np.float16
    expected = layer_output("Conv2D", layer.get_config(), x, weights)
    np.testing.assert_allclose(ops.convert_to_numpy(y), expected, rtol=1e-2, atol=1e-2)


def test_layers_in_a_sequential_model():
    model = keras.Sequential(
        [
            keras.Input((8, 8, 3)),
            _make("Conv2D", dict(filters=4, kernel_size=3, padding="same", activation="relu")),
            _make("DepthwiseConv2D", dict(kernel_size=3, depth_multiplier=2)),
            _make("SeparableConv2D", dict(filters=5, kernel_size=3)),
            _make("Conv2DTranspose", dict(filters=2, kernel_size=3, strides=2)),
        ]
    )
    # Keras: 112 + 80 + 117 + 92 parameters, output (None, 9, 9, 2).
    assert model.count_params() == 401
    assert tuple(model.output_shape) == (None, 9, 9, 2)
    y = model(np.ones((1, 8, 8, 3), "float32"))
    assert tuple(y.shape) == (1, 9, 9, 2)
