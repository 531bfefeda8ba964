"""Bad constructor arguments and bad inputs raise ValueErrors that name the layer, the
argument or input, and what was expected and received (where Keras 3 raises too)."""

import numpy as np
import pytest

import keras_core as keras

L = keras.layers


@pytest.mark.parametrize(
    "make, match",
    [
        (lambda: L.Conv2D(0, 3), r"Conv2D: filters must be a positive integer, received 0"),
        (lambda: L.Conv1D(-1, 3), r"Conv1D: filters must be a positive integer, received -1"),
        (lambda: L.Conv2D("8", 3), r"Conv2D: filters must be .* received '8'"),
        (lambda: L.Conv2D(2.5, 3), r"Conv2D: filters must be .* received 2.5"),
        (lambda: L.Conv2DTranspose(0, 3), r"Conv2DTranspose: filters must be .* received 0"),
        (lambda: L.SeparableConv1D(0, 3), r"SeparableConv1D: filters must be .* received 0"),
        (lambda: L.Conv2D(2, 0), r"Conv2D: kernel_size must be .* 2 integers.*kernel_size=0"),
        (lambda: L.Conv2D(2, (3, 3, 3)), r"Conv2D: kernel_size .* kernel_size=\(3, 3, 3\)"),
        (lambda: L.Conv3D(2, "a"), r"Conv3D: kernel_size .* 3 integers.*kernel_size='a'"),
        (lambda: L.DepthwiseConv1D(2.0), r"DepthwiseConv1D: kernel_size .* kernel_size=2.0"),
        (lambda: L.Conv1D(2, 3, strides=0), r"Conv1D: strides must be .* strides=0"),
        (lambda: L.Conv2D(2, 3, dilation_rate=(1, 0)),
         r"Conv2D: dilation_rate .* dilation_rate=\(1, 0\)"),
        (lambda: L.Conv2D(2, 3, padding="full"),
         r"Conv2D: padding must be one of 'valid', 'same', received padding='full'"),
        (lambda: L.Conv2D(2, 3, padding="causal"),
         r"Conv2D: padding must be one of 'valid', 'same', received padding='causal'"),
        (lambda: L.Conv1DTranspose(2, 3, padding="causal"),
         r"Conv1DTranspose: padding must be one of 'valid', 'same', received"),
        (lambda: L.DepthwiseConv1D(3, padding="causal"), r"DepthwiseConv1D: padding must be"),
        (lambda: L.SeparableConv1D(2, 3, padding="causal"), r"SeparableConv1D: padding must be"),
        (lambda: L.Conv1D(2, 3, padding="full"),
         r"Conv1D: padding must be one of 'valid', 'same', 'causal', received"),
        (lambda: L.Conv2D(2, 3, data_format="nhwc"),
         r"Conv2D: data_format must be 'channels_last' or 'channels_first', received "
         r"data_format='nhwc'"),
        (lambda: L.Conv2D(2, 3, groups=0), r"Conv2D: groups must be a positive integer"),
        (lambda: L.Conv2D(3, 3, groups=2),
         r"Conv2D: filters must be a multiple of groups, received filters=3 and groups=2"),
        (lambda: L.Conv2D(2, 3, strides=(2, 1), dilation_rate=(1, 2)),
         r"Conv2D: strides > 1 cannot be combined with dilation_rate > 1; received "
         r"strides=\(2, 1\) and dilation_rate=\(1, 2\)"),
        (lambda: L.Conv1DTranspose(2, 3, strides=2, dilation_rate=2),
         r"Conv1DTranspose: strides > 1 cannot be combined"),
        (lambda: L.Conv2DTranspose(2, 3, strides=2, output_padding=2),
         r"Conv2DTranspose: each output_padding must be smaller than its stride, received "
         r"output_padding=\(2, 2\) and strides=\(2, 2\)"),
        (lambda: L.Conv1DTranspose(2, 3, output_padding=-1),
         r"Conv1DTranspose: output_padding must be .* all >= 0; received output_padding=-1"),
        (lambda: L.Conv3DTranspose(2, 3, strides=2, output_padding=(1, 1)),
         r"Conv3DTranspose: output_padding .* tuple of 3 integers"),
        (lambda: L.DepthwiseConv2D(3, depth_multiplier=0),
         r"DepthwiseConv2D: depth_multiplier must be a positive integer, received 0"),
        (lambda: L.SeparableConv2D(2, 3, depth_multiplier=0),
         r"SeparableConv2D: depth_multiplier must be a positive integer, received 0"),
    ],
)  # fmt: skip
def test_bad_constructor_arguments(make, match):
    with pytest.raises(ValueError, match=match):
        make()


def test_depthwise_and_separable_accept_strides_with_dilation():
    # Keras rejects the combination for Conv and ConvTranspose only.
    assert L.DepthwiseConv2D(3, strides=2, dilation_rate=2).strides == (2, 2)
    assert L.SeparableConv1D(2, 3, strides=2, dilation_rate=2).dilation_rate == (2,)


def test_unknown_keyword_argument_is_rejected():
    with pytest.raises((TypeError, ValueError), match=r"Conv2D.*foo"):
        L.Conv2D(2, 3, foo=1)


def test_groups_must_divide_the_input_channels():
    layer = L.Conv2D(4, 3, groups=2, name="grouped")
    with pytest.raises(
        ValueError,
        match=r"Conv2D 'grouped': the input channels must be a multiple of groups=2, "
        r"received 3 input channels",
    ):
        layer.build((None, 5, 5, 3))


@pytest.mark.parametrize(
    "make, shape",
    [
        (lambda: L.Conv2D(2, 3, name="c2"), (2, 5, 5)),
        (lambda: L.Conv1D(2, 3, name="c1"), (2, 5, 5, 3)),
        (lambda: L.Conv3DTranspose(2, 2, name="c3t"), (1, 4, 4, 2)),
        (lambda: L.DepthwiseConv1D(2, name="dw1"), (4, 3)),
        (lambda: L.SeparableConv2D(2, 2, name="sep2"), (1, 4, 4, 4, 2)),
    ],
    ids=["Conv2D", "Conv1D", "Conv3DTranspose", "DepthwiseConv1D", "SeparableConv2D"],
)
def test_wrong_input_rank_names_the_layer_and_ranks(make, shape):
    layer = make()
    message = rf"'{layer.name}'.*expected ndim={layer.rank + 2}, found ndim={len(shape)}"
    with pytest.raises(ValueError, match=message):
        layer(np.ones(shape, "float32"))
    with pytest.raises(ValueError, match=message):
        layer(keras.Input(shape[1:], batch_size=shape[0]))


def test_build_with_wrong_rank_or_unknown_channels():
    with pytest.raises(
        ValueError,
        match=r"Conv2D 'c' expects inputs of rank 4 \(batch, \*spatial, channels with 2 "
        r"spatial axes\), received input_shape=\(None, 5, 3\)",
    ):
        L.Conv2D(2, 3, name="c").build((None, 5, 3))
    with pytest.raises(
        ValueError,
        match=r"DepthwiseConv1D 'd': the channel axis \(1\) of the input must be known to build "
        r"the layer, received input_shape=\(None, None, 7\)",
    ):
        L.DepthwiseConv1D(3, data_format="channels_first", name="d").build((None, None, 7))


@pytest.mark.parametrize(
    "make, built_shape, bad_shape, axis",
    [
        (lambda: L.Conv2D(2, 1, kernel_initializer="ones", name="a"), (1, 3, 3, 2),
         (1, 3, 3, 3), -1),
        (lambda: L.Conv1DTranspose(2, 1, kernel_initializer="ones",
                                   data_format="channels_first", name="b"),
         (1, 2, 4), (1, 5, 4), 1),
        (lambda: L.DepthwiseConv1D(1, depthwise_initializer="ones", name="c"), (1, 4, 2),
         (1, 4, 3), -1),
        (lambda: L.SeparableConv1D(2, 1, depthwise_initializer="ones",
                                   pointwise_initializer="ones", name="d"),
         (1, 4, 2), (1, 4, 3), -1),
    ],
    ids=["Conv2D", "Conv1DTranspose", "DepthwiseConv1D", "SeparableConv1D"],
)  # fmt: skip
def test_channel_mismatch_after_build(make, built_shape, bad_shape, axis):
    layer = make()
    layer(np.ones(built_shape, "float32"))
    expected = built_shape[axis]
    message = (
        rf"layer '{layer.name}'.*expected axis {axis} of input shape to have value {expected}, "
        rf"but received input with shape \(.*{bad_shape[axis]}.*\)"
    )
    with pytest.raises(ValueError, match=message):
        layer(np.ones(bad_shape, "float32"))
    with pytest.raises(ValueError, match=message):
        layer(keras.Input(bad_shape[1:]))


def test_valid_convolution_larger_than_its_input():
    layer = L.Conv2D(2, 3, dilation_rate=2, kernel_initializer="ones", name="big")
    with pytest.raises(
        ValueError,
        match=r"Conv2D 'big': the computed output size would be zero or negative: spatial "
        r"axis 0 has size 4 but the dilated kernel spans 5",
    ):
        layer.compute_output_shape((None, 4, 9, 1))
    with pytest.raises(ValueError, match="zero or negative"):
        layer(keras.Input((4, 9, 1)))
