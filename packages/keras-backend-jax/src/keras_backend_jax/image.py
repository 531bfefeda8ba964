"""Image ops on jax.Array; the static geometry comes from ``keras_core.backend.image_geometry``."""

import jax
import jax.numpy as jnp
import numpy as np

from keras_backend_jax.core import convert_to_tensor
from keras_core.backend.image_geometry import (
    as_tuple,
    fit_aspect_ratio,
    gaussian_taps,
    is_channels_last,
    nearest_indices,
    patch_windows,
    sigma_pair,
    to_batched_channels_last,
)
from keras_core.backend.settings import floatx


def _compute_dtype(dtype):
    return dtype if jnp.issubdtype(dtype, jnp.floating) else jnp.float32


def _as_dtype(values, dtype):
    """Float ``values`` in ``dtype``; integers are rounded half away from zero and clipped."""
    if jnp.issubdtype(dtype, jnp.integer):
        limits = jnp.iinfo(dtype)
        rounded = jnp.sign(values) * jnp.floor(jnp.abs(values) + 0.5)
        values = jnp.clip(rounded, limits.min, limits.max)
    return values.astype(dtype)


def resize(
    images,
    size,
    interpolation="bilinear",
    antialias=False,
    crop_to_aspect_ratio=False,
    pad_to_aspect_ratio=False,
    fill_mode="constant",
    fill_value=0.0,
    data_format=None,
):
    x, restore = to_batched_channels_last(images, data_format)
    x = fit_aspect_ratio(x, size, crop_to_aspect_ratio, pad_to_aspect_ratio, fill_value)
    target_height, target_width = size
    if interpolation == "nearest":
        rows = nearest_indices(x.shape[1], target_height)
        columns = nearest_indices(x.shape[2], target_width)
        return restore(x[:, rows][:, :, columns])
    height, width = x.shape[1:3]
    scales = jnp.array([target_height / height, target_width / width], jnp.float32)
    resized = jax.image.scale_and_translate(
        x.astype(_compute_dtype(x.dtype)),
        (x.shape[0], target_height, target_width, x.shape[3]),
        (1, 2),
        scales,
        jnp.zeros(2, jnp.float32),
        interpolation,
        antialias,
    )
    return restore(_as_dtype(resized, x.dtype))


def scale_and_translate(
    images, output_shape, scale, translation, spatial_dims, method, antialias=True
):
    images = convert_to_tensor(images)
    result = jax.image.scale_and_translate(
        images.astype(_compute_dtype(images.dtype)),
        tuple(output_shape),
        tuple(spatial_dims),
        jnp.asarray(scale, jnp.float32),
        jnp.asarray(translation, jnp.float32),
        method,
        antialias,
    )
    return _as_dtype(result, images.dtype)


def map_coordinates(inputs, coordinates, order, fill_mode="constant", fill_value=0):
    inputs = convert_to_tensor(inputs)
    coordinates = [jnp.asarray(c, jnp.float32) for c in coordinates]
    return jax.scipy.ndimage.map_coordinates(
        inputs, coordinates, order, mode=fill_mode, cval=fill_value
    )


def _fixed_index(index, size, fill_mode):
    """Integer indices mapped into ``[0, size)`` by the fill mode (``constant`` clips)."""
    if fill_mode == "wrap":
        return jnp.mod(index, size)
    if fill_mode == "mirror":
        period = 2 * (size - 1)
        if period == 0:
            return jnp.zeros_like(index)
        return jnp.abs(jnp.mod(index + size - 1, period) - (size - 1))
    if fill_mode == "reflect":
        folded = jnp.mod(index, 2 * size)
        return jnp.where(folded >= size, 2 * size - 1 - folded, folded)
    return jnp.clip(index, 0, size - 1)


def _taps(coordinate, order):
    if order == 0:
        return [(jnp.sign(coordinate) * jnp.floor(jnp.abs(coordinate) + 0.5), 1.0)]
    low = jnp.floor(coordinate)
    upper_weight = coordinate - low
    return [(low, 1.0 - upper_weight), (low + 1, upper_weight)]


def _sample(images, rows, columns, order, fill_mode, fill_value):
    """Pixels of ``images`` (B, H, W, C) at float ``rows``/``columns`` (B, H', W')."""
    height, width = images.shape[1:3]
    batch = jnp.arange(images.shape[0])[:, None, None]
    compute_dtype = _compute_dtype(images.dtype)
    result = 0.0
    for row, row_weight in _taps(rows, order):
        for column, column_weight in _taps(columns, order):
            row, column = row.astype(jnp.int32), column.astype(jnp.int32)
            values = images[
                batch, _fixed_index(row, height, fill_mode), _fixed_index(column, width, fill_mode)
            ].astype(compute_dtype)
            if fill_mode == "constant":
                valid = (row >= 0) & (row < height) & (column >= 0) & (column < width)
                values = jnp.where(valid[..., None], values, fill_value)
            weight = row_weight * column_weight
            result = result + jnp.asarray(weight, compute_dtype)[..., None] * values
    return _as_dtype(result, images.dtype)


def _projective(images, transform, interpolation, fill_mode, fill_value):
    transform = jnp.asarray(convert_to_tensor(transform), jnp.float32)
    transform = jnp.broadcast_to(transform.reshape(-1, 8), (images.shape[0], 8))
    a0, a1, a2, b0, b1, b2, c0, c1 = (transform[:, i, None, None] for i in range(8))
    rows, columns = np.meshgrid(
        np.arange(images.shape[1]), np.arange(images.shape[2]), indexing="ij"
    )
    k = c0 * columns + c1 * rows + 1.0
    source_columns = (a0 * columns + a1 * rows + a2) / k
    source_rows = (b0 * columns + b1 * rows + b2) / k
    order = 0 if interpolation == "nearest" else 1
    return _sample(images, source_rows, source_columns, order, fill_mode, fill_value)


def affine_transform(
    images,
    transform,
    interpolation="bilinear",
    fill_mode="constant",
    fill_value=0,
    data_format=None,
):
    x, restore = to_batched_channels_last(images, data_format)
    return restore(_projective(x, transform, interpolation, fill_mode, fill_value))


def _homography(start, end):
    """(B, 8) coefficients mapping each end point (B, 4, 2) onto its start point."""
    x, y = end[..., 0], end[..., 1]
    u, v = start[..., 0], start[..., 1]
    ones, zeros = jnp.ones_like(x), jnp.zeros_like(x)
    u_rows = jnp.stack([x, y, ones, zeros, zeros, zeros, -x * u, -y * u], axis=-1)
    v_rows = jnp.stack([zeros, zeros, zeros, x, y, ones, -x * v, -y * v], axis=-1)
    system = jnp.concatenate([u_rows, v_rows], axis=-2)
    targets = jnp.concatenate([u, v], axis=-1)
    return jnp.linalg.solve(system, targets[..., None])[..., 0]


def perspective_transform(
    images, start_points, end_points, interpolation="bilinear", fill_value=0, data_format=None
):
    x, restore = to_batched_channels_last(images, data_format)
    start = jnp.asarray(convert_to_tensor(start_points), jnp.float32).reshape(-1, 4, 2)
    end = jnp.asarray(convert_to_tensor(end_points), jnp.float32).reshape(-1, 4, 2)
    start, end = jnp.broadcast_arrays(start, end)
    transform = _homography(start, end)
    return restore(_projective(x, transform, interpolation, "constant", fill_value))


def _separable(x, row_taps, column_taps):
    """'valid' correlation of (B, H, W, C) with ``outer(row_taps, column_taps)``."""
    rows, columns = len(row_taps), len(column_taps)
    height = x.shape[1] - rows + 1
    x = sum(float(tap) * x[:, i : i + height] for i, tap in enumerate(row_taps))
    width = x.shape[2] - columns + 1
    return sum(float(tap) * x[:, :, i : i + width] for i, tap in enumerate(column_taps))


def _zero_padded(x, rows, columns):
    return jnp.pad(
        x, ((0, 0), (rows // 2, (rows - 1) // 2), (columns // 2, (columns - 1) // 2), (0, 0))
    )


def gaussian_blur(images, kernel_size=(3, 3), sigma=(1.0, 1.0), data_format=None):
    x, restore = to_batched_channels_last(images, data_format)
    rows, columns = as_tuple(kernel_size, 2)
    row_sigma, column_sigma = sigma_pair(sigma)
    padded = _zero_padded(x.astype(_compute_dtype(x.dtype)), rows, columns)
    blurred = _separable(
        padded, gaussian_taps(rows, row_sigma), gaussian_taps(columns, column_sigma)
    )
    return restore(blurred.astype(x.dtype))


def sobel_edges(images, data_format=None):
    x, _ = to_batched_channels_last(images, data_format)
    padded = _zero_padded(x.astype(_compute_dtype(x.dtype)), 3, 3)
    vertical = _separable(padded, (-1.0, 0.0, 1.0), (1.0, 2.0, 1.0))
    horizontal = _separable(padded, (1.0, 2.0, 1.0), (-1.0, 0.0, 1.0))
    edges = jnp.stack([vertical, horizontal], axis=-1).astype(x.dtype)
    if not is_channels_last(data_format):
        edges = jnp.moveaxis(edges, -2, 1)
    return edges[0] if jnp.ndim(images) == 3 else edges


def ssim(
    image1,
    image2,
    max_val=1.0,
    filter_size=11,
    filter_sigma=1.5,
    k1=0.01,
    k2=0.03,
    data_format=None,
):
    x, _ = to_batched_channels_last(image1, data_format)
    y, _ = to_batched_channels_last(image2, data_format)
    dtype = jnp.result_type(x.dtype, y.dtype)
    if not jnp.issubdtype(dtype, jnp.floating):
        dtype = jnp.dtype(floatx())
    compute_dtype = jnp.promote_types(dtype, jnp.float32)
    x, y = x.astype(compute_dtype), y.astype(compute_dtype)
    taps = gaussian_taps(filter_size, filter_sigma)

    def blur(values):
        return _separable(values, taps, taps)

    mean_x, mean_y = blur(x), blur(y)
    variance_x = blur(x * x) - mean_x**2
    variance_y = blur(y * y) - mean_y**2
    covariance = blur(x * y) - mean_x * mean_y
    c1, c2 = (k1 * max_val) ** 2, (k2 * max_val) ** 2
    luminance = (2 * mean_x * mean_y + c1) / (mean_x**2 + mean_y**2 + c1)
    contrast = (2 * covariance + c2) / (variance_x + variance_y + c2)
    scores = (luminance * contrast).mean(axis=(1, 2, 3)).astype(dtype)
    return scores[0] if jnp.ndim(image1) == 3 else scores


def _patches(x, kernel, strides, dilations, padding):
    """Patches of (B, *spatial, C) as (B, *out, prod(kernel) * C), ordered (kernel..., C)."""
    spatial = len(kernel)
    windows = patch_windows(x.shape[1:-1], kernel, strides, dilations, padding)
    x = jnp.pad(x, [(0, 0)] + [(before, after) for _, before, after in windows] + [(0, 0)])
    for axis in range(spatial, 0, -1):
        out, _, _ = windows[axis - 1]
        starts = np.arange(out)[:, None] * strides[axis - 1]
        offsets = np.arange(kernel[axis - 1])[None, :] * dilations[axis - 1]
        x = jnp.take(x, (starts + offsets).reshape(-1), axis=axis)
        x = x.reshape((*x.shape[:axis], out, kernel[axis - 1], *x.shape[axis + 1 :]))
    outs = [1 + 2 * i for i in range(spatial)]
    windows_axes = [2 + 2 * i for i in range(spatial)]
    x = jnp.transpose(x, [0, *outs, *windows_axes, 1 + 2 * spatial])
    return x.reshape((*x.shape[: 1 + spatial], -1))


def _extract(images, rank, size, strides, dilation_rate, padding, data_format):
    images = convert_to_tensor(images)
    unbatched = images.ndim == rank + 1
    x = images[None] if unbatched else images
    if not is_channels_last(data_format):
        x = jnp.moveaxis(x, 1, -1)
    kernel = as_tuple(size, rank)
    strides = kernel if strides is None else as_tuple(strides, rank)
    patches = _patches(x, kernel, strides, as_tuple(dilation_rate, rank), padding)
    if not is_channels_last(data_format):
        patches = jnp.moveaxis(patches, -1, 1)
    return patches[0] if unbatched else patches


def extract_patches(images, size, strides=None, dilation_rate=1, padding="valid", data_format=None):
    return _extract(images, 2, size, strides, dilation_rate, padding, data_format)


def extract_patches_3d(
    volumes, size, strides=None, dilation_rate=1, padding="valid", data_format=None
):
    return _extract(volumes, 3, size, strides, dilation_rate, padding, data_format)
