"""``keras_core.initializers``: initial values of weights, and ``get``/``serialize``/
``deserialize`` to turn names and configs into initializers and back.

An initializer is called with a shape and a dtype and returns a tensor. Random ones draw
through ``keras_core.random``; see ``keras_core.initializers.random`` for their seeding.
"""

from keras_core.initializers.constant import Constant, Identity, Ones, Zeros
from keras_core.initializers.initializer import Initializer
from keras_core.initializers.orthogonal import Orthogonal
from keras_core.initializers.random import RandomNormal, RandomUniform, TruncatedNormal
from keras_core.initializers.stft import STFT
from keras_core.initializers.variance_scaling import (
    GlorotNormal,
    GlorotUniform,
    HeNormal,
    HeUniform,
    LecunNormal,
    LecunUniform,
    VarianceScaling,
)
from keras_core.saving.module_objects import ModuleObjects

# Keras's other names for the classes (the same class objects, as in Keras 3).
IdentityInitializer = Identity
OrthogonalInitializer = Orthogonal
STFTInitializer = STFT
constant = Constant
glorot_normal = GlorotNormal
glorot_uniform = GlorotUniform
he_normal = HeNormal
he_uniform = HeUniform
identity = Identity
lecun_normal = LecunNormal
lecun_uniform = LecunUniform
ones = Ones
orthogonal = Orthogonal
random_normal = RandomNormal
random_uniform = RandomUniform
stft = STFT
truncated_normal = TruncatedNormal
variance_scaling = VarianceScaling
zeros = Zeros

__all__ = [
    "Initializer",
    "Constant",
    "Identity",
    "IdentityInitializer",
    "Ones",
    "Zeros",
    "RandomNormal",
    "RandomUniform",
    "TruncatedNormal",
    "VarianceScaling",
    "GlorotNormal",
    "GlorotUniform",
    "HeNormal",
    "HeUniform",
    "LecunNormal",
    "LecunUniform",
    "Orthogonal",
    "OrthogonalInitializer",
    "STFT",
    "STFTInitializer",
    "constant",
    "glorot_normal",
    "glorot_uniform",
    "he_normal",
    "he_uniform",
    "identity",
    "lecun_normal",
    "lecun_uniform",
    "ones",
    "orthogonal",
    "random_normal",
    "random_uniform",
    "stft",
    "truncated_normal",
    "variance_scaling",
    "zeros",
    "deserialize",
    "get",
    "serialize",
]

# Name -> class, for ``get`` / ``deserialize``: every public class name and alias, plus the
# short names Keras also reads.
_BY_NAME = {
    **{name: obj for name, obj in globals().items() if name in __all__ and isinstance(obj, type)},
    "uniform": RandomUniform,
    "normal": RandomNormal,
    "one": Ones,
    "zero": Zeros,
}
_OBJECTS = ModuleObjects("initializer", _BY_NAME, "an Initializer class or instance")


def serialize(initializer):
    """The config dict of ``initializer`` (``None`` and names are returned as they are).

    Example:
        >>> keras_core.initializers.serialize(keras_core.initializers.GlorotUniform(seed=1))
        {'module': 'keras.initializers', 'class_name': 'GlorotUniform',
         'config': {'seed': 1, 'input_axes': None, 'output_axes': None},
         'registered_name': None}
    """
    return _OBJECTS.serialize(initializer)


def deserialize(config, custom_objects=None):
    """The initializer that ``config`` (a config dict or a name) describes.

    Args:
        config: A dict written by ``serialize`` (or by Keras 3), or a class name or alias
            (``"glorot_uniform"``), which gives an instance with default arguments.
        custom_objects: Dict of name to class/function for user initializers.

    Example:
        >>> keras_core.initializers.deserialize("he_normal").get_config()
        {'seed': None, 'input_axes': None, 'output_axes': None}
    """
    return _OBJECTS.deserialize(config, custom_objects)


def get(identifier):
    """The initializer that ``identifier`` names.

    Args:
        identifier: ``None`` (gives ``None``), a name, a config dict, a class (instantiated
            with default arguments), an ``Initializer`` or any callable (returned as is).

    Example:
        >>> keras_core.initializers.get("ones")((2,))   # [1., 1.]
    """
    if isinstance(identifier, dict):
        # Keras's initializers reject incomplete dicts and bad constructor arguments with
        # ``ValueError`` instead of ``KeyError`` / ``TypeError``.
        if "class_name" not in identifier or "config" not in identifier:
            raise ValueError(
                f"Could not interpret initializer identifier: the config dict {identifier!r} "
                f"has no 'class_name' and 'config' keys. {_OBJECTS.accepted}"
            )
        try:
            return deserialize(identifier)
        except TypeError as error:
            raise ValueError(
                f"Could not interpret initializer identifier: {identifier!r} ({error})"
            ) from error
    return _OBJECTS.get(identifier)
