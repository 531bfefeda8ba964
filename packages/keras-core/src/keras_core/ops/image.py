"""Image ops (``keras_core.ops.image``): resampling, filters, colour spaces, crops, patches.

Images are 4-D ``(batch, height, width, channels)`` or 3-D (one image); ``data_format``
``"channels_first"`` puts channels before height, and ``None`` means
``keras_core.config.image_data_format()``. Results keep the input dtype (integer images are
rounded and clipped after resampling), except :func:`ssim`, which returns floats.
"""

import math

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.backend.settings import image_data_format
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = [
    "affine_transform",
    "crop_images",
    "elastic_transform",
    "extract_patches",
    "extract_patches_3d",
    "gaussian_blur",
    "hsv_to_rgb",
    "map_coordinates",
    "pad_images",
    "perspective_transform",
    "resize",
    "rgb_to_grayscale",
    "rgb_to_hsv",
    "scale_and_translate",
    "sobel_edges",
    "ssim",
]

_impl = table("image")

RESIZE_INTERPOLATIONS = ("bilinear", "nearest", "lanczos3", "lanczos5", "bicubic")
TRANSFORM_INTERPOLATIONS = ("bilinear", "nearest")
FILL_MODES = ("constant", "nearest", "wrap", "mirror", "reflect")
LINEAR_METHODS = ("linear", "bilinear", "trilinear", "triangle")
CUBIC_METHODS = ("cubic", "bicubic", "tricubic", "keyscubic")
SCALE_METHODS = (*LINEAR_METHODS, *CUBIC_METHODS, "lanczos3", "lanczos5")
_FLOATS = ("bfloat16", "float16", "float32", "float64")


# ---------------------------------------------------------------------------------------
# Output rules.
# ---------------------------------------------------------------------------------------


def _dtype(x) -> str:
    return rules.same("", x).dtype


def _choice(op, name, value, allowed):
    if value not in allowed:
        raise ValueError(f"ops.{op}: {name} must be one of {allowed}, received {value!r}.")


def _check_options(op, data_format, **options):
    """Checks the settings a backend would not reject by itself (a typo is no error there)."""
    if data_format is not None:
        _choice(op, "data_format", data_format, ("channels_last", "channels_first"))
    for name, (value, allowed) in options.items():
        _choice(op, name, value, allowed)


def _channels_last(data_format) -> bool:
    return (data_format or image_data_format()) == "channels_last"


def _images(op, images, data_format, arg="images", spatial=2):
    """``(shape, spatial_axes, channel_axis)`` of a batched or single image input."""
    shape = shape_of(images)
    if len(shape) not in (spatial + 1, spatial + 2):
        layout = "height, width" if spatial == 2 else "depth, height, width"
        raise ValueError(
            f"ops.{op}: {arg} must be {spatial + 1}-D ({layout}, channels) or "
            f"{spatial + 2}-D (batch, {layout}, channels), received shape {shape}."
        )
    first = len(shape) - spatial - 1
    if _channels_last(data_format):
        return shape, tuple(range(first, first + spatial)), len(shape) - 1
    return shape, tuple(range(first + 1, first + 1 + spatial)), first


def _replaced(shape, axes, sizes):
    shape = list(shape)
    for axis, size in zip(axes, sizes, strict=True):
        shape[axis] = size
    return tuple(shape)


def _same_image_rule(op, images, data_format=None):
    shape, _, _ = _images(op, images, data_format)
    return KerasTensor(shape, _dtype(images))


def _pair(op, name, value, positive=True):
    items = value if isinstance(value, (list, tuple)) else (value, value)
    if len(items) != 2 or not all(isinstance(v, int) and not isinstance(v, bool) for v in items):
        raise ValueError(f"ops.{op}: {name} must be an int or a pair of ints, received {value!r}.")
    if positive and min(items) < 1:
        raise ValueError(f"ops.{op}: {name} must be positive, received {value!r}.")
    return tuple(items)


def _resize_rule(op, images, size, data_format):
    shape, spatial, _ = _images(op, images, data_format)
    size = _pair(op, "size", tuple(size) if isinstance(size, list) else size)
    return KerasTensor(_replaced(shape, spatial, size), _dtype(images))


def _transform_rule(op, images, transform, data_format):
    shape, _, _ = _images(op, images, data_format)
    transform_shape = shape_of(transform)
    if len(transform_shape) not in (1, 2) or transform_shape[-1] not in (8, None):
        raise ValueError(
            f"ops.{op}: transform must have shape (8,) or (batch, 8), received shape "
            f"{transform_shape}."
        )
    return KerasTensor(shape, _dtype(images))


def _perspective_rule(op, images, start_points, end_points, data_format):
    shape, _, _ = _images(op, images, data_format)
    for name, points in (("start_points", start_points), ("end_points", end_points)):
        points_shape = shape_of(points)
        if len(points_shape) not in (2, 3) or tuple(points_shape[-2:]) != (4, 2):
            raise ValueError(
                f"ops.{op}: {name} must have shape (4, 2) or (batch, 4, 2), received shape "
                f"{points_shape}."
            )
    return KerasTensor(shape, _dtype(images))


def _map_coordinates_rule(op, inputs, coordinates):
    shape = shape_of(inputs)
    coordinates_shape = shape_of(coordinates)
    if not coordinates_shape or coordinates_shape[0] not in (len(shape), None):
        raise ValueError(
            f"ops.{op}: coordinates must have shape (rank of inputs, ...) = ({len(shape)}, ...), "
            f"received shape {coordinates_shape} for inputs of shape {shape}."
        )
    return KerasTensor(tuple(coordinates_shape[1:]), _dtype(inputs))


def _blur_rule(op, images, kernel_size, sigma, data_format):
    _pair(op, "kernel_size", kernel_size)
    sigmas = sigma if isinstance(sigma, (list, tuple)) else (sigma, sigma)
    if len(sigmas) != 2 or min(sigmas) <= 0:
        raise ValueError(f"ops.{op}: sigma must be a positive number or pair, received {sigma!r}.")
    return _same_image_rule(op, images, data_format)


def _sobel_rule(op, images, data_format=None):
    shape, _, _ = _images(op, images, data_format)
    return KerasTensor((*shape, 2), _dtype(images))


def _ssim_rule(op, image1, image2, filter_size, data_format):
    shape, spatial, _ = _images(op, image1, data_format, "image1")
    other = shape_of(image2)
    if len(other) != len(shape) or any(
        a is not None and b is not None and a != b for a, b in zip(shape, other, strict=True)
    ):
        raise ValueError(
            f"ops.{op}: image1 and image2 must have the same shape, received {shape} and {other}."
        )
    for axis in spatial:
        if shape[axis] is not None and shape[axis] < filter_size:
            raise ValueError(
                f"ops.{op}: images of shape {shape} are smaller than filter_size={filter_size}."
            )
    dtype = rules.float_dtype(result_type(dtype_of(image1), dtype_of(image2)))
    return KerasTensor(shape[:1] if len(shape) == 4 else (), dtype)


def _color_rule(op, images, data_format=None, needs_float=False):
    shape, _, channel = _images(op, images, data_format)
    if shape[channel] not in (3, None):
        raise ValueError(
            f"ops.{op}: images must have 3 channels, received shape {shape} "
            f"(channel axis {channel})."
        )
    dtype = _dtype(images)
    if needs_float and dtype not in _FLOATS:
        raise TypeError(f"ops.{op}: images must have a float dtype, received {dtype}.")
    return KerasTensor(shape, dtype), channel


def _grayscale_rule(op, images, data_format=None):
    out, channel = _color_rule(op, images, data_format)
    return KerasTensor(_replaced(out.shape, (channel,), (1,)), out.dtype)


def _hsv_rule(op, images, data_format=None):
    return _color_rule(op, images, data_format, needs_float=True)[0]


def _two_of(op, names, values):
    given = [v for v in values if v is not None]
    if len(given) != 2:
        received = ", ".join(f"{n}={v!r}" for n, v in zip(names, values, strict=True))
        raise ValueError(f"ops.{op}: give exactly two of {', '.join(names)}; received {received}.")
    for name, value in zip(names, values, strict=True):
        if value is not None and value < 0:
            raise ValueError(f"ops.{op}: {name} must be >= 0, received {value}.")


def _cropped(op, size, start, end, target, names):
    _two_of(op, names, (start, end, target))
    if size is None:
        return target
    out = size - start - end if target is None else target
    used = out + (start if start is not None else end)
    if out <= 0 or used > size:
        raise ValueError(
            f"ops.{op}: cropping {names} = ({start}, {end}, {target}) does not fit an axis of "
            f"size {size}."
        )
    return out


def _crop_rule(op, images, top, left, bottom, right, target_height, target_width, data_format):
    shape, (rows, columns), _ = _images(op, images, data_format)
    vertical = ("top_cropping", "bottom_cropping", "target_height")
    horizontal = ("left_cropping", "right_cropping", "target_width")
    height = _cropped(op, shape[rows], top, bottom, target_height, vertical)
    width = _cropped(op, shape[columns], left, right, target_width, horizontal)
    return KerasTensor(_replaced(shape, (rows, columns), (height, width)), _dtype(images))


def _padded(op, size, start, end, target, names):
    _two_of(op, names, (start, end, target))
    if target is None:
        return None if size is None else size + start + end
    if size is not None and target - size - (start if start is not None else end) < 0:
        raise ValueError(
            f"ops.{op}: {names[2]}={target} is too small for an axis of size {size} with "
            f"{names[0] if start is not None else names[1]}={start if start is not None else end}."
        )
    return target


def _pad_rule(op, images, top, left, bottom, right, target_height, target_width, data_format):
    shape, (rows, columns), _ = _images(op, images, data_format)
    vertical = ("top_padding", "bottom_padding", "target_height")
    horizontal = ("left_padding", "right_padding", "target_width")
    height = _padded(op, shape[rows], top, bottom, target_height, vertical)
    width = _padded(op, shape[columns], left, right, target_width, horizontal)
    return KerasTensor(_replaced(shape, (rows, columns), (height, width)), _dtype(images))


def _tuple_of(op, name, value, rank):
    items = tuple(value) if isinstance(value, (list, tuple)) else (value,) * rank
    if len(items) != rank or not all(
        isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in items
    ):
        raise ValueError(
            f"ops.{op}: {name} must be a positive int or {rank} positive ints, received {value!r}."
        )
    return items


def _patches_rule(op, images, size, strides, dilation_rate, padding, data_format, rank=2):
    arg = "images" if rank == 2 else "volumes"
    shape, spatial, channel = _images(op, images, data_format, arg, rank)
    kernel = _tuple_of(op, "size", size, rank)
    strides = kernel if strides is None else _tuple_of(op, "strides", strides, rank)
    dilations = _tuple_of(op, "dilation_rate", dilation_rate, rank)
    sizes = []
    for axis, k, stride, dilation in zip(spatial, kernel, strides, dilations, strict=True):
        size_in = shape[axis]
        span = (k - 1) * dilation + 1
        if size_in is None:
            sizes.append(None)
        elif padding == "same":
            sizes.append(-(-size_in // stride))
        elif size_in < span:
            raise ValueError(
                f"ops.{op}: a window of size {kernel} (dilation {dilations}) does not fit "
                f"{arg} of shape {shape} with padding='valid'."
            )
        else:
            sizes.append((size_in - span) // stride + 1)
    depth = None if shape[channel] is None else shape[channel] * math.prod(kernel)
    out = _replaced(shape, (*spatial, channel), (*sizes, depth))
    return KerasTensor(out, _dtype(images))


def _scale_rule(op, images, output_shape, spatial_dims):
    shape = shape_of(images)
    output_shape = tuple(output_shape)
    if len(output_shape) != len(shape):
        raise ValueError(
            f"ops.{op}: output_shape {output_shape} must have the rank of images, shape {shape}."
        )
    for axis in spatial_dims:
        rules.canonical_axis(op, axis, len(shape), shape, "spatial_dims")
    return KerasTensor(output_shape, _dtype(images))


def _elastic_rule(op, images, sigma, data_format):
    if sigma <= 0:
        raise ValueError(f"ops.{op}: sigma must be positive, received {sigma!r}.")
    return _same_image_rule(op, images, data_format)


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
    """Resizes images to ``size = (height, width)``.

    Pixel centers sit at half-integer positions (``align_corners=False``). ``antialias``
    widens the filter when downsampling.

    Args:
        interpolation: ``"bilinear"``, ``"nearest"``, ``"bicubic"`` (Keys, a = -0.5),
            ``"lanczos3"`` or ``"lanczos5"``.
        crop_to_aspect_ratio: First crop the centered box of the target aspect ratio.
        pad_to_aspect_ratio: First pad (with ``fill_value``) to the target aspect ratio.
        fill_mode: Only ``"constant"``.

    Example:
        >>> keras_core.ops.image.resize(np.ones((2, 8, 8, 3)), (4, 4)).shape   # (2, 4, 4, 3)
    """
    _check_options(
        "resize",
        data_format,
        interpolation=(interpolation, RESIZE_INTERPOLATIONS),
        fill_mode=(fill_mode, ("constant",)),
    )
    if crop_to_aspect_ratio and pad_to_aspect_ratio:
        raise ValueError(
            "ops.resize: crop_to_aspect_ratio and pad_to_aspect_ratio cannot both be True."
        )
    try:
        return _impl.resize(
            images,
            size,
            interpolation,
            antialias,
            crop_to_aspect_ratio,
            pad_to_aspect_ratio,
            fill_mode,
            fill_value,
            data_format,
        )
    except Exception as error:
        return recover(error, _resize_rule, "resize", images, size, data_format)


def affine_transform(
    images,
    transform,
    interpolation="bilinear",
    fill_mode="constant",
    fill_value=0,
    data_format=None,
):
    """Applies projective transforms: output ``(x, y)`` samples the input at
    ``((a0 x + a1 y + a2) / k, (b0 x + b1 y + b2) / k)`` with ``k = c0 x + c1 y + 1``.

    Args:
        transform: ``[a0, a1, a2, b0, b1, b2, c0, c1]``, shape ``(8,)`` or ``(batch, 8)``.
        interpolation: ``"bilinear"`` or ``"nearest"``.
        fill_mode: Outside the input: ``"constant"`` (``fill_value``), ``"nearest"``,
            ``"wrap"``, ``"mirror"`` (d c b | a b c d) or ``"reflect"`` (c b a | a b c d).

    Example:
        >>> shift_right = [1, 0, -1, 0, 1, 0, 0, 0]
        >>> keras_core.ops.image.affine_transform(images, shift_right)
    """
    _check_options(
        "affine_transform",
        data_format,
        interpolation=(interpolation, TRANSFORM_INTERPOLATIONS),
        fill_mode=(fill_mode, FILL_MODES),
    )
    try:
        return _impl.affine_transform(
            images, transform, interpolation, fill_mode, fill_value, data_format
        )
    except Exception as error:
        return recover(error, _transform_rule, "affine_transform", images, transform, data_format)


def perspective_transform(
    images, start_points, end_points, interpolation="bilinear", fill_value=0, data_format=None
):
    """Warps images so that the four ``start_points`` land on the ``end_points``.

    Args:
        start_points, end_points: ``(x, y)`` corners, shape ``(4, 2)`` or ``(batch, 4, 2)``.
        interpolation: ``"bilinear"`` or ``"nearest"``; outside the input is ``fill_value``.

    Example:
        >>> corners = [[0, 0], [7, 0], [0, 7], [7, 7]]
        >>> keras_core.ops.image.perspective_transform(images, corners, corners)   # identity
    """
    _check_options(
        "perspective_transform",
        data_format,
        interpolation=(interpolation, TRANSFORM_INTERPOLATIONS),
    )
    try:
        return _impl.perspective_transform(
            images, start_points, end_points, interpolation, fill_value, data_format
        )
    except Exception as error:
        return recover(
            error,
            _perspective_rule,
            "perspective_transform",
            images,
            start_points,
            end_points,
            data_format,
        )


def map_coordinates(inputs, coordinates, order, fill_mode="constant", fill_value=0):
    """Samples ``inputs`` at ``coordinates`` (shape ``(inputs.ndim, ...)``), like SciPy's.

    Args:
        order: 0 (nearest, halves rounded away from zero) or 1 (linear).
        fill_mode: ``"constant"``, ``"nearest"``, ``"wrap"``, ``"mirror"`` or ``"reflect"``;
            with ``"constant"`` each neighbour outside ``inputs`` counts as ``fill_value``.

    Example:
        >>> keras_core.ops.image.map_coordinates(np.arange(4.0), [[0.5, 2.0]], 1)   # [0.5, 2.]
    """
    _check_options(
        "map_coordinates", None, order=(order, (0, 1)), fill_mode=(fill_mode, FILL_MODES)
    )
    try:
        return _impl.map_coordinates(inputs, coordinates, order, fill_mode, fill_value)
    except Exception as error:
        return recover(error, _map_coordinates_rule, "map_coordinates", inputs, coordinates)


def gaussian_blur(images, kernel_size=(3, 3), sigma=(1.0, 1.0), data_format=None):
    """Blurs each channel with a normalized Gaussian; the border is zero-padded.

    Args:
        kernel_size: ``(height, width)`` of the filter, or one int.
        sigma: ``(height, width)`` standard deviations, or one number.

    Example:
        >>> keras_core.ops.image.gaussian_blur(images, kernel_size=5, sigma=2.0)
    """
    _check_options("gaussian_blur", data_format)
    try:
        return _impl.gaussian_blur(images, kernel_size, sigma, data_format)
    except Exception as error:
        return recover(error, _blur_rule, "gaussian_blur", images, kernel_size, sigma, data_format)


def sobel_edges(images, data_format=None):
    """Sobel gradients of each channel, zero-padded: a last axis ``[d/dy, d/dx]`` is added.

    Example:
        >>> keras_core.ops.image.sobel_edges(np.ones((1, 4, 4, 3))).shape   # (1, 4, 4, 3, 2)
    """
    _check_options("sobel_edges", data_format)
    try:
        return _impl.sobel_edges(images, data_format)
    except Exception as error:
        return recover(error, _sobel_rule, "sobel_edges", images, data_format)


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
    """Structural similarity of two images, averaged per image (Gaussian window, 'valid').

    Args:
        max_val: The dynamic range of the pixel values (1 for [0, 1], 255 for uint8).

    Returns:
        One score per image: shape ``(batch,)``, or a scalar for single images.

    Example:
        >>> keras_core.ops.image.ssim(images, images)   # ones
    """
    _check_options("ssim", data_format)
    try:
        return _impl.ssim(image1, image2, max_val, filter_size, filter_sigma, k1, k2, data_format)
    except Exception as error:
        return recover(error, _ssim_rule, "ssim", image1, image2, filter_size, data_format)


def rgb_to_grayscale(images, data_format=None):
    """Luma ``0.2989 R + 0.587 G + 0.114 B``, keeping a channel axis of size 1.

    Example:
        >>> keras_core.ops.image.rgb_to_grayscale(np.ones((4, 4, 3))).shape   # (4, 4, 1)
    """
    _check_options("rgb_to_grayscale", data_format)
    try:
        return _impl.rgb_to_grayscale(images, data_format)
    except Exception as error:
        return recover(error, _grayscale_rule, "rgb_to_grayscale", images, data_format)


def rgb_to_hsv(images, data_format=None):
    """RGB in [0, 1] to hue, saturation, value, all in [0, 1]; needs a float dtype.

    Example:
        >>> keras_core.ops.image.rgb_to_hsv(np.array([[[1.0, 0.0, 0.0]]]))   # [[[0, 1, 1]]]
    """
    _check_options("rgb_to_hsv", data_format)
    try:
        return _impl.rgb_to_hsv(images, data_format)
    except Exception as error:
        return recover(error, _hsv_rule, "rgb_to_hsv", images, data_format)


def hsv_to_rgb(images, data_format=None):
    """Hue, saturation, value in [0, 1] to RGB; the inverse of :func:`rgb_to_hsv`.

    Example:
        >>> keras_core.ops.image.hsv_to_rgb(np.array([[[0.0, 1.0, 1.0]]]))   # [[[1, 0, 0]]]
    """
    _check_options("hsv_to_rgb", data_format)
    try:
        return _impl.hsv_to_rgb(images, data_format)
    except Exception as error:
        return recover(error, _hsv_rule, "hsv_to_rgb", images, data_format)


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
    """Crops a box out of images; give exactly two of top/bottom/height and of left/right/width.

    Example:
        >>> keras_core.ops.image.crop_images(images, 1, 2, target_height=4, target_width=4)
    """
    _check_options("crop_images", data_format)
    try:
        return _impl.crop_images(
            images,
            top_cropping,
            left_cropping,
            bottom_cropping,
            right_cropping,
            target_height,
            target_width,
            data_format,
        )
    except Exception as error:
        return recover(
            error,
            _crop_rule,
            "crop_images",
            images,
            top_cropping,
            left_cropping,
            bottom_cropping,
            right_cropping,
            target_height,
            target_width,
            data_format,
        )


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
    """Zero-pads images; give exactly two of top/bottom/height and of left/right/width.

    Example:
        >>> keras_core.ops.image.pad_images(images, 1, 1, target_height=10, target_width=10)
    """
    _check_options("pad_images", data_format)
    try:
        return _impl.pad_images(
            images,
            top_padding,
            left_padding,
            bottom_padding,
            right_padding,
            target_height,
            target_width,
            data_format,
        )
    except Exception as error:
        return recover(
            error,
            _pad_rule,
            "pad_images",
            images,
            top_padding,
            left_padding,
            bottom_padding,
            right_padding,
            target_height,
            target_width,
            data_format,
        )


def extract_patches(images, size, strides=None, dilation_rate=1, padding="valid", data_format=None):
    """Windows of ``size`` as vectors along the channel axis, ordered (row, column, channel).

    Args:
        size: Window ``(height, width)`` or one int.
        strides: Steps between windows; defaults to ``size`` (no overlap).
        padding: ``"valid"`` or ``"same"`` (zero padding, odd pixel after).

    Example:
        >>> keras_core.ops.image.extract_patches(np.ones((1, 8, 8, 3)), 2).shape   # (1, 4, 4, 12)
    """
    _check_options("extract_patches", data_format, padding=(padding, ("valid", "same")))
    try:
        return _impl.extract_patches(images, size, strides, dilation_rate, padding, data_format)
    except Exception as error:
        return recover(
            error,
            _patches_rule,
            "extract_patches",
            images,
            size,
            strides,
            dilation_rate,
            padding,
            data_format,
        )


def extract_patches_3d(
    volumes, size, strides=None, dilation_rate=1, padding="valid", data_format=None
):
    """Like :func:`extract_patches` for volumes ``(batch, depth, height, width, channels)``.

    Example:
        >>> keras_core.ops.image.extract_patches_3d(np.ones((1, 4, 4, 4, 1)), 2).shape
        (1, 2, 2, 2, 8)
    """
    _check_options("extract_patches_3d", data_format, padding=(padding, ("valid", "same")))
    try:
        return _impl.extract_patches_3d(volumes, size, strides, dilation_rate, padding, data_format)
    except Exception as error:
        return recover(
            error,
            _patches_rule,
            "extract_patches_3d",
            volumes,
            size,
            strides,
            dilation_rate,
            padding,
            data_format,
            3,
        )


def scale_and_translate(
    images, output_shape, scale, translation, spatial_dims, method, antialias=True
):
    """Resamples ``spatial_dims`` so that output pixel ``o`` samples input ``(o - t) / s``
    (pixel centers at half-integers), as ``jax.image.scale_and_translate``.

    Args:
        output_shape: The full output shape.
        scale, translation: One value per spatial dim.
        method: ``"linear"``, ``"cubic"``, ``"lanczos3"``, ``"lanczos5"`` (or their
            ``bi``/``tri`` spellings, ``"triangle"``, ``"keyscubic"``).

    Example:
        >>> keras_core.ops.image.scale_and_translate(
        ...     x, (8, 8), [2.0, 2.0], [0.0, 0.0], (0, 1), "linear"
        ... )
    """
    _check_options("scale_and_translate", None, method=(method, SCALE_METHODS))
    try:
        return _impl.scale_and_translate(
            images, output_shape, scale, translation, spatial_dims, method, antialias
        )
    except Exception as error:
        return recover(
            error, _scale_rule, "scale_and_translate", images, output_shape, spatial_dims
        )


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
    """Moves every pixel by a random displacement field: Gaussian noise blurred with
    ``sigma`` and scaled by ``alpha``, the same for all channels of an image.

    Args:
        seed: An int, a ``keras_core.random.SeedGenerator``, a seed tensor or ``None``.

    Example:
        >>> keras_core.ops.image.elastic_transform(images, alpha=10.0, sigma=3.0, seed=1)
    """
    _check_options(
        "elastic_transform",
        data_format,
        interpolation=(interpolation, TRANSFORM_INTERPOLATIONS),
        fill_mode=(fill_mode, FILL_MODES),
    )
    try:
        return _impl.elastic_transform(
            images, alpha, sigma, interpolation, fill_mode, fill_value, seed, data_format
        )
    except Exception as error:
        return recover(error, _elastic_rule, "elastic_transform", images, sigma, data_format)
