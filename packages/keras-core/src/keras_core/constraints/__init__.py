"""``keras_core.constraints``: projections applied to weights after each update
(``MaxNorm``, ``MinMaxNorm``, ``NonNeg``, ``UnitNorm``), and ``get``/``serialize``/
``deserialize`` to turn names and configs into them and back."""

from keras_core.constraints.base import Constraint, NonNeg
from keras_core.constraints.norms import MaxNorm, MinMaxNorm, UnitNorm
from keras_core.saving import object_registration, serialization_lib

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
_ACCEPTED = (
    "Expected None, a constraint name (one of "
    + ", ".join(sorted(_BY_NAME))
    + "), a config dict, a Constraint class or instance, or a callable."
)


def serialize(constraint):
    """The config dict of ``constraint`` (``None`` and names are returned as they are).

    Example:
        >>> keras_core.constraints.serialize(keras_core.constraints.NonNeg())["config"]
        {}
    """
    return serialization_lib.serialize_keras_object(constraint)


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
    if isinstance(config, str):
        constraint = _lookup(config, custom_objects)
        if constraint is None:
            raise ValueError(f"Unknown constraint {config!r}. {_ACCEPTED}")
        return constraint
    return serialization_lib.deserialize_keras_object(
        config, custom_objects=custom_objects, module_objects=_BY_NAME
    )


def get(identifier):
    """The constraint that ``identifier`` names.

    Args:
        identifier: ``None`` (gives ``None``), a name, a config dict, a class (instantiated
            with default arguments), a ``Constraint`` or any callable (returned as is).

    Example:
        >>> keras_core.constraints.get("non_neg")
        <keras_core.constraints.base.NonNeg object at ...>
    """
    if identifier is None:
        return None
    if isinstance(identifier, str):
        constraint = _lookup(identifier, None)
        if constraint is None:
            raise ValueError(
                f"Could not interpret constraint identifier: {identifier!r}. {_ACCEPTED}"
            )
        return constraint
    if isinstance(identifier, dict):
        return deserialize(identifier)
    if isinstance(identifier, type):
        return identifier()
    if callable(identifier):
        return identifier
    raise ValueError(
        f"Could not interpret constraint identifier: {identifier!r} of type "
        f"{type(identifier).__name__}. {_ACCEPTED}"
    )


def _lookup(name, custom_objects):
    """An instance of the user or built-in class called ``name`` (a user function is returned
    as is); ``None`` if nothing has that name."""
    found = object_registration.get_registered_object(name, custom_objects)
    found = _BY_NAME.get(name) if found is None else found
    return found() if isinstance(found, type) else found
