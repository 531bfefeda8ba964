"""MaxPooling1D/2D/3D and AveragePooling1D/2D/3D against a NumPy reference; shapes, configs
and errors as keras==3.15.1 gives them (values read off it and written here)."""

import itertools
import math

import numpy as np
import pytest

import keras_core
from keras_core import layers, ops

RNG = np.random.default_rng(0)


def _np(x):
    return ops.convert_to_numpy(x)


def _pool_reference(x, pool, strides, padding, reduce, data_format="channels_last"):
    """Pooling by explicit windows; "same" pads like Keras (extra row at the end) and
    counts only real elements."""
    if data_format == "channels_first":
        x = np.moveaxis(x, 1, -1)
    sizes = x.shape[1:-1]
    if padding == "valid":
        outs = [(n - p) // s + 1 for n, p, s in zip(sizes, pool, strides, strict=True)]
        befores = [0] * len(sizes)
    else:
        outs = [math.ceil(n / s) for n, s in zip(sizes, strides, strict=True)]
        befores = [
            max((o - 1) * s + p - n, 0) // 2
            for o, s, p, n in zip(outs, strides, pool, sizes, strict=True)
        ]
    out = np.zeros((x.shape[0], *outs, x.shape[-1]), dtype=x.dtype)
    for index in itertools.product(*(range(o) for o in outs)):
        window = tuple(
            slice(max(i * s - b, 0), min(i * s - b + p, n))
            for i, s, b, p, n in zip(index, strides, befores, pool, sizes, strict=True)
        )
        patch = x[(slice(None), *window, slice(None))]
        out[(slice(None), *index, slice(None))] = reduce(
            patch, axis=tuple(range(1, patch.ndim - 1))
        )
    if data_format == "channels_first":
        out = np.moveaxis(out, -1, 1)
    return out


CASES = [
    # (class, constructor kwargs, input shape, Keras's output shape)
    (layers.MaxPooling1D, {}, (2, 7, 3), (2, 3, 3)),
    (layers.MaxPooling1D, {"pool_size": 3, "strides": 2, "padding": "same"}, (2, 7, 3), (2, 4, 3)),
    (layers.MaxPooling2D, {}, (2, 5, 6, 3), (2, 2, 3, 3)),
    (layers.MaxPooling2D, {"pool_size": (2, 3), "strides": 1}, (2, 5, 6, 3), (2, 4, 4, 3)),
    (
        layers.MaxPooling2D,
        {"pool_size": 3, "strides": 2, "padding": "same", "data_format": "channels_first"},
        (1, 2, 5, 6),
        (1, 2, 3, 3),
    ),
    (layers.MaxPooling3D, {}, (1, 4, 5, 4, 2), (1, 2, 2, 2, 2)),
    (layers.MaxPooling3D, {"pool_size": 2, "padding": "same"}, (1, 3, 5, 4, 2), (1, 2, 3, 2, 2)),
    (layers.AveragePooling1D, {"pool_size": 2}, (2, 7, 3), (2, 3, 3)),
    (
        layers.AveragePooling1D,
        {"pool_size": 3, "strides": 2, "padding": "same"},
        (2, 8, 3),
        (2, 4, 3),
    ),
    (layers.AveragePooling2D, {"pool_size": 2}, (2, 5, 6, 3), (2, 2, 3, 3)),
    (
        layers.AveragePooling2D,
        {"pool_size": (3, 2), "strides": (2, 1), "padding": "same"},
        (2, 5, 6, 3),
        (2, 3, 6, 3),
    ),
    (
        layers.AveragePooling2D,
        {"pool_size": 2, "data_format": "channels_first"},
        (1, 3, 4, 5),
        (1, 3, 2, 2),
    ),
    (layers.AveragePooling3D, {"pool_size": 2}, (1, 4, 5, 4, 2), (1, 2, 2, 2, 2)),
    (
        layers.AveragePooling3D,
        {"pool_size": (2, 3, 2), "strides": 1, "padding": "same"},
        (1, 3, 3, 3, 2),
        (1, 3, 3, 3, 2),
    ),
]


@pytest.mark.parametrize(("cls", "kwargs", "shape", "expected"), CASES)
def test_outputs_match_numpy_and_keras_shapes(cls, kwargs, shape, expected):
    x = RNG.standard_normal(shape).astype("float32")
    layer = cls(**kwargs)
    y = _np(layer(x))
    assert y.shape == expected
    reduce = np.max if "Max" in cls.__name__ else np.mean
    reference = _pool_reference(
        x, layer.pool_size, layer.strides, layer.padding, reduce, layer.data_format
    )
    np.testing.assert_allclose(y, reference, rtol=1e-5, atol=1e-6)
    assert layer.compute_output_shape(shape) == expected
    symbolic = layer(keras_core.Input(batch_shape=(None, *shape[1:])))
    assert symbolic.shape == (None, *expected[1:])
    assert layer.count_params() == 0


def test_same_average_counts_only_real_elements():
    # keras==3.15.1: AveragePooling1D(2, padding="same") on 0..4 -> [0.5, 2.5, 4.0].
    y = layers.AveragePooling1D(2, padding="same")(np.arange(5.0, dtype="float32").reshape(1, 5, 1))
    np.testing.assert_allclose(_np(y).ravel(), [0.5, 2.5, 4.0])


def test_unknown_sizes_stay_unknown():
    layer = layers.MaxPooling2D(3, strides=2, padding="same")
    assert layer.compute_output_shape((1, 7, None, 1)) == (1, 4, None, 1)
    assert layer(keras_core.Input((7, None, 1))).shape == (None, 4, None, 1)
    assert layers.MaxPooling2D(3, strides=2, data_format="channels_first").compute_output_shape(
        (1, 4, 7, 9)
    ) == (1, 4, 3, 4)


DEFAULT_CONFIGS = [
    (layers.MaxPooling1D, (), "max_pooling1d", (2,)),
    (layers.MaxPooling2D, (), "max_pooling2d", (2, 2)),
    (layers.MaxPooling3D, (), "max_pooling3d", (2, 2, 2)),
    (layers.AveragePooling1D, (3,), "average_pooling1d", (3,)),
    (layers.AveragePooling2D, (3,), "average_pooling2d", (3, 3)),
    (layers.AveragePooling3D, (2,), "average_pooling3d", (2, 2, 2)),
]


def test_default_configs_equal_keras():
    keras_core.backend.clear_session()
    for cls, args, name, pool_size in DEFAULT_CONFIGS:
        assert cls(*args).get_config() == {
            "name": name,
            "trainable": True,
            "dtype": {
                "module": "keras",
                "class_name": "DTypePolicy",
                "config": {"name": "float32"},
                "registered_name": None,
            },
            "pool_size": pool_size,
            "padding": "valid",
            "strides": pool_size,
            "data_format": "channels_last",
        }


def test_config_round_trip_gives_same_config_and_outputs():
    layer = layers.AveragePooling2D(
        [2, 3], strides=[1, 2], padding="SAME", data_format="channels_first"
    )
    config = layer.get_config()
    assert config["pool_size"] == (2, 3)
    assert config["strides"] == (1, 2)
    assert config["padding"] == "same"
    clone = layers.AveragePooling2D.from_config(config)
    assert clone.get_config() == config
    x = RNG.standard_normal((2, 3, 5, 6)).astype("float32")
    np.testing.assert_allclose(_np(clone(x)), _np(layer(x)), rtol=1e-6)


def test_aliases_are_the_same_classes():
    assert layers.MaxPool1D is layers.MaxPooling1D
    assert layers.MaxPool2D is layers.MaxPooling2D
    assert layers.MaxPool3D is layers.MaxPooling3D
    assert layers.AvgPool1D is layers.AveragePooling1D
    assert layers.AvgPool2D is layers.AveragePooling2D
    assert layers.AvgPool3D is layers.AveragePooling3D


def test_data_format_defaults_to_image_data_format():
    previous = keras_core.config.image_data_format()
    keras_core.config.set_image_data_format("channels_first")
    try:
        layer = layers.MaxPooling2D()
    finally:
        keras_core.config.set_image_data_format(previous)
    assert layer.data_format == "channels_first"
    assert layer.compute_output_shape((1, 3, 4, 6)) == (1, 3, 2, 3)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"pool_size": 0}, r"pool_size must be an integer .* all positive; received pool_size=0\."),
        ({"pool_size": -1}, r"all positive; received pool_size=-1\."),
        ({"pool_size": 1.5}, r"pool_size must be an integer or a tuple of 2 integers, .*=1.5\."),
        ({"pool_size": (2, 2, 2)}, r"tuple of 2 integers, .* received pool_size=\(2, 2, 2\)"),
        ({"pool_size": None}, r"pool_size must be an integer or a tuple of 2 .*=None\."),
        ({"strides": 0}, r"strides must be an integer .* all positive; received strides=0\."),
        ({"strides": (1, 1, 1)}, r"strides must be an integer or a tuple of 2 integers"),
        ({"padding": "full"}, r"padding must be one of 'valid', 'same', received padding='full'"),
        ({"data_format": "nhwc"}, r"data_format must be 'channels_last' or 'channels_first'"),
    ],
)
def test_bad_constructor_arguments_raise(kwargs, message):
    with pytest.raises(ValueError, match=r"MaxPooling2D '[a-z_0-9]+': .*" + message):
        layers.MaxPooling2D(**kwargs)


def test_wrong_rank_raises_with_layer_name_and_shape():
    layer = layers.MaxPooling2D(name="pool")
    with pytest.raises(ValueError, match=r"'pool'.*expected ndim=4, found ndim=3"):
        layer(np.zeros((2, 4, 4), "float32"))
    with pytest.raises(ValueError, match=r"'pool'.*expected ndim=4, found ndim=3"):
        layers.MaxPooling2D(name="pool")(keras_core.Input((4, 4)))
    with pytest.raises(ValueError, match=r"MaxPooling2D 'pool' expects inputs of rank 4"):
        layer.compute_output_shape((1, 7, 1))


def test_input_smaller_than_pool_raises():
    # Keras: "Computed output size would be zero or negative" for (None, 2, 2, 1), pool 3.
    message = r"MaxPooling2D 'small'.*output would be empty.*\(None, 2, 2, 1\).*pool_size=\(3, 3\)"
    with pytest.raises(ValueError, match=message):
        layers.MaxPooling2D(3, name="small")(keras_core.Input((2, 2, 1)))
    with pytest.raises(ValueError, match=r"output would be empty"):
        layers.AveragePooling1D(4)(np.zeros((1, 3, 2), "float32"))
    with pytest.raises(ValueError, match=r"output would be empty"):
        layers.MaxPooling2D(3).compute_output_shape((1, 2, 2, 1))
