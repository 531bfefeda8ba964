"""Framework-free image geometry every backend shares: crop and pad boxes, filter taps,
patch windows and resampling weights, defining Keras's conventions once."""

import numpy as np

from keras_core.backend.dispatch import table
from keras_core.backend.settings import image_data_format

_EPSILON_F32 = float(np.finfo(np.float32).eps)


def is_channels_last(data_format) -> bool:
    """Whether ``data_format`` (``None`` meaning the configured one) is channels_last."""
    return (data_format or image_data_format()) == "channels_last"


def resolve_crop(height, width, top, left, bottom, right, target_height, target_width):
    """``(top, left, out_height, out_width)`` from the two settings given per axis."""
    top, out_height = _resolve_crop_axis(height, top, bottom, target_height)
    left, out_width = _resolve_crop_axis(width, left, right, target_width)
    return top, left, out_height, out_width


def _two_given(start, end, target):
    values = [v for v in (start, end, target) if v is not None]
    if len(values) != 2 or min(values) < 0:
        raise ValueError(
            f"give exactly two non-negative values of start, end and target size; received "
            f"{start}, {end}, {target}"
        )


def _resolve_crop_axis(size, start, end, target):
    _two_given(start, end, target)
    if target is None:
        start, target = start, size - start - end
    elif start is None:
        start = size - end - target
    if start < 0 or target <= 0 or start + target > size:
        raise ValueError(f"the crop does not fit an axis of size {size}")
    return start, target


def resolve_pad(height, width, top, left, bottom, right, target_height, target_width):
    """``((top, bottom), (left, right))`` padding from the two settings given per axis."""
    return (
        _resolve_pad_axis(height, top, bottom, target_height),
        _resolve_pad_axis(width, left, right, target_width),
    )


def _resolve_pad_axis(size, start, end, target):
    _two_given(start, end, target)
    if target is not None:
        if start is None:
            start = target - size - end
        else:
            end = target - size - start
    if start < 0 or end < 0:
        raise ValueError(f"the target size is too small for an axis of size {size}")
    return start, end


def aspect_crop_box(height, width, target_height, target_width):
    """``(top, left, crop_height, crop_width)``: the centered box of the target's aspect."""
    crop_height = min(height, int(width * target_height / target_width))
    crop_width = min(width, int(height * target_width / target_height))
    return (height - crop_height) // 2, (width - crop_width) // 2, crop_height, crop_width


def aspect_pad_box(height, width, target_height, target_width):
    """``((top, bottom), (left, right))``: padding that gives the target's aspect ratio."""
    padded_height = max(height, int(width * target_height / target_width))
    padded_width = max(width, int(height * target_width / target_height))
    top, left = (padded_height - height) // 2, (padded_width - width) // 2
    return (top, padded_height - height - top), (left, padded_width - width - left)


def gaussian_taps(size: int, sigma: float) -> np.ndarray:
    """Normalized 1-D Gaussian filter of ``size`` taps, centered."""
    offsets = np.arange(size, dtype=np.float64) - (size - 1) / 2
    taps = np.exp(-(offsets**2) / (2.0 * sigma**2))
    return taps / taps.sum()


def patch_windows(sizes, kernel, strides, dilations, padding):
    """Per spatial axis ``(out_size, pad_before, pad_after)`` of a patch extraction.

    ``"same"`` pads as TensorFlow does (the odd pixel after), so that
    ``out_size = ceil(size / stride)``.
    """
    windows = []
    for size, k, stride, dilation in zip(sizes, kernel, strides, dilations, strict=True):
        span = (k - 1) * dilation + 1
        if padding == "same":
            out = -(-size // stride)
            total = max((out - 1) * stride + span - size, 0)
            windows.append((out, total // 2, total - total // 2))
        elif size >= span:
            windows.append(((size - span) // stride + 1, 0, 0))
        else:
            raise ValueError(f"a window spanning {span} pixels does not fit an axis of {size}")
    return windows


def as_tuple(value, length: int) -> tuple:
    """An int (or sequence) as a ``length``-tuple of ints."""
    if isinstance(value, (list, tuple)):
        return tuple(int(v) for v in value)
    return (int(value),) * length


def sigma_pair(sigma) -> tuple:
    """A number (or pair) as ``(row_sigma, column_sigma)`` floats."""
    if isinstance(sigma, (list, tuple)):
        return tuple(float(s) for s in sigma)
    return (float(sigma),) * 2


def elastic_kernel_size(sigma: float) -> int:
    """Odd Gaussian window that covers about three sigma on each side."""
    return int(6 * sigma) | 1


def _kernel(method: str):
    if method in ("linear", "bilinear", "trilinear", "triangle"):
        return lambda x: np.maximum(0.0, 1.0 - np.abs(x))
    if method in ("cubic", "bicubic", "tricubic", "keyscubic"):
        return _keys_cubic
    if method not in ("lanczos3", "lanczos5"):
        raise ValueError(f"unknown resampling method {method!r}")
    radius = 3 if method == "lanczos3" else 5
    return lambda x: np.where(np.abs(x) < radius, np.sinc(x) * np.sinc(x / radius), 0.0)


def _keys_cubic(x):
    # Keys' cubic convolution with a = -0.5.
    x = np.abs(x)
    near = ((1.5 * x - 2.5) * x) * x + 1.0
    far = ((-0.5 * x + 2.5) * x - 4.0) * x + 2.0
    return np.where(x < 1.0, near, np.where(x < 2.0, far, 0.0))


def resample_weights(in_size, out_size, scale, translation, method, antialias):
    """``(in_size, out_size)`` weights; output pixel ``j`` samples ``(j + .5 - t) / s - .5``."""
    inverse = 1.0 / scale
    kernel_scale = max(inverse, 1.0) if antialias else 1.0
    sample = (np.arange(out_size) + 0.5) * inverse - translation * inverse - 0.5
    distance = np.abs(sample[None, :] - np.arange(in_size)[:, None]) / kernel_scale
    weights = _kernel(method)(distance)
    total = weights.sum(axis=0, keepdims=True)
    weights = np.where(
        np.abs(total) > 1000.0 * _EPSILON_F32, weights / np.where(total == 0, 1, total), 0
    )
    inside = (sample >= -0.5) & (sample <= in_size - 0.5)
    return np.where(inside[None, :], weights, 0.0)


def nearest_indices(in_size: int, out_size: int) -> np.ndarray:
    """Input pixel whose area holds each output pixel's center."""
    indices = np.floor((np.arange(out_size) + 0.5) * in_size / out_size).astype(np.int64)
    return np.minimum(indices, in_size - 1)


def to_batched_channels_last(images, data_format):
    """``images`` as a 4-D channels_last tensor of the active backend, and a function that
    turns a result back into the caller's layout (and rank)."""
    core, manipulation = table("core"), table("numpy.manipulation")
    images = core.convert_to_tensor(images)
    unbatched = len(core.shape(images)) == 3
    channels_last = is_channels_last(data_format)
    if unbatched:
        images = manipulation.expand_dims(images, 0)
    if not channels_last:
        images = manipulation.moveaxis(images, 1, -1)

    def restore(result):
        if not channels_last:
            result = manipulation.moveaxis(result, -1, 1)
        return manipulation.squeeze(result, 0) if unbatched else result

    return images, restore


def fit_aspect_ratio(images, size, crop_to_aspect_ratio, pad_to_aspect_ratio, fill_value):
    """Crops or pads batched channels_last ``images`` (a tensor of the active backend) to the
    aspect ratio of ``size``, as ``resize`` does before resampling."""
    target_height, target_width = size
    height, width = table("core").shape(images)[1:3]
    if crop_to_aspect_ratio:
        top, left, crop_height, crop_width = aspect_crop_box(
            height, width, target_height, target_width
        )
        window = (slice(None), slice(top, top + crop_height), slice(left, left + crop_width))
        return table("numpy.indexing").get_item(images, window)
    if pad_to_aspect_ratio:
        rows, columns = aspect_pad_box(height, width, target_height, target_width)
        return table("numpy.manipulation").pad(
            images, ((0, 0), rows, columns, (0, 0)), constant_values=fill_value
        )
    return images
