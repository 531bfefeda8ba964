"""``image``: resampling, filters, colour spaces, crops and patches.

Resampling, filtering and patch extraction are required: each framework has gathers and
convolutions that a composition of generic ops would only slow down. Grayscale is a
matrix product, and the elastic transform is a smoothed random displacement field fed to
``map_coordinates``, so both are composed.
"""

import numpy as np

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import standardize_dtype
from keras_core.backend.image_geometry import elastic_kernel_size, is_channels_last
from keras_core.random.seed_generator import draw_seed

REQUIRED = (
    "affine_transform",
    "crop_images",
    "extract_patches",
    "extract_patches_3d",
    "gaussian_blur",
    "hsv_to_rgb",
    "map_coordinates",
    "pad_images",
    "perspective_transform",
    "resize",
    "rgb_to_hsv",
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
