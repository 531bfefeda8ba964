"""Special functions, FFTs, segment reductions, top-k and signal framing (flat in
``keras_core.ops``, as in Keras).

Complex spectra travel as ``(real, imag)`` pairs of float tensors. The FFT, STFT and
``view_as_complex`` ops check their arguments here, before the backend call, because a backend
would broadcast mismatched parts or accept other dtypes silently.
"""

from keras_core.backend.composed.math import _rearrange_plan
from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = [
    "cdist",
    "erf",
    "erfc",
    "erfinv",
    "extract_sequences",
    "fft",
    "fft2",
    "ifft2",
    "in_top_k",
    "irfft",
    "istft",
    "logdet",
    "logsumexp",
    "rearrange",
    "rfft",
    "rsqrt",
    "segment_max",
    "segment_min",
    "segment_prod",
    "segment_sum",
    "stft",
    "top_k",
    "view_as_complex",
    "view_as_real",
]

_impl = table("math")

_FFT_DTYPES = ("float32", "float64")
_COMPLEX_OF = {"float32": "complex64", "float64": "complex128"}
_REAL_OF = {"complex64": "float32", "complex128": "float64"}
_WINDOWS = ("hann", "hamming")


def _fft_dtype(op, x, arg="x") -> str:
    dtype = rules.float_dtype(dtype_of(x))
    if dtype not in _FFT_DTYPES:
        raise TypeError(f"ops.{op}: {arg} must be float32 or float64, received dtype {dtype}.")
    return dtype


def _pair(op, x, min_rank=1):
    """Shape and dtype of a ``(real, imag)`` pair."""
    if not isinstance(x, (tuple, list)) or len(x) != 2:
        raise ValueError(
            f"ops.{op}: x must be a (real, imag) pair of tensors, received a {type(x).__name__}."
        )
    real, imag = x
    shape = shape_of(real)
    if shape != shape_of(imag):
        raise ValueError(
            f"ops.{op}: the real part (shape {shape}) and the imaginary part (shape "
            f"{shape_of(imag)}) must have the same shape."
        )
    for part, name in ((real, "the real part"), (imag, "the imaginary part")):
        dtype = dtype_of(part)
        if dtype not in _FFT_DTYPES:
            raise TypeError(f"ops.{op}: {name} must be float32 or float64, received {dtype}.")
    if len(shape) < min_rank:
        raise ValueError(f"ops.{op}: x must be at least {min_rank}-D, received shape {shape}.")
    return shape, result_type(dtype_of(real), dtype_of(imag))


def _positive(op, name, value):
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"ops.{op}: {name} must be a positive int, received {value!r}.")


def _fft_rule(op, x):
    shape, dtype = _pair(op, x, 2 if op in ("fft2", "ifft2") else 1)
    return KerasTensor(shape, dtype), KerasTensor(shape, dtype)


def _rfft_rule(op, x, fft_length=None):
    shape, dtype = shape_of(x), _fft_dtype(op, x)
    if not shape:
        raise ValueError(f"ops.{op}: x must be at least 1-D, received shape {shape}.")
    if fft_length is not None:
        _positive(op, "fft_length", fft_length)
    n = fft_length if fft_length is not None else shape[-1]
    out = (*shape[:-1], None if n is None else n // 2 + 1)
    return KerasTensor(out, dtype), KerasTensor(out, dtype)


def _irfft_rule(op, x, fft_length=None):
    shape, dtype = _pair(op, x)
    if fft_length is not None:
        _positive(op, "fft_length", fft_length)
        n = fft_length
    else:
        n = None if shape[-1] is None else 2 * (shape[-1] - 1)
    return KerasTensor((*shape[:-1], n), dtype)


def _frames(op, n, frame_length, stride):
    if n is None:
        return None
    if n < frame_length:
        raise ValueError(
            f"ops.{op}: the signal has {n} samples, fewer than one frame of {frame_length}."
        )
    return 1 + (n - frame_length) // stride


def _extract_sequences_rule(op, x, sequence_length, sequence_stride):
    shape = shape_of(x)
    if not shape:
        raise ValueError(f"ops.{op}: x must be at least 1-D, received shape {shape}.")
    _positive(op, "sequence_length", sequence_length)
    _positive(op, "sequence_stride", sequence_stride)
    frames = _frames(op, shape[-1], sequence_length, sequence_stride)
    return KerasTensor((*shape[:-1], frames, sequence_length), rules.same(op, x).dtype)


def _check_window(op, window, sequence_length):
    if window is None or (isinstance(window, str) and window in _WINDOWS):
        return
    if isinstance(window, str):
        raise ValueError(
            f"ops.{op}: window must be one of {_WINDOWS}, None or a tensor, received {window!r}."
        )
    if tuple(shape_of(window)) not in ((sequence_length,), (None,)):
        raise ValueError(
            f"ops.{op}: a window tensor must have shape ({sequence_length},), received "
            f"{shape_of(window)}."
        )


def _check_framing(op, sequence_length, sequence_stride, fft_length, window):
    _positive(op, "sequence_length", sequence_length)
    _positive(op, "sequence_stride", sequence_stride)
    _positive(op, "fft_length", fft_length)
    if fft_length < sequence_length:
        raise ValueError(
            f"ops.{op}: fft_length ({fft_length}) must be at least sequence_length "
            f"({sequence_length})."
        )
    _check_window(op, window, sequence_length)


def _stft_rule(op, x, sequence_length, sequence_stride, fft_length, window="hann", center=True):
    shape = shape_of(x)
    dtype = _fft_dtype(op, x)
    if not shape:
        raise ValueError(f"ops.{op}: x must be at least 1-D, received shape {shape}.")
    _check_framing(op, sequence_length, sequence_stride, fft_length, window)
    n = shape[-1]
    if center and n is not None:
        n += 2 * (fft_length // 2)
    frames = _frames(op, n, fft_length, sequence_stride)
    out = (*shape[:-1], frames, fft_length // 2 + 1)
    return KerasTensor(out, dtype), KerasTensor(out, dtype)


def _istft_rule(
    op, x, sequence_length, sequence_stride, fft_length, length=None, window="hann", center=True
):
    shape, dtype = _pair(op, x, 2)
    _check_framing(op, sequence_length, sequence_stride, fft_length, window)
    if length is not None:
        _positive(op, "length", length)
    frames = shape[-2]
    if frames is None:
        return KerasTensor((*shape[:-2], length if not center else None), dtype)
    n = (frames - 1) * sequence_stride + fft_length
    start = fft_length // 2 if center else 0
    end = n - start if length is None else min(n, start + length)
    return KerasTensor((*shape[:-2], max(end - start, 0)), dtype)


def _cdist_rule(op, x, y):
    sx, sy = shape_of(x), shape_of(y)
    if len(sx) < 2 or len(sy) < 2:
        raise ValueError(f"ops.{op}: x and y must be at least 2-D, received {sx} and {sy}.")
    if None not in (sx[-1], sy[-1]) and sx[-1] != sy[-1]:
        raise ValueError(
            f"ops.{op}: x (shape {sx}) and y (shape {sy}) must have the same last dimension."
        )
    batch = rules.broadcast_shapes(op, {"x": sx[:-2], "y": sy[:-2]})
    return KerasTensor((*batch, sx[-2], sy[-2]), result_type(dtype_of(x), dtype_of(y), float))


def _logdet_rule(op, x):
    shape = shape_of(x)
    if len(shape) < 2 or (None not in shape[-2:] and shape[-1] != shape[-2]):
        raise ValueError(f"ops.{op}: x must hold square matrices (..., N, N), received {shape}.")
    dtype = rules.float_dtype(dtype_of(x))
    if dtype not in _FFT_DTYPES:
        raise TypeError(f"ops.{op}: x must be float32 or float64, received dtype {dtype}.")
    return KerasTensor(shape[:-2], dtype)


def _logsumexp_rule(op, x, axis=None, keepdims=False):
    return rules.reduction(op, x, axis, keepdims, dtype=rules.float_dtype(dtype_of(x)))


def _top_k_rule(op, x, k, sorted=True):
    shape = shape_of(x)
    if not shape:
        raise ValueError(f"ops.{op}: x must be at least 1-D, received shape {shape}.")
    if isinstance(k, bool) or not isinstance(k, int) or k < 0:
        raise ValueError(f"ops.{op}: k must be a non-negative int, received {k!r}.")
    if shape[-1] is not None and k > shape[-1]:
        raise ValueError(f"ops.{op}: k={k} is larger than the last axis of x (shape {shape}).")
    out = (*shape[:-1], k)
    return KerasTensor(out, rules.same(op, x).dtype), KerasTensor(out, "int32")


def _in_top_k_rule(op, targets, predictions, k):
    st, sp = shape_of(targets), shape_of(predictions)
    if len(st) != 1 or len(sp) != 2:
        raise ValueError(
            f"ops.{op}: targets must be 1-D and predictions 2-D, received shapes {st} and {sp}."
        )
    if None not in (st[0], sp[0]) and st[0] != sp[0]:
        raise ValueError(
            f"ops.{op}: targets (shape {st}) and predictions (shape {sp}) must have the same "
            f"batch size."
        )
    if "int" not in str(dtype_of(targets)) and dtype_of(targets) is not int:
        raise TypeError(f"ops.{op}: targets must be integers, received {dtype_of(targets)}.")
    if isinstance(k, bool) or not isinstance(k, int):
        raise ValueError(f"ops.{op}: k must be an int, received {k!r}.")
    return KerasTensor(st, "bool")


def _segment_rule(op, data, segment_ids, num_segments=None, sorted=False):
    sd, si = shape_of(data), shape_of(segment_ids)
    if not sd or len(si) != 1:
        raise ValueError(
            f"ops.{op}: data must be at least 1-D and segment_ids 1-D, received shapes {sd} "
            f"and {si}."
        )
    if None not in (sd[0], si[0]) and sd[0] != si[0]:
        raise ValueError(
            f"ops.{op}: segment_ids (shape {si}) needs one id per row of data (shape {sd})."
        )
    ids_dtype = dtype_of(segment_ids)
    if "int" not in str(ids_dtype) and ids_dtype is not int:
        raise TypeError(f"ops.{op}: segment_ids must be integers, received dtype {ids_dtype}.")
    if num_segments is not None:
        _positive(op, "num_segments", num_segments)
    return KerasTensor((num_segments, *sd[1:]), rules.same(op, data).dtype)


def _view_as_complex_rule(op, x):
    shape = shape_of(x)
    if not shape or shape[-1] not in (2, None):
        raise ValueError(f"ops.{op}: x must have a last axis of size 2, received shape {shape}.")
    dtype = result_type(rules.float_dtype(dtype_of(x)), "float32")
    return KerasTensor(shape[:-1], _COMPLEX_OF[dtype])


def _view_as_real_rule(op, x):
    dtype = rules.same(op, x).dtype
    return KerasTensor((*shape_of(x), 2), _REAL_OF.get(dtype, dtype))


def _rearrange_rule(op, tensor, pattern, **axes_lengths):
    _, _, output = _rearrange_plan(op, shape_of(tensor), pattern, axes_lengths)
    return KerasTensor(output, rules.same(op, tensor).dtype)


def erf(x):
    """Error function ``2/sqrt(pi) * integral(exp(-t**2), 0, x)``, element-wise.

    Example:
        >>> keras_core.ops.erf([0.0, 1.0])   # [0., 0.8427]
    """
    try:
        return _impl.erf(x)
    except Exception as error:
        return recover(error, rules.unary_float, "erf", x)


def erfc(x):
    """Complementary error function ``1 - erf(x)``, accurate where ``erf(x)`` is near 1.

    Example:
        >>> keras_core.ops.erfc([0.0, 5.0])   # [1., 1.5375e-12]
    """
    try:
        return _impl.erfc(x)
    except Exception as error:
        return recover(error, rules.unary_float, "erfc", x)


def erfinv(x):
    """Inverse error function on ``[-1, 1]`` (``±inf`` at ``±1``, NaN outside).

    Example:
        >>> keras_core.ops.erfinv([0.0, 0.5])   # [0., 0.4769]
    """
    try:
        return _impl.erfinv(x)
    except Exception as error:
        return recover(error, rules.unary_float, "erfinv", x)


def rsqrt(x):
    """Reciprocal square root ``1 / sqrt(x)``, element-wise.

    Example:
        >>> keras_core.ops.rsqrt([4.0, 16.0])   # [0.5, 0.25]
    """
    try:
        return _impl.rsqrt(x)
    except Exception as error:
        return recover(error, rules.unary_float, "rsqrt", x)


def logsumexp(x, axis=None, keepdims=False):
    """``log(sum(exp(x)))`` over ``axis``, computed without overflow.

    Example:
        >>> keras_core.ops.logsumexp([0.0, 0.0])   # log(2) = 0.6931
    """
    try:
        return _impl.logsumexp(x, axis=axis, keepdims=keepdims)
    except Exception as error:
        return recover(error, _logsumexp_rule, "logsumexp", x, axis, keepdims)


def logdet(x):
    """Log-determinant of (a batch of) Hermitian positive-definite matrices; for other
    matrices, ``log|det x|``.

    Example:
        >>> keras_core.ops.logdet([[2.0, 0.0], [0.0, 3.0]])   # log(6) = 1.7918
    """
    try:
        return _impl.logdet(x)
    except Exception as error:
        return recover(error, _logdet_rule, "logdet", x)


def cdist(x, y):
    """Euclidean distances between the rows of ``x`` (``(..., N, D)``) and ``y``
    (``(..., M, D)``): shape ``(..., N, M)``.

    Example:
        >>> keras_core.ops.cdist([[0.0, 0.0]], [[3.0, 4.0], [0.0, 1.0]])   # [[5., 1.]]
    """
    try:
        return _impl.cdist(x, y)
    except Exception as error:
        return recover(error, _cdist_rule, "cdist", x, y)


def top_k(x, k, sorted=True):
    """The ``k`` largest values along the last axis and their int32 indices.

    Args:
        x: Tensor.
        k: How many values to keep.
        sorted: Return them in descending order (otherwise in an unspecified order).

    Example:
        >>> values, indices = keras_core.ops.top_k([1.0, 3.0, 2.0], 2)   # [3, 2], [1, 2]
    """
    try:
        return _impl.top_k(x, k, sorted=sorted)
    except Exception as error:
        return recover(error, _top_k_rule, "top_k", x, k, sorted)


def in_top_k(targets, predictions, k):
    """Whether each ``targets[i]`` is among the ``k`` largest ``predictions[i]``; ties with
    the k-th value count as in.

    Args:
        targets: ``(batch,)`` integer class ids.
        predictions: ``(batch, classes)`` scores.
        k: How many top classes to accept.

    Example:
        >>> keras_core.ops.in_top_k([1], [[0.1, 0.7, 0.2]], 1)   # [True]
    """
    try:
        return _impl.in_top_k(targets, predictions, k)
    except Exception as error:
        return recover(error, _in_top_k_rule, "in_top_k", targets, predictions, k)


def segment_sum(data, segment_ids, num_segments=None, sorted=False):
    """Sum of the rows of ``data`` that share a segment id.

    Args:
        data: Tensor; its first axis is segmented.
        segment_ids: ``(data.shape[0],)`` integer ids; rows with an id outside
            ``[0, num_segments)`` are dropped.
        num_segments: Number of segments; by default ``max(segment_ids) + 1`` (give it
            inside ``jax.jit`` or ``tf.function``).
        sorted: Whether ``segment_ids`` is sorted (a hint for speed).

    Returns:
        ``(num_segments, *data.shape[1:])``; empty segments hold 0.

    Example:
        >>> keras_core.ops.segment_sum([1, 2, 3], [0, 0, 1])   # [3, 3]
    """
    try:
        return _impl.segment_sum(data, segment_ids, num_segments=num_segments, sorted=sorted)
    except Exception as error:
        return recover(error, _segment_rule, "segment_sum", data, segment_ids, num_segments, sorted)


def segment_prod(data, segment_ids, num_segments=None, sorted=False):
    """Product of the rows of ``data`` that share a segment id; arguments as in
    :func:`segment_sum`. Empty segments hold 1.

    Example:
        >>> keras_core.ops.segment_prod([1, 2, 3], [0, 0, 1])   # [2, 3]
    """
    try:
        return _impl.segment_prod(data, segment_ids, num_segments=num_segments, sorted=sorted)
    except Exception as error:
        return recover(
            error, _segment_rule, "segment_prod", data, segment_ids, num_segments, sorted
        )


def segment_max(data, segment_ids, num_segments=None, sorted=False):
    """Maximum of the rows of ``data`` that share a segment id; arguments as in
    :func:`segment_sum`. Empty segments hold the dtype's lowest value (``-inf`` for floats).

    Example:
        >>> keras_core.ops.segment_max([1.0, 2.0, 3.0], [0, 0, 2])   # [2., -inf, 3.]
    """
    try:
        return _impl.segment_max(data, segment_ids, num_segments=num_segments, sorted=sorted)
    except Exception as error:
        return recover(error, _segment_rule, "segment_max", data, segment_ids, num_segments, sorted)


def segment_min(data, segment_ids, num_segments=None, sorted=False):
    """Minimum of the rows of ``data`` that share a segment id; arguments as in
    :func:`segment_sum`. Empty segments hold the dtype's highest value (``inf`` for floats).

    Example:
        >>> keras_core.ops.segment_min([1.0, 2.0, 3.0], [0, 0, 2])   # [1., inf, 3.]
    """
    try:
        return _impl.segment_min(data, segment_ids, num_segments=num_segments, sorted=sorted)
    except Exception as error:
        return recover(error, _segment_rule, "segment_min", data, segment_ids, num_segments, sorted)


def extract_sequences(x, sequence_length, sequence_stride):
    """Frames of ``sequence_length`` samples every ``sequence_stride`` along the last axis.

    Returns:
        ``(..., num_frames, sequence_length)`` with ``num_frames = 1 + (n - length) //
        stride``.

    Example:
        >>> keras_core.ops.extract_sequences([1, 2, 3, 4, 5], 3, 2)   # [[1, 2, 3], [3, 4, 5]]
    """
    try:
        return _impl.extract_sequences(x, sequence_length, sequence_stride)
    except Exception as error:
        return recover(
            error,
            _extract_sequences_rule,
            "extract_sequences",
            x,
            sequence_length,
            sequence_stride,
        )


def fft(x):
    """Discrete Fourier transform along the last axis.

    Args:
        x: ``(real, imag)`` pair of float32/float64 tensors of one shape.

    Returns:
        ``(real, imag)`` of the spectrum.

    Example:
        >>> real, imag = keras_core.ops.fft(([1.0, 0.0], [0.0, 0.0]))   # [1, 1], [0, 0]
    """
    _pair("fft", x)
    try:
        return _impl.fft(x)
    except Exception as error:
        return recover(error, _fft_rule, "fft", x)


def fft2(x):
    """Two-dimensional discrete Fourier transform over the last two axes.

    Args:
        x: ``(real, imag)`` pair of float32/float64 tensors, at least 2-D.

    Example:
        >>> real, imag = keras_core.ops.fft2((np.ones((2, 2)), np.zeros((2, 2))))
        # real = [[4, 0], [0, 0]], imag = 0
    """
    _pair("fft2", x, 2)
    try:
        return _impl.fft2(x)
    except Exception as error:
        return recover(error, _fft_rule, "fft2", x)


def ifft2(x):
    """Inverse of :func:`fft2`.

    Example:
        >>> real, imag = keras_core.ops.ifft2((np.full((2, 2), 4.0), np.zeros((2, 2))))
        # real = [[4, 0], [0, 0]], imag = 0
    """
    _pair("ifft2", x, 2)
    try:
        return _impl.ifft2(x)
    except Exception as error:
        return recover(error, _fft_rule, "ifft2", x)


def rfft(x, fft_length=None):
    """Fourier transform of a real signal along the last axis: the ``fft_length // 2 + 1``
    non-negative frequencies.

    Args:
        x: Real tensor (integers become floatx).
        fft_length: Transform length; the signal is cropped or zero-padded to it
            (default: its length).

    Returns:
        ``(real, imag)``.

    Example:
        >>> real, imag = keras_core.ops.rfft([1.0, 1.0, 1.0, 1.0])   # [4, 0, 0], [0, 0, 0]
    """
    _fft_dtype("rfft", x)
    try:
        return _impl.rfft(x, fft_length=fft_length)
    except Exception as error:
        return recover(error, _rfft_rule, "rfft", x, fft_length)


def irfft(x, fft_length=None):
    """Inverse of :func:`rfft`: a real signal of ``fft_length`` samples (default
    ``2 * (bins - 1)``).

    Args:
        x: ``(real, imag)`` pair holding the non-negative frequencies.
        fft_length: Output length.

    Example:
        >>> keras_core.ops.irfft(([4.0, 0.0, 0.0], [0.0, 0.0, 0.0]))   # [1, 1, 1, 1]
    """
    _pair("irfft", x)
    try:
        return _impl.irfft(x, fft_length=fft_length)
    except Exception as error:
        return recover(error, _irfft_rule, "irfft", x, fft_length)


def stft(x, sequence_length, sequence_stride, fft_length, window="hann", center=True):
    """Short-time Fourier transform along the last axis.

    Args:
        x: float32/float64 signal ``(..., samples)``.
        sequence_length: Window length.
        sequence_stride: Hop between frames.
        fft_length: Frame and transform length (at least ``sequence_length``; the window
            is zero-padded to it, centred).
        window: ``"hann"``, ``"hamming"`` (periodic), a ``(sequence_length,)`` tensor, or
            ``None`` for no window.
        center: Reflect-pad the signal by ``fft_length // 2`` on both sides, so that frame
            ``t`` is centred on sample ``t * sequence_stride``.

    Returns:
        ``(real, imag)``, each ``(..., frames, fft_length // 2 + 1)``.

    Example:
        >>> real, imag = keras_core.ops.stft(np.zeros(16), 8, 4, 8)   # shapes (5, 5)
    """
    _fft_dtype("stft", x)
    _check_framing("stft", sequence_length, sequence_stride, fft_length, window)
    try:
        return _impl.stft(
            x, sequence_length, sequence_stride, fft_length, window=window, center=center
        )
    except Exception as error:
        return recover(
            error,
            _stft_rule,
            "stft",
            x,
            sequence_length,
            sequence_stride,
            fft_length,
            window,
            center,
        )


def istft(x, sequence_length, sequence_stride, fft_length, length=None, window="hann", center=True):
    """Inverse of :func:`stft` by windowed overlap-add.

    Args:
        x: ``(real, imag)`` pair, each ``(..., frames, fft_length // 2 + 1)``.
        sequence_length, sequence_stride, fft_length, window, center: As given to
            :func:`stft`.
        length: Keep at most this many samples (the output is never padded).

    Example:
        >>> signal = keras_core.ops.istft(keras_core.ops.stft(x, 8, 4, 8), 8, 4, 8)
    """
    _pair("istft", x, 2)
    _check_framing("istft", sequence_length, sequence_stride, fft_length, window)
    try:
        return _impl.istft(
            x,
            sequence_length,
            sequence_stride,
            fft_length,
            length=length,
            window=window,
            center=center,
        )
    except Exception as error:
        return recover(
            error,
            _istft_rule,
            "istft",
            x,
            sequence_length,
            sequence_stride,
            fft_length,
            length,
            window,
            center,
        )


def view_as_complex(x):
    """Complex tensor from a real one whose last axis holds ``(real, imag)``.

    Example:
        >>> keras_core.ops.view_as_complex([[1.0, 2.0]])   # [1+2j], complex64
    """
    _view_as_complex_rule("view_as_complex", x)
    try:
        return _impl.view_as_complex(x)
    except Exception as error:
        return recover(error, _view_as_complex_rule, "view_as_complex", x)


def view_as_real(x):
    """Real tensor with a last axis of size 2 holding the real and imaginary parts.

    Example:
        >>> keras_core.ops.view_as_real(np.array([1 + 2j]))   # [[1., 2.]]
    """
    try:
        return _impl.view_as_real(x)
    except Exception as error:
        return recover(error, _view_as_real_rule, "view_as_real", x)


def rearrange(tensor, pattern, **axes_lengths):
    """Reorder, merge and split axes with an einops pattern.

    Args:
        tensor: Tensor.
        pattern: ``"inputs -> outputs"``: axis names, ``(groups)`` to merge or split,
            ``...`` for the remaining axes, ``1`` for a unit axis.
        **axes_lengths: Sizes of split axes that cannot be inferred.

    Example:
        >>> keras_core.ops.rearrange(np.zeros((2, 6)), "a (b c) -> (a b) c", b=3).shape
        (6, 2)
    """
    try:
        return _impl.rearrange(tensor, pattern, **axes_lengths)
    except Exception as error:
        return recover(error, _rearrange_rule, "rearrange", tensor, pattern, **axes_lengths)
