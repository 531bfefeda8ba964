"""Special functions, FFTs, segment reductions, top-k and framing on tf.Tensor."""

import math

import numpy as np
import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, to_tf_dtype
from keras_core.backend.dtypes import result_type


def _float(x):
    """``x`` as a tensor of its float result dtype (integers and bool become floatx)."""
    x = convert_to_tensor(x)
    if x.dtype.is_integer or x.dtype == tf.bool:
        return tf.cast(x, to_tf_dtype(result_type(x.dtype, float)))
    return x


def _complex(pair):
    real, imag = (convert_to_tensor(part) for part in pair)
    dtype = to_tf_dtype(result_type(real.dtype, imag.dtype))
    return tf.complex(tf.cast(real, dtype), tf.cast(imag, dtype)), dtype


def _split(spectrum):
    return tf.math.real(spectrum), tf.math.imag(spectrum)


def erf(x):
    return tf.math.erf(_float(x))


def erfc(x):
    return tf.math.erfc(_float(x))


def erfinv(x):
    return tf.math.erfinv(_float(x))


def rsqrt(x):
    return tf.math.rsqrt(_float(x))


def logsumexp(x, axis=None, keepdims=False):
    return tf.math.reduce_logsumexp(_float(x), axis=axis, keepdims=keepdims)


def cdist(x, y):
    x, y = convert_to_tensor(x), convert_to_tensor(y)
    dtype = to_tf_dtype(result_type(x.dtype, y.dtype, float))
    differences = tf.cast(x, dtype)[..., :, None, :] - tf.cast(y, dtype)[..., None, :, :]
    return tf.sqrt(tf.reduce_sum(differences * differences, axis=-1))


def top_k(x, k, sorted=True):
    values, indices = tf.math.top_k(convert_to_tensor(x), k, sorted=sorted)
    return values, tf.cast(indices, tf.int32)


def in_top_k(targets, predictions, k):
    targets, predictions = convert_to_tensor(targets), convert_to_tensor(predictions)
    target_scores = tf.gather(predictions, targets[:, None], batch_dims=1)
    greater = tf.cast(predictions > target_scores, tf.int32)
    return tf.reduce_sum(greater, axis=-1) < k


def _segment(reduce, data, segment_ids, num_segments):
    data, segment_ids = convert_to_tensor(data), convert_to_tensor(segment_ids)
    if num_segments is None:
        num_segments = tf.reduce_max(segment_ids) + 1 if segment_ids.shape[0] != 0 else 0
    # Ids outside [0, num_segments) are dropped, as in JAX.
    kept = tf.logical_and(segment_ids >= 0, segment_ids < tf.cast(num_segments, segment_ids.dtype))
    return reduce(tf.boolean_mask(data, kept), tf.boolean_mask(segment_ids, kept), num_segments)


def segment_sum(data, segment_ids, num_segments=None, sorted=False):
    return _segment(tf.math.unsorted_segment_sum, data, segment_ids, num_segments)


def segment_prod(data, segment_ids, num_segments=None, sorted=False):
    return _segment(tf.math.unsorted_segment_prod, data, segment_ids, num_segments)


def _with_empty(reduce, fill):
    """``reduce``, with segments that received no row set to ``fill`` (TensorFlow fills
    them with the dtype's finite extreme, JAX and NumPy with ``∓inf``)."""

    def reduced(data, segment_ids, num_segments):
        result = reduce(data, segment_ids, num_segments)
        if not result.dtype.is_floating:
            return result
        counts = tf.math.unsorted_segment_sum(tf.ones_like(segment_ids), segment_ids, num_segments)
        empty = tf.reshape(counts == 0, [-1] + [1] * (result.shape.rank - 1))
        return tf.where(empty, tf.constant(fill, result.dtype), result)

    return reduced


def segment_max(data, segment_ids, num_segments=None, sorted=False):
    reduce = _with_empty(tf.math.unsorted_segment_max, -math.inf)
    return _segment(reduce, data, segment_ids, num_segments)


def segment_min(data, segment_ids, num_segments=None, sorted=False):
    reduce = _with_empty(tf.math.unsorted_segment_min, math.inf)
    return _segment(reduce, data, segment_ids, num_segments)


def extract_sequences(x, sequence_length, sequence_stride):
    x = convert_to_tensor(x)
    if x.shape[-1] is not None and x.shape[-1] < sequence_length:
        raise ValueError("extract_sequences: the signal is shorter than one sequence")
    return tf.signal.frame(x, sequence_length, sequence_stride, pad_end=False)


def fft(x):
    spectrum, _ = _complex(x)
    return _split(tf.signal.fft(spectrum))


def fft2(x):
    spectrum, _ = _complex(x)
    return _split(tf.signal.fft2d(spectrum))


def ifft2(x):
    spectrum, _ = _complex(x)
    return _split(tf.signal.ifft2d(spectrum))


def rfft(x, fft_length=None):
    x = _float(x)
    n = x.shape[-1] if fft_length is None else fft_length
    return _split(tf.signal.rfft(x, fft_length=[n]))


def irfft(x, fft_length=None):
    spectrum, dtype = _complex(x)
    n = 2 * (spectrum.shape[-1] - 1) if fft_length is None else fft_length
    return tf.cast(tf.signal.irfft(spectrum, fft_length=[n]), dtype)


def _padded_window(window, sequence_length, fft_length, dtype):
    """The window zero-padded, centred, to ``fft_length``; ``None`` weighs every sample 1."""
    if window is None:
        return tf.ones([fft_length], dtype)
    if isinstance(window, str):
        # Periodic windows, as for spectral analysis.
        offset = 0.5 if window == "hann" else 0.54
        n = np.arange(sequence_length)
        values = tf.constant(offset - (1 - offset) * np.cos(2 * np.pi * n / sequence_length))
    else:
        values = convert_to_tensor(window)
    left = (fft_length - sequence_length) // 2
    return tf.cast(tf.pad(values, [[left, fft_length - sequence_length - left]]), dtype)


def stft(x, sequence_length, sequence_stride, fft_length, window="hann", center=True):
    x = _float(x)
    if center:
        padding = fft_length // 2
        paddings = [[0, 0]] * (x.shape.rank - 1) + [[padding, padding]]
        x = tf.pad(x, paddings, mode="REFLECT")
    frames = tf.signal.frame(x, fft_length, sequence_stride, pad_end=False)
    frames = frames * _padded_window(window, sequence_length, fft_length, x.dtype)
    return _split(tf.signal.rfft(frames, fft_length=[fft_length]))


def istft(x, sequence_length, sequence_stride, fft_length, length=None, window="hann", center=True):
    spectrum, dtype = _complex(x)
    frames = tf.cast(tf.signal.irfft(spectrum, fft_length=[fft_length]), dtype)
    weights = _padded_window(window, sequence_length, fft_length, dtype)
    signal = tf.signal.overlap_and_add(frames * weights, sequence_stride)
    squared = tf.broadcast_to(weights * weights, tf.shape(frames)[-2:])
    coverage = tf.signal.overlap_and_add(squared, sequence_stride)
    # Samples no window reaches stay as they are instead of dividing by zero.
    signal = signal / tf.where(coverage > 1e-10, coverage, tf.ones_like(coverage))
    start = fft_length // 2 if center else 0
    end = signal.shape[-1] - start if length is None else start + length
    return signal[..., start:end]


def view_as_complex(x):
    x = _float(x)
    dtype = to_tf_dtype(result_type(x.dtype, "float32"))
    return tf.complex(tf.cast(x[..., 0], dtype), tf.cast(x[..., 1], dtype))


def view_as_real(x):
    x = convert_to_tensor(x)
    if not x.dtype.is_complex:
        return tf.stack([x, tf.zeros_like(x)], axis=-1)
    return tf.stack([tf.math.real(x), tf.math.imag(x)], axis=-1)
