"""``image``: resampling, filters, colour spaces, crops and patches.

Resampling, filtering and patch extraction are required: each framework has gathers and
convolutions that a composition of generic ops would only slow down. The rest is composed:
grayscale is a matrix product, HSV conversions are elementwise arithmetic on the three colour
planes, crops and pads are a slice and a ``pad`` of the two spatial axes, and the elastic
transform is a smoothed random displacement field fed to ``map_coordinates``.
"""

import numpy as np

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import standardize_dtype
from keras_core.backend.image_geometry import (
    elastic_kernel_size,
    is_channels_last,
    resolve_crop,
    resolve_pad,
)
from keras_core.random.seed_generator import draw_seed

REQUIRED = (
    "affine_transform",
    "extract_patches",
    "extract_patches_3d",
    "gaussian_blur",
    "map_coordinates",
    "perspective_transform",
    "resize",
    "scale_and_translate",
    "sobel_edges",
    "ssim",
)

_GRAY_WEIGHTS = ((0.2989,), (0.5870,), (0.1140,))
_FLOATS = ("bfloat16", "float16", "float32", "float64")

_core = table("core")
_binary = table("numpy.binary")
_manipulation = table("numpy.manipulation")
_products = table("numpy.products")
_indexing = table("numpy.indexing")
_unary = table("numpy.unary")
_image = table("image")
_random = table("random")


def rgb_to_grayscale(images, data_format=None):
    images = _core.convert_to_tensor(images)
    dtype = standardize_dtype(images.dtype)
    compute_dtype = dtype if dtype in _FLOATS else "float32"
    weights = _core.convert_to_tensor(_GRAY_WEIGHTS, dtype=compute_dtype)
    values = _core.cast(images, compute_dtype)
    if is_channels_last(data_format):
        return _core.cast(_products.matmul(values, weights), dtype)
    rank = len(_core.shape(images))
    # Move channels last for the product, then back: (..., C, H, W) <-> (..., H, W, C).
    to_last = (*range(rank - 3), rank - 2, rank - 1, rank - 3)
    to_first = (*range(rank - 3), rank - 1, rank - 3, rank - 2)
    gray = _products.matmul(_manipulation.transpose(values, to_last), weights)
    return _core.cast(_manipulation.transpose(gray, to_first), dtype)


def elastic_transform(
    images,
    alpha=20.0,
    sigma=5.0,
    interpolation="bilinear",
    fill_mode="reflect",
    fill_value=0.0,
    seed=None,
    data_format=None,
):
    images = _core.convert_to_tensor(images)
    shape = tuple(_core.shape(images))
    channels_last = is_channels_last(data_format)
    planes = images if len(shape) == 4 else _manipulation.reshape(images, (1, *shape))
    if channels_last:
        planes = _manipulation.transpose(planes, (0, 3, 1, 2))
    batch, channels, height, width = tuple(_core.shape(planes))
    planes = _manipulation.reshape(planes, (batch * channels, height, width))

    kernel = elastic_kernel_size(sigma)
    noise = _random.normal((2 * batch, height, width, 1), 0.0, 1.0, "float32", draw_seed(seed))
    smooth = _image.gaussian_blur(noise, (kernel, kernel), (sigma, sigma), "channels_last")
    displacement = _binary.multiply(
        _manipulation.reshape(smooth, (2, batch, 1, height, width)), alpha
    )

    # One displacement per image, shared by its channels; each channel is its own plane.
    grid = np.mgrid[0:batch, 0:channels, 0:height, 0:width].astype(np.float32)
    plane_index = grid[0] * channels + grid[1]
    positions = _binary.add(_core.convert_to_tensor(grid[2:]), displacement)
    coordinates = _manipulation.concatenate(
        [_core.convert_to_tensor(plane_index[None]), positions], axis=0
    )
    coordinates = _manipulation.reshape(coordinates, (3, batch * channels, height, width))
    order = 0 if interpolation == "nearest" else 1
    moved = _image.map_coordinates(planes, coordinates, order, fill_mode, fill_value)

    moved = _manipulation.reshape(moved, (batch, channels, height, width))
    if channels_last:
        moved = _manipulation.transpose(moved, (0, 2, 3, 1))
    return moved if len(shape) == 4 else _manipulation.reshape(moved, shape)


def _spatial_axes(rank, data_format):
    """The (rows, columns) axes of 3-D or 4-D images."""
    rows = rank - 3 if is_channels_last(data_format) else rank - 2
    return rows, rows + 1


def crop_images(
    images,
    top_cropping=None,
    left_cropping=None,
    bottom_cropping=None,
    right_cropping=None,
    target_height=None,
    target_width=None,
    data_format=None,
):
    images = _core.convert_to_tensor(images)
    shape = tuple(_core.shape(images))
    rows, columns = _spatial_axes(len(shape), data_format)
    top, left, height, width = resolve_crop(
        shape[rows],
        shape[columns],
        top_cropping,
        left_cropping,
        bottom_cropping,
        right_cropping,
        target_height,
        target_width,
    )
    key = [slice(None)] * len(shape)
    key[rows], key[columns] = slice(top, top + height), slice(left, left + width)
    return _indexing.get_item(images, tuple(key))


def pad_images(
    images,
    top_padding=None,
    left_padding=None,
    bottom_padding=None,
    right_padding=None,
    target_height=None,
    target_width=None,
    data_format=None,
):
    images = _core.convert_to_tensor(images)
    shape = tuple(_core.shape(images))
    rows, columns = _spatial_axes(len(shape), data_format)
    pad_width = [(0, 0)] * len(shape)
    pad_width[rows], pad_width[columns] = resolve_pad(
        shape[rows],
        shape[columns],
        top_padding,
        left_padding,
        bottom_padding,
        right_padding,
        target_height,
        target_width,
    )
    return _manipulation.pad(images, pad_width)


def _float_planes(images, data_format):
    """The three colour planes of float ``images``, and the channel axis they came from."""
    images = _core.convert_to_tensor(images)
    dtype = standardize_dtype(images.dtype)
    if dtype not in _FLOATS:
        raise TypeError(f"expected float images, received {dtype}")
    axis = -1 if is_channels_last(data_format) else -3
    trailing = (slice(None),) * (-1 - axis)
    planes = tuple(_indexing.get_item(images, (Ellipsis, i, *trailing)) for i in range(3))
    return planes, axis, dtype


def rgb_to_hsv(images, data_format=None):
    (red, green, blue), axis, dtype = _float_planes(images, data_format)
    value = _binary.maximum(_binary.maximum(red, green), blue)
    spread = _binary.subtract(value, _binary.minimum(_binary.minimum(red, green), blue))
    # Where value or spread is 0 the quotient is defined as 0; divide by 1 there instead.
    lit, coloured = _binary.greater(value, 0), _binary.greater(spread, 0)
    saturation = _binary.divide(spread, _indexing.where(lit, value, 1))
    saturation = _indexing.where(lit, saturation, 0)
    safe_spread = _indexing.where(coloured, spread, 1)
    # The hue sector follows the largest channel; each sector spans 2 of the 6 units.
    from_red = _binary.divide(_binary.subtract(green, blue), safe_spread)
    from_green = _binary.add(_binary.divide(_binary.subtract(blue, red), safe_spread), 2)
    from_blue = _binary.add(_binary.divide(_binary.subtract(red, green), safe_spread), 4)
    hue = _indexing.where(
        _binary.equal(value, red),
        from_red,
        _indexing.where(_binary.equal(value, green), from_green, from_blue),
    )
    hue = _indexing.where(coloured, _binary.mod(_binary.divide(hue, 6), 1.0), 0)
    return _core.cast(_manipulation.stack([hue, saturation, value], axis=axis), dtype)


def hsv_to_rgb(images, data_format=None):
    (hue, saturation, value), axis, dtype = _float_planes(images, data_format)
    sixths = _binary.multiply(hue, 6)

    def distance(centre):
        return _unary.abs(_binary.subtract(sixths, centre))

    red = _binary.clip(_binary.subtract(distance(3), 1), 0, 1)
    green = _binary.clip(_binary.subtract(2, distance(2)), 0, 1)
    blue = _binary.clip(_binary.subtract(2, distance(4)), 0, 1)
    rgb = _manipulation.stack([red, green, blue], axis=axis)
    saturation = _manipulation.expand_dims(saturation, axis)
    value = _manipulation.expand_dims(value, axis)
    scaled = _binary.add(_binary.multiply(_binary.subtract(rgb, 1), saturation), 1)
    return _core.cast(_binary.multiply(scaled, value), dtype)
