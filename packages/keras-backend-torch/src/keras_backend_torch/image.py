"""Image ops on torch.Tensor; the static geometry is in ``keras_core.backend.image_geometry``."""

import numpy as np
import torch
from torch.nn import functional

from keras_backend_torch.core import convert_to_tensor, to_torch_dtype
from keras_core.backend.image_geometry import (
    as_tuple,
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


def _compute_dtype(dtype):
    return torch.float64 if dtype == torch.float64 else torch.float32


def _as_dtype(values, dtype):
    """Float ``values`` in ``dtype``; integers are rounded half away from zero and clipped."""
    if dtype == torch.bool:
        return values != 0
    if not dtype.is_floating_point:
        limits = torch.iinfo(dtype)
        rounded = torch.sign(values) * torch.floor(torch.abs(values) + 0.5)
        values = torch.clamp(rounded, limits.min, limits.max)
    return values.to(dtype)


def _constant(values, like, dtype=None):
    return torch.as_tensor(np.asarray(values), dtype=dtype, device=like.device)


def _pad_spatial(x, pads, value=0.0):
    """Pads the spatial axes of a channels_last tensor; ``pads`` is ((before, after), ...)."""
    flat = [0, 0]
    for before, after in reversed(pads):
        flat += [before, after]
    if x.dtype == torch.bool:
        return functional.pad(x.to(torch.uint8), flat, value=value).to(torch.bool)
    return functional.pad(x, flat, value=value)


def _resample(x, axis, weights):
    """Contracts ``x`` along ``axis`` with (in, out) ``weights``."""
    weights = _constant(weights, x, x.dtype)
    return torch.movedim(torch.tensordot(x, weights, dims=([axis], [0])), -1, axis)


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
        rows = _constant(nearest_indices(x.shape[1], target_height), x)
        columns = _constant(nearest_indices(x.shape[2], target_width), x)
        return restore(x[:, rows][:, :, columns])
    result = x.to(_compute_dtype(x.dtype))
    if interpolation == "bilinear":
        # torch's half-pixel bilinear (and its antialiased triangle filter) is the same map.
        channels_first = torch.permute(result, (0, 3, 1, 2))
        resized = functional.interpolate(
            channels_first, size=size, mode="bilinear", align_corners=False, antialias=antialias
        )
        return restore(_as_dtype(torch.permute(resized, (0, 2, 3, 1)), x.dtype))
    for axis, target in ((1, target_height), (2, target_width)):
        size_in = result.shape[axis]
        weights = resample_weights(size_in, target, target / size_in, 0.0, interpolation, antialias)
        result = _resample(result, axis, weights)
    return restore(_as_dtype(result, x.dtype))


def _floats(values):
    if isinstance(values, torch.Tensor):
        return values.detach().cpu().tolist()
    return np.asarray(values, np.float64).tolist()


def scale_and_translate(
    images, output_shape, scale, translation, spatial_dims, method, antialias=True
):
    images = convert_to_tensor(images)
    result = images.to(_compute_dtype(images.dtype))
    steps = zip(spatial_dims, _floats(scale), _floats(translation), strict=True)
    for axis, axis_scale, axis_translation in steps:
        weights = resample_weights(
            result.shape[axis], output_shape[axis], axis_scale, axis_translation, method, antialias
        )
        result = _resample(result, axis, weights)
    return _as_dtype(result, images.dtype)


def _fixed_index(index, size, fill_mode):
    """Integer indices mapped into ``[0, size)`` by the fill mode (``constant`` clips)."""
    if fill_mode == "wrap":
        return torch.remainder(index, size)
    if fill_mode == "mirror":
        period = 2 * (size - 1)
        if period == 0:
            return torch.zeros_like(index)
        return torch.abs(torch.remainder(index + size - 1, period) - (size - 1))
    if fill_mode == "reflect":
        folded = torch.remainder(index, 2 * size)
        return torch.where(folded >= size, 2 * size - 1 - folded, folded)
    return torch.clamp(index, 0, size - 1)


def _taps(coordinate, order):
    """``[(index, weight), ...]`` of one axis: the nearest pixel, or the two around it."""
    if order == 0:
        nearest = torch.sign(coordinate) * torch.floor(torch.abs(coordinate) + 0.5)
        return [(nearest.to(torch.int64), None)]
    low = torch.floor(coordinate)
    upper_weight = coordinate - low
    low = low.to(torch.int64)
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
    coordinates = [convert_to_tensor(c).to(compute_dtype) for c in coordinates]
    combinations = [[]]
    for coordinate in coordinates:
        combinations = [[*done, tap] for done in combinations for tap in _taps(coordinate, order)]
    fill = torch.as_tensor(fill_value, dtype=compute_dtype, device=inputs.device)
    result = None
    for combination in combinations:
        indices, valid = [], None
        for (index, _), size in zip(combination, inputs.shape, strict=True):
            indices.append(_fixed_index(index, size, fill_mode))
            inside = (index >= 0) & (index < size)
            valid = inside if valid is None else valid & inside
        values = inputs[tuple(indices)].to(compute_dtype)
        if fill_mode == "constant":
            values = torch.where(valid, values, fill)
        result = _accumulate(result, _combined([w for _, w in combination]), values)
    return _as_dtype(result, inputs.dtype)


def _sample(images, rows, columns, order, fill_mode, fill_value):
    """Pixels of ``images`` (B, H, W, C) at float ``rows``/``columns`` (B, H', W')."""
    height, width = images.shape[1:3]
    compute_dtype = rows.dtype
    batch = torch.arange(images.shape[0], device=images.device)[:, None, None]
    fill = torch.as_tensor(fill_value, dtype=compute_dtype, device=images.device)
    result = None
    for row, row_weight in _taps(rows, order):
        for column, column_weight in _taps(columns, order):
            values = images[
                batch, _fixed_index(row, height, fill_mode), _fixed_index(column, width, fill_mode)
            ].to(compute_dtype)
            if fill_mode == "constant":
                valid = (row >= 0) & (row < height) & (column >= 0) & (column < width)
                values = torch.where(valid[..., None], values, fill)
            weight = _combined([row_weight, column_weight])
            result = _accumulate(result, None if weight is None else weight[..., None], values)
    return _as_dtype(result, images.dtype)


def _projective(images, transform, interpolation, fill_mode, fill_value):
    compute_dtype = _compute_dtype(images.dtype)
    transform = convert_to_tensor(transform).to(compute_dtype).reshape(-1, 8)
    transform = transform.expand(images.shape[0], 8)
    a0, a1, a2, b0, b1, b2, c0, c1 = (transform[:, i, None, None] for i in range(8))
    rows, columns = torch.meshgrid(
        torch.arange(images.shape[1], dtype=compute_dtype, device=images.device),
        torch.arange(images.shape[2], dtype=compute_dtype, device=images.device),
        indexing="ij",
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
    ones, zeros = torch.ones_like(x), torch.zeros_like(x)
    u_rows = torch.stack([x, y, ones, zeros, zeros, zeros, -x * u, -y * u], dim=-1)
    v_rows = torch.stack([zeros, zeros, zeros, x, y, ones, -x * v, -y * v], dim=-1)
    system = torch.cat([u_rows, v_rows], dim=-2)
    targets = torch.cat([u, v], dim=-1)
    return torch.linalg.solve(system, targets[..., None])[..., 0]


def perspective_transform(
    images, start_points, end_points, interpolation="bilinear", fill_value=0, data_format=None
):
    x, restore = to_batched_channels_last(images, data_format)
    # The 8x8 systems are solved in float64: float32 loses digits on image-sized corners.
    start = convert_to_tensor(start_points).to(torch.float64).reshape(-1, 4, 2)
    end = convert_to_tensor(end_points).to(torch.float64).reshape(-1, 4, 2)
    start, end = torch.broadcast_tensors(start, end)
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
    return _pad_spatial(x, ((rows // 2, (rows - 1) // 2), (columns // 2, (columns - 1) // 2)))


def gaussian_blur(images, kernel_size=(3, 3), sigma=(1.0, 1.0), data_format=None):
    x, restore = to_batched_channels_last(images, data_format)
    rows, columns = as_tuple(kernel_size, 2)
    row_sigma, column_sigma = sigma_pair(sigma)
    padded = _zero_padded(x.to(_compute_dtype(x.dtype)), rows, columns)
    blurred = _separable(
        padded, gaussian_taps(rows, row_sigma), gaussian_taps(columns, column_sigma)
    )
    return restore(blurred.to(x.dtype))


def sobel_edges(images, data_format=None):
    x, _ = to_batched_channels_last(images, data_format)
    padded = _zero_padded(x.to(_compute_dtype(x.dtype)), 3, 3)
    vertical = _separable(padded, (-1.0, 0.0, 1.0), (1.0, 2.0, 1.0))
    horizontal = _separable(padded, (1.0, 2.0, 1.0), (-1.0, 0.0, 1.0))
    edges = torch.stack([vertical, horizontal], dim=-1).to(x.dtype)
    if not is_channels_last(data_format):
        edges = torch.movedim(edges, -2, 1)
    return edges[0] if convert_to_tensor(images).ndim == 3 else edges


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
    dtype = torch.promote_types(x.dtype, y.dtype)
    if not dtype.is_floating_point:
        dtype = to_torch_dtype(floatx())
    compute_dtype = _compute_dtype(dtype)
    x, y = x.to(compute_dtype), y.to(compute_dtype)
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
    scores = (luminance * contrast).mean(dim=(1, 2, 3)).to(dtype)
    return scores[0] if convert_to_tensor(image1).ndim == 3 else scores


def _patches(x, kernel, strides, dilations, padding):
    """Patches of (B, *spatial, C) as (B, *out, prod(kernel) * C), ordered (kernel..., C)."""
    spatial = len(kernel)
    windows = patch_windows(tuple(x.shape[1:-1]), kernel, strides, dilations, padding)
    x = _pad_spatial(x, [(before, after) for _, before, after in windows])
    for axis in range(spatial, 0, -1):
        # unfold gives (..., out, ..., k) with the window last; move it next to its axis.
        x = x.unfold(axis, (kernel[axis - 1] - 1) * dilations[axis - 1] + 1, strides[axis - 1])
        x = x[..., :: dilations[axis - 1]]
        x = torch.movedim(x, -1, axis + 1)
    outs = [1 + 2 * i for i in range(spatial)]
    window_axes = [2 + 2 * i for i in range(spatial)]
    x = x.permute(0, *outs, *window_axes, 1 + 2 * spatial)
    return x.reshape(*x.shape[: 1 + spatial], -1)


def _extract(images, rank, size, strides, dilation_rate, padding, data_format):
    images = convert_to_tensor(images)
    unbatched = images.ndim == rank + 1
    x = images[None] if unbatched else images
    if not is_channels_last(data_format):
        x = torch.movedim(x, 1, -1)
    kernel = as_tuple(size, rank)
    strides = kernel if strides is None else as_tuple(strides, rank)
    patches = _patches(x, kernel, strides, as_tuple(dilation_rate, rank), padding)
    if not is_channels_last(data_format):
        patches = torch.movedim(patches, -1, 1)
    return patches[0] if unbatched else patches


def extract_patches(images, size, strides=None, dilation_rate=1, padding="valid", data_format=None):
    return _extract(images, 2, size, strides, dilation_rate, padding, data_format)


def extract_patches_3d(
    volumes, size, strides=None, dilation_rate=1, padding="valid", data_format=None
):
    return _extract(volumes, 3, size, strides, dilation_rate, padding, data_format)
