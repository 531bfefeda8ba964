"""``STFT``: a convolution kernel whose outputs are windowed discrete Fourier coefficients,
and the window functions it can apply (computed with NumPy: keras-core has no SciPy)."""

import numpy as np

from keras_core import ops
from keras_core.initializers.initializer import Initializer, float_dtype, standardize_shape


def _general_cosine(coefficients):
    def window(length):
        phase = np.linspace(-np.pi, np.pi, length)
        return sum(a * np.cos(k * phase) for k, a in enumerate(coefficients))

    return window


def _triang(length):
    n = np.arange(1, (length + 1) // 2 + 1)
    if length % 2 == 0:
        half = (2 * n - 1.0) / length
        return np.concatenate([half, half[::-1]])
    half = 2 * n / (length + 1.0)
    return np.concatenate([half, half[-2::-1]])


def _bartlett(length):
    n = np.arange(length)
    middle = (length - 1) / 2
    return np.where(n <= middle, 2 * n / (length - 1), 2 - 2 * n / (length - 1))


# Symmetric windows of a given length, under the names of `scipy.signal.get_window`.
_WINDOWS = {
    "boxcar": np.ones,
    "triang": _triang,
    "bartlett": _bartlett,
    "cosine": lambda length: np.sin(np.pi / length * (np.arange(length) + 0.5)),
    "hann": _general_cosine([0.5, 0.5]),
    "hamming": _general_cosine([0.54, 0.46]),
    "blackman": _general_cosine([0.42, 0.50, 0.08]),
    "nuttall": _general_cosine([0.3635819, 0.4891775, 0.1365995, 0.0106411]),
    "blackmanharris": _general_cosine([0.35875, 0.48829, 0.14128, 0.01168]),
    "flattop": _general_cosine([0.21557895, 0.41663158, 0.277263158, 0.083578947, 0.006947368]),
}
_SCALINGS = (None, "density", "spectrum")


def window_values(name: str, length: int, periodic: bool) -> np.ndarray:
    """The ``name`` window of ``length`` samples, as ``scipy.signal.get_window(name,
    length, fftbins=periodic)`` gives it: a periodic window is the symmetric window of
    ``length + 1`` samples without its last one."""
    if length == 1:
        return np.ones(1)
    if periodic:
        return _WINDOWS[name](length + 1)[:-1]
    return _WINDOWS[name](length)


class STFT(Initializer):
    """Kernel of a 1D convolution that computes a short-time Fourier transform.

    The kernel has shape ``(frame_length, 1, fft_length // 2 + 1)``: output channel ``k``
    of a frame ``x`` is the real part (``side="real"``) or imaginary part (``"imag"``) of
    ``sum_n window[n] * x[n] * exp(-2j * pi * n * k / fft_length)``, where ``fft_length``
    is ``2 * (shape[-1] - 1)``, divided by the window's scaling factor.

    Args:
        side: ``"real"`` or ``"imag"``.
        window: A window name (``"hann"``, ``"hamming"``, ``"blackman"``, ``"bartlett"``,
            ``"boxcar"``, ``"triang"``, ``"cosine"``, ``"nuttall"``, ``"blackmanharris"``,
            ``"flattop"``), a sequence of ``frame_length`` window values, or ``None`` (no
            window and no scaling).
        scaling: ``"density"`` divides by ``sqrt(sum(window ** 2))``, ``"spectrum"`` by
            ``sum(window)``; ``None`` does not scale.
        periodic: Whether a named window is periodic (for spectral analysis) rather than
            symmetric.

    Example:
        >>> kernel = keras_core.initializers.STFT(side="real")((256, 1, 129))
    """

    def __init__(self, side="real", window="hann", scaling="density", periodic=False):
        if side not in ("real", "imag"):
            raise ValueError(f"STFT initializer expected side 'real' or 'imag', received {side!r}")
        if isinstance(window, str):
            if window not in _WINDOWS:
                raise ValueError(
                    f"STFT initializer does not know window {window!r}. Expected one of "
                    f"{', '.join(sorted(_WINDOWS))}, a sequence of window values, or None"
                )
        elif window is not None:
            values = np.asarray(window, dtype="float64")
            if values.ndim != 1:
                raise ValueError(
                    f"STFT initializer expected window values as a 1D sequence, received "
                    f"an array of shape {values.shape}"
                )
            window = values.tolist()
        if scaling not in _SCALINGS:
            raise ValueError(
                f"STFT initializer expected scaling to be one of {_SCALINGS}, received {scaling!r}"
            )
        self.side = side
        self.window = window
        self.scaling = scaling
        self.periodic = periodic

    def __call__(self, shape, dtype=None):
        shape, dtype = standardize_shape(self, shape), float_dtype(self, dtype)
        if len(shape) != 3 or shape[1] != 1 or shape[2] < 2:
            raise ValueError(
                f"STFT initializer makes kernels of shape (frame_length, 1, "
                f"fft_length // 2 + 1) with fft_length >= 2, received shape={shape}"
            )
        frame_length, frequencies = shape[0], shape[2]
        fft_length = 2 * (frequencies - 1)
        angle = 2 * np.pi * np.outer(np.arange(frame_length), np.arange(frequencies)) / fft_length
        kernel = np.cos(angle) if self.side == "real" else -np.sin(angle)
        if self.window is not None:
            window = self._window(frame_length)
            kernel = kernel * window[:, None]
            if self.scaling == "density":
                kernel = kernel / np.sqrt(np.sum(window**2))
            elif self.scaling == "spectrum":
                kernel = kernel / np.sum(window)
        return ops.convert_to_tensor(kernel[:, None, :], dtype=dtype)

    def _window(self, frame_length: int) -> np.ndarray:
        if isinstance(self.window, str):
            return window_values(self.window, frame_length, self.periodic)
        window = np.asarray(self.window, dtype="float64")
        if window.shape != (frame_length,):
            raise ValueError(
                f"STFT initializer expected {frame_length} window values (the frame length, "
                f"shape[0]), received {window.shape[0]}"
            )
        return window

    def get_config(self):
        return {
            "side": self.side,
            "window": self.window,
            "periodic": self.periodic,
            "scaling": self.scaling,
        }
