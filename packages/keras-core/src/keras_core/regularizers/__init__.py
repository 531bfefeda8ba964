"""``keras_core.regularizers``: weight penalties (``L1``, ``L2``, ``L1L2``,
``OrthogonalRegularizer``), and ``get``/``serialize``/``deserialize`` to turn names and
configs into them and back."""

from keras_core.regularizers.base import Regularizer
from keras_core.regularizers.norm_penalties import L1, L1L2, L2
from keras_core.regularizers.orthogonal import OrthogonalRegularizer
from keras_core.saving.module_objects import ModuleObjects

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
_OBJECTS = ModuleObjects("regularizer", _BY_NAME, "a Regularizer class or instance")


def serialize(regularizer):
    """The config dict of ``regularizer`` (``None`` and names are returned as they are).

    Example:
        >>> keras_core.regularizers.serialize(keras_core.regularizers.L2(0.1))["config"]
        {'l2': 0.1}
    """
    return _OBJECTS.serialize(regularizer)


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
    return _OBJECTS.deserialize(config, custom_objects)


def get(identifier):
    """The regularizer that ``identifier`` names.

    Args:
        identifier: ``None`` (gives ``None``), a name, a config dict, a class (instantiated
            with default arguments), a ``Regularizer`` or any callable (returned as is).

    Example:
        >>> keras_core.regularizers.get("l1").get_config()
        {'l1': 0.009999999776482582}
    """
    return _OBJECTS.get(identifier)
