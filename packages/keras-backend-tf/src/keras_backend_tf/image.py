"""Image ops on tf.Tensor; the static geometry comes from ``keras_core.backend.image_geometry``.

Spatial sizes must be static (they fix the resampling weights and windows); the batch
size may be unknown inside ``tf.function``.
"""

import numpy as np
import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, to_tf_dtype
from keras_backend_tf.random import normal
from keras_core.backend.image_geometry import (
    as_tuple,
    elastic_kernel_size,
    fit_aspect_ratio,
    gaussian_taps,
    is_channels_last,
    nearest_indices,
    patch_windows,
    resample_weights,
    sigma_pair,
    to_batched_channels_last,
)
from keras_core.backend.settings import floatx
from keras_core.random.seed_generator import draw_seed


def _move_axis(x, source, destination):
    rank = x.shape.rank
    order = [i for i in range(rank) if i != source % rank]
    order.insert(destination % rank, source % rank)
    return tf.transpose(x, order)


def _compute_dtype(dtype):
    return tf.float64 if dtype == tf.float64 else tf.float32


def _as_dtype(values, dtype):
    """Float ``values`` in ``dtype``; integers are rounded half away from zero and clipped."""
    if dtype == tf.bool:
        return tf.not_equal(values, 0)
    if dtype.is_integer:
        rounded = tf.sign(values) * tf.floor(tf.abs(values) + 0.5)
        values = tf.clip_by_value(rounded, float(dtype.min), float(dtype.max))
    return tf.cast(values, dtype)


def _pad_spatial(x, pads, value=0):
    paddings = [(0, 0), *pads, (0, 0)]
    return tf.pad(x, paddings, constant_values=tf.cast(value, x.dtype))


def _resample(x, axis, weights):
    """Contracts ``x`` along ``axis`` with (in, out) ``weights``."""
    weights = tf.constant(weights, dtype=x.dtype)
    return _move_axis(tf.tensordot(x, weights, axes=[[axis], [0]]), -1, axis)


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
        x = tf.gather(x, nearest_indices(x.shape[1], target_height), axis=1)
        return restore(tf.gather(x, nearest_indices(x.shape[2], target_width), axis=2))
    result = tf.cast(x, _compute_dtype(x.dtype))
    if interpolation != "bicubic" or antialias:
        # tf.image.resize samples at half-pixel centers with the same kernels; only its
        # plain bicubic clamps at the border instead of renormalizing the weights.
        resized = tf.image.resize(result, size, method=interpolation, antialias=antialias)
        return restore(_as_dtype(tf.cast(resized, result.dtype), x.dtype))
    for axis, target in ((1, target_height), (2, target_width)):
        size_in = result.shape[axis]
        weights = resample_weights(size_in, target, target / size_in, 0.0, interpolation, antialias)
        result = _resample(result, axis, weights)
    return restore(_as_dtype(result, x.dtype))


def _floats(name, values):
    static = tf.get_static_value(values) if tf.is_tensor(values) else values
    if static is None:
        raise ValueError(
            f"scale_and_translate on tensorflow needs a {name} known when tracing, not a "
            f"symbolic tensor"
        )
    return np.asarray(static, np.float64).reshape(-1).tolist()


def scale_and_translate(
    images, output_shape, scale, translation, spatial_dims, method, antialias=True
):
    images = convert_to_tensor(images)
    result = tf.cast(images, _compute_dtype(images.dtype))
    steps = zip(
        spatial_dims, _floats("scale", scale), _floats("translation", translation), strict=True
    )
    for axis, axis_scale, axis_translation in steps:
        weights = resample_weights(
            result.shape[axis], output_shape[axis], axis_scale, axis_translation, method, antialias
        )
        result = _resample(result, axis, weights)
    return _as_dtype(result, images.dtype)


def _fixed_index(index, size, fill_mode):
    """Integer indices mapped into ``[0, size)`` by the fill mode (``constant`` clips)."""
    if fill_mode == "wrap":
        return tf.math.floormod(index, size)
    if fill_mode == "mirror":
        period = 2 * (size - 1)
        if period == 0:
            return tf.zeros_like(index)
        return tf.abs(tf.math.floormod(index + size - 1, period) - (size - 1))
    if fill_mode == "reflect":
        folded = tf.math.floormod(index, 2 * size)
        return tf.where(folded >= size, 2 * size - 1 - folded, folded)
    return tf.clip_by_value(index, 0, size - 1)


def _taps(coordinate, order):
    """``[(index, weight), ...]`` of one axis: the nearest pixel, or the two around it."""
    if order == 0:
        nearest = tf.sign(coordinate) * tf.floor(tf.abs(coordinate) + 0.5)
        return [(tf.cast(nearest, tf.int64), None)]
    low = tf.floor(coordinate)
    upper_weight = coordinate - low
    low = tf.cast(low, tf.int64)
    return [(low, 1.0 - upper_weight), (low + 1, upper_weight)]


def _combined(weights):
    present = [w for w in weights if w is not None]
    if not present:
        return None
    total = present[0]
    for weight in present[1:]:
        total = total * weight
    return total


def _accumulate(result, weight, values):
    term = values if weight is None else weight * values
    return term if result is None else result + term


def map_coordinates(inputs, coordinates, order, fill_mode="constant", fill_value=0):
    inputs = convert_to_tensor(inputs)
    compute_dtype = _compute_dtype(inputs.dtype)
    if tf.is_tensor(coordinates):
        coordinates = tf.unstack(coordinates, axis=0)
    coordinates = [tf.cast(convert_to_tensor(c), compute_dtype) for c in coordinates]
    combinations = [[]]
    for coordinate in coordinates:
        combinations = [[*done, tap] for done in combinations for tap in _taps(coordinate, order)]
    fill = tf.cast(fill_value, compute_dtype)
    result = None
    for combination in combinations:
        indices, valid = [], None
        for (index, _), size in zip(combination, inputs.shape, strict=True):
            indices.append(_fixed_index(index, size, fill_mode))
            inside = (index >= 0) & (index < size)
            valid = inside if valid is None else valid & inside
        values = tf.cast(tf.gather_nd(inputs, tf.stack(indices, axis=-1)), compute_dtype)
        if fill_mode == "constant":
            values = tf.where(valid, values, fill)
        result = _accumulate(result, _combined([w for _, w in combination]), values)
    return _as_dtype(result, inputs.dtype)


def _sample(images, rows, columns, order, fill_mode, fill_value):
    """Pixels of ``images`` (B, H, W, C) at float ``rows``/``columns`` (B, H', W')."""
    height, width = images.shape[1:3]
    compute_dtype = rows.dtype
    fill = tf.cast(fill_value, compute_dtype)
    result = None
    for row, row_weight in _taps(rows, order):
        for column, column_weight in _taps(columns, order):
            where = tf.stack(
                [_fixed_index(row, height, fill_mode), _fixed_index(column, width, fill_mode)],
                axis=-1,
            )
            values = tf.cast(tf.gather_nd(images, where, batch_dims=1), compute_dtype)
            if fill_mode == "constant":
                valid = (row >= 0) & (row < height) & (column >= 0) & (column < width)
                values = tf.where(valid[..., None], values, fill)
            weight = _combined([row_weight, column_weight])
            result = _accumulate(result, None if weight is None else weight[..., None], values)
    return _as_dtype(result, images.dtype)


def _projective(images, transform, interpolation, fill_mode, fill_value):
    compute_dtype = _compute_dtype(images.dtype)
    transform = tf.reshape(tf.cast(convert_to_tensor(transform), compute_dtype), (-1, 8))
    transform = tf.broadcast_to(transform, tf.stack([tf.shape(images)[0], 8]))
    a0, a1, a2, b0, b1, b2, c0, c1 = (transform[:, i, None, None] for i in range(8))
    rows, columns = np.meshgrid(
        np.arange(images.shape[1]), np.arange(images.shape[2]), indexing="ij"
    )
    rows, columns = tf.constant(rows, compute_dtype), tf.constant(columns, compute_dtype)
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
    # The core's composition needs a static batch size; sampling per image does not.
    x, restore = to_batched_channels_last(images, data_format)
    batch, (height, width) = tf.shape(x)[0], x.shape[1:3]
    kernel = elastic_kernel_size(sigma)
    noise = normal(tf.stack([2 * batch, height, width, 1]), 0.0, 1.0, "float32", draw_seed(seed))
    smooth = gaussian_blur(noise, (kernel, kernel), (sigma, sigma), "channels_last")
    displacement = tf.reshape(smooth * alpha, tf.stack([2, batch, height, width]))
    rows, columns = np.meshgrid(np.arange(height), np.arange(width), indexing="ij")
    rows = tf.constant(rows, tf.float32) + displacement[0]
    columns = tf.constant(columns, tf.float32) + displacement[1]
    order = 0 if interpolation == "nearest" else 1
    return restore(_sample(x, rows, columns, order, fill_mode, fill_value))


def _homography(start, end):
    """(B, 8) coefficients mapping each end point (B, 4, 2) onto its start point."""
    x, y = end[..., 0], end[..., 1]
    u, v = start[..., 0], start[..., 1]
    ones, zeros = tf.ones_like(x), tf.zeros_like(x)
    u_rows = tf.stack([x, y, ones, zeros, zeros, zeros, -x * u, -y * u], axis=-1)
    v_rows = tf.stack([zeros, zeros, zeros, x, y, ones, -x * v, -y * v], axis=-1)
    system = tf.concat([u_rows, v_rows], axis=-2)
    targets = tf.concat([u, v], axis=-1)
    return tf.linalg.solve(system, targets[..., None])[..., 0]


def perspective_transform(
    images, start_points, end_points, interpolation="bilinear", fill_value=0, data_format=None
):
    x, restore = to_batched_channels_last(images, data_format)
    # The 8x8 systems are solved in float64: float32 loses digits on image-sized corners.
    start = tf.reshape(tf.cast(convert_to_tensor(start_points), tf.float64), (-1, 4, 2))
    end = tf.reshape(tf.cast(convert_to_tensor(end_points), tf.float64), (-1, 4, 2))
    batch = tf.maximum(tf.shape(start)[0], tf.shape(end)[0])
    start = tf.broadcast_to(start, tf.stack([batch, 4, 2]))
    end = tf.broadcast_to(end, tf.stack([batch, 4, 2]))
    transform = _homography(start, end)
    return restore(_projective(x, transform, interpolation, "constant", fill_value))


def _separable(x, row_taps, column_taps):
    """'valid' correlation of (B, H, W, C) with ``outer(row_taps, column_taps)``."""
    rows, columns = len(row_taps), len(column_taps)
    height = x.shape[1] - rows + 1
    x = tf.add_n([float(tap) * x[:, i : i + height] for i, tap in enumerate(row_taps)])
    width = x.shape[2] - columns + 1
    return tf.add_n([float(tap) * x[:, :, i : i + width] for i, tap in enumerate(column_taps)])


def _zero_padded(x, rows, columns):
    return _pad_spatial(x, ((rows // 2, (rows - 1) // 2), (columns // 2, (columns - 1) // 2)))


def gaussian_blur(images, kernel_size=(3, 3), sigma=(1.0, 1.0), data_format=None):
    x, restore = to_batched_channels_last(images, data_format)
    rows, columns = as_tuple(kernel_size, 2)
    row_sigma, column_sigma = sigma_pair(sigma)
    padded = _zero_padded(tf.cast(x, _compute_dtype(x.dtype)), rows, columns)
    blurred = _separable(
        padded, gaussian_taps(rows, row_sigma), gaussian_taps(columns, column_sigma)
    )
    return restore(tf.cast(blurred, x.dtype))


def sobel_edges(images, data_format=None):
    x, _ = to_batched_channels_last(images, data_format)
    padded = _zero_padded(tf.cast(x, _compute_dtype(x.dtype)), 3, 3)
    vertical = _separable(padded, (-1.0, 0.0, 1.0), (1.0, 2.0, 1.0))
    horizontal = _separable(padded, (1.0, 2.0, 1.0), (-1.0, 0.0, 1.0))
    edges = tf.cast(tf.stack([vertical, horizontal], axis=-1), x.dtype)
    if not is_channels_last(data_format):
        edges = _move_axis(edges, -2, 1)
    return edges[0] if convert_to_tensor(images).shape.rank == 3 else edges


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
    dtype = tf.as_dtype(np.result_type(x.dtype.as_numpy_dtype, y.dtype.as_numpy_dtype))
    if not dtype.is_floating:
        dtype = to_tf_dtype(floatx())
    compute_dtype = _compute_dtype(dtype)
    x, y = tf.cast(x, compute_dtype), tf.cast(y, compute_dtype)
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
    scores = tf.cast(tf.reduce_mean(luminance * contrast, axis=(1, 2, 3)), dtype)
    return scores[0] if convert_to_tensor(image1).shape.rank == 3 else scores


def _patches(x, kernel, strides, dilations, padding):
    """Patches of (B, *spatial, C) as (B, *out, prod(kernel) * C), ordered (kernel..., C)."""
    spatial = len(kernel)
    windows = patch_windows(x.shape[1:-1], kernel, strides, dilations, padding)
    x = _pad_spatial(x, [(before, after) for _, before, after in windows])
    for axis in range(spatial, 0, -1):
        out, _, _ = windows[axis - 1]
        starts = np.arange(out)[:, None] * strides[axis - 1]
        offsets = np.arange(kernel[axis - 1])[None, :] * dilations[axis - 1]
        x = tf.gather(x, starts + offsets, axis=axis)
    outs = [1 + 2 * i for i in range(spatial)]
    window_axes = [2 + 2 * i for i in range(spatial)]
    x = tf.transpose(x, [0, *outs, *window_axes, 1 + 2 * spatial])
    depth = int(np.prod(x.shape[1 + spatial :]))
    return tf.reshape(x, tf.concat([tf.shape(x)[: 1 + spatial], [depth]], axis=0))


def _extract(images, rank, size, strides, dilation_rate, padding, data_format):
    images = convert_to_tensor(images)
    unbatched = images.shape.rank == rank + 1
    x = images[None] if unbatched else images
    if not is_channels_last(data_format):
        x = _move_axis(x, 1, -1)
    kernel = as_tuple(size, rank)
    strides = kernel if strides is None else as_tuple(strides, rank)
    patches = _patches(x, kernel, strides, as_tuple(dilation_rate, rank), padding)
    if not is_channels_last(data_format):
        patches = _move_axis(patches, -1, 1)
    return patches[0] if unbatched else patches


def extract_patches(images, size, strides=None, dilation_rate=1, padding="valid", data_format=None):
    return _extract(images, 2, size, strides, dilation_rate, padding, data_format)


def extract_patches_3d(
    volumes, size, strides=None, dilation_rate=1, padding="valid", data_format=None
):
    return _extract(volumes, 3, size, strides, dilation_rate, padding, data_format)
