"""Constraints on the L2 norm of weight slices: ``MaxNorm``, ``MinMaxNorm``, ``UnitNorm``.

The norm is taken over ``axis`` (for a ``Dense`` kernel of shape ``(input_dim, units)``,
``axis=0`` constrains each unit's incoming weight vector) and the weight is rescaled so
that its norm lands where the constraint wants it. An all-zero slice stays zero.
"""

import math
import numbers

import numpy as np

from keras_core import backend, ops
from keras_core.constraints.base import Constraint


class MaxNorm(Constraint):
    """Rescales each slice whose L2 norm exceeds ``max_value`` down to ``max_value``.

    Args:
        max_value: Largest allowed norm.
        axis: Axis or list of axes to compute the norm over.

    Example:
        >>> keras_core.constraints.MaxNorm(1.0)([[3.0], [4.0]])   # [[0.6], [0.8]]
    """

    def __init__(self, max_value=2, axis=0):
        self.max_value = _check_norm("MaxNorm", "max_value", max_value)
        self.axis = _check_axis("MaxNorm", axis)

    def __call__(self, w):
        w = ops.convert_to_tensor(w)
        norms = _norms(w, self.axis)
        return _rescale(w, norms, ops.clip(norms, 0, self.max_value))

    def get_config(self):
        return {"max_value": self.max_value, "axis": self.axis}


class MinMaxNorm(Constraint):
    """Moves each slice's L2 norm into ``[min_value, max_value]``, by a fraction ``rate``
    of the way: the new norm is ``rate * clip(norm, min_value, max_value) +
    (1 - rate) * norm``.

    Args:
        min_value: Smallest allowed norm.
        max_value: Largest allowed norm.
        rate: In ``[0, 1]``; 1 enforces the bounds at once, smaller values approach them
            gradually over updates.
        axis: Axis or list of axes to compute the norm over.

    Example:
        >>> keras_core.constraints.MinMaxNorm(2.0, 3.0)([[0.6], [0.8]])   # [[1.2], [1.6]]
    """

    def __init__(self, min_value=0.0, max_value=1.0, rate=1.0, axis=0):
        self.min_value = _check_norm("MinMaxNorm", "min_value", min_value)
        self.max_value = _check_norm("MinMaxNorm", "max_value", max_value)
        if min_value > max_value:
            raise ValueError(
                f"MinMaxNorm: min_value must not exceed max_value, received "
                f"min_value={min_value!r}, max_value={max_value!r}"
            )
        if not _is_number(rate) or not 0 <= rate <= 1:
            raise ValueError(
                f"MinMaxNorm: invalid value for argument rate: expected a number in [0, 1], "
                f"received rate={rate!r}"
            )
        self.rate = rate
        self.axis = _check_axis("MinMaxNorm", axis)

    def __call__(self, w):
        w = ops.convert_to_tensor(w)
        norms = _norms(w, self.axis)
        clipped = ops.clip(norms, self.min_value, self.max_value)
        desired = ops.add(ops.multiply(self.rate, clipped), ops.multiply(1.0 - self.rate, norms))
        return _rescale(w, norms, desired)

    def get_config(self):
        return {
            "min_value": self.min_value,
            "max_value": self.max_value,
            "rate": self.rate,
            "axis": self.axis,
        }


class UnitNorm(Constraint):
    """Rescales each slice to unit L2 norm.

    Args:
        axis: Axis or list of axes to compute the norm over.

    Example:
        >>> keras_core.constraints.UnitNorm()([[3.0], [4.0]])   # [[0.6], [0.8]]
    """

    def __init__(self, axis=0):
        self.axis = _check_axis("UnitNorm", axis)

    def __call__(self, w):
        w = ops.convert_to_tensor(w)
        return ops.divide(w, ops.add(backend.epsilon(), _norms(w, self.axis)))

    def get_config(self):
        return {"axis": self.axis}


def _norms(w, axis):
    axis = tuple(axis) if isinstance(axis, list) else axis
    return ops.sqrt(ops.sum(ops.square(w), axis=axis, keepdims=True))


def _rescale(w, norms, desired):
    # epsilon keeps all-zero slices at zero instead of 0 / 0.
    return ops.multiply(w, ops.divide(desired, ops.add(backend.epsilon(), norms)))


def _is_number(value):
    return isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))


def _check_norm(owner, argument, value):
    if not _is_number(value) or not math.isfinite(value) or value < 0:
        raise ValueError(
            f"{owner}: invalid value for argument {argument}: expected a finite, non-negative "
            f"number, received {argument}={value!r}"
        )
    return value


def _is_int(value):
    return isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_))


def _check_axis(owner, axis):
    if _is_int(axis) or (isinstance(axis, (list, tuple)) and axis and all(map(_is_int, axis))):
        return axis
    raise ValueError(
        f"{owner}: invalid value for argument axis: expected an int or a list of ints, "
        f"received axis={axis!r}"
    )
