"""EinsumDense: kernel and bias shapes from the equation (as Keras 3.15.1 builds them),
outputs against numpy.einsum, output shapes, configs and errors."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import layers, ops


def _np(x):
    return ops.convert_to_numpy(x)


def _inputs(*shape):
    return np.random.default_rng(0).normal(size=shape).astype("float32")


def _random_like(arrays):
    rng = np.random.default_rng(1)
    return [rng.normal(size=a.shape).astype("float32") for a in arrays]


# (equation, output_shape, bias_axes, input shape, kernel shape, bias shape, output shape);
# weight shapes read off keras==3.15.1.
CASES = [
    ("ab,bc->ac", 4, "c", (2, 3), (3, 4), (4,), (2, 4)),
    ("abc,cd->abd", (None, 4), "d", (2, 5, 3), (3, 4), (4,), (2, 5, 4)),
    ("abc,cde->abde", (None, 2, 4), "de", (2, 5, 3), (3, 2, 4), (2, 4), (2, 5, 2, 4)),
    ("abc,cde->abde", (None, 2, 4), "e", (2, 5, 3), (3, 2, 4), (4,), (2, 5, 2, 4)),
    ("...b,bc->...c", 4, "c", (2, 5, 7, 3), (3, 4), (4,), (2, 5, 7, 4)),
    ("abcd,cde->abe", (None, 4), "e", (2, 5, 3, 6), (3, 6, 4), (4,), (2, 5, 4)),
    ("abc,bcd->ad", (4,), None, (2, 5, 3), (5, 3, 4), None, (2, 4)),
    ("ab...,bc->ac...", (4, None), "c", (2, 3, 5), (3, 4), (4, 1), (2, 4, 5)),
    ("abc,cd->adb", (4, None), "d", (2, 5, 3), (3, 4), (4, 1), (2, 4, 5)),
    ("ab,bcd->acd", (2, 4), "cd", (2, 3), (3, 2, 4), (2, 4), (2, 2, 4)),
]


@pytest.mark.parametrize(
    (
        "equation",
        "output_shape",
        "bias_axes",
        "in_shape",
        "kernel_shape",
        "bias_shape",
        "out_shape",
    ),
    CASES,
    ids=[case[0] + ("+" + case[2] if case[2] else "") for case in CASES],
)
def test_weights_and_outputs_match_numpy_einsum(
    equation, output_shape, bias_axes, in_shape, kernel_shape, bias_shape, out_shape
):
    # Constant initializers, then random values: random initializers of new shapes compile
    # slowly on JAX, and the initializers have their own tests.
    layer = layers.EinsumDense(
        equation, output_shape, bias_axes=bias_axes, kernel_initializer="zeros"
    )
    layer.build(in_shape)
    weights = _random_like(layer.get_weights())
    layer.set_weights(weights)
    x = _inputs(*in_shape)
    y = layer(x)
    assert weights[0].shape == kernel_shape
    assert (weights[1].shape if bias_axes else None) == bias_shape
    expected = np.einsum(equation, x, weights[0])
    if bias_axes:
        expected = expected + weights[1]
    assert tuple(y.shape) == out_shape
    np.testing.assert_allclose(_np(y), expected, rtol=1e-5, atol=1e-5)
    assert layer.compute_output_shape(in_shape) == out_shape
    assert tuple(layer(keras.Input(in_shape[1:])).shape) == (None, *out_shape[1:])


def test_activation_and_symbolic_unknown_lengths():
    layer = layers.EinsumDense("abc,cd->abd", (None, 4), activation="relu")
    assert tuple(layer(keras.Input((None, 3))).shape) == (None, None, 4)
    x = _inputs(2, 6, 3)
    (kernel,) = layer.get_weights()  # the default GlorotUniform initializer
    np.testing.assert_allclose(_np(layer(x)), np.maximum(x @ kernel, 0), rtol=1e-5, atol=1e-5)


def test_default_config_equals_keras():
    config = layers.EinsumDense("ab,bc->ac", 4, name="einsum_dense").get_config()
    assert config == {
        "name": "einsum_dense",
        "trainable": True,
        "dtype": {
            "module": "keras",
            "class_name": "DTypePolicy",
            "config": {"name": "float32"},
            "registered_name": None,
        },
        "output_shape": (4,),
        "equation": "ab,bc->ac",
        "activation": "linear",
        "bias_axes": None,
        "kernel_initializer": {
            "module": "keras.initializers",
            "class_name": "GlorotUniform",
            "config": {"seed": None, "input_axes": None, "output_axes": None},
            "registered_name": None,
        },
        "bias_initializer": {
            "module": "keras.initializers",
            "class_name": "Zeros",
            "config": {},
            "registered_name": None,
        },
        "kernel_regularizer": None,
        "bias_regularizer": None,
        "activity_regularizer": None,
        "kernel_constraint": None,
        "bias_constraint": None,
        "quantization_config": None,
    }
    assert layers.EinsumDense("abc,cd->abd", [None, 4]).get_config()["output_shape"] == (None, 4)


def test_config_round_trip():
    layer = layers.EinsumDense(
        "abc,cde->abde", (None, 2, 4), bias_axes="de", activation="gelu", kernel_initializer="ones"
    )
    x = _inputs(2, 5, 3)
    y = layer(x)
    clone = layers.EinsumDense.from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()
    clone.build((None, 5, 3))
    clone.set_weights(layer.get_weights())
    np.testing.assert_allclose(_np(clone(x)), _np(y), rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize(
    ("equation", "output_shape", "bias_axes", "in_shape", "message"),
    [
        ("ab,bc", 4, None, (2, 3), r"invalid equation 'ab,bc'"),
        ("a-b,bc->ac", 4, None, (2, 3), r"invalid equation"),
        ("...ab,bc->ac", 4, None, (2, 3), r"invalid equation"),
        ("ab,bc->ac", 4, "x", (2, 3), r"bias_axes must be letters of the output spec 'ac'"),
        ("abc,cd->abd", (6, 4), None, (2, 5, 3), r"axis 'b' size 6, but the input has size 5"),
        ("abc,cd->abd", (4,), None, (2, 5, 3), r"output_shape must have length 2"),
        ("ab,bc->ac", (4, 3), None, (2, 3), r"output_shape must have length 1"),
        ("abc,cd->abd", (None, 4), None, (2, 3), r"expects inputs of rank 3, received"),
        ("abc,cd->abd", (None, 4), None, (None, None, None), r"kernel axis 'c' is unknown"),
        ("ab,bc->ac", None, None, (2, 3), r"output_shape must be an int or a tuple"),
        ("ab,bc->ac", (0,), None, (2, 3), r"output_shape must be an int or a tuple"),
    ],
)
def test_bad_arguments_raise(equation, output_shape, bias_axes, in_shape, message):
    with pytest.raises(ValueError, match=r"EinsumDense '.*'.*" + message):
        layers.EinsumDense(equation, output_shape, bias_axes=bias_axes).build(in_shape)


def test_wrong_contracted_size_after_build_raises():
    layer = layers.EinsumDense("ab,bc->ac", 4, name="proj")
    layer.build((None, 3))
    with pytest.raises(ValueError, match=r"'proj'.*axis 1.*value 3.*\(2, 5\)"):
        layer(np.ones((2, 5), "float32"))
