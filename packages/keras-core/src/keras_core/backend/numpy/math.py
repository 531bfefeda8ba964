"""Special functions, FFTs, segment reductions, top-k and framing on NumPy arrays.

NumPy has no error function: ``erf``/``erfc`` sum a series (small ``|x|``) or a continued
fraction (large ``|x|``) in float64, and ``erfinv`` refines a closed-form guess by Newton
steps; all are accurate to well below float32 precision.
"""

import math

import numpy as np

from keras_core.backend.dtypes import result_type
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype

_TWO_OVER_SQRT_PI = 2.0 / math.sqrt(math.pi)
# Below this |x| the series for erf converges fast; above it the continued fraction does.
_SERIES_LIMIT = 3.0
_SERIES_TERMS = 60
_FRACTION_TERMS = 60
_NEWTON_STEPS = 5
_COMPLEX_OF = {np.dtype("float32"): np.complex64, np.dtype("float64"): np.complex128}


def _float(x):
    """``x`` as an array of its float result dtype (integers and bool become floatx)."""
    x = convert_to_tensor(x)
    if x.dtype.kind in "biu":
        return x.astype(to_numpy_dtype(result_type(x.dtype.name, float)))
    return x


def _complex(pair):
    real, imag = (convert_to_tensor(part) for part in pair)
    dtype = np.result_type(real.dtype, imag.dtype)
    return real.astype(dtype) + 1j * imag.astype(dtype), dtype


def _split(spectrum, dtype):
    return spectrum.real.astype(dtype), spectrum.imag.astype(dtype)


def _erf_series(x):
    # erf(x) = 2/sqrt(pi) exp(-x^2) sum_n (2x^2)^n x / (1 * 3 * ... * (2n + 1)): no
    # cancellation, as every term is positive.
    term, total, twice_square = x, x, 2.0 * x * x
    for n in range(1, _SERIES_TERMS):
        term = term * twice_square / (2 * n + 1)
        total = total + term
    return _TWO_OVER_SQRT_PI * np.exp(-x * x) * total


def _erfc_fraction(x):
    # erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + (2/2)/(x + (3/2)/(x + ...)))), x > 0.
    denominator = x
    for k in range(_FRACTION_TERMS, 0, -1):
        denominator = x + (k / 2.0) / denominator
    return np.exp(-x * x) / (math.sqrt(math.pi) * denominator)


def _erf_and_erfc(x):
    """erf and erfc of a float64 array, each accurate where it is small."""
    small = np.abs(x) < _SERIES_LIMIT
    with np.errstate(over="ignore", invalid="ignore"):
        series = _erf_series(np.where(small, x, 0.0))
        tail = _erfc_fraction(np.where(small, _SERIES_LIMIT, np.abs(x)))
    sign = np.sign(x)
    erf_values = np.where(small, series, sign * (1.0 - tail))
    erfc_values = np.where(small, 1.0 - series, np.where(x > 0, tail, 2.0 - tail))
    return erf_values, erfc_values


def erf(x):
    x = _float(x)
    return _erf_and_erfc(x.astype(np.float64))[0].astype(x.dtype)


def erfc(x):
    x = _float(x)
    return _erf_and_erfc(x.astype(np.float64))[1].astype(x.dtype)


def erfinv(x):
    x = _float(x)
    y = x.astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        # Winitzki's closed form (relative error ~2e-3), then Newton steps on erf.
        a = 0.147
        log_term = np.log1p(-y * y)
        half = 2.0 / (math.pi * a) + log_term / 2.0
        guess = np.sign(y) * np.sqrt(np.sqrt(half * half - log_term / a) - half)
        finite = np.abs(y) < 1
        guess = np.where(finite, guess, 0.0)
        for _ in range(_NEWTON_STEPS):
            residual = _erf_and_erfc(guess)[0] - y
            guess = guess - residual / (_TWO_OVER_SQRT_PI * np.exp(-guess * guess))
        edges = np.where(np.abs(y) == 1, np.sign(y) * np.inf, np.nan)
    result = np.where(finite, guess, edges)
    return result.astype(x.dtype)


def rsqrt(x):
    x = _float(x)
    with np.errstate(divide="ignore", invalid="ignore"):
        return (1 / np.sqrt(x)).astype(x.dtype)


def logsumexp(x, axis=None, keepdims=False):
    x = _float(x)
    if isinstance(axis, list):
        axis = tuple(axis)
    peak = np.max(x, axis=axis, keepdims=True, initial=-np.inf)
    # An all -inf (or empty) slice has no finite peak to shift by.
    peak = np.where(np.isfinite(peak), peak, 0)
    with np.errstate(divide="ignore"):
        summed = np.log(np.sum(np.exp(x - peak), axis=axis, keepdims=True)) + peak
    if not keepdims:
        summed = np.squeeze(summed, axis=axis) if axis is not None else summed.reshape(())
    return np.asarray(summed, dtype=x.dtype)


def cdist(x, y):
    x, y = convert_to_tensor(x), convert_to_tensor(y)
    dtype = to_numpy_dtype(result_type(x.dtype.name, y.dtype.name, float))
    differences = x.astype(dtype)[..., :, None, :] - y.astype(dtype)[..., None, :, :]
    return np.sqrt(np.sum(differences * differences, axis=-1))


def _descending_order(x):
    """Indices sorting the last axis in descending order, ties by ascending index."""
    n = x.shape[-1]
    return n - 1 - np.flip(np.argsort(np.flip(x, -1), axis=-1, kind="stable"), -1)


def top_k(x, k, sorted=True):
    x = convert_to_tensor(x)
    if k > x.shape[-1]:
        raise ValueError(f"top_k: k={k} is larger than the last axis ({x.shape[-1]})")
    indices = _descending_order(x)[..., :k]
    return np.take_along_axis(x, indices, axis=-1), indices.astype(np.int32)


def in_top_k(targets, predictions, k):
    targets, predictions = convert_to_tensor(targets), convert_to_tensor(predictions)
    target_scores = np.take_along_axis(predictions, targets[:, None].astype(np.intp), axis=-1)
    return np.sum(predictions > target_scores, axis=-1) < k


def _segment(ufunc, initial_of, data, segment_ids, num_segments):
    data, segment_ids = convert_to_tensor(data), convert_to_tensor(segment_ids)
    if num_segments is None:
        num_segments = int(segment_ids.max()) + 1 if segment_ids.size else 0
    result = np.full((num_segments, *data.shape[1:]), initial_of(data.dtype), data.dtype)
    # Ids outside [0, num_segments) are dropped, as in JAX and TensorFlow.
    kept = (segment_ids >= 0) & (segment_ids < num_segments)
    ufunc.at(result, segment_ids[kept], data[kept])
    return result


def _lowest(dtype):
    if dtype.kind == "f":
        return -np.inf
    return False if dtype.kind == "b" else np.iinfo(dtype).min


def _highest(dtype):
    if dtype.kind == "f":
        return np.inf
    return True if dtype.kind == "b" else np.iinfo(dtype).max


def segment_sum(data, segment_ids, num_segments=None, sorted=False):
    return _segment(np.add, lambda dtype: 0, data, segment_ids, num_segments)


def segment_prod(data, segment_ids, num_segments=None, sorted=False):
    return _segment(np.multiply, lambda dtype: 1, data, segment_ids, num_segments)


def segment_max(data, segment_ids, num_segments=None, sorted=False):
    return _segment(np.maximum, _lowest, data, segment_ids, num_segments)


def segment_min(data, segment_ids, num_segments=None, sorted=False):
    return _segment(np.minimum, _highest, data, segment_ids, num_segments)


def _frame_indices(n, frame_length, stride):
    frames = 1 + (n - frame_length) // stride
    return np.arange(frames)[:, None] * stride + np.arange(frame_length)


def extract_sequences(x, sequence_length, sequence_stride):
    x = convert_to_tensor(x)
    if x.shape[-1] < sequence_length:
        raise ValueError("extract_sequences: the signal is shorter than one sequence")
    return x[..., _frame_indices(x.shape[-1], sequence_length, sequence_stride)]


def fft(x):
    spectrum, dtype = _complex(x)
    return _split(np.fft.fft(spectrum), dtype)


def rfft(x, fft_length=None):
    x = _float(x)
    return _split(np.fft.rfft(x, n=fft_length), x.dtype)


def irfft(x, fft_length=None):
    spectrum, dtype = _complex(x)
    return np.fft.irfft(spectrum, n=fft_length).astype(dtype)


def _padded_window(window, sequence_length, fft_length, dtype):
    """The window of ``sequence_length`` samples zero-padded, centred, to ``fft_length``;
    ``None`` is no window at all (every sample of the frame weighs 1)."""
    if window is None:
        return np.ones(fft_length, dtype)
    n = np.arange(sequence_length)
    if isinstance(window, str):
        # Periodic windows, as for spectral analysis.
        offset = 0.5 if window == "hann" else 0.54
        values = offset - (1 - offset) * np.cos(2 * np.pi * n / sequence_length)
    else:
        values = convert_to_tensor(window)
    left = (fft_length - sequence_length) // 2
    return np.pad(values, (left, fft_length - sequence_length - left)).astype(dtype)


def stft(x, sequence_length, sequence_stride, fft_length, window="hann", center=True):
    x = _float(x)
    if center:
        padding = fft_length // 2
        x = np.pad(x, [(0, 0)] * (x.ndim - 1) + [(padding, padding)], mode="reflect")
    frames = x[..., _frame_indices(x.shape[-1], fft_length, sequence_stride)]
    frames = frames * _padded_window(window, sequence_length, fft_length, x.dtype)
    return _split(np.fft.rfft(frames, n=fft_length), x.dtype)


def _overlap_add(frames, stride):
    count, frame_length = frames.shape[-2:]
    result = np.zeros((*frames.shape[:-2], (count - 1) * stride + frame_length), frames.dtype)
    for i in range(count):
        result[..., i * stride : i * stride + frame_length] += frames[..., i, :]
    return result


def istft(x, sequence_length, sequence_stride, fft_length, length=None, window="hann", center=True):
    spectrum, dtype = _complex(x)
    frames = np.fft.irfft(spectrum, n=fft_length).astype(dtype)
    weights = _padded_window(window, sequence_length, fft_length, dtype)
    signal = _overlap_add(frames * weights, sequence_stride)
    squared = np.broadcast_to(weights * weights, frames.shape[-2:])
    coverage = _overlap_add(squared, sequence_stride)
    # Samples no window reaches stay as they are instead of dividing by zero.
    signal = signal / np.where(coverage > 1e-10, coverage, 1).astype(dtype)
    start = fft_length // 2 if center else 0
    end = signal.shape[-1] - start if length is None else start + length
    return signal[..., start:end]


def view_as_complex(x):
    x = _float(x)
    dtype = np.result_type(x.dtype, np.float32)
    return x[..., 0].astype(dtype) + 1j * x[..., 1].astype(_COMPLEX_OF[dtype])


def view_as_real(x):
    x = convert_to_tensor(x)
    if x.dtype.kind != "c":
        return np.stack([x, np.zeros_like(x)], axis=-1)
    return np.stack([x.real, x.imag], axis=-1)
