"""Special functions, FFTs, segment reductions, top-k and framing on torch.Tensor."""

import math

import torch

from keras_backend_torch.core import convert_to_tensor, to_torch_dtype
from keras_core.backend.dtypes import result_type

_SEGMENT_REDUCTIONS = {"sum": "sum", "prod": "prod", "max": "amax", "min": "amin"}


def _float(x):
    """``x`` as a tensor of its float result dtype (integers and bool become floatx)."""
    x = convert_to_tensor(x)
    if not x.dtype.is_floating_point and not x.dtype.is_complex:
        return x.to(to_torch_dtype(result_type(x.dtype, float)))
    return x


def _complex(pair):
    real, imag = (convert_to_tensor(part) for part in pair)
    dtype = torch.promote_types(real.dtype, imag.dtype)
    return torch.complex(real.to(dtype), imag.to(dtype)), dtype


def _split(spectrum):
    return spectrum.real.contiguous(), spectrum.imag.contiguous()


def erf(x):
    return torch.special.erf(_float(x))


def erfc(x):
    return torch.special.erfc(_float(x))


def erfinv(x):
    return torch.special.erfinv(_float(x))


def rsqrt(x):
    return torch.rsqrt(_float(x))


def logsumexp(x, axis=None, keepdims=False):
    x = _float(x)
    if axis is None:
        axis = tuple(range(x.ndim))
    return torch.logsumexp(x, dim=axis, keepdim=keepdims)


def cdist(x, y):
    x, y = convert_to_tensor(x), convert_to_tensor(y)
    dtype = to_torch_dtype(result_type(x.dtype, y.dtype, float))
    differences = x.to(dtype)[..., :, None, :] - y.to(dtype)[..., None, :, :]
    return torch.sqrt(torch.sum(differences * differences, dim=-1))


def top_k(x, k, sorted=True):
    values, indices = torch.topk(convert_to_tensor(x), k, dim=-1, sorted=sorted)
    return values, indices.to(torch.int32)


def in_top_k(targets, predictions, k):
    targets, predictions = convert_to_tensor(targets), convert_to_tensor(predictions)
    target_scores = torch.take_along_dim(predictions, targets[:, None].long(), dim=-1)
    return torch.sum(predictions > target_scores, dim=-1) < k


def _identity(kind, dtype):
    if kind == "sum":
        return 0
    if kind == "prod":
        return 1
    if dtype.is_floating_point:
        return -math.inf if kind == "max" else math.inf
    if dtype == torch.bool:
        return kind == "min"
    info = torch.iinfo(dtype)
    return info.min if kind == "max" else info.max


def _segment(kind, data, segment_ids, num_segments):
    data, segment_ids = convert_to_tensor(data), convert_to_tensor(segment_ids)
    if segment_ids.dtype.is_floating_point or segment_ids.dtype == torch.bool:
        raise TypeError("segment ids must be integers")
    segment_ids = segment_ids.long()
    if num_segments is None:
        num_segments = int(segment_ids.max()) + 1 if segment_ids.numel() else 0
    # Ids outside [0, num_segments) are dropped, as in JAX and TensorFlow.
    kept = (segment_ids >= 0) & (segment_ids < num_segments)
    data, segment_ids = data[kept], segment_ids[kept]
    result = torch.full(
        (num_segments, *data.shape[1:]),
        _identity(kind, data.dtype),
        dtype=data.dtype,
        device=data.device,
    )
    index = segment_ids.reshape(-1, *([1] * (data.ndim - 1))).expand_as(data)
    return result.scatter_reduce(0, index, data, reduce=_SEGMENT_REDUCTIONS[kind])


def segment_sum(data, segment_ids, num_segments=None, sorted=False):
    return _segment("sum", data, segment_ids, num_segments)


def segment_prod(data, segment_ids, num_segments=None, sorted=False):
    return _segment("prod", data, segment_ids, num_segments)


def segment_max(data, segment_ids, num_segments=None, sorted=False):
    return _segment("max", data, segment_ids, num_segments)


def segment_min(data, segment_ids, num_segments=None, sorted=False):
    return _segment("min", data, segment_ids, num_segments)


def extract_sequences(x, sequence_length, sequence_stride):
    x = convert_to_tensor(x)
    if x.shape[-1] < sequence_length:
        raise ValueError("extract_sequences: the signal is shorter than one sequence")
    return x.unfold(-1, sequence_length, sequence_stride)


def fft(x):
    spectrum, _ = _complex(x)
    return _split(torch.fft.fft(spectrum))


def fft2(x):
    spectrum, _ = _complex(x)
    return _split(torch.fft.fft2(spectrum))


def ifft2(x):
    spectrum, _ = _complex(x)
    return _split(torch.fft.ifft2(spectrum))


def rfft(x, fft_length=None):
    return _split(torch.fft.rfft(_float(x), n=fft_length))


def irfft(x, fft_length=None):
    spectrum, _ = _complex(x)
    return torch.fft.irfft(spectrum, n=fft_length)


def _padded_window(window, sequence_length, fft_length, dtype, device):
    """The window zero-padded, centred, to ``fft_length``; ``None`` weighs every sample 1."""
    if window is None:
        return torch.ones(fft_length, dtype=dtype, device=device)
    if isinstance(window, str):
        # Periodic windows, as for spectral analysis.
        offset = 0.5 if window == "hann" else 0.54
        n = torch.arange(sequence_length, dtype=torch.float64, device=device)
        values = offset - (1 - offset) * torch.cos(2 * math.pi * n / sequence_length)
    else:
        values = convert_to_tensor(window)
    left = (fft_length - sequence_length) // 2
    padded = torch.nn.functional.pad(values, (left, fft_length - sequence_length - left))
    return padded.to(dtype=dtype, device=device)


def stft(x, sequence_length, sequence_stride, fft_length, window="hann", center=True):
    x = _float(x)
    if center:
        padding = fft_length // 2
        # Reflection padding works on (batch, channels, samples) tensors.
        batch = x.shape[:-1]
        flat = x.reshape(-1, 1, x.shape[-1])
        flat = torch.nn.functional.pad(flat, (padding, padding), mode="reflect")
        x = flat.reshape(*batch, flat.shape[-1])
    frames = x.unfold(-1, fft_length, sequence_stride)
    frames = frames * _padded_window(window, sequence_length, fft_length, x.dtype, x.device)
    return _split(torch.fft.rfft(frames, n=fft_length))


def _overlap_add(frames, stride):
    count, frame_length = frames.shape[-2:]
    batch = frames.shape[:-2]
    columns = frames.reshape(-1, count, frame_length).transpose(1, 2)
    size = (count - 1) * stride + frame_length
    summed = torch.nn.functional.fold(
        columns, output_size=(1, size), kernel_size=(1, frame_length), stride=(1, stride)
    )
    return summed.reshape(*batch, size)


def istft(x, sequence_length, sequence_stride, fft_length, length=None, window="hann", center=True):
    spectrum, dtype = _complex(x)
    frames = torch.fft.irfft(spectrum, n=fft_length)
    weights = _padded_window(window, sequence_length, fft_length, dtype, frames.device)
    signal = _overlap_add(frames * weights, sequence_stride)
    squared = (weights * weights).expand(frames.shape[-2:])
    coverage = _overlap_add(squared, sequence_stride)
    # Samples no window reaches stay as they are instead of dividing by zero.
    signal = signal / torch.where(coverage > 1e-10, coverage, 1)
    start = fft_length // 2 if center else 0
    end = signal.shape[-1] - start if length is None else start + length
    return signal[..., start:end]


def view_as_complex(x):
    x = _float(x)
    dtype = torch.promote_types(x.dtype, torch.float32)
    return torch.complex(x[..., 0].to(dtype), x[..., 1].to(dtype))


def view_as_real(x):
    x = convert_to_tensor(x)
    if not x.is_complex():
        return torch.stack([x, torch.zeros_like(x)], dim=-1)
    return torch.view_as_real(x)
