"""Cases for image ops.

Where a closed form exists it is the reference (crops, pads, colour spaces, patches,
filters written as explicit loops, identity and integer-shift transforms, block-mean
resizes). General resampling is checked against the NumPy backend, whose conventions
(half-pixel centers, Keys cubic, Lanczos, antialiasing) match ``jax.image``.
"""

import colorsys

import numpy as np

from keras_core.backend.numpy import image as reference
from keras_core.testing.case import Arr, OpCase

_IMAGES = Arr((2, 8, 10, 3), low=0.0, high=1.0)
_IMAGE = Arr((7, 9, 3), low=0.0, high=1.0)
_FIRST = Arr((2, 3, 8, 10), low=0.0, high=1.0)
_INTS = Arr((2, 8, 10, 3), "int32", 0, 255)
_BYTES = Arr((2, 6, 8, 3), "uint8", 0, 255)
_HALF = Arr((2, 8, 10, 3), "float16", 0.0, 1.0)
_EMPTY = Arr((0, 8, 10, 3))
_LOOSE = {"rtol": 1e-4, "atol": 1e-5}
_RAMP = np.sin(np.arange(144.0)).reshape(12, 12, 1)


def _last(images, data_format):
    return images if data_format != "channels_first" else np.moveaxis(images, 1, -1)


def _back(result, data_format):
    return result if data_format != "channels_first" else np.moveaxis(result, -1, 1)


def _crop(images, top, left, bottom=None, right=None, height=None, width=None, data_format=None):
    x = _last(images, data_format)
    top = top if top is not None else x.shape[-3] - bottom - height
    left = left if left is not None else x.shape[-2] - right - width
    height = height if height is not None else x.shape[-3] - top - bottom
    width = width if width is not None else x.shape[-2] - left - right
    return _back(x[..., top : top + height, left : left + width, :], data_format)


def _pad(images, top, left, bottom=None, right=None, height=None, width=None, data_format=None):
    x = _last(images, data_format)
    top = top if top is not None else height - x.shape[-3] - bottom
    bottom = bottom if bottom is not None else height - x.shape[-3] - top
    left = left if left is not None else width - x.shape[-2] - right
    right = right if right is not None else width - x.shape[-2] - left
    widths = [(0, 0)] * (x.ndim - 3) + [(top, bottom), (left, right), (0, 0)]
    return _back(np.pad(x, widths), data_format)


def _grayscale(images, data_format=None):
    x = _last(images, data_format)
    gray = (x.astype(np.float64) @ np.array([0.2989, 0.5870, 0.1140]))[..., None]
    return _back(gray.astype(images.dtype), data_format)


def _colorsys(convert):
    def apply(images, data_format=None):
        x = _last(images, data_format).astype(np.float64)
        flat = np.array([convert(*pixel) for pixel in x.reshape(-1, 3)]).reshape(x.shape)
        return _back(flat.astype(images.dtype), data_format)

    return apply


def _correlate(x, kernel):
    """Zero-padded 'same' correlation of (B, H, W, C) with a 2-D kernel, by loops."""
    rows, columns = kernel.shape
    padded = np.pad(
        x, ((0, 0), (rows // 2, (rows - 1) // 2), (columns // 2, (columns - 1) // 2), (0, 0))
    )
    out = np.zeros(x.shape)
    for i in range(rows):
        for j in range(columns):
            out += kernel[i, j] * padded[:, i : i + x.shape[1], j : j + x.shape[2]]
    return out


def _gaussian(size, sigma):
    taps = np.exp(-((np.arange(size) - (size - 1) / 2) ** 2) / (2 * sigma**2))
    return taps / taps.sum()


def _blur(images, kernel_size=(3, 3), sigma=(1.0, 1.0), data_format=None):
    x = _last(images, data_format)
    kernel = np.outer(_gaussian(kernel_size[0], sigma[0]), _gaussian(kernel_size[1], sigma[1]))
    return _back(_correlate(x.astype(np.float64), kernel).astype(images.dtype), data_format)


def _sobel(images, data_format=None):
    x = _last(images, data_format).astype(np.float64)
    vertical = np.array([[-1, -2, -1], [0, 0, 0], [1, 2, 1]], np.float64)
    edges = np.stack([_correlate(x, vertical), _correlate(x, vertical.T)], axis=-1)
    if data_format == "channels_first":
        edges = np.moveaxis(edges, -2, 1)
    return edges.astype(images.dtype)


def _patches(images, size, strides=None, dilation_rate=1, padding="valid", data_format=None):
    """Patches by explicit loops over output positions (TensorFlow's 'same' padding)."""
    x = _last(images, data_format)
    rows, columns = (size, size) if isinstance(size, int) else size
    step_rows, step_columns = (
        (rows, columns)
        if strides is None
        else ((strides, strides) if isinstance(strides, int) else strides)
    )
    dilation = dilation_rate
    span_rows, span_columns = (rows - 1) * dilation + 1, (columns - 1) * dilation + 1
    height, width = x.shape[1:3]
    if padding == "same":
        out_rows, out_columns = -(-height // step_rows), -(-width // step_columns)
        pad_rows = max((out_rows - 1) * step_rows + span_rows - height, 0)
        pad_columns = max((out_columns - 1) * step_columns + span_columns - width, 0)
        x = np.pad(
            x,
            (
                (0, 0),
                (pad_rows // 2, pad_rows - pad_rows // 2),
                (pad_columns // 2, pad_columns - pad_columns // 2),
                (0, 0),
            ),
        )
    else:
        out_rows = (height - span_rows) // step_rows + 1
        out_columns = (width - span_columns) // step_columns + 1
    out = np.zeros((x.shape[0], out_rows, out_columns, rows * columns * x.shape[3]), x.dtype)
    for i in range(out_rows):
        for j in range(out_columns):
            top, left = i * step_rows, j * step_columns
            window = x[:, top : top + span_rows : dilation, left : left + span_columns : dilation]
            out[:, i, j] = window.reshape(x.shape[0], -1)
    return _back(out, data_format)


def _volume_patches(volumes, size, strides=None, dilation_rate=1, padding="valid"):
    out_shape = [(n - size) // size + 1 for n in volumes.shape[1:4]]
    out = np.zeros((volumes.shape[0], *out_shape, size**3 * volumes.shape[4]), volumes.dtype)
    for index in np.ndindex(*out_shape):
        d, h, w = (i * size for i in index)
        window = volumes[:, d : d + size, h : h + size, w : w + size]
        out[(slice(None), *index)] = window.reshape(volumes.shape[0], -1)
    return out


def _block_mean(images, size, **kwargs):
    """Halving with bilinear weights is the mean of each 2x2 block."""
    b, h, w, c = images.shape
    return images.reshape(b, h // 2, 2, w // 2, 2, c).mean(axis=(2, 4)).astype(images.dtype)


def _repeat(images, size, **kwargs):
    return images.repeat(2, axis=1).repeat(2, axis=2)


def _shifted(images, transform, **kwargs):
    """Integer shift (one pixel right, two down) with zero fill."""
    out = np.zeros_like(images)
    out[:, 2:, 1:] = images[:, :-2, :-1]
    return out


_SHIFT = [1.0, 0.0, -1.0, 0.0, 1.0, -2.0, 0.0, 0.0]
_IDENTITY = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]
_CORNERS = [[0.0, 0.0], [9.0, 0.0], [0.0, 7.0], [9.0, 7.0]]
_MOVED = [[1.0, 0.5], [8.5, 0.0], [0.0, 6.0], [9.0, 7.5]]
_TRANSFORMS = Arr(
    values=[[1.25, 0.1, -0.3, -0.2, 0.9, 1.3, 0.01, -0.02], [0.8, 0.0, 2.2, 0.0, 1.1, -0.7, 0, 0]]
)
# Nearest sampling of the projective transform would hit near-ties where float32 and
# float64 round apart; this affine one keeps every source coordinate off the ties.
_NEAREST_TRANSFORMS = Arr(values=[[1.25, 0.0, -0.3, 0.0, 0.75, 0.2, 0, 0]] * 2)
_COORDINATES = Arr((2, 4, 5), low=-3.0, high=11.0)


def _resize_cases():
    cases = []
    for interpolation in ("bilinear", "bicubic", "lanczos3", "lanczos5"):
        for antialias in (False, True):
            for size in ((5, 7), (13, 21)):
                cases.append(
                    OpCase(
                        "image.resize",
                        (_IMAGES, size),
                        {"interpolation": interpolation, "antialias": antialias},
                        reference=reference.resize,
                        name=f"{interpolation}-{'aa' if antialias else 'plain'}-{size[0]}",
                        **_LOOSE,
                    )
                )
    return [
        *cases,
        OpCase("image.resize", (_IMAGES, (4, 5)), reference=_block_mean, name="half", **_LOOSE),
        OpCase(
            "image.resize",
            (_IMAGES, (16, 20)),
            {"interpolation": "nearest"},
            reference=_repeat,
            name="nearest-double",
        ),
        OpCase(
            "image.resize",
            (_INTS, (5, 13)),
            {"interpolation": "nearest"},
            reference=reference.resize,
            name="nearest-int",
        ),
        OpCase(
            "image.resize",
            (_BYTES, (11, 13)),
            {"interpolation": "bicubic"},
            reference=reference.resize,
            name="bicubic-uint8",
            atol=1.0,
        ),
        OpCase("image.resize", (_HALF, (4, 5)), reference=_block_mean, name="float16"),
        OpCase(
            "image.resize", (_IMAGE, (4, 6)), reference=reference.resize, name="single", **_LOOSE
        ),
        OpCase(
            "image.resize",
            (_FIRST, (5, 4)),
            {"data_format": "channels_first"},
            reference=reference.resize,
            name="channels-first",
            **_LOOSE,
        ),
        OpCase(
            "image.resize",
            (_IMAGES, (6, 6)),
            {"crop_to_aspect_ratio": True},
            reference=reference.resize,
            name="crop-aspect",
            **_LOOSE,
        ),
        OpCase(
            "image.resize",
            (_IMAGES, (6, 6)),
            {"pad_to_aspect_ratio": True, "fill_value": 0.5},
            reference=reference.resize,
            name="pad-aspect",
            **_LOOSE,
        ),
        OpCase("image.resize", (_EMPTY, (4, 5)), reference=_block_mean, name="empty"),
    ]


def _transform_cases():
    cases = [
        OpCase("image.affine_transform", (_IMAGES, _SHIFT), reference=_shifted, name="shift"),
        OpCase(
            "image.affine_transform",
            (_INTS, _IDENTITY),
            reference=lambda x, t: x,
            name="identity-int",
        ),
        OpCase(
            "image.perspective_transform",
            (_IMAGES, _CORNERS, _CORNERS),
            reference=lambda x, s, e: x,
            name="identity",
            **_LOOSE,
        ),
        OpCase(
            "image.perspective_transform",
            (_IMAGES, _CORNERS, _MOVED),
            {"fill_value": 0.5},
            reference=reference.perspective_transform,
            name="moved",
            rtol=1e-3,
            atol=1e-3,
        ),
        OpCase(
            "image.perspective_transform",
            (_FIRST, _CORNERS, _MOVED),
            {"interpolation": "nearest", "data_format": "channels_first"},
            reference=reference.perspective_transform,
            name="nearest-channels-first",
            rtol=1e-3,
            atol=1e-3,
        ),
    ]
    for fill_mode in ("constant", "nearest", "wrap", "mirror", "reflect"):
        for interpolation in ("bilinear", "nearest"):
            kwargs = {"interpolation": interpolation, "fill_mode": fill_mode, "fill_value": 0.5}
            order = 0 if interpolation == "nearest" else 1
            cases.append(
                OpCase(
                    "image.affine_transform",
                    (_IMAGES, _NEAREST_TRANSFORMS if order == 0 else _TRANSFORMS),
                    kwargs,
                    reference=reference.affine_transform,
                    name=f"{fill_mode}-{interpolation}",
                    **_LOOSE,
                )
            )
            cases.append(
                OpCase(
                    "image.map_coordinates",
                    (Arr((8, 10)), _COORDINATES, order),
                    {"fill_mode": fill_mode, "fill_value": 0.5},
                    reference=reference.map_coordinates,
                    name=f"{fill_mode}-{interpolation}",
                    **_LOOSE,
                )
            )
    return [
        *cases,
        OpCase(
            "image.affine_transform",
            (_IMAGE, Arr(values=_SHIFT)),
            reference=reference.affine_transform,
            name="single",
        ),
        OpCase(
            "image.map_coordinates",
            (Arr((4, 5, 3), "int32", 0, 50), Arr(values=[[0, 3, 1], [4, 0, 2], [2, 1, 0]]), 1),
            reference=lambda x, c, order: x[tuple(c.astype(int))],
            name="integer-points",
        ),
        OpCase(
            "image.map_coordinates",
            (Arr((6,), "float16", 0, 1), Arr(values=[[0.25, 2.5, 5.75]]), 1),
            reference=reference.map_coordinates,
            name="float16",
        ),
        OpCase(
            "image.scale_and_translate",
            (_IMAGES, (2, 13, 5, 3), Arr(values=[1.5, 0.5]), Arr(values=[1.0, -0.5]), (1, 2)),
            {"method": "linear"},
            reference=reference.scale_and_translate,
            name="linear",
            **_LOOSE,
        ),
        OpCase(
            "image.scale_and_translate",
            (Arr((6, 5)), (9, 5), Arr(values=[1.5]), Arr(values=[0.0]), (0,), "cubic"),
            {"antialias": False},
            reference=reference.scale_and_translate,
            name="cubic-2d",
            **_LOOSE,
        ),
        OpCase(
            "image.scale_and_translate",
            (_IMAGES, (2, 4, 4, 3), Arr(values=[0.5, 0.4]), Arr(values=[0.0, 0.0]), (1, 2)),
            {"method": "lanczos3"},
            reference=reference.scale_and_translate,
            name="lanczos3-antialias",
            **_LOOSE,
        ),
    ]


def _filter_cases():
    return [
        OpCase("image.gaussian_blur", (_IMAGES,), reference=_blur, **_LOOSE),
        OpCase(
            "image.gaussian_blur",
            (_IMAGES, (3, 5), (1.0, 2.0)),
            reference=_blur,
            name="uneven",
            **_LOOSE,
        ),
        OpCase(
            "image.gaussian_blur",
            (_FIRST, (4, 4), (1.5, 0.5), "channels_first"),
            reference=_blur,
            name="even-channels-first",
            **_LOOSE,
        ),
        OpCase("image.gaussian_blur", (_HALF,), reference=_blur, name="float16"),
        OpCase(
            "image.gaussian_blur",
            (_IMAGE,),
            reference=lambda x: _blur(x[None])[0],
            name="single",
            **_LOOSE,
        ),
        OpCase("image.sobel_edges", (_IMAGES,), reference=_sobel, **_LOOSE),
        OpCase(
            "image.sobel_edges",
            (_FIRST, "channels_first"),
            reference=_sobel,
            name="channels-first",
            **_LOOSE,
        ),
        OpCase(
            "image.sobel_edges",
            (Arr((2, 5, 6, 1), "int32", -9, 9),),
            reference=_sobel,
            name="int",
        ),
        OpCase(
            "image.ssim",
            (Arr((2, 12, 14, 3), low=0, high=1), Arr((2, 12, 14, 3), low=0, high=1)),
            reference=reference.ssim,
            **_LOOSE,
        ),
        OpCase(
            "image.ssim",
            (Arr(values=_RAMP), Arr(values=_RAMP)),
            reference=lambda x, y: np.float32(1.0),
            name="same-image",
            **_LOOSE,
        ),
        OpCase(
            "image.ssim",
            (Arr((2, 3, 9, 9), "uint8", 0, 255), Arr((2, 3, 9, 9), "uint8", 0, 255)),
            {
                "max_val": 255.0,
                "filter_size": 7,
                "filter_sigma": 1.0,
                "data_format": "channels_first",
            },
            reference=reference.ssim,
            name="uint8-channels-first",
            **_LOOSE,
        ),
    ]


def _colour_cases():
    to_hsv, to_rgb = _colorsys(colorsys.rgb_to_hsv), _colorsys(colorsys.hsv_to_rgb)
    return [
        OpCase("image.rgb_to_grayscale", (_IMAGES,), reference=_grayscale, **_LOOSE),
        OpCase("image.rgb_to_grayscale", (_BYTES,), reference=_grayscale, name="uint8", atol=1),
        OpCase(
            "image.rgb_to_grayscale",
            (_FIRST, "channels_first"),
            reference=_grayscale,
            name="channels-first",
            **_LOOSE,
        ),
        OpCase("image.rgb_to_grayscale", (_HALF,), reference=_grayscale, name="float16"),
        OpCase("image.rgb_to_grayscale", (_EMPTY,), reference=_grayscale, name="empty"),
        OpCase("image.rgb_to_hsv", (_IMAGES,), reference=to_hsv, **_LOOSE),
        OpCase(
            "image.rgb_to_hsv",
            (Arr(values=[[[0.0, 0.0, 0.0], [0.5, 0.5, 0.5], [1.0, 0.0, 0.0], [0.2, 0.9, 0.9]]]),),
            reference=to_hsv,
            name="grey-and-ties",
        ),
        OpCase(
            "image.rgb_to_hsv",
            (_FIRST, "channels_first"),
            reference=to_hsv,
            name="channels-first",
            **_LOOSE,
        ),
        OpCase("image.rgb_to_hsv", (_HALF,), reference=to_hsv, name="float16"),
        OpCase("image.hsv_to_rgb", (_IMAGES,), reference=to_rgb, **_LOOSE),
        OpCase("image.hsv_to_rgb", (_IMAGE,), reference=to_rgb, name="single", **_LOOSE),
        OpCase(
            "image.hsv_to_rgb",
            (_FIRST, "channels_first"),
            reference=to_rgb,
            name="channels-first",
            **_LOOSE,
        ),
    ]


def _crop_pad_cases():
    cases = []
    settings = [
        ((1, 2, 3, 4, None, None), "sides"),
        ((1, 2, None, None, 5, 6), "start-target"),
        ((None, None, 1, 2, 5, 6), "end-target"),
    ]
    for (top, left, bottom, right, height, width), label in settings:
        crop_args = (top, left, bottom, right, height, width)
        pad_height = None if height is None else height + 8
        pad_width = None if width is None else width + 10
        pad_args = (top, left, bottom, right, pad_height, pad_width)
        cases += [
            OpCase("image.crop_images", (_IMAGES, *crop_args), reference=_crop, name=label),
            OpCase("image.pad_images", (_IMAGES, *pad_args), reference=_pad, name=label),
        ]
    return [
        *cases,
        OpCase("image.crop_images", (_INTS, 1, 1, 1, 1), reference=_crop, name="int"),
        OpCase(
            "image.crop_images",
            (_FIRST, 0, 2, None, None, 3, 4, "channels_first"),
            reference=_crop,
            name="channels-first",
        ),
        OpCase("image.crop_images", (_IMAGE, 2, 2, 2, 2), reference=_crop, name="single"),
        OpCase("image.pad_images", (_BYTES, 1, 0, 2, 3), reference=_pad, name="uint8"),
        OpCase(
            "image.pad_images",
            (_FIRST, 0, 2, None, None, 9, 14, "channels_first"),
            reference=_pad,
            name="channels-first",
        ),
        OpCase("image.pad_images", (_EMPTY, 1, 1, 1, 1), reference=_pad, name="empty"),
    ]


def _patch_cases():
    return [
        OpCase("image.extract_patches", (_IMAGES, 2), reference=_patches),
        OpCase(
            "image.extract_patches",
            (_IMAGES, (3, 2), (2, 3)),
            reference=_patches,
            name="strided",
        ),
        OpCase(
            "image.extract_patches",
            (_IMAGES, 3, 2),
            {"padding": "same"},
            reference=_patches,
            name="same",
        ),
        OpCase(
            "image.extract_patches",
            (_IMAGES, 2, 1, 2),
            reference=_patches,
            name="dilated",
        ),
        OpCase(
            "image.extract_patches",
            (_FIRST, 3),
            {"data_format": "channels_first"},
            reference=_patches,
            name="channels-first",
        ),
        OpCase("image.extract_patches", (_INTS, 4), reference=_patches, name="int"),
        OpCase(
            "image.extract_patches",
            (_IMAGE, 3),
            reference=lambda x, size: _patches(x[None], size)[0],
            name="single",
        ),
        OpCase(
            "image.extract_patches_3d",
            (Arr((2, 4, 6, 5, 2)), 2),
            reference=_volume_patches,
        ),
        OpCase(
            "image.extract_patches_3d",
            (Arr((2, 5, 6, 7, 2)), (2, 3, 2), (1, 2, 3)),
            {"padding": "same", "dilation_rate": 1},
            reference=reference.extract_patches_3d,
            name="same",
        ),
        OpCase(
            "image.extract_patches_3d",
            (Arr((4, 4, 4, 1), "int32", 0, 9), 2),
            reference=lambda x, size: _volume_patches(x[None], size)[0],
            name="single-int",
        ),
    ]


def _elastic_cases():
    return [
        OpCase("image.elastic_transform", (_IMAGES,), {"seed": 3}, values=False, name="random"),
        OpCase(
            "image.elastic_transform",
            (_IMAGES,),
            {"alpha": 0.0, "seed": 1},
            reference=lambda x, alpha, seed: x,
            name="no-displacement",
            **_LOOSE,
        ),
        OpCase(
            "image.elastic_transform",
            (_FIRST,),
            {"alpha": 0.0, "seed": 2, "data_format": "channels_first", "interpolation": "nearest"},
            reference=lambda x, **kwargs: x,
            name="channels-first",
        ),
        OpCase(
            "image.elastic_transform",
            (_BYTES,),
            {"sigma": 1.0, "seed": 4},
            values=False,
            name="uint8",
        ),
        OpCase(
            "image.elastic_transform",
            (_IMAGE,),
            {"alpha": 0.0, "seed": 5},
            reference=lambda x, **kwargs: x,
            name="single",
        ),
    ]


CASES = [
    *_resize_cases(),
    *_transform_cases(),
    *_filter_cases(),
    *_colour_cases(),
    *_crop_pad_cases(),
    *_patch_cases(),
    *_elastic_cases(),
]
