"""Special functions, FFTs, segment reductions, top-k and framing on jax.Array."""

import jax
import jax.numpy as jnp
import jax.scipy.special as jsp
import numpy as np

from keras_backend_jax.core import convert_to_tensor, to_jax_dtype
from keras_core.backend.dtypes import result_type


def _float(x):
    """``x`` as an array of its float result dtype (integers and bool become floatx)."""
    x = convert_to_tensor(x)
    if x.dtype.kind in "biu":
        return x.astype(to_jax_dtype(result_type(x.dtype, float)))
    return x


def _complex(pair):
    real, imag = (convert_to_tensor(part) for part in pair)
    dtype = jnp.promote_types(real.dtype, imag.dtype)
    return jax.lax.complex(real.astype(dtype), imag.astype(dtype)), dtype


def _split(spectrum, dtype):
    return jnp.real(spectrum).astype(dtype), jnp.imag(spectrum).astype(dtype)


def erf(x):
    return jsp.erf(_float(x))


def erfc(x):
    return jsp.erfc(_float(x))


def erfinv(x):
    return jsp.erfinv(_float(x))


def rsqrt(x):
    return jax.lax.rsqrt(_float(x))


def logsumexp(x, axis=None, keepdims=False):
    if isinstance(axis, list):
        axis = tuple(axis)
    return jsp.logsumexp(_float(x), axis=axis, keepdims=keepdims)


def cdist(x, y):
    x, y = convert_to_tensor(x), convert_to_tensor(y)
    dtype = to_jax_dtype(result_type(x.dtype, y.dtype, float))
    differences = x.astype(dtype)[..., :, None, :] - y.astype(dtype)[..., None, :, :]
    return jnp.sqrt(jnp.sum(differences * differences, axis=-1))


def top_k(x, k, sorted=True):
    values, indices = jax.lax.top_k(convert_to_tensor(x), k)
    return values, indices.astype(jnp.int32)


def in_top_k(targets, predictions, k):
    targets, predictions = convert_to_tensor(targets), convert_to_tensor(predictions)
    target_scores = jnp.take_along_axis(predictions, targets[:, None], axis=-1)
    return jnp.sum(predictions > target_scores, axis=-1) < k


def _segment(reduce, data, segment_ids, num_segments, sorted):
    data, segment_ids = convert_to_tensor(data), convert_to_tensor(segment_ids)
    if num_segments is None:
        try:
            num_segments = int(jnp.max(segment_ids, initial=-1)) + 1
        except jax.errors.ConcretizationTypeError:
            raise ValueError(
                "segment reductions need num_segments inside jax.jit: the number of "
                "segments sets the output shape"
            ) from None
    return reduce(data, segment_ids, num_segments=num_segments, indices_are_sorted=sorted)


def segment_sum(data, segment_ids, num_segments=None, sorted=False):
    return _segment(jax.ops.segment_sum, data, segment_ids, num_segments, sorted)


def segment_prod(data, segment_ids, num_segments=None, sorted=False):
    return _segment(jax.ops.segment_prod, data, segment_ids, num_segments, sorted)


def segment_max(data, segment_ids, num_segments=None, sorted=False):
    return _segment(jax.ops.segment_max, data, segment_ids, num_segments, sorted)


def segment_min(data, segment_ids, num_segments=None, sorted=False):
    return _segment(jax.ops.segment_min, data, segment_ids, num_segments, sorted)


def _frame_indices(n, frame_length, stride):
    if n < frame_length:
        raise ValueError("extract_sequences: the signal is shorter than one sequence")
    frames = 1 + (n - frame_length) // stride
    return np.arange(frames)[:, None] * stride + np.arange(frame_length)


def extract_sequences(x, sequence_length, sequence_stride):
    x = convert_to_tensor(x)
    return x[..., _frame_indices(x.shape[-1], sequence_length, sequence_stride)]


def fft(x):
    spectrum, dtype = _complex(x)
    return _split(jnp.fft.fft(spectrum), dtype)


def fft2(x):
    spectrum, dtype = _complex(x)
    return _split(jnp.fft.fft2(spectrum), dtype)


def ifft2(x):
    spectrum, dtype = _complex(x)
    return _split(jnp.fft.ifft2(spectrum), dtype)


def rfft(x, fft_length=None):
    x = _float(x)
    return _split(jnp.fft.rfft(x, n=fft_length), x.dtype)


def irfft(x, fft_length=None):
    spectrum, dtype = _complex(x)
    return jnp.fft.irfft(spectrum, n=fft_length).astype(dtype)


def _padded_window(window, sequence_length, fft_length, dtype):
    """The window zero-padded, centred, to ``fft_length``; ``None`` weighs every sample 1."""
    if window is None:
        return jnp.ones(fft_length, dtype)
    if isinstance(window, str):
        # Periodic windows, as for spectral analysis.
        offset = 0.5 if window == "hann" else 0.54
        n = np.arange(sequence_length)
        values = jnp.asarray(offset - (1 - offset) * np.cos(2 * np.pi * n / sequence_length))
    else:
        values = convert_to_tensor(window)
    left = (fft_length - sequence_length) // 2
    return jnp.pad(values, (left, fft_length - sequence_length - left)).astype(dtype)


def stft(x, sequence_length, sequence_stride, fft_length, window="hann", center=True):
    x = _float(x)
    if center:
        padding = fft_length // 2
        x = jnp.pad(x, [(0, 0)] * (x.ndim - 1) + [(padding, padding)], mode="reflect")
    frames = x[..., _frame_indices(x.shape[-1], fft_length, sequence_stride)]
    frames = frames * _padded_window(window, sequence_length, fft_length, x.dtype)
    return _split(jnp.fft.rfft(frames, n=fft_length), x.dtype)


def _overlap_add(frames, stride):
    count, frame_length = frames.shape[-2:]
    positions = _frame_indices((count - 1) * stride + frame_length, frame_length, stride)
    result = jnp.zeros((*frames.shape[:-2], (count - 1) * stride + frame_length), frames.dtype)
    return result.at[..., positions].add(frames)


def istft(x, sequence_length, sequence_stride, fft_length, length=None, window="hann", center=True):
    spectrum, dtype = _complex(x)
    frames = jnp.fft.irfft(spectrum, n=fft_length).astype(dtype)
    weights = _padded_window(window, sequence_length, fft_length, dtype)
    signal = _overlap_add(frames * weights, sequence_stride)
    coverage = _overlap_add(jnp.broadcast_to(weights * weights, frames.shape[-2:]), sequence_stride)
    # Samples no window reaches stay as they are instead of dividing by zero.
    signal = signal / jnp.where(coverage > 1e-10, coverage, 1)
    start = fft_length // 2 if center else 0
    end = signal.shape[-1] - start if length is None else start + length
    return signal[..., start:end]


def view_as_complex(x):
    x = _float(x)
    dtype = jnp.promote_types(x.dtype, jnp.float32)
    return jax.lax.complex(x[..., 0].astype(dtype), x[..., 1].astype(dtype))


def view_as_real(x):
    x = convert_to_tensor(x)
    if not jnp.iscomplexobj(x):
        return jnp.stack([x, jnp.zeros_like(x)], axis=-1)
    return jnp.stack([jnp.real(x), jnp.imag(x)], axis=-1)
