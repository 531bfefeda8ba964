"""GlobalMaxPooling1D/2D/3D and GlobalAveragePooling1D/2D/3D against NumPy, with keepdims,
channels_first and the 1D average's mask; configs and errors as keras==3.15.1 gives them."""

import numpy as np
import pytest

import keras_core
from keras_core import layers, ops

RNG = np.random.default_rng(1)
DTYPE_POLICY = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}


def _np(x):
    return ops.convert_to_numpy(x)


CASES = [
    # (class, rank, numpy reduction)
    (layers.GlobalMaxPooling1D, 1, np.max),
    (layers.GlobalMaxPooling2D, 2, np.max),
    (layers.GlobalMaxPooling3D, 3, np.max),
    (layers.GlobalAveragePooling1D, 1, np.mean),
    (layers.GlobalAveragePooling2D, 2, np.mean),
    (layers.GlobalAveragePooling3D, 3, np.mean),
]


@pytest.mark.parametrize("keepdims", [False, True])
@pytest.mark.parametrize("data_format", ["channels_last", "channels_first"])
@pytest.mark.parametrize(("cls", "rank", "reduce"), CASES)
def test_outputs_match_numpy(cls, rank, reduce, data_format, keepdims):
    spatial = (4, 3, 2)[:rank]
    if data_format == "channels_last":
        shape, axes = (2, *spatial, 5), tuple(range(1, rank + 1))
    else:
        shape, axes = (2, 5, *spatial), tuple(range(2, rank + 2))
    x = RNG.standard_normal(shape).astype("float32")
    layer = cls(data_format=data_format, keepdims=keepdims)
    y = _np(layer(x))
    expected = reduce(x, axis=axes, keepdims=keepdims)
    np.testing.assert_allclose(y, expected, rtol=1e-5, atol=1e-6)
    assert layer.compute_output_shape(shape) == expected.shape
    symbolic = layer(keras_core.Input(batch_shape=(None, *shape[1:])))
    assert symbolic.shape == (None, *expected.shape[1:])


def test_keras_output_shapes():
    # keras==3.15.1 compute_output_shape((2, 3, 4, 5)) with channels_first.
    keep = layers.GlobalAveragePooling2D(keepdims=True, data_format="channels_first")
    drop = layers.GlobalAveragePooling2D(data_format="channels_first")
    assert keep.compute_output_shape((2, 3, 4, 5)) == (2, 3, 1, 1)
    assert drop.compute_output_shape((2, 3, 4, 5)) == (2, 3)
    assert layers.GlobalMaxPooling3D().compute_output_shape((None, 2, None, 4, 6)) == (None, 6)


def test_average_1d_mask_averages_unmasked_steps():
    x = RNG.standard_normal((2, 4, 3)).astype("float32")
    mask = np.array([[True, True, False, True], [False, True, False, False]])
    layer = layers.GlobalAveragePooling1D()
    assert layer.supports_masking
    y = _np(layer(x, mask=mask))
    expected = np.stack([x[i][mask[i]].mean(axis=0) for i in range(2)])
    np.testing.assert_allclose(y, expected, rtol=1e-5, atol=1e-6)
    keep = layers.GlobalAveragePooling1D(keepdims=True)(x, mask=mask)
    np.testing.assert_allclose(_np(keep), expected[:, None, :], rtol=1e-5, atol=1e-6)
    first = layers.GlobalAveragePooling1D(data_format="channels_first")
    y = _np(first(np.transpose(x, (0, 2, 1)), mask=mask))
    np.testing.assert_allclose(y, expected, rtol=1e-5, atol=1e-6)
    assert layer.compute_mask(x, mask) is None


def test_average_1d_mask_from_previous_layer_in_functional_model():
    # keras==3.15.1: Masking -> GlobalAveragePooling1D on [[0, 0], [3, 3], [4, 4]] gives 3.5.
    class ZeroStepMask(layers.Layer):
        def call(self, x):
            return x

        def compute_mask(self, x, previous_mask):
            return ops.any(ops.not_equal(x, 0), axis=-1)

    inputs = keras_core.Input((3, 2))
    outputs = layers.GlobalAveragePooling1D()(ZeroStepMask()(inputs))
    model = keras_core.Model(inputs, outputs)
    y = model(np.array([[[0.0, 0.0], [3.0, 3.0], [4.0, 4.0]]], "float32"))
    np.testing.assert_allclose(_np(y), [[3.5, 3.5]])


def test_only_the_1d_average_supports_masking():
    assert not layers.GlobalMaxPooling1D().supports_masking
    assert not layers.GlobalAveragePooling2D().supports_masking


def test_default_configs_equal_keras_and_round_trip():
    keras_core.backend.clear_session()
    for cls, name in [
        (layers.GlobalMaxPooling1D, "global_max_pooling1d"),
        (layers.GlobalMaxPooling2D, "global_max_pooling2d"),
        (layers.GlobalMaxPooling3D, "global_max_pooling3d"),
        (layers.GlobalAveragePooling1D, "global_average_pooling1d"),
        (layers.GlobalAveragePooling2D, "global_average_pooling2d"),
        (layers.GlobalAveragePooling3D, "global_average_pooling3d"),
    ]:
        config = cls().get_config()
        assert config == {
            "name": name,
            "trainable": True,
            "dtype": DTYPE_POLICY,
            "data_format": "channels_last",
            "keepdims": False,
        }
        assert cls.from_config(config).get_config() == config


def test_aliases_are_the_same_classes():
    assert layers.GlobalMaxPool1D is layers.GlobalMaxPooling1D
    assert layers.GlobalMaxPool2D is layers.GlobalMaxPooling2D
    assert layers.GlobalMaxPool3D is layers.GlobalMaxPooling3D
    assert layers.GlobalAvgPool1D is layers.GlobalAveragePooling1D
    assert layers.GlobalAvgPool2D is layers.GlobalAveragePooling2D
    assert layers.GlobalAvgPool3D is layers.GlobalAveragePooling3D


def test_errors_name_the_layer():
    with pytest.raises(ValueError, match=r"GlobalAveragePooling2D '.*': data_format must be"):
        layers.GlobalAveragePooling2D(data_format="x")
    with pytest.raises(ValueError, match=r"'gap'.*expected ndim=4, found ndim=3"):
        layers.GlobalAveragePooling2D(name="gap")(np.zeros((2, 4, 4), "float32"))
    with pytest.raises(ValueError, match=r"'gmp'.*expected ndim=3, found ndim=4"):
        layers.GlobalMaxPooling1D(name="gmp")(keras_core.Input((2, 4, 4)))
    with pytest.raises(ValueError, match=r"GlobalMaxPooling3D 'g3' expects inputs of rank 5"):
        layers.GlobalMaxPooling3D(name="g3").compute_output_shape((2, 3, 4))
