"""Image ops on NumPy arrays: the reference the other backends are checked against.

The public helpers without an op's name (crop and pad boxes, filter taps, patch windows,
resampling weights, nearest indices) are *static geometry*: computed from shapes and
Python settings alone, never from tensor values. Every backend imports them from here, so
that all of them resample, crop and pad identically; only the ops are bound to the table.
"""

import numpy as np

from keras_core.backend.image_geometry import (
    as_tuple,
    aspect_crop_box,
    aspect_pad_box,
    gaussian_taps,
    is_channels_last,
    nearest_indices,
    patch_windows,
    resample_weights,
    sigma_pair,
)
from keras_core.backend.numpy.core import convert_to_tensor
from keras_core.backend.settings import floatx


def _to_batched_last(images, data_format):
    """``images`` as a 4-D channels_last array, and how to undo that on a result.

    The reference keeps its own NumPy version: the shared
    ``image_geometry.to_batched_channels_last`` runs on the *active* backend, and the
    conformance kit calls this module directly while another backend is active.
    """
    images = convert_to_tensor(images)
    unbatched = images.ndim == 3
    channels_last = is_channels_last(data_format)
    if unbatched:
        images = images[None]
    if not channels_last:
        images = np.moveaxis(images, 1, -1)

    def restore(result):
        if not channels_last:
            result = np.moveaxis(result, -1, 1)
        return result[0] if unbatched else result

    return images, restore


def _as_dtype(values, dtype):
    """Float ``values`` in ``dtype``; integers are rounded half away from zero and clipped."""
    if np.issubdtype(dtype, np.integer):
        limits = np.iinfo(dtype)
        values = np.clip(np.sign(values) * np.floor(np.abs(values) + 0.5), limits.min, limits.max)
    return values.astype(dtype)


# ---------------------------------------------------------------------------------------
# Resampling.
# ---------------------------------------------------------------------------------------


def _scale_and_translate(
    images, output_shape, spatial_dims, scales, translations, method, antialias
):
    result = np.asarray(images, dtype=np.float64)
    for axis, scale, translation in zip(spatial_dims, scales, translations, strict=True):
        weights = resample_weights(
            result.shape[axis],
            output_shape[axis],
            float(scale),
            float(translation),
            method,
            antialias,
        )
        result = np.moveaxis(np.tensordot(result, weights, axes=([axis], [0])), -1, axis)
    return result


def _nearest(images, size):
    for axis, (in_size, out_size) in enumerate(zip(images.shape[1:3], size, strict=True), start=1):
        images = np.take(images, nearest_indices(in_size, out_size), axis=axis)
    return images


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
    x, restore = _to_batched_last(images, data_format)
    dtype = x.dtype
    target_height, target_width = size
    height, width = x.shape[1:3]
    if crop_to_aspect_ratio:
        top, left, crop_height, crop_width = aspect_crop_box(
            height, width, target_height, target_width
        )
        x = x[:, top : top + crop_height, left : left + crop_width]
    elif pad_to_aspect_ratio:
        rows, columns = aspect_pad_box(height, width, target_height, target_width)
        x = np.pad(x, ((0, 0), rows, columns, (0, 0)), constant_values=fill_value)
    if interpolation == "nearest":
        return restore(_nearest(x, size))
    height, width = x.shape[1:3]
    output_shape = (x.shape[0], target_height, target_width, x.shape[3])
    scales = (target_height / height, target_width / width)
    resized = _scale_and_translate(
        x, output_shape, (1, 2), scales, (0.0, 0.0), interpolation, antialias
    )
    return restore(_as_dtype(resized, dtype))


def scale_and_translate(
    images, output_shape, scale, translation, spatial_dims, method, antialias=True
):
    images = convert_to_tensor(images)
    scales, translations = np.asarray(scale, np.float64), np.asarray(translation, np.float64)
    result = _scale_and_translate(
        images, tuple(output_shape), tuple(spatial_dims), scales, translations, method, antialias
    )
    return _as_dtype(result, images.dtype)


# ---------------------------------------------------------------------------------------
# Coordinate sampling: map_coordinates and the projective transforms.
# ---------------------------------------------------------------------------------------


def _fixed_index(index, size, fill_mode):
    """Integer indices mapped into ``[0, size)`` by the fill mode (``constant`` clips)."""
    if fill_mode == "wrap":
        return np.mod(index, size)
    if fill_mode == "mirror":
        period = 2 * (size - 1)
        if period == 0:
            return np.zeros_like(index)
        return np.abs(np.mod(index + size - 1, period) - (size - 1))
    if fill_mode == "reflect":
        folded = np.mod(index, 2 * size)
        return np.where(folded >= size, 2 * size - 1 - folded, folded)
    return np.clip(index, 0, size - 1)


def _taps(coordinate, order):
    """``[(index, weight), ...]`` of one axis: the nearest pixel, or the two around it."""
    if order == 0:
        return [(np.sign(coordinate) * np.floor(np.abs(coordinate) + 0.5), 1.0)]
    low = np.floor(coordinate)
    upper_weight = coordinate - low
    return [(low, 1.0 - upper_weight), (low + 1, upper_weight)]


def map_coordinates(inputs, coordinates, order, fill_mode="constant", fill_value=0):
    inputs = convert_to_tensor(inputs)
    coordinates = [np.asarray(c, dtype=np.float64) for c in coordinates]
    per_axis = [_taps(c, order) for c in coordinates]
    result = 0.0
    for combination in _product(per_axis):
        indices, weight, valid = [], 1.0, True
        for (index, tap_weight), size in zip(combination, inputs.shape, strict=True):
            index = index.astype(np.int64)
            indices.append(_fixed_index(index, size, fill_mode))
            valid = valid & (index >= 0) & (index < size)
            weight = weight * tap_weight
        values = inputs[tuple(indices)].astype(np.float64)
        if fill_mode == "constant":
            values = np.where(valid, values, fill_value)
        result = result + weight * values
    return _as_dtype(np.asarray(result), inputs.dtype)


def _product(per_axis):
    combinations = [[]]
    for taps in per_axis:
        combinations = [[*done, tap] for done in combinations for tap in taps]
    return combinations


def _sample(images, rows, columns, order, fill_mode, fill_value):
    """Pixels of ``images`` (B, H, W, C) at float ``rows``/``columns`` (B, H', W')."""
    height, width = images.shape[1:3]
    batch = np.arange(images.shape[0])[:, None, None]
    result = 0.0
    for row, row_weight in _taps(rows, order):
        for column, column_weight in _taps(columns, order):
            row, column = row.astype(np.int64), column.astype(np.int64)
            values = images[
                batch, _fixed_index(row, height, fill_mode), _fixed_index(column, width, fill_mode)
            ].astype(np.float64)
            if fill_mode == "constant":
                valid = (row >= 0) & (row < height) & (column >= 0) & (column < width)
                values = np.where(valid[..., None], values, fill_value)
            result = result + np.asarray(row_weight * column_weight)[..., None] * values
    return _as_dtype(np.asarray(result), images.dtype)


def _projective(images, transform, interpolation, fill_mode, fill_value):
    """Output pixel (x, y) takes input ((a0 x + a1 y + a2) / k, (b0 x + b1 y + b2) / k)."""
    transform = np.asarray(transform, dtype=np.float64)
    if transform.ndim == 1:
        transform = np.broadcast_to(transform, (images.shape[0], 8))
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
    x, restore = _to_batched_last(images, data_format)
    return restore(_projective(x, transform, interpolation, fill_mode, fill_value))


def _homography(start_points, end_points):
    """The 8 transform coefficients that map each end point onto its start point."""
    rows = []
    targets = []
    for (x, y), (u, v) in zip(end_points, start_points, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -x * u, -y * u])
        rows.append([0, 0, 0, x, y, 1, -x * v, -y * v])
        targets.extend([u, v])
    return np.linalg.solve(np.array(rows), np.array(targets))


def perspective_transform(
    images, start_points, end_points, interpolation="bilinear", fill_value=0, data_format=None
):
    x, restore = _to_batched_last(images, data_format)
    start = np.asarray(start_points, np.float64).reshape(-1, 4, 2)
    end = np.asarray(end_points, np.float64).reshape(-1, 4, 2)
    start, end = np.broadcast_arrays(start, end)
    transform = np.stack([_homography(s, e) for s, e in zip(start, end, strict=True)])
    transform = np.broadcast_to(transform, (x.shape[0], 8))
    return restore(_projective(x, transform, interpolation, "constant", fill_value))


# ---------------------------------------------------------------------------------------
# Filters.
# ---------------------------------------------------------------------------------------


def _separable(x, row_taps, column_taps):
    """'valid' correlation of (B, H, W, C) with ``outer(row_taps, column_taps)``."""
    rows = len(row_taps)
    x = sum(tap * x[:, i : x.shape[1] - rows + 1 + i] for i, tap in enumerate(row_taps))
    columns = len(column_taps)
    return sum(tap * x[:, :, i : x.shape[2] - columns + 1 + i] for i, tap in enumerate(column_taps))


def _zero_padded(x, rows, columns):
    return np.pad(
        x, ((0, 0), (rows // 2, (rows - 1) // 2), (columns // 2, (columns - 1) // 2), (0, 0))
    )


def gaussian_blur(images, kernel_size=(3, 3), sigma=(1.0, 1.0), data_format=None):
    x, restore = _to_batched_last(images, data_format)
    rows, columns = as_tuple(kernel_size, 2)
    row_sigma, column_sigma = sigma_pair(sigma)
    padded = _zero_padded(x.astype(np.float64), rows, columns)
    blurred = _separable(
        padded, gaussian_taps(rows, row_sigma), gaussian_taps(columns, column_sigma)
    )
    return restore(blurred.astype(x.dtype))


def sobel_edges(images, data_format=None):
    x, _ = _to_batched_last(images, data_format)
    padded = _zero_padded(x.astype(np.float64), 3, 3)
    vertical = _separable(padded, (-1.0, 0.0, 1.0), (1.0, 2.0, 1.0))
    horizontal = _separable(padded, (1.0, 2.0, 1.0), (-1.0, 0.0, 1.0))
    edges = np.stack([vertical, horizontal], axis=-1).astype(x.dtype)
    if not is_channels_last(data_format):
        edges = np.moveaxis(edges, -2, 1)
    return edges[0] if np.ndim(images) == 3 else edges


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
    x, _ = _to_batched_last(image1, data_format)
    y, _ = _to_batched_last(image2, data_format)
    dtype = np.result_type(x.dtype, y.dtype)
    if not np.issubdtype(dtype, np.floating):
        dtype = np.dtype(floatx())
    x, y = x.astype(np.float64), y.astype(np.float64)
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
    return scores[0] if np.ndim(image1) == 3 else scores


# ---------------------------------------------------------------------------------------
# Patches.
# ---------------------------------------------------------------------------------------


def _patches(x, kernel, strides, dilations, padding):
    """Patches of (B, *spatial, C) as (B, *out, prod(kernel) * C), ordered (kernel..., C)."""
    spatial = len(kernel)
    windows = patch_windows(x.shape[1:-1], kernel, strides, dilations, padding)
    x = np.pad(x, [(0, 0)] + [(before, after) for _, before, after in windows] + [(0, 0)])
    for axis in range(spatial, 0, -1):
        out, _, _ = windows[axis - 1]
        starts = np.arange(out)[:, None] * strides[axis - 1]
        offsets = np.arange(kernel[axis - 1])[None, :] * dilations[axis - 1]
        x = np.take(x, (starts + offsets).reshape(-1), axis=axis)
        x = x.reshape((*x.shape[:axis], out, kernel[axis - 1], *x.shape[axis + 1 :]))
    # Axes are now (B, out1, k1, out2, k2, ..., C): gather the outs, then the window.
    order = (
        [0]
        + [1 + 2 * i for i in range(spatial)]
        + [2 + 2 * i for i in range(spatial)]
        + [1 + 2 * spatial]
    )
    x = np.transpose(x, order)
    return x.reshape((*x.shape[: 1 + spatial], -1))


def _extract(images, rank, size, strides, dilation_rate, padding, data_format):
    images = convert_to_tensor(images)
    unbatched = images.ndim == rank + 1
    x = images[None] if unbatched else images
    if not is_channels_last(data_format):
        x = np.moveaxis(x, 1, -1)
    kernel = as_tuple(size, rank)
    strides = kernel if strides is None else as_tuple(strides, rank)
    patches = _patches(x, kernel, strides, as_tuple(dilation_rate, rank), padding)
    if not is_channels_last(data_format):
        patches = np.moveaxis(patches, -1, 1)
    return patches[0] if unbatched else patches


def extract_patches(images, size, strides=None, dilation_rate=1, padding="valid", data_format=None):
    return _extract(images, 2, size, strides, dilation_rate, padding, data_format)


def extract_patches_3d(
    volumes, size, strides=None, dilation_rate=1, padding="valid", data_format=None
):
    return _extract(volumes, 3, size, strides, dilation_rate, padding, data_format)
