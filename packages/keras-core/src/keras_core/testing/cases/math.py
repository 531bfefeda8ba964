"""Cases for the ops of ``keras_core.ops`` that Keras keeps in ``keras.ops.math``.

References are NumPy closed forms; ``erf`` is checked against Python's ``math.erf``.
"""

import math

import numpy as np

from keras_core.testing.case import Arr, OpCase

_erf = np.vectorize(math.erf, otypes=["float64"])
_erfc = np.vectorize(math.erfc, otypes=["float64"])
_X = Arr((2, 3, 4))
_SIGNAL = Arr((2, 20))
_SPECTRUM = (Arr((2, 3, 4)), Arr((2, 3, 4)))


def _as(function, dtype="float32"):
    """``function``'s result cast to ``dtype``."""
    return lambda *args, **kwargs: np.asarray(function(*args, **kwargs)).astype(dtype)


def _erfinv(y):
    # Bisection on math.erf: slow but independent of every backend.
    low, high = np.full(y.shape, -6.0), np.full(y.shape, 6.0)
    for _ in range(60):
        middle = (low + high) / 2
        below = _erf(middle) < y
        low, high = np.where(below, middle, low), np.where(below, high, middle)
    return ((low + high) / 2).astype(y.dtype)


def _logsumexp(x, axis=None, keepdims=False):
    x = x.astype("float64")
    return np.log(np.sum(np.exp(x), axis=axis, keepdims=keepdims))


def _cdist(x, y):
    return np.sqrt(np.sum((x[..., :, None, :] - y[..., None, :, :]) ** 2, axis=-1))


def _top_k(x, k, sorted=True):
    order = np.argsort(-x, axis=-1, kind="stable")[..., :k]
    return np.take_along_axis(x, order, axis=-1), order


def _in_top_k(targets, predictions, k):
    scores = np.take_along_axis(predictions, targets[:, None], axis=-1)
    return np.sum(predictions > scores, axis=-1) < k


def _segment(ufunc, empty):
    def reference(data, segment_ids, num_segments=None, sorted=False):
        count = num_segments if num_segments is not None else segment_ids.max() + 1
        result = np.full((count, *data.shape[1:]), empty, data.dtype)
        for row, segment in zip(data, segment_ids, strict=True):
            if 0 <= segment < count:
                result[segment] = ufunc(result[segment], row)
        return result

    return reference


def _frames(x, length, stride):
    count = 1 + (x.shape[-1] - length) // stride
    return np.stack([x[..., i * stride : i * stride + length] for i in range(count)], axis=-2)


def _window(name, length):
    n = np.arange(length)
    offset = {"hann": 0.5, "hamming": 0.54}[name]
    return offset - (1 - offset) * np.cos(2 * np.pi * n / length)


def _stft(x, sequence_length, sequence_stride, fft_length, window="hann", center=True):
    if center:
        pad = fft_length // 2
        x = np.pad(x, [(0, 0)] * (x.ndim - 1) + [(pad, pad)], mode="reflect")
    frames = _frames(x, fft_length, sequence_stride)
    if window is not None:
        left = (fft_length - sequence_length) // 2
        weights = _window(window, sequence_length) if isinstance(window, str) else window
        frames = frames * np.pad(weights, (left, fft_length - sequence_length - left))
    spectrum = np.fft.rfft(frames, n=fft_length)
    return spectrum.real.astype(x.dtype), spectrum.imag.astype(x.dtype)


def _roundtrip(signal_length, *args):
    """An (stft of a signal, the signal) pair: istft must give the signal back."""
    x = np.random.default_rng(7).uniform(-1, 1, (2, signal_length)).astype("float32")
    return _stft(x, *args), x


def _fft(function):
    def reference(pair, *args):
        spectrum = function(pair[0] + 1j * pair[1], *args)
        return spectrum.real.astype(pair[0].dtype), spectrum.imag.astype(pair[0].dtype)

    return reference


def _view_as_real(x):
    return np.stack([x.real, x.imag], axis=-1)


_STFT_SPECTRUM, _STFT_SIGNAL = _roundtrip(20, 8, 4, 8)
_IDS = Arr(values=[0, 0, 2, 1, 2, 0], dtype="int32")
_DATA = Arr((6, 3))

CASES = [
    OpCase("erf", (Arr((5, 4), low=-4, high=4),), reference=_as(_erf), rtol=1e-6),
    OpCase(
        "erf",
        (Arr(values=[0.0, 1e-20, 3.5, -9.0, np.inf, -np.inf]),),
        reference=_as(_erf),
        name="extremes",
    ),
    OpCase("erf", (Arr((4,), "float16"),), reference=_as(_erf, "float16"), name="float16"),
    OpCase("erf", (Arr((4,), "int32", -3, 3),), reference=_as(_erf), name="int"),
    OpCase("erfc", (Arr((5, 4), low=-4, high=9),), reference=_as(_erfc), rtol=1e-5, atol=0),
    OpCase("erfc", (Arr((3,), "int32", -3, 3),), reference=_as(_erfc), name="int"),
    OpCase("erfinv", (Arr((5, 4), low=-0.999, high=0.999),), reference=_erfinv, rtol=1e-5),
    OpCase(
        "erfinv",
        (Arr(values=[0.0, 1.0, -1.0, 0.9999999]),),
        reference=lambda y: np.where(np.abs(y) == 1, np.sign(y) * np.inf, _erfinv(y)),
        rtol=1e-4,
        name="edges",
    ),
    OpCase("rsqrt", (Arr((3, 4), low=0.1, high=9),), reference=lambda x: 1 / np.sqrt(x)),
    OpCase(
        "rsqrt",
        (Arr((4,), "int32", 1, 9),),
        reference=_as(lambda x: 1 / np.sqrt(x)),
        name="int",
    ),
    OpCase(
        "rsqrt", (Arr((3,), "float16", 0.5, 4),), reference=lambda x: 1 / np.sqrt(x), name="float16"
    ),
    OpCase("logsumexp", (_X,), reference=_as(_logsumexp)),
    OpCase("logsumexp", (_X,), {"axis": -1}, reference=_as(_logsumexp), name="axis"),
    OpCase(
        "logsumexp",
        (Arr((2, 3, 4), low=500, high=600),),
        {"axis": (0, 2), "keepdims": True},
        reference=_as(_logsumexp),
        name="large-keepdims",
    ),
    OpCase("logsumexp", (Arr((3,), "int32", -5, 5),), reference=_as(_logsumexp), name="int"),
    OpCase(
        "logdet",
        (Arr(values=[[[4.0, 1.0], [1.0, 3.0]], [[2.0, 0.0], [0.0, 5.0]]]),),
        reference=lambda x: np.linalg.slogdet(x)[1].astype("float32"),
        rtol=1e-5,
    ),
    OpCase("cdist", (Arr((3, 4)), Arr((5, 4))), reference=_cdist, rtol=1e-5),
    OpCase("cdist", (Arr((2, 3, 4)), Arr((5, 4))), reference=_cdist, rtol=1e-5, name="batched"),
    OpCase(
        "cdist",
        (Arr((2, 3), "int32", -5, 5), Arr((4, 3), "int32", -5, 5)),
        reference=_as(_cdist),
        name="int",
    ),
    OpCase("top_k", (_X, 2), reference=_top_k),
    OpCase("top_k", (Arr(values=[1, 3, 3, 2], dtype="int32"), 3), reference=_top_k, name="ties"),
    OpCase("top_k", (Arr((4, 5), "float16"), 1), reference=_top_k, name="float16"),
    OpCase(
        "in_top_k",
        (Arr(values=[1, 0, 2], dtype="int32"), Arr((3, 4)), 2),
        reference=_in_top_k,
    ),
    OpCase(
        "in_top_k",
        (
            Arr(values=[1, 0], dtype="int32"),
            Arr(values=[[1.0, 1.0, 0.0], [0.0, 1.0, 1.0]]),
            1,
        ),
        reference=_in_top_k,
        name="ties",
    ),
    # Without num_segments the count depends on the ids' values: unknown symbolically.
    OpCase("segment_sum", (_DATA, _IDS), reference=_segment(np.add, 0), symbolic=False),
    OpCase(
        "segment_sum",
        (_DATA, _IDS),
        {"num_segments": 5},
        reference=_segment(np.add, 0),
        name="num-segments",
    ),
    OpCase(
        "segment_sum",
        (Arr((6,), "int32", -9, 9), Arr(values=[0, 3, 1, 1, 7, 0], dtype="int32")),
        {"num_segments": 4},
        reference=_segment(np.add, 0),
        name="int-dropped",
    ),
    OpCase("segment_prod", (_DATA, _IDS), {"num_segments": 4}, reference=_segment(np.multiply, 1)),
    OpCase(
        "segment_max", (_DATA, _IDS), {"num_segments": 4}, reference=_segment(np.maximum, -np.inf)
    ),
    OpCase(
        "segment_max",
        (Arr((6,), "int32", -9, 9), _IDS),
        {"num_segments": 4},
        reference=_segment(np.maximum, np.iinfo("int32").min),
        name="int",
    ),
    OpCase(
        "segment_min", (_DATA, _IDS), {"num_segments": 4}, reference=_segment(np.minimum, np.inf)
    ),
    OpCase(
        "segment_min",
        (_DATA, _IDS),
        {"sorted": False},
        reference=_segment(np.minimum, np.inf),
        symbolic=False,
        name="inferred",
    ),
    OpCase("extract_sequences", (Arr((2, 10)), 4, 3), reference=_frames),
    OpCase(
        "extract_sequences", (Arr((7,), "int32", -9, 9), 7, 1), reference=_frames, name="one-frame"
    ),
    OpCase("fft", (_SPECTRUM,), reference=_fft(np.fft.fft), rtol=1e-4, atol=1e-5),
    OpCase("fft2", (_SPECTRUM,), reference=_fft(np.fft.fft2), rtol=1e-4, atol=1e-5),
    OpCase("ifft2", (_SPECTRUM,), reference=_fft(np.fft.ifft2), rtol=1e-4, atol=1e-5),
    OpCase(
        "rfft",
        (Arr((3, 8)),),
        reference=lambda x: _fft(lambda z: np.fft.rfft(z.real))((x, x)),
        rtol=1e-4,
        atol=1e-5,
    ),
    OpCase(
        "rfft",
        (Arr((3, 8)),),
        {"fft_length": 6},
        reference=lambda x, fft_length: _fft(lambda z: np.fft.rfft(z.real, fft_length))((x, x)),
        rtol=1e-4,
        atol=1e-5,
        name="cropped",
    ),
    OpCase(
        "irfft",
        ((Arr((3, 5)), Arr((3, 5))),),
        reference=lambda pair: np.fft.irfft(pair[0] + 1j * pair[1]).astype("float32"),
        rtol=1e-4,
        atol=1e-5,
    ),
    OpCase(
        "irfft",
        ((Arr((3, 5)), Arr((3, 5))),),
        {"fft_length": 12},
        reference=lambda pair, fft_length: np.fft.irfft(pair[0] + 1j * pair[1], fft_length).astype(
            "float32"
        ),
        rtol=1e-4,
        atol=1e-5,
        name="padded",
    ),
    OpCase("stft", (_SIGNAL, 8, 4, 8), reference=_stft, rtol=1e-4, atol=1e-5),
    OpCase(
        "stft",
        (_SIGNAL, 6, 3, 8),
        {"window": "hamming", "center": False},
        reference=_stft,
        rtol=1e-4,
        atol=1e-5,
        name="hamming",
    ),
    OpCase(
        "stft",
        (_SIGNAL, 5, 2, 8),
        {"window": None},
        reference=_stft,
        rtol=1e-4,
        atol=1e-5,
        name="no-window",
    ),
    OpCase(
        "stft",
        (_SIGNAL, 4, 2, 4),
        {"window": Arr(values=[0.2, 1.0, 1.0, 0.2])},
        reference=_stft,
        rtol=1e-4,
        atol=1e-5,
        name="tensor-window",
    ),
    OpCase(
        "istft",
        (tuple(Arr(values=part) for part in _STFT_SPECTRUM), 8, 4, 8),
        reference=lambda *args: _STFT_SIGNAL,
        rtol=1e-4,
        atol=1e-5,
    ),
    OpCase(
        "istft",
        (tuple(Arr(values=part) for part in _STFT_SPECTRUM), 8, 4, 8),
        {"length": 15},
        reference=lambda *args, length: _STFT_SIGNAL[..., :length],
        rtol=1e-4,
        atol=1e-5,
        name="length",
    ),
    OpCase(
        "istft",
        (tuple(Arr(values=part) for part in _roundtrip(20, 8, 2, 8, None)[0]), 8, 2, 8),
        {"window": None},
        reference=lambda *args, window: _roundtrip(20, 8, 2, 8, None)[1],
        rtol=1e-4,
        atol=1e-5,
        name="no-window",
    ),
    OpCase(
        "view_as_complex",
        (Arr((3, 2)),),
        reference=lambda x: (x[..., 0] + 1j * x[..., 1]).astype("complex64"),
    ),
    OpCase("view_as_real", (Arr((3, 2), "complex64"),), reference=_view_as_real),
    OpCase("view_as_real", (Arr((3,)),), reference=_view_as_real, name="real"),
    OpCase("rearrange", (_X, "a b c -> c a b"), reference=lambda x, p: x.transpose(2, 0, 1)),
    OpCase(
        "rearrange",
        (_X, "a b c -> (a b) c"),
        reference=lambda x, p: x.reshape(6, 4),
        name="merge",
    ),
    OpCase(
        "rearrange",
        (Arr((2, 6)), "a (b c) -> c a b"),
        {"b": 3},
        reference=lambda x, p, b: x.reshape(2, 3, 2).transpose(2, 0, 1),
        name="split",
    ),
    OpCase(
        "rearrange",
        (_X, "a ... -> ... a 1"),
        reference=lambda x, p: x.transpose(1, 2, 0)[..., None],
        name="ellipsis",
    ),
]
