"""Image ops: the same clear error for bad input on every backend, seeded elastic
transforms, symbolic shapes, compiled tracing and the core's compositions."""

import numpy as np
import pytest

import keras_core
from keras_core import ops
from keras_core.backend import contract
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import image

RNG = np.random.default_rng(11)
IMAGES = RNG.uniform(0, 1, (2, 8, 10, 3)).astype("float32")
GRAY = RNG.uniform(0, 1, (8, 10)).astype("float32")


def _native(value):
    return ops.convert_to_tensor(value) if isinstance(value, np.ndarray) else value


def _numpy(value):
    return ops.convert_to_numpy(value)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: image.resize(_native(IMAGES[0, 0]), (4, 4)),
            ValueError,
            "ops.resize: images must be 3-D (height, width, channels) or 4-D (batch, height, "
            "width, channels), received shape (10, 3).",
        ),
        (
            lambda: image.resize(_native(IMAGES), (4, 4), interpolation="area"),
            ValueError,
            "ops.resize: interpolation must be one of ('bilinear', 'nearest', 'lanczos3', "
            "'lanczos5', 'bicubic'), received 'area'.",
        ),
        (
            lambda: image.resize(_native(IMAGES), (4, 4, 4)),
            ValueError,
            "ops.resize: size must be an int or a pair of ints, received (4, 4, 4).",
        ),
        (
            lambda: image.resize(
                _native(IMAGES), (4, 4), crop_to_aspect_ratio=True, pad_to_aspect_ratio=True
            ),
            ValueError,
            "ops.resize: crop_to_aspect_ratio and pad_to_aspect_ratio cannot both be True.",
        ),
        (
            lambda: image.resize(_native(IMAGES), (4, 4), data_format="channels_middle"),
            ValueError,
            "ops.resize: data_format must be one of ('channels_last', 'channels_first'), "
            "received 'channels_middle'.",
        ),
        (
            lambda: image.affine_transform(_native(IMAGES), _native(np.zeros((2, 6), "float32"))),
            ValueError,
            "ops.affine_transform: transform must have shape (8,) or (batch, 8), received shape "
            "(2, 6).",
        ),
        (
            lambda: image.affine_transform(_native(IMAGES), [1, 0, 0, 0, 1, 0, 0, 0], "bicubic"),
            ValueError,
            "ops.affine_transform: interpolation must be one of ('bilinear', 'nearest'), "
            "received 'bicubic'.",
        ),
        (
            lambda: image.affine_transform(
                _native(IMAGES), [1, 0, 0, 0, 1, 0, 0, 0], fill_mode="edge"
            ),
            ValueError,
            "ops.affine_transform: fill_mode must be one of ('constant', 'nearest', 'wrap', "
            "'mirror', 'reflect'), received 'edge'.",
        ),
        (
            lambda: image.perspective_transform(
                _native(IMAGES), [[0, 0], [1, 0], [0, 1]], [[0, 0], [1, 0], [0, 1]]
            ),
            ValueError,
            "ops.perspective_transform: start_points must have shape (4, 2) or (batch, 4, 2), "
            "received shape (3, 2).",
        ),
        (
            lambda: image.map_coordinates(_native(GRAY), _native(np.zeros((3, 4), "float32")), 1),
            ValueError,
            "ops.map_coordinates: coordinates must have shape (rank of inputs, ...) = (2, ...), "
            "received shape (3, 4) for inputs of shape (8, 10).",
        ),
        (
            lambda: image.map_coordinates(_native(GRAY), _native(np.zeros((2, 4), "float32")), 3),
            ValueError,
            "ops.map_coordinates: order must be one of (0, 1), received 3.",
        ),
        (
            lambda: image.gaussian_blur(_native(IMAGES), kernel_size=(3, 0)),
            ValueError,
            "ops.gaussian_blur: kernel_size must be positive, received (3, 0).",
        ),
        (
            lambda: image.ssim(_native(IMAGES), _native(IMAGES[:, :6])),
            ValueError,
            "ops.ssim: image1 and image2 must have the same shape, received (2, 8, 10, 3) and "
            "(2, 6, 10, 3).",
        ),
        (
            lambda: image.ssim(_native(IMAGES), _native(IMAGES)),
            ValueError,
            "ops.ssim: images of shape (2, 8, 10, 3) are smaller than filter_size=11.",
        ),
        (
            lambda: image.rgb_to_grayscale(_native(IMAGES[..., :2])),
            ValueError,
            "ops.rgb_to_grayscale: images must have 3 channels, received shape (2, 8, 10, 2) "
            "(channel axis 3).",
        ),
        (
            lambda: image.rgb_to_hsv(_native((IMAGES * 255).astype("uint8"))),
            TypeError,
            "ops.rgb_to_hsv: images must have a float dtype, received uint8.",
        ),
        (
            lambda: image.hsv_to_rgb(_native(IMAGES.astype("int32"))),
            TypeError,
            "ops.hsv_to_rgb: images must have a float dtype, received int32.",
        ),
        (
            lambda: image.crop_images(_native(IMAGES), top_cropping=1, left_cropping=1),
            ValueError,
            "ops.crop_images: give exactly two of top_cropping, bottom_cropping, target_height; "
            "received top_cropping=1, bottom_cropping=None, target_height=None.",
        ),
        (
            lambda: image.crop_images(_native(IMAGES), 1, 1, 1, 1, target_height=5),
            ValueError,
            "ops.crop_images: give exactly two of top_cropping, bottom_cropping, target_height; "
            "received top_cropping=1, bottom_cropping=1, target_height=5.",
        ),
        (
            lambda: image.crop_images(_native(IMAGES), 4, 0, target_height=6, target_width=4),
            ValueError,
            "ops.crop_images: cropping ('top_cropping', 'bottom_cropping', 'target_height') = "
            "(4, None, 6) does not fit an axis of size 8.",
        ),
        (
            lambda: image.pad_images(_native(IMAGES), 1, 1, target_height=5, target_width=12),
            ValueError,
            "ops.pad_images: target_height=5 is too small for an axis of size 8 with "
            "top_padding=1.",
        ),
        (
            lambda: image.pad_images(_native(IMAGES), -1, 0, 1, 1),
            ValueError,
            "ops.pad_images: top_padding must be >= 0, received -1.",
        ),
        (
            lambda: image.extract_patches(_native(IMAGES), 9),
            ValueError,
            "ops.extract_patches: a window of size (9, 9) (dilation (1, 1)) does not fit images "
            "of shape (2, 8, 10, 3) with padding='valid'.",
        ),
        (
            lambda: image.extract_patches(_native(IMAGES), 2, padding="full"),
            ValueError,
            "ops.extract_patches: padding must be one of ('valid', 'same'), received 'full'.",
        ),
        (
            lambda: image.extract_patches_3d(_native(IMAGES[0]), 2),
            ValueError,
            "ops.extract_patches_3d: volumes must be 4-D (depth, height, width, channels) or 5-D "
            "(batch, depth, height, width, channels), received shape (8, 10, 3).",
        ),
        (
            lambda: image.scale_and_translate(
                _native(IMAGES), (2, 4, 5, 3), [0.5, 0.5], [0.0, 0.0], (1, 2), "nearest"
            ),
            ValueError,
            "ops.scale_and_translate: method must be one of ('linear', 'bilinear', 'trilinear', "
            "'triangle', 'cubic', 'bicubic', 'tricubic', 'keyscubic', 'lanczos3', 'lanczos5'), "
            "received 'nearest'.",
        ),
        (
            lambda: image.elastic_transform(_native(IMAGES), fill_mode="edge", seed=1),
            ValueError,
            "ops.elastic_transform: fill_mode must be one of ('constant', 'nearest', 'wrap', "
            "'mirror', 'reflect'), received 'edge'.",
        ),
    ],
)
def test_bad_input_raises_the_same_error_on_every_backend(call, error, message):
    with pytest.raises(error) as raised:
        call()
    assert str(raised.value) == message


def test_elastic_transform_is_reproducible_with_a_seed():
    first = _numpy(image.elastic_transform(_native(IMAGES), alpha=5.0, sigma=1.0, seed=7))
    again = _numpy(image.elastic_transform(_native(IMAGES), alpha=5.0, sigma=1.0, seed=7))
    np.testing.assert_array_equal(first, again)
    assert not np.allclose(first, IMAGES)
    # Channels move together: a grey image stays grey.
    grey = np.repeat(IMAGES[..., :1], 3, axis=-1)
    moved = _numpy(image.elastic_transform(_native(grey), alpha=5.0, sigma=1.0, seed=7))
    np.testing.assert_allclose(moved[..., 0], moved[..., 2], atol=1e-6)


def test_elastic_transform_follows_a_seed_generator():
    generator = keras_core.random.SeedGenerator(3)
    first = _numpy(image.elastic_transform(_native(IMAGES), sigma=1.0, seed=generator))
    second = _numpy(image.elastic_transform(_native(IMAGES), sigma=1.0, seed=generator))
    assert not np.allclose(first, second)


def test_data_format_none_follows_the_config():
    previous = keras_core.config.image_data_format()
    keras_core.config.set_image_data_format("channels_first")
    try:
        out = image.resize(_native(np.moveaxis(IMAGES, -1, 1)), (4, 5))
        assert tuple(ops.shape(out)) == (2, 3, 4, 5)
        symbolic = image.sobel_edges(KerasTensor((None, 3, 8, 10)))
        assert symbolic.shape == (None, 3, 8, 10, 2)
    finally:
        keras_core.config.set_image_data_format(previous)


@pytest.mark.parametrize(
    ("call", "shape", "dtype"),
    [
        (lambda x: image.resize(x, (4, 5)), (None, 4, 5, 3), "float32"),
        (lambda x: image.extract_patches(x, 3, padding="same"), (None, 3, 4, 27), "float32"),
        (lambda x: image.ssim(x, x, filter_size=7), (None,), "float32"),
        (lambda x: image.crop_images(x, 1, 2, 3, 4), (None, 4, 4, 3), "float32"),
        (
            lambda x: image.pad_images(x, 1, 2, target_height=12, target_width=14),
            (None, 12, 14, 3),
            "float32",
        ),
        (lambda x: image.rgb_to_grayscale(x), (None, 8, 10, 1), "float32"),
    ],
)
def test_symbolic_outputs(call, shape, dtype):
    out = call(KerasTensor((None, 8, 10, 3)))
    assert isinstance(out, KerasTensor)
    assert (out.shape, out.dtype) == (shape, dtype)


COMPILED = {
    "resize": lambda x: image.resize(x, (5, 7), interpolation="bicubic", antialias=True),
    "affine_transform": lambda x: image.affine_transform(
        x, [1.2, 0.1, -0.5, 0.0, 0.9, 0.7, 0.01, 0.0], fill_mode="reflect"
    ),
    "perspective_transform": lambda x: image.perspective_transform(
        x, [[0, 0], [9, 0], [0, 7], [9, 7]], [[1, 0], [9, 1], [0, 7], [8, 6]]
    ),
    "map_coordinates": lambda x: image.map_coordinates(
        x[0, :, :, 0], [[0.5, 3.25, 7.0], [1.5, -0.5, 9.5]], 1, fill_mode="mirror"
    ),
    "gaussian_blur": lambda x: image.gaussian_blur(x, 5, 1.5),
    "sobel_edges": image.sobel_edges,
    "rgb_to_hsv": image.rgb_to_hsv,
    "extract_patches": lambda x: image.extract_patches(x, 3, 2, padding="same"),
    "elastic_transform": lambda x: image.elastic_transform(x, alpha=0.0, sigma=1.0, seed=1),
}


@pytest.mark.compositions
@pytest.mark.parametrize("name", sorted(COMPILED))
def test_ops_trace_under_the_backends_compiler(name):
    function = COMPILED[name]
    backend = keras_core.config.backend()
    expected = _numpy(function(_native(IMAGES)))
    if backend == "jax":
        import jax

        compiled = jax.jit(function)(_native(IMAGES))
    elif backend == "tensorflow":
        import tensorflow as tf

        compiled = tf.function(function)(_native(IMAGES))
    else:
        pytest.skip(f"no compiler to check on {backend}")
    np.testing.assert_allclose(_numpy(compiled), expected, rtol=1e-5, atol=1e-5)


@pytest.mark.compositions
def test_composed_ops_are_grayscale_and_elastic_transform():
    assert set(contract.composed("image")) == {
        "rgb_to_grayscale",
        "elastic_transform",
        "crop_images",
        "pad_images",
        "rgb_to_hsv",
        "hsv_to_rgb",
    }
    weights = np.array([0.2989, 0.5870, 0.1140])
    gray = contract.composed("image")["rgb_to_grayscale"](_native(IMAGES))
    np.testing.assert_allclose(_numpy(gray), IMAGES @ weights[:, None], rtol=1e-5, atol=1e-6)


@pytest.mark.compositions
def test_composed_elastic_transform_moves_pixels_and_keeps_them_with_zero_alpha():
    function = contract.composed("image")["elastic_transform"]
    still = function(_native(IMAGES), alpha=0.0, sigma=1.0, seed=2)
    np.testing.assert_allclose(_numpy(still), IMAGES, atol=1e-6)
    moved = _numpy(function(_native(IMAGES), alpha=3.0, sigma=1.0, seed=2))
    assert moved.shape == IMAGES.shape and not np.allclose(moved, IMAGES)
    np.testing.assert_array_equal(moved, _numpy(function(_native(IMAGES), 3.0, 1.0, seed=2)))
