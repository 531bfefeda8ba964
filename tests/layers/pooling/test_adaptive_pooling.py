"""AdaptiveMaxPooling1D/2D/3D and AdaptiveAveragePooling1D/2D/3D against a NumPy reference
(window i of an axis of size n covers floor(i * n / size) .. ceil((i + 1) * n / size));
configs and errors as keras==3.15.1 gives them."""

import itertools
import math

import numpy as np
import pytest

import keras_core
from keras_core import layers, ops

RNG = np.random.default_rng(2)


def _np(x):
    return ops.convert_to_numpy(x)


def _adaptive_reference(x, output_size, reduce, data_format):
    if data_format == "channels_first":
        x = np.moveaxis(x, 1, -1)
    sizes = x.shape[1:-1]
    out = np.zeros((x.shape[0], *output_size, x.shape[-1]), dtype=x.dtype)
    for index in itertools.product(*(range(o) for o in output_size)):
        window = tuple(
            slice(i * n // o, math.ceil((i + 1) * n / o))
            for i, n, o in zip(index, sizes, output_size, strict=True)
        )
        patch = x[(slice(None), *window, slice(None))]
        out[(slice(None), *index, slice(None))] = reduce(
            patch, axis=tuple(range(1, patch.ndim - 1))
        )
    if data_format == "channels_first":
        out = np.moveaxis(out, -1, 1)
    return out


CASES = [
    # (class, output_size, input shape (channels last), Keras's output shape, data_format)
    (layers.AdaptiveMaxPooling1D, 3, (2, 7, 2), (2, 3, 2), "channels_last"),
    (layers.AdaptiveMaxPooling2D, (2, 3), (2, 5, 7, 2), (2, 2, 3, 2), "channels_last"),
    (layers.AdaptiveMaxPooling2D, (2, 3), (2, 5, 7, 2), (2, 2, 3, 2), "channels_first"),
    (layers.AdaptiveMaxPooling3D, 2, (1, 5, 4, 3, 2), (1, 2, 2, 2, 2), "channels_last"),
    (layers.AdaptiveAveragePooling1D, 4, (2, 10, 2), (2, 4, 2), "channels_first"),
    (layers.AdaptiveAveragePooling2D, (3, 2), (2, 7, 5, 2), (2, 3, 2, 2), "channels_last"),
    (
        layers.AdaptiveAveragePooling3D,
        (1, 2, 3),
        (1, 3, 5, 7, 2),
        (1, 1, 2, 3, 2),
        "channels_first",
    ),
]


@pytest.mark.parametrize(("cls", "output_size", "shape", "expected", "data_format"), CASES)
def test_outputs_match_numpy_and_keras_shapes(cls, output_size, shape, expected, data_format):
    if data_format == "channels_first":
        shape = (shape[0], shape[-1], *shape[1:-1])
        expected = (expected[0], expected[-1], *expected[1:-1])
    x = RNG.standard_normal(shape).astype("float32")
    layer = cls(output_size, data_format=data_format)
    y = _np(layer(x))
    assert y.shape == expected
    reduce = np.max if "Max" in cls.__name__ else np.mean
    reference = _adaptive_reference(x, layer.output_size, reduce, data_format)
    np.testing.assert_allclose(y, reference, rtol=1e-5, atol=1e-6)
    assert layer.compute_output_shape(shape) == expected
    assert layer(keras_core.Input(batch_shape=(None, *shape[1:]))).shape == (None, *expected[1:])


def test_values_read_off_keras():
    x = np.arange(7.0, dtype="float32").reshape(1, 7, 1)
    np.testing.assert_allclose(_np(layers.AdaptiveAveragePooling1D(3)(x)).ravel(), [1, 3, 5])
    np.testing.assert_allclose(_np(layers.AdaptiveMaxPooling1D(3)(x)).ravel(), [2, 4, 6])
    # Larger output than input: windows overlap.
    up = layers.AdaptiveMaxPooling1D(5)(np.arange(3.0, dtype="float32").reshape(1, 3, 1))
    np.testing.assert_allclose(_np(up).ravel(), [0, 1, 1, 2, 2])


def test_unknown_sizes_become_the_output_size():
    layer = layers.AdaptiveMaxPooling2D((2, 3))
    assert layer.compute_output_shape((None, 7, 8, 5)) == (None, 2, 3, 5)
    assert layer(keras_core.Input((None, 8, 5))).shape == (None, 2, 3, 5)
    first = layers.AdaptiveMaxPooling2D((2, 3), data_format="channels_first")
    assert first.compute_output_shape((None, 5, 7, 8)) == (None, 5, 2, 3)


def test_configs_equal_keras_and_round_trip():
    keras_core.backend.clear_session()
    for cls, args, name, output_size in [
        (layers.AdaptiveMaxPooling1D, (4,), "adaptive_max_pooling1d", (4,)),
        (layers.AdaptiveMaxPooling2D, ([2, 3],), "adaptive_max_pooling2d", (2, 3)),
        (layers.AdaptiveMaxPooling3D, (2,), "adaptive_max_pooling3d", (2, 2, 2)),
        (layers.AdaptiveAveragePooling1D, ((2,),), "adaptive_average_pooling1d", (2,)),
        (layers.AdaptiveAveragePooling2D, (4,), "adaptive_average_pooling2d", (4, 4)),
        (layers.AdaptiveAveragePooling3D, (2,), "adaptive_average_pooling3d", (2, 2, 2)),
    ]:
        config = cls(*args).get_config()
        assert config == {
            "name": name,
            "trainable": True,
            "dtype": {
                "module": "keras",
                "class_name": "DTypePolicy",
                "config": {"name": "float32"},
                "registered_name": None,
            },
            "output_size": output_size,
            "data_format": "channels_last",
        }
        assert cls.from_config(config).get_config() == config


def test_bad_output_size_raises():
    # Keras raises TypeError for an output_size of the wrong kind.
    for bad in (1.5, None, (1, 2, 3)):
        with pytest.raises(TypeError, match=r"AdaptiveMaxPooling2D '.*': output_size must be"):
            layers.AdaptiveMaxPooling2D(bad)
    message = r"output_size must be an integer or a tuple of 2 integers, all positive"
    for bad in (0, -1, (2, 0)):
        with pytest.raises(ValueError, match=message):
            layers.AdaptiveMaxPooling2D(bad)
    with pytest.raises(ValueError, match=r"data_format must be 'channels_last' or"):
        layers.AdaptiveAveragePooling1D(2, data_format="x")


def test_wrong_rank_raises():
    with pytest.raises(ValueError, match=r"'ap'.*expected ndim=4, found ndim=3"):
        layers.AdaptiveMaxPooling2D(2, name="ap")(np.zeros((2, 4, 4), "float32"))
    with pytest.raises(ValueError, match=r"'ap3'.*expected ndim=5, found ndim=4"):
        layers.AdaptiveAveragePooling3D(2, name="ap3")(keras_core.Input((4, 4, 4)))
