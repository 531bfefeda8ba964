"""``VarianceScaling``, the fan rules it scales by, and its named presets (Glorot, He,
LeCun)."""

import math
import numbers

from keras_core import random
from keras_core.initializers.random import RandomInitializer

_MODES = ("fan_in", "fan_out", "fan_avg")
_DISTRIBUTIONS = ("truncated_normal", "untruncated_normal", "uniform")
# Standard deviation of a standard normal truncated to [-2, 2]: dividing by it gives the
# truncated draw the variance that was asked for.
_TRUNCATED_STDDEV = 0.87962566103423978


def compute_fans(shape, input_axes=None, output_axes=None) -> tuple[int, int]:
    """``(fan_in, fan_out)`` of a weight of ``shape``.

    A scalar has fans ``(1, 1)``, a vector ``(n, n)``, a matrix ``(rows, cols)``; a
    convolution kernel ``(*spatial, in_channels, out_channels)`` multiplies both channel
    counts by the receptive field size (the product of the spatial dims). When both
    ``input_axes`` and ``output_axes`` are given (e.g. an ``EinsumDense`` kernel), each fan
    is the product of the dims on those axes.

    Example:
        >>> compute_fans((3, 3, 16, 32))
        (144, 288)
    """
    if input_axes is not None and output_axes is not None:
        return _axes_size(shape, input_axes), _axes_size(shape, output_axes)
    if len(shape) == 0:
        return 1, 1
    if len(shape) == 1:
        return shape[0], shape[0]
    receptive_field = math.prod(shape[:-2])
    return shape[-2] * receptive_field, shape[-1] * receptive_field


def _axes_size(shape, axes) -> int:
    rank = len(shape)
    for axis in axes:
        if not -rank <= axis < rank:
            raise ValueError(
                f"VarianceScaling: axis {axis} in input_axes/output_axes is out of range for "
                f"a weight of shape {shape} (rank {rank})"
            )
    return math.prod(shape[axis] for axis in axes)


class VarianceScaling(RandomInitializer):
    """Draws with a variance of ``scale / n``, where ``n`` is the weight's fan-in, fan-out or
    their average (``mode``).

    Args:
        scale: Positive scaling factor of the variance.
        mode: ``"fan_in"``, ``"fan_out"`` or ``"fan_avg"``.
        distribution: ``"truncated_normal"`` (at two standard deviations, rescaled so that
            the variance is still ``scale / n``; ``"normal"`` means the same),
            ``"untruncated_normal"`` or ``"uniform"`` (on ``[-limit, limit]``,
            ``limit = sqrt(3 * scale / n)``).
        seed: An int, a ``SeedGenerator`` or ``None`` (see ``keras_core.initializers.random``).
        input_axes: Axes whose dims make up the fan-in; used (with ``output_axes``) instead
            of the default fan rules when both are given.
        output_axes: Axes whose dims make up the fan-out.

    Example:
        >>> init = keras_core.initializers.VarianceScaling(2.0, "fan_in", "uniform", seed=1)
        >>> init((64, 32))   # uniform on [-sqrt(6 / 64), sqrt(6 / 64)]
    """

    def __init__(
        self,
        scale=1.0,
        mode="fan_in",
        distribution="truncated_normal",
        seed=None,
        input_axes=None,
        output_axes=None,
    ):
        owner = type(self).__name__
        if isinstance(scale, bool) or not isinstance(scale, numbers.Real) or scale <= 0:
            raise ValueError(f"{owner} expected a positive float scale, received scale={scale!r}")
        if mode not in _MODES:
            raise ValueError(f"{owner} expected mode to be one of {_MODES}, received mode={mode!r}")
        distribution = distribution.lower() if isinstance(distribution, str) else distribution
        if distribution == "normal":
            distribution = "truncated_normal"
        if distribution not in _DISTRIBUTIONS:
            raise ValueError(
                f"{owner} expected distribution to be one of {_DISTRIBUTIONS}, received "
                f"distribution={distribution!r}"
            )
        _check_axes(owner, "input_axes", input_axes)
        _check_axes(owner, "output_axes", output_axes)
        super().__init__(seed)
        self.scale = scale
        self.mode = mode
        self.distribution = distribution
        self.input_axes = input_axes
        self.output_axes = output_axes

    def __call__(self, shape, dtype=None):
        shape, dtype, seed = self._prepare(shape, dtype)
        fan_in, fan_out = compute_fans(shape, self.input_axes, self.output_axes)
        fan = {"fan_in": fan_in, "fan_out": fan_out, "fan_avg": (fan_in + fan_out) / 2}[self.mode]
        variance = self.scale / max(1.0, fan)
        if self.distribution == "truncated_normal":
            stddev = math.sqrt(variance) / _TRUNCATED_STDDEV
            return random.truncated_normal(shape, 0.0, stddev, dtype=dtype, seed=seed)
        if self.distribution == "untruncated_normal":
            return random.normal(shape, 0.0, math.sqrt(variance), dtype=dtype, seed=seed)
        limit = math.sqrt(3.0 * variance)
        return random.uniform(shape, -limit, limit, dtype=dtype, seed=seed)

    def get_config(self):
        return {
            **super().get_config(),
            "scale": self.scale,
            "mode": self.mode,
            "distribution": self.distribution,
            "input_axes": self.input_axes,
            "output_axes": self.output_axes,
        }


def _check_axes(owner: str, name: str, axes) -> None:
    if axes is None or (
        isinstance(axes, (list, tuple))
        and all(isinstance(a, int) and not isinstance(a, bool) for a in axes)
    ):
        return
    raise ValueError(f"{owner} expected {name} to be a list of ints or None, received {axes!r}")


class _Preset(VarianceScaling):
    """A ``VarianceScaling`` with fixed ``scale``/``mode``/``distribution``, whose config
    holds only the seed and the axes."""

    _scale: float
    _mode: str
    _distribution: str

    def __init__(self, seed=None, input_axes=None, output_axes=None):
        super().__init__(self._scale, self._mode, self._distribution, seed, input_axes, output_axes)

    def get_config(self):
        return {
            "seed": super().get_config()["seed"],
            "input_axes": self.input_axes,
            "output_axes": self.output_axes,
        }


class GlorotUniform(_Preset):
    """Glorot (Xavier) uniform: uniform on ``[-limit, limit]``,
    ``limit = sqrt(6 / (fan_in + fan_out))``, with the fans of ``VarianceScaling``.

    Args:
        seed: An int, a ``SeedGenerator`` or ``None`` (see ``keras_core.initializers.random``).
        input_axes: Axes whose dims make up the fan-in (used with ``output_axes``).
        output_axes: Axes whose dims make up the fan-out (used with ``input_axes``).

    Example:
        >>> keras_core.initializers.GlorotUniform(seed=1)((64, 32))
    """

    _scale, _mode, _distribution = 1.0, "fan_avg", "uniform"


class GlorotNormal(_Preset):
    """Glorot (Xavier) normal: truncated normal of variance ``2 / (fan_in + fan_out)``.

    Args: as ``GlorotUniform``.

    Example:
        >>> keras_core.initializers.GlorotNormal(seed=1)((64, 32))
    """

    _scale, _mode, _distribution = 1.0, "fan_avg", "truncated_normal"


class HeNormal(_Preset):
    """He normal: truncated normal of variance ``2 / fan_in``.

    Args: as ``GlorotUniform``.

    Example:
        >>> keras_core.initializers.HeNormal(seed=1)((3, 3, 16, 32))
    """

    _scale, _mode, _distribution = 2.0, "fan_in", "truncated_normal"


class HeUniform(_Preset):
    """He uniform: uniform on ``[-limit, limit]``, ``limit = sqrt(6 / fan_in)``.

    Args: as ``GlorotUniform``.

    Example:
        >>> keras_core.initializers.HeUniform(seed=1)((3, 3, 16, 32))
    """

    _scale, _mode, _distribution = 2.0, "fan_in", "uniform"


class LecunNormal(_Preset):
    """LeCun normal: truncated normal of variance ``1 / fan_in``.

    Args: as ``GlorotUniform``.

    Example:
        >>> keras_core.initializers.LecunNormal(seed=1)((64, 32))
    """

    _scale, _mode, _distribution = 1.0, "fan_in", "truncated_normal"


class LecunUniform(_Preset):
    """LeCun uniform: uniform on ``[-limit, limit]``, ``limit = sqrt(3 / fan_in)``.

    Args: as ``GlorotUniform``.

    Example:
        >>> keras_core.initializers.LecunUniform(seed=1)((64, 32))
    """

    _scale, _mode, _distribution = 1.0, "fan_in", "uniform"
