"""Softmax layer: values against NumPy over one or several axes, masks (fully masked slices
give zeros), and the config."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import layers, ops

X = np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]], "float32")


def _np(x):
    return ops.convert_to_numpy(x)


def _softmax(x, axis):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


@pytest.mark.parametrize("axis", [-1, 0, (0, 1), [0, 1]])
def test_values_match_numpy(axis):
    layer = layers.Softmax(axis=axis)
    np_axis = tuple(axis) if isinstance(axis, list) else axis
    np.testing.assert_allclose(_np(layer(X)), _softmax(X, np_axis), rtol=1e-5, atol=1e-7)
    assert layer.get_config()["axis"] == axis


def test_mask_zeroes_masked_positions():
    mask = np.array([[True, False, True], [False, False, False]])
    y = _np(layers.Softmax()(X, mask=mask))
    expected_row = _softmax(X[:1, [0, 2]], -1)[0]
    np.testing.assert_allclose(y[0], [expected_row[0], 0.0, expected_row[1]], rtol=1e-5)
    np.testing.assert_allclose(y[1], [0.0, 0.0, 0.0])
    # Integer masks work too (Keras casts them).
    y_int = _np(layers.Softmax()(X, mask=mask.astype("int32")))
    np.testing.assert_allclose(y_int, y, rtol=1e-6)


def test_float16_mask_stays_finite():
    mask = np.array([[True, False, True]])
    y = _np(layers.Softmax(dtype="float16")(X[:1].astype("float16"), mask=mask))
    assert np.all(np.isfinite(y))
    np.testing.assert_allclose(y.astype("float32").sum(), 1.0, rtol=1e-3)
    assert y[0, 1] == 0


def test_symbolic_and_config():
    layer = layers.Softmax(name="softmax")
    assert tuple(layer(keras.Input((4, 3))).shape) == (None, 4, 3)
    assert layer.compute_output_shape((None, 4, 3)) == (None, 4, 3)
    assert layer.get_config() == {
        "name": "softmax",
        "trainable": True,
        "dtype": {
            "module": "keras",
            "class_name": "DTypePolicy",
            "config": {"name": "float32"},
            "registered_name": None,
        },
        "axis": -1,
    }
    assert layers.Softmax.from_config(layer.get_config()).get_config() == layer.get_config()


def test_bad_axis_raises():
    with pytest.raises(ValueError, match=r"Softmax '.*': axis must be an int or a tuple"):
        layers.Softmax(axis="a")
