"""``keras_core.regularizers``: weight penalties (``L1``, ``L2``, ``L1L2``,
``OrthogonalRegularizer``), and ``get``/``serialize``/``deserialize`` to turn names and
configs into them and back."""

from keras_core.regularizers.base import Regularizer
from keras_core.regularizers.norm_penalties import L1, L1L2, L2
from keras_core.regularizers.orthogonal import OrthogonalRegularizer
from keras_core.saving import object_registration, serialization_lib

# Keras's lower-case names for the classes.
l1 = L1
l2 = L2
l1_l2 = L1L2
orthogonal_regularizer = OrthogonalRegularizer

__all__ = [
    "L1",
    "L1L2",
    "L2",
    "OrthogonalRegularizer",
    "Regularizer",
    "deserialize",
    "get",
    "l1",
    "l1_l2",
    "l2",
    "orthogonal_regularizer",
    "serialize",
]

# Name -> class, for ``get`` / ``deserialize``. Keras also reads "l1l2".
_BY_NAME = {
    "Regularizer": Regularizer,
    "L1": L1,
    "L2": L2,
    "L1L2": L1L2,
    "OrthogonalRegularizer": OrthogonalRegularizer,
    "l1": L1,
    "l2": L2,
    "l1_l2": L1L2,
    "l1l2": L1L2,
    "orthogonal_regularizer": OrthogonalRegularizer,
}
_ACCEPTED = (
    "Expected None, a regularizer name (one of "
    + ", ".join(sorted(_BY_NAME))
    + "), a config dict, a Regularizer class or instance, or a callable."
)


def serialize(regularizer):
    """The config dict of ``regularizer`` (``None`` and names are returned as they are).

    Example:
        >>> keras_core.regularizers.serialize(keras_core.regularizers.L2(0.1))["config"]
        {'l2': 0.1}
    """
    return serialization_lib.serialize_keras_object(regularizer)


def deserialize(config, custom_objects=None):
    """The regularizer that ``config`` (a config dict or a name) describes.

    Args:
        config: A dict written by ``serialize``, or a class name or alias (``"l2"``), which
            gives an instance with default arguments.
        custom_objects: Dict of name to class/function for user regularizers.

    Example:
        >>> keras_core.regularizers.deserialize("l2").get_config()
        {'l2': 0.01}
    """
    if isinstance(config, str):
        regularizer = _lookup(config, custom_objects)
        if regularizer is None:
            raise ValueError(f"Unknown regularizer {config!r}. {_ACCEPTED}")
        return regularizer
    return serialization_lib.deserialize_keras_object(
        config, custom_objects=custom_objects, module_objects=_BY_NAME
    )


def get(identifier):
    """The regularizer that ``identifier`` names.

    Args:
        identifier: ``None`` (gives ``None``), a name, a config dict, a class (instantiated
            with default arguments), a ``Regularizer`` or any callable (returned as is).

    Example:
        >>> keras_core.regularizers.get("l1").get_config()
        {'l1': 0.009999999776482582}
    """
    if identifier is None:
        return None
    if isinstance(identifier, str):
        regularizer = _lookup(identifier, None)
        if regularizer is None:
            raise ValueError(
                f"Could not interpret regularizer identifier: {identifier!r}. {_ACCEPTED}"
            )
        return regularizer
    if isinstance(identifier, dict):
        return deserialize(identifier)
    if isinstance(identifier, type):
        return identifier()
    if callable(identifier):
        return identifier
    raise ValueError(
        f"Could not interpret regularizer identifier: {identifier!r} of type "
        f"{type(identifier).__name__}. {_ACCEPTED}"
    )


def _lookup(name, custom_objects):
    """An instance of the user or built-in class called ``name`` (a user function is returned
    as is); ``None`` if nothing has that name."""
    found = object_registration.get_registered_object(name, custom_objects)
    found = _BY_NAME.get(name) if found is None else found
    return found() if isinstance(found, type) else found
