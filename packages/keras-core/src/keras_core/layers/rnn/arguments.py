"""Checks and normalizations of the constructor arguments recurrent layers share."""

import numbers


def check_units(layer: str, units) -> int:
    """``units`` as an int; a ``ValueError`` naming ``layer`` unless it is a positive int."""
    if isinstance(units, bool) or not isinstance(units, numbers.Integral) or units <= 0:
        raise ValueError(f"{layer}: units must be a positive integer, received units={units!r}")
    return int(units)


def clip_rate(layer: str, argument: str, rate) -> float:
    """A dropout rate clipped to ``[0, 1]``, as Keras stores it."""
    if isinstance(rate, bool) or not isinstance(rate, numbers.Real):
        raise ValueError(f"{layer}: {argument} must be a float in [0, 1], received {rate!r}")
    return min(1.0, max(0.0, float(rate)))
