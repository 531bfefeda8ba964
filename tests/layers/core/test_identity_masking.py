"""Identity and Masking: values, masks and configs as Keras 3.15.1 writes them."""

import numpy as np

import keras_core as keras
from keras_core import layers, ops

FLOAT32 = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}


def _np(x):
    return ops.convert_to_numpy(x)


def test_identity_returns_inputs_and_keeps_the_mask():
    layer = layers.Identity(name="identity")
    x = np.arange(6, dtype="float32").reshape(2, 3)
    np.testing.assert_array_equal(_np(layer(x)), x)
    assert layer.supports_masking
    np.testing.assert_array_equal(
        _np(layer.compute_mask(x, np.array([True, False]))), [True, False]
    )
    symbolic = keras.Input((3,))
    output = layer(symbolic)
    assert output is not symbolic and tuple(output.shape) == (None, 3)
    assert layer.compute_output_shape((None, 3)) == (None, 3)
    assert layer.get_config() == {"name": "identity", "trainable": True, "dtype": FLOAT32}
    assert layer.get_build_config() is None


def test_masking_zeroes_padded_steps_and_masks_them():
    layer = layers.Masking(mask_value=1.0)
    x = np.array([[[1.0, 1.0], [1.0, 2.0], [0.0, 0.0]]], "float32")
    np.testing.assert_array_equal(_np(layer(x)), [[[0.0, 0.0], [1.0, 2.0], [0.0, 0.0]]])
    np.testing.assert_array_equal(_np(layer.compute_mask(x)), [[False, True, True]])
    symbolic = layer(keras.Input((3, 2)))
    assert tuple(symbolic._keras_mask.shape) == (None, 3)
    assert symbolic._keras_mask.dtype == "bool"


def test_masking_feeds_a_mask_consuming_layer_in_a_model():
    inputs = keras.Input((3, 2))
    masked = layers.Masking()(inputs)
    summed = layers.Lambda(lambda x, mask=None: ops.sum(ops.cast(mask, "float32"), axis=1))(masked)
    model = keras.Model(inputs, summed)
    x = np.array([[[1.0, 0.0], [0.0, 0.0], [0.0, 3.0]]], "float32")
    np.testing.assert_allclose(_np(model(x)), [2.0])


def test_masking_config_equals_keras_and_round_trips():
    layer = layers.Masking(name="masking")
    assert layer.get_config() == {
        "name": "masking",
        "trainable": True,
        "dtype": FLOAT32,
        "mask_value": 0.0,
    }
    clone = layers.Masking.from_config(layers.Masking(mask_value=-1.0).get_config())
    assert clone.mask_value == -1.0
