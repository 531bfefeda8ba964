"""Cases for convolution, pooling and patch ops, against loop-by-loop references."""

import itertools

import numpy as np

from keras_core.testing.case import Arr, OpCase


def _ints(value, count):
    return (value,) * count if isinstance(value, int) else tuple(value)


def _to_last(x, data_format):
    return np.moveaxis(x, 1, -1) if data_format == "channels_first" else x


def _from_last(x, data_format):
    return np.moveaxis(x, -1, 1) if data_format == "channels_first" else x


def _same_before_after(size, extent, stride):
    total = max((-(-size // stride) - 1) * stride + extent - size, 0)
    return total // 2, total - total // 2


def _padded(x, extents, strides, padding, value=0.0):
    """A channels-last ``x`` padded as ``padding`` asks, and the number of outputs."""
    widths, outputs = [(0, 0)], []
    for size, extent, stride in zip(x.shape[1:-1], extents, strides, strict=True):
        before, after = (0, 0) if padding == "valid" else _same_before_after(size, extent, stride)
        widths.append((before, after))
        outputs.append((size + before + after - extent) // stride + 1)
    widths.append((0, 0))
    return np.pad(x.astype(np.float64), widths, constant_values=value), outputs


def _conv(inputs, kernel, strides=1, padding="valid", data_format=None, dilation_rate=1):
    rank = kernel.ndim - 2
    strides, dilation = _ints(strides, rank), _ints(dilation_rate, rank)
    x = _to_last(inputs, data_format)
    extents = [(k - 1) * d + 1 for k, d in zip(kernel.shape, dilation, strict=False)]
    x, outputs = _padded(x, extents, strides, padding)
    per_group, filters = kernel.shape[-2:]
    groups = x.shape[-1] // per_group
    out = np.zeros((x.shape[0], *outputs, filters))
    for position in itertools.product(*map(range, outputs)):
        taps = [
            p * s + np.arange(k) * d
            for p, s, k, d in zip(position, strides, kernel.shape, dilation, strict=False)
        ]
        patch = x[(slice(None), *np.ix_(*taps), slice(None))]
        for g in range(groups):
            channels = slice(g * per_group, (g + 1) * per_group)
            group_filters = slice(g * filters // groups, (g + 1) * filters // groups)
            out[(slice(None), *position, group_filters)] = np.tensordot(
                patch[..., channels], kernel[..., group_filters], axes=rank + 1
            )
    return _from_last(out, data_format).astype(np.result_type(inputs, kernel))


def _depthwise_conv(inputs, kernel, strides=1, padding="valid", data_format=None, dilation_rate=1):
    *window, channels, multiplier = kernel.shape
    grouped = kernel.reshape(*window, 1, channels * multiplier)
    return _conv(inputs, grouped, strides, padding, data_format, dilation_rate)


def _separable_conv(
    inputs, depthwise_kernel, pointwise_kernel, strides=1, padding="valid", **kwargs
):
    depthwise = _depthwise_conv(inputs, depthwise_kernel, strides, padding, **kwargs)
    return _conv(depthwise, pointwise_kernel, data_format=kwargs.get("data_format"))


def _conv_transpose(
    inputs,
    kernel,
    strides=1,
    padding="valid",
    output_padding=None,
    data_format=None,
    dilation_rate=1,
):
    """Scatters each input position through the kernel, then keeps Keras's window."""
    rank = kernel.ndim - 2
    strides, dilation = _ints(strides, rank), _ints(dilation_rate, rank)
    extra = (None,) * rank if output_padding is None else _ints(output_padding, rank)
    x = _to_last(inputs, data_format).astype(np.float64)
    extents = [(k - 1) * d + 1 for k, d in zip(kernel.shape, dilation, strict=False)]
    full = [(n - 1) * s + e for n, s, e in zip(x.shape[1:-1], strides, extents, strict=True)]
    out = np.zeros((x.shape[0], *full, kernel.shape[-2]))
    for position in itertools.product(*map(range, x.shape[1:-1])):
        for tap in itertools.product(*map(range, kernel.shape[:rank])):
            target = tuple(
                p * s + t * d for p, s, t, d in zip(position, strides, tap, dilation, strict=True)
            )
            out[(slice(None), *target)] += x[(slice(None), *position)] @ kernel[tap].T
    window = []
    for n, s, e, p in zip(x.shape[1:-1], strides, extents, extra, strict=True):
        if p is None:
            length = n * s + (max(e - s, 0) if padding == "valid" else 0)
            start = max(e - s, 0) // 2 if padding == "same" else 0
        else:
            cut = e // 2 if padding == "same" else 0
            length = (n - 1) * s + e - 2 * cut + p
            start = cut - p if padding == "same" else 0
        window.append((start, length))
    widths = [
        (0, 0),
        *((max(-st, 0), max(st + ln - f, 0)) for (st, ln), f in zip(window, full, strict=True)),
        (0, 0),
    ]
    out = np.pad(out, widths)
    crops = tuple(slice(max(st, 0), max(st, 0) + ln) for st, ln in window)
    out = out[(slice(None), *crops)]
    return _from_last(out, data_format).astype(np.result_type(inputs, kernel))


def _pool(inputs, pool_size, strides=None, padding="valid", data_format=None, kind="max"):
    x = _to_last(inputs, data_format)
    rank = x.ndim - 2
    window = _ints(pool_size, rank)
    strides = window if strides is None else _ints(strides, rank)
    padded, outputs = _padded(x, window, strides, padding, np.nan)
    out = np.zeros((x.shape[0], *outputs, x.shape[-1]))
    for position in itertools.product(*map(range, outputs)):
        block = padded[
            (
                slice(None),
                *(
                    slice(p * s, p * s + k)
                    for p, s, k in zip(position, strides, window, strict=True)
                ),
            )
        ]
        block = block.reshape(x.shape[0], -1, x.shape[-1])
        out[(slice(None), *position)] = (
            np.nanmax(block, 1) if kind == "max" else np.nanmean(block, 1)
        )
    floating = np.issubdtype(x.dtype, np.floating)
    dtype = x.dtype if kind == "max" or floating else np.float32
    return _from_last(out, data_format).astype(dtype)


def _average_pool(inputs, pool_size, strides=None, padding="valid", data_format=None):
    return _pool(inputs, pool_size, strides, padding, data_format, "average")


def _adaptive(inputs, output_size, data_format=None, reduce=np.mean):
    x = _to_last(inputs, data_format).astype(np.float64)
    sizes = _ints(output_size, x.ndim - 2)
    out = np.zeros((x.shape[0], *sizes, x.shape[-1]))
    for position in itertools.product(*map(range, sizes)):
        bins = tuple(
            slice(i * n // size, -(-(i + 1) * n // size))
            for i, n, size in zip(position, x.shape[1:-1], sizes, strict=True)
        )
        block = x[(slice(None), *bins)].reshape(x.shape[0], -1, x.shape[-1])
        out[(slice(None), *position)] = reduce(block, axis=1)
    dtype = (
        inputs.dtype if reduce is np.max or np.issubdtype(inputs.dtype, np.floating) else np.float32
    )
    return _from_last(out, data_format).astype(dtype)


def _unfold(x, kernel_size, dilation=1, padding=0, stride=1):
    (kh, kw), (dh, dw) = _ints(kernel_size, 2), _ints(dilation, 2)
    (ph, pw), (sh, sw) = _ints(padding, 2), _ints(stride, 2)
    padded = np.pad(x, [(0, 0), (0, 0), (ph, ph), (pw, pw)])
    rows = (padded.shape[2] - (kh - 1) * dh - 1) // sh + 1
    columns = (padded.shape[3] - (kw - 1) * dw - 1) // sw + 1
    out = np.zeros((x.shape[0], x.shape[1], kh, kw, rows, columns), x.dtype)
    for r, c, i, j in itertools.product(range(rows), range(columns), range(kh), range(kw)):
        out[:, :, i, j, r, c] = padded[:, :, r * sh + i * dh, c * sw + j * dw]
    return out.reshape(x.shape[0], -1, rows * columns)


def _fold(x, output_size, kernel_size, dilation=1, padding=0, stride=1):
    (kh, kw), (dh, dw) = _ints(kernel_size, 2), _ints(dilation, 2)
    (ph, pw), (sh, sw) = _ints(padding, 2), _ints(stride, 2)
    height, width = output_size
    rows = (height + 2 * ph - (kh - 1) * dh - 1) // sh + 1
    columns = (width + 2 * pw - (kw - 1) * dw - 1) // sw + 1
    blocks = x.reshape(x.shape[0], -1, kh, kw, rows, columns)
    out = np.zeros((x.shape[0], blocks.shape[1], height + 2 * ph, width + 2 * pw), x.dtype)
    for r, c, i, j in itertools.product(range(rows), range(columns), range(kh), range(kw)):
        out[:, :, r * sh + i * dh, c * sw + j * dw] += blocks[:, :, i, j, r, c]
    return out[:, :, ph : ph + height, pw : pw + width]


def _depth_to_space(x, block_size, data_format="channels_last"):
    b = block_size
    if data_format == "channels_first":
        batch, channels, height, width = x.shape
        out = np.zeros((batch, channels // (b * b), height * b, width * b), x.dtype)
        for c, h, w, i, j in itertools.product(
            range(out.shape[1]), range(height), range(width), range(b), range(b)
        ):
            out[:, c, h * b + i, w * b + j] = x[:, c * b * b + i * b + j, h, w]
        return out
    batch, height, width, channels = x.shape
    depth = channels // (b * b)
    out = np.zeros((batch, height * b, width * b, depth), x.dtype)
    for c, h, w, i, j in itertools.product(
        range(depth), range(height), range(width), range(b), range(b)
    ):
        out[:, h * b + i, w * b + j, c] = x[:, h, w, (i * b + j) * depth + c]
    return out


def _space_to_depth(x, block_size, data_format="channels_last"):
    b = block_size
    if data_format == "channels_first":
        batch, channels, height, width = x.shape
        out = np.zeros((batch, channels * b * b, height // b, width // b), x.dtype)
        for c, h, w, i, j in itertools.product(
            range(channels), range(height // b), range(width // b), range(b), range(b)
        ):
            out[:, c * b * b + i * b + j, h, w] = x[:, c, h * b + i, w * b + j]
        return out
    batch, height, width, channels = x.shape
    out = np.zeros((batch, height // b, width // b, channels * b * b), x.dtype)
    for c, h, w, i, j in itertools.product(
        range(channels), range(height // b), range(width // b), range(b), range(b)
    ):
        out[:, h, w, (i * b + j) * channels + c] = x[:, h * b + i, w * b + j, c]
    return out


_IMAGE = Arr((2, 7, 6, 4))
_KERNEL = Arr((3, 2, 4, 5))
_TOLERANCE = {"rtol": 1e-4, "atol": 1e-5}

CASES = [
    OpCase("conv", (_IMAGE, _KERNEL), reference=_conv, **_TOLERANCE),
    OpCase(
        "conv", (_IMAGE, _KERNEL, 2, "same"), reference=_conv, name="same-stride2", **_TOLERANCE
    ),
    OpCase(
        "conv",
        (_IMAGE, _KERNEL),
        {"strides": (2, 1), "padding": "same", "dilation_rate": 2},
        reference=_conv,
        name="stride-and-dilation",
        **_TOLERANCE,
    ),
    OpCase(
        "conv",
        (Arr((2, 9, 3)), Arr((4, 3, 5)), 3, "same"),
        reference=_conv,
        name="1d",
        **_TOLERANCE,
    ),
    OpCase(
        "conv",
        (Arr((1, 5, 4, 4, 2)), Arr((2, 3, 2, 2, 3)), (1, 2, 1), "same"),
        reference=_conv,
        name="3d",
        **_TOLERANCE,
    ),
    OpCase("conv", (_IMAGE, Arr((3, 3, 2, 6))), reference=_conv, name="groups", **_TOLERANCE),
    OpCase(
        "conv",
        (Arr((1, 4, 4, 4, 4)), Arr((2, 2, 2, 2, 4))),
        {"padding": "same"},
        reference=_conv,
        name="3d-groups",
        **_TOLERANCE,
    ),
    OpCase(
        "conv",
        (Arr((2, 4, 7, 6)), _KERNEL, 2, "same", "channels_first"),
        reference=_conv,
        name="channels-first",
        **_TOLERANCE,
    ),
    OpCase(
        "conv",
        (Arr((1, 6, 5, 2), "float16"), Arr((3, 3, 2, 3), "float16")),
        reference=_conv,
        name="float16",
    ),
    OpCase(
        "depthwise_conv",
        (_IMAGE, Arr((3, 3, 4, 2)), 2, "same"),
        reference=_depthwise_conv,
        **_TOLERANCE,
    ),
    OpCase(
        "depthwise_conv",
        (Arr((2, 8, 3)), Arr((3, 3, 1))),
        {"dilation_rate": 2},
        reference=_depthwise_conv,
        name="1d-dilated",
        **_TOLERANCE,
    ),
    OpCase(
        "depthwise_conv",
        (Arr((2, 4, 7, 6)), Arr((2, 2, 4, 3)), 1, "same", "channels_first"),
        reference=_depthwise_conv,
        name="channels-first",
        **_TOLERANCE,
    ),
    OpCase(
        "separable_conv",
        (_IMAGE, Arr((3, 3, 4, 2)), Arr((1, 1, 8, 5)), 1, "same"),
        reference=_separable_conv,
        **_TOLERANCE,
    ),
    OpCase(
        "conv_transpose", (_IMAGE, Arr((3, 2, 5, 4)), 2), reference=_conv_transpose, **_TOLERANCE
    ),
    OpCase(
        "conv_transpose",
        (Arr((2, 5, 3)), Arr((4, 2, 3)), 2, "same"),
        reference=_conv_transpose,
        name="1d-same",
        **_TOLERANCE,
    ),
    OpCase(
        "conv_transpose",
        (_IMAGE, Arr((3, 2, 5, 4)), 3, "same", 1),
        reference=_conv_transpose,
        name="output-padding",
        **_TOLERANCE,
    ),
    OpCase(
        "conv_transpose",
        (_IMAGE, Arr((3, 2, 5, 4)), (1, 2), "same", (0, 1)),
        reference=_conv_transpose,
        name="output-padding-per-axis",
        **_TOLERANCE,
    ),
    OpCase(
        "conv_transpose",
        (_IMAGE, Arr((3, 2, 5, 4))),
        {"padding": "same", "dilation_rate": 2},
        reference=_conv_transpose,
        name="dilated",
        **_TOLERANCE,
    ),
    OpCase(
        "conv_transpose",
        (Arr((2, 4, 7, 6)), Arr((3, 3, 5, 4)), 2, "same", None, "channels_first"),
        reference=_conv_transpose,
        name="channels-first",
        **_TOLERANCE,
    ),
    OpCase(
        "conv_transpose",
        (Arr((1, 3, 4, 2, 2)), Arr((2, 2, 2, 3, 2)), 2),
        reference=_conv_transpose,
        name="3d",
        **_TOLERANCE,
    ),
    OpCase("max_pool", (_IMAGE, (3, 2), 2), reference=_pool),
    OpCase("max_pool", (Arr((2, 7, 3)), 3, 2, "same"), reference=_pool, name="1d-same"),
    OpCase("max_pool", (Arr((1, 4, 5, 4, 2)), 2), reference=_pool, name="3d"),
    OpCase(
        "max_pool",
        (Arr((2, 4, 7, 6)), 2, 1, "same", "channels_first"),
        reference=_pool,
        name="channels-first",
    ),
    OpCase("max_pool", (Arr((2, 6, 6, 2), "int32", -50, 50), 2), reference=_pool, name="int"),
    OpCase("average_pool", (_IMAGE, 3, 2, "same"), reference=_average_pool),
    OpCase("average_pool", (Arr((2, 8, 3)), 2), reference=_average_pool, name="1d"),
    OpCase(
        "average_pool",
        (Arr((2, 6, 4, 2), "int32", 0, 9), 2, None, "same"),
        reference=_average_pool,
        name="int",
    ),
    OpCase(
        "average_pool",
        (Arr((2, 3, 7, 6)), (3, 2), (2, 1), "same", "channels_first"),
        reference=_average_pool,
        name="channels-first",
    ),
    OpCase("adaptive_average_pool", (_IMAGE, (3, 4)), reference=_adaptive),
    OpCase(
        "adaptive_average_pool",
        (Arr((2, 3, 5, 7, 4)), (2, 3, 3), "channels_first"),
        reference=_adaptive,
        name="3d-channels-first",
    ),
    OpCase(
        "adaptive_max_pool",
        (Arr((2, 7, 3)), 3),
        reference=lambda x, size: _adaptive(x, size, reduce=np.max),
    ),
    OpCase(
        "adaptive_max_pool",
        (Arr((2, 3, 7, 6)), (4, 4), "channels_first"),
        reference=lambda x, size, data_format: _adaptive(x, size, data_format, np.max),
        name="channels-first",
    ),
    OpCase("unfold", (Arr((2, 3, 5, 6)), 2), reference=_unfold),
    OpCase(
        "unfold",
        (Arr((2, 3, 7, 6)), (2, 3)),
        {"dilation": (1, 2), "padding": 1, "stride": (2, 1)},
        reference=_unfold,
        name="options",
    ),
    OpCase("fold", (Arr((2, 12, 20)), (5, 6), 2), reference=_fold),
    OpCase(
        "fold",
        (Arr((2, 8, 16)), (7, 6), 2),
        {"padding": 1, "stride": 2},
        reference=_fold,
        name="options",
    ),
    OpCase("depth_to_space", (Arr((2, 2, 3, 8)), 2), reference=_depth_to_space),
    OpCase(
        "depth_to_space",
        (Arr((2, 8, 2, 3)), 2, "channels_first"),
        reference=_depth_to_space,
        name="channels-first",
    ),
    OpCase("space_to_depth", (Arr((2, 4, 6, 3)), 2), reference=_space_to_depth),
    OpCase(
        "space_to_depth",
        (Arr((2, 3, 6, 4), "int32", 0, 9), 2, "channels_first"),
        reference=_space_to_depth,
        name="channels-first-int",
    ),
]
