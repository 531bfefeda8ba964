"""Cropping1D/2D/3D, ZeroPadding1D/2D/3D and UpSampling1D/2D/3D against NumPy; shapes,
configs and errors as keras==3.15.1 gives them (values read off it and written here)."""

import numpy as np
import pytest

import keras_core
from keras_core import layers, ops

RNG = np.random.default_rng(3)
DTYPE_POLICY = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}


def _np(x):
    return ops.convert_to_numpy(x)


def _check(layer, x, expected_shape, expected):
    y = _np(layer(x))
    assert y.shape == expected_shape
    np.testing.assert_allclose(y, expected, rtol=1e-5, atol=1e-6)
    assert layer.compute_output_shape(x.shape) == expected_shape
    symbolic = layer(keras_core.Input(batch_shape=(None, *x.shape[1:])))
    assert symbolic.shape == (None, *expected_shape[1:])


def test_default_configs_equal_keras():
    keras_core.backend.clear_session()
    base = {"trainable": True, "dtype": DTYPE_POLICY}
    channels_last = {"data_format": "channels_last"}
    expected = [
        (layers.Cropping1D(), {"name": "cropping1d", **base, "cropping": (1, 1)}),
        (
            layers.Cropping2D(),
            {"name": "cropping2d", **base, "cropping": ((0, 0), (0, 0)), **channels_last},
        ),
        (
            layers.Cropping3D(),
            {"name": "cropping3d", **base, "cropping": ((1, 1),) * 3, **channels_last},
        ),
        (
            layers.ZeroPadding1D(),
            {"name": "zero_padding1d", **base, "padding": (1, 1), **channels_last},
        ),
        (
            layers.ZeroPadding2D(),
            {"name": "zero_padding2d", **base, "padding": ((1, 1), (1, 1)), **channels_last},
        ),
        (
            layers.ZeroPadding3D(),
            {"name": "zero_padding3d", **base, "padding": ((1, 1),) * 3, **channels_last},
        ),
        (layers.UpSampling1D(), {"name": "up_sampling1d", **base, "size": 2}),
        (
            layers.UpSampling2D(),
            {
                "name": "up_sampling2d",
                **base,
                "size": (2, 2),
                **channels_last,
                "interpolation": "nearest",
            },
        ),
        (
            layers.UpSampling3D(),
            {"name": "up_sampling3d", **base, "size": (2, 2, 2), **channels_last},
        ),
    ]
    for layer, config in expected:
        assert layer.get_config() == config
        assert type(layer).from_config(config).get_config() == config


@pytest.mark.parametrize(
    ("cls", "argument", "value", "expected"),
    [
        # keras==3.15.1 standardizes these arguments to the configs on the right.
        (layers.Cropping1D, "cropping", 2, (2, 2)),
        (layers.Cropping2D, "cropping", 1, ((1, 1), (1, 1))),
        (layers.Cropping2D, "cropping", (1, 2), ((1, 1), (2, 2))),
        (layers.Cropping3D, "cropping", 2, ((2, 2),) * 3),
        (layers.ZeroPadding1D, "padding", (1, 2), (1, 2)),
        (layers.ZeroPadding2D, "padding", 2, ((2, 2), (2, 2))),
        (layers.ZeroPadding2D, "padding", [[1, 2], [3, 4]], ((1, 2), (3, 4))),
        (layers.ZeroPadding3D, "padding", (1, 2, 3), ((1, 1), (2, 2), (3, 3))),
        (layers.UpSampling2D, "size", 3, (3, 3)),
        (layers.UpSampling3D, "size", 3, (3, 3, 3)),
    ],
)
def test_arguments_are_standardized_like_keras(cls, argument, value, expected):
    layer = cls(**{argument: value})
    config = layer.get_config()
    assert config[argument] == expected
    assert cls.from_config(config).get_config() == config


# Cropping ----------------------------------------------------------------------------


def test_cropping_values_and_shapes():
    x = RNG.standard_normal((2, 6, 3)).astype("float32")
    _check(layers.Cropping1D((1, 2)), x, (2, 3, 3), x[:, 1:4])
    _check(layers.Cropping1D((0, 0)), x, (2, 6, 3), x)
    x = RNG.standard_normal((2, 5, 6, 3)).astype("float32")
    _check(layers.Cropping2D(((1, 0), (2, 1))), x, (2, 4, 3, 3), x[:, 1:, 2:5])
    first = np.transpose(x, (0, 3, 1, 2))
    _check(
        layers.Cropping2D(((1, 0), (2, 1)), data_format="channels_first"),
        first,
        (2, 3, 4, 3),
        first[:, :, 1:, 2:5],
    )
    x = RNG.standard_normal((1, 5, 6, 7, 2)).astype("float32")
    _check(layers.Cropping3D(((1, 0), (2, 1), (0, 3))), x, (1, 4, 3, 4, 2), x[:, 1:, 2:5, :4])
    assert layers.Cropping3D(((1, 0), (2, 1), (0, 3))).compute_output_shape((2, None, 6, 7, 3)) == (
        2,
        None,
        3,
        4,
        3,
    )


def test_cropping_everything_raises():
    message = r"Cropping1D 'c1': cropping \(3, 2\) along axis 1 removes all of it"
    with pytest.raises(ValueError, match=message):
        layers.Cropping1D((3, 2), name="c1")(np.zeros((2, 5, 3), "float32"))
    with pytest.raises(ValueError, match=r"Cropping2D 'c2'.*\(None, 5, 6, 3\)"):
        layers.Cropping2D(((2, 3), (0, 0)), name="c2")(keras_core.Input((5, 6, 3)))
    with pytest.raises(ValueError, match=r"Cropping3D 'c3'.*axis 3"):
        layers.Cropping3D(((1, 0), (2, 1), (4, 3)), name="c3").compute_output_shape((2, 5, 6, 7, 3))


@pytest.mark.parametrize(
    ("cls", "value", "message"),
    [
        (layers.Cropping1D, -1, r"cropping must be .* all >= 0; received cropping=-1"),
        (layers.Cropping1D, (1, 2, 3), r"cropping must be an integer or a tuple of 2 integers"),
        (layers.Cropping1D, 1.5, r"cropping must be an integer or a tuple of 2 integers"),
        (layers.Cropping2D, -1, r"cropping amounts must be >= 0"),
        (layers.Cropping2D, (1, 2, 3), r"cropping must be an int, a tuple of 2 ints"),
        (layers.Cropping2D, ((1, -2), (3, 3)), r"cropping amounts must be >= 0"),
        (layers.Cropping2D, 1.5, r"cropping must be an int, a tuple of 2 ints"),
        (layers.Cropping3D, (1, 2), r"cropping must be an int, a tuple of 3 ints"),
    ],
)
def test_bad_cropping_raises(cls, value, message):
    with pytest.raises(ValueError, match=rf"{cls.__name__} '.*': {message}"):
        cls(value)


def test_cropping_wrong_rank_raises():
    with pytest.raises(ValueError, match=r"'crop'.*expected ndim=4, found ndim=3"):
        layers.Cropping2D(1, name="crop")(np.zeros((2, 5, 6), "float32"))


# ZeroPadding -------------------------------------------------------------------------


def test_zero_padding_values_and_shapes():
    x = np.arange(2 * 5 * 3.0, dtype="float32").reshape(2, 5, 3)
    padded = np.pad(x, ((0, 0), (1, 2), (0, 0)))
    _check(layers.ZeroPadding1D((1, 2)), x, (2, 8, 3), padded)
    # keras==3.15.1: first channel of the first sample.
    np.testing.assert_array_equal(padded[0, :, 0], [0, 0, 3, 6, 9, 12, 0, 0])
    first = np.transpose(x, (0, 2, 1))
    _check(
        layers.ZeroPadding1D(1, data_format="channels_first"),
        first,
        (2, 3, 7),
        np.pad(first, ((0, 0), (0, 0), (1, 1))),
    )
    x = RNG.standard_normal((2, 3, 4, 2)).astype("float32")
    _check(
        layers.ZeroPadding2D(((1, 2), (3, 0))),
        x,
        (2, 6, 7, 2),
        np.pad(x, ((0, 0), (1, 2), (3, 0), (0, 0))),
    )
    x = RNG.standard_normal((1, 2, 3, 2, 2)).astype("float32")
    _check(
        layers.ZeroPadding3D(((1, 0), (2, 1), (0, 3)), data_format="channels_first"),
        x,
        (1, 2, 4, 5, 5),
        np.pad(x, ((0, 0), (0, 0), (1, 0), (2, 1), (0, 3))),
    )
    assert layers.ZeroPadding1D(1).compute_output_shape((2, None, 5)) == (2, None, 5)


@pytest.mark.parametrize(
    ("cls", "value", "message"),
    [
        (layers.ZeroPadding1D, -1, r"padding must be .* all >= 0; received padding=-1"),
        (layers.ZeroPadding1D, (1, 2, 3), r"padding must be an integer or a tuple of 2 integers"),
        (layers.ZeroPadding2D, -1, r"padding amounts must be >= 0"),
        (layers.ZeroPadding2D, (1, 2, 3), r"padding must be an int, a tuple of 2 ints"),
        (layers.ZeroPadding2D, 1.5, r"padding must be an int, a tuple of 2 ints"),
        (layers.ZeroPadding3D, (1, 2), r"padding must be an int, a tuple of 3 ints"),
    ],
)
def test_bad_padding_raises(cls, value, message):
    with pytest.raises(ValueError, match=rf"{cls.__name__} '.*': {message}"):
        cls(value)


def test_zero_padding_wrong_rank_raises():
    with pytest.raises(ValueError, match=r"'pad'.*expected ndim=5, found ndim=4"):
        layers.ZeroPadding3D(name="pad")(keras_core.Input((2, 3, 4)))


# UpSampling --------------------------------------------------------------------------


def test_up_sampling_nearest_values_and_shapes():
    x = RNG.standard_normal((2, 3, 4)).astype("float32")
    _check(layers.UpSampling1D(2), x, (2, 6, 4), np.repeat(x, 2, axis=1))
    assert layers.UpSampling1D(3).compute_output_shape((2, None, 5)) == (2, None, 5)
    x = RNG.standard_normal((2, 3, 4, 2)).astype("float32")
    _check(
        layers.UpSampling2D((2, 3)),
        x,
        (2, 6, 12, 2),
        np.repeat(np.repeat(x, 2, axis=1), 3, axis=2),
    )
    _check(
        layers.UpSampling2D((2, 3), data_format="channels_first"),
        x,
        (2, 3, 8, 6),
        np.repeat(np.repeat(x, 2, axis=2), 3, axis=3),
    )
    x = RNG.standard_normal((1, 2, 3, 2, 2)).astype("float32")
    expected = np.repeat(np.repeat(np.repeat(x, 2, axis=1), 3, axis=2), 1, axis=3)
    _check(layers.UpSampling3D((2, 3, 1)), x, (1, 4, 9, 2, 2), expected)
    assert layers.UpSampling3D((2, 3, 1)).compute_output_shape((2, 4, None, 5, 3)) == (
        2,
        8,
        None,
        5,
        3,
    )


def test_up_sampling_2d_bilinear_matches_keras():
    # keras==3.15.1: UpSampling2D(2, interpolation="bilinear") on arange(12).reshape(3, 4).
    image = np.arange(24.0, dtype="float32").reshape(2, 3, 4, 1)
    y = _np(layers.UpSampling2D(2, interpolation="bilinear")(image))
    assert y.shape == (2, 6, 8, 1)
    expected_rows = [
        [0.0, 0.25, 0.75, 1.25, 1.75, 2.25, 2.75, 3.0],
        [1.0, 1.25, 1.75, 2.25, 2.75, 3.25, 3.75, 4.0],
        [3.0, 3.25, 3.75, 4.25, 4.75, 5.25, 5.75, 6.0],
        [5.0, 5.25, 5.75, 6.25, 6.75, 7.25, 7.75, 8.0],
        [7.0, 7.25, 7.75, 8.25, 8.75, 9.25, 9.75, 10.0],
        [8.0, 8.25, 8.75, 9.25, 9.75, 10.25, 10.75, 11.0],
    ]
    np.testing.assert_allclose(y[0, :, :, 0], expected_rows, rtol=1e-5, atol=1e-6)
    layer = layers.UpSampling2D(2, interpolation="bilinear")
    assert layer(keras_core.Input((3, None, 1))).shape == (None, 6, None, 1)


def test_up_sampling_errors():
    with pytest.raises(ValueError, match=r"UpSampling1D '.*': size must be a positive integer"):
        layers.UpSampling1D(0)
    with pytest.raises(TypeError, match=r"UpSampling1D '.*': size must be an int"):
        layers.UpSampling1D((2,))
    message = r"UpSampling2D '.*': size must be an integer or a tuple of 2 integers, all positive"
    with pytest.raises(ValueError, match=message):
        layers.UpSampling2D(0)
    with pytest.raises(ValueError, match=r"UpSampling2D '.*': interpolation must be one of"):
        layers.UpSampling2D(interpolation="foo")
    with pytest.raises(ValueError, match=r"UpSampling3D '.*': size must be .* received size=0\."):
        layers.UpSampling3D(0)
    with pytest.raises(ValueError, match=r"'up'.*expected ndim=3, found ndim=4"):
        layers.UpSampling1D(name="up")(np.zeros((1, 2, 3, 4), "float32"))
