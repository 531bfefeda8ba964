"""``keras_core.constraints``: projections applied to weights after each update
(``MaxNorm``, ``MinMaxNorm``, ``NonNeg``, ``UnitNorm``), and ``get``/``serialize``/
``deserialize`` to turn names and configs into them and back."""

from keras_core.constraints.base import Constraint, NonNeg
from keras_core.constraints.norms import MaxNorm, MinMaxNorm, UnitNorm
from keras_core.saving.module_objects import ModuleObjects

# Keras's lower-case names for the classes.
max_norm = MaxNorm
min_max_norm = MinMaxNorm
non_neg = NonNeg
unit_norm = UnitNorm

__all__ = [
    "Constraint",
    "MaxNorm",
    "MinMaxNorm",
    "NonNeg",
    "UnitNorm",
    "deserialize",
    "get",
    "max_norm",
    "min_max_norm",
    "non_neg",
    "serialize",
    "unit_norm",
]

# Name -> class, for ``get`` / ``deserialize``.
_BY_NAME = {
    "Constraint": Constraint,
    "MaxNorm": MaxNorm,
    "MinMaxNorm": MinMaxNorm,
    "NonNeg": NonNeg,
    "UnitNorm": UnitNorm,
    "max_norm": MaxNorm,
    "min_max_norm": MinMaxNorm,
    "non_neg": NonNeg,
    "unit_norm": UnitNorm,
}
_OBJECTS = ModuleObjects("constraint", _BY_NAME, "a Constraint class or instance")


def serialize(constraint):
    """The config dict of ``constraint`` (``None`` and names are returned as they are).

    Example:
        >>> keras_core.constraints.serialize(keras_core.constraints.NonNeg())["config"]
        {}
    """
    return _OBJECTS.serialize(constraint)


def deserialize(config, custom_objects=None):
    """The constraint that ``config`` (a config dict or a name) describes.

    Args:
        config: A dict written by ``serialize``, or a class name or alias
            (``"max_norm"``), which gives an instance with default arguments.
        custom_objects: Dict of name to class/function for user constraints.

    Example:
        >>> keras_core.constraints.deserialize("max_norm").get_config()
        {'max_value': 2, 'axis': 0}
    """
    return _OBJECTS.deserialize(config, custom_objects)


def get(identifier):
    """The constraint that ``identifier`` names.

    Args:
        identifier: ``None`` (gives ``None``), a name, a config dict, a class (instantiated
            with default arguments), a ``Constraint`` or any callable (returned as is).

    Example:
        >>> keras_core.constraints.get("non_neg")
        <keras_core.constraints.base.NonNeg object at ...>
    """
    return _OBJECTS.get(identifier)
