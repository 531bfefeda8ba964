"""The shared argument checks of ``keras_core.layers.arguments``: standardized values, and
errors that name the layer, the argument, what is accepted and what was received."""

import numpy as np
import pytest

import keras_core
from keras_core.layers import arguments


def test_describe_and_is_int():
    assert arguments.describe(keras_core.layers.Flatten(name="f")) == "Flatten 'f'"
    flags = [arguments.is_int(v) for v in (3, np.int8(3), True, 3.0, "3")]
    assert flags == [True, True, False, False, False]


def test_integer_and_positive_int():
    value = arguments.integer("L 'l'", "n", np.int64(4))
    assert value == 4 and type(value) is int
    with pytest.raises(TypeError, match=r"^L 'l': n must be an int, received 2.0 of type float$"):
        arguments.integer("L 'l'", "n", 2.0)
    assert arguments.positive_int("Conv2D", "filters", np.int32(8)) == 8
    for bad in (0, -2, 1.5, "8", True):
        with pytest.raises(
            ValueError, match=rf"^Conv2D: filters must be a positive integer, received {bad!r}\.$"
        ):
            arguments.positive_int("Conv2D", "filters", bad)


def test_int_tuple():
    assert arguments.int_tuple("L", "strides", 2, 3) == (2, 2, 2)
    standardized = arguments.int_tuple("L", "size", np.array([2, 3]), 2)
    assert standardized == (2, 3) and all(type(v) is int for v in standardized)
    assert arguments.int_tuple("L", "padding", [0, 4], 2, minimum=0) == (0, 4)
    with pytest.raises(
        ValueError,
        match=r"^L: strides must be an integer or a tuple of 2 integers, all positive; "
        r"received strides=\(1, 0\)\.$",
    ):
        arguments.int_tuple("L", "strides", (1, 0), 2)
    for bad in (None, "ab", (1, 2, 3), (1.0, 2)):
        with pytest.raises(ValueError, match=r"all >= 0; received padding="):
            arguments.int_tuple("L", "padding", bad, 2, minimum=0)


def test_int_pairs():
    assert arguments.int_pairs("L", "cropping", 1, 2) == ((1, 1), (1, 1))
    assert arguments.int_pairs("L", "cropping", (1, (2, 3), 0), 3) == ((1, 1), (2, 3), (0, 0))
    with pytest.raises(ValueError, match=r"^L: cropping amounts must be >= 0, received"):
        arguments.int_pairs("L", "cropping", ((0, -1), 2), 2)
    with pytest.raises(ValueError, match=r"or a tuple of 2 \(before, after\) pairs, received 1.5"):
        arguments.int_pairs("L", "cropping", 1.5, 2)


def test_padding_mode_and_data_format():
    assert arguments.padding_mode("L", "SAME", ("valid", "same")) == "same"
    with pytest.raises(
        ValueError, match=r"^L: padding must be one of 'valid', 'same', received padding=3\.$"
    ):
        arguments.padding_mode("L", 3, ("valid", "same"))
    assert arguments.data_format("L", "Channels_First") == "channels_first"
    assert arguments.data_format("L", None) == keras_core.backend.image_data_format()
    with pytest.raises(ValueError, match=r"received data_format='nhwc'\.$"):
        arguments.data_format("L", "nhwc")


def test_strided_dilation_axes_and_rank():
    arguments.no_strided_dilation("L", (2, 1), (1, 1))
    arguments.no_strided_dilation("L", (1, 1), (3, 2))
    with pytest.raises(ValueError, match=r"strides=\(2,\) and dilation_rate=\(2,\)"):
        arguments.no_strided_dilation("L", (2,), (2,))
    assert arguments.spatial_axes("channels_last", 3) == (1, 2, 3)
    assert arguments.spatial_axes("channels_first", 2) == (2, 3)
    assert arguments.check_rank("L", [None, 4], 2) == (None, 4)
    with pytest.raises(ValueError, match=r"^L expects inputs of rank 3, received input shape"):
        arguments.check_rank("L", (None, 4), 3)
