"""``keras_core.activations``: activation functions, and ``get``/``serialize``/``deserialize``
to turn names and configs into them and back.

A built-in activation serializes to its name (``"relu"``), as in Keras 3; any other function
or callable object serializes to its full config.
"""

import types

from keras_core.activations.functions import (
    ALL_ACTIVATIONS,
    celu,
    elu,
    exponential,
    gelu,
    glu,
    hard_shrink,
    hard_sigmoid,
    hard_silu,
    hard_swish,
    hard_tanh,
    leaky_relu,
    linear,
    log_sigmoid,
    log_softmax,
    mish,
    relu,
    relu6,
    selu,
    sigmoid,
    silu,
    soft_shrink,
    softmax,
    softplus,
    softsign,
    sparse_plus,
    sparse_sigmoid,
    sparsemax,
    squareplus,
    swish,
    tanh,
    tanh_shrink,
    threshold,
)
from keras_core.saving import object_registration, serialization_lib

__all__ = [*sorted(ALL_ACTIVATIONS), "deserialize", "get", "serialize"]

_KNOWN = (
    f"Known names: {', '.join(sorted(ALL_ACTIVATIONS))}. Custom functions need custom_objects, "
    f"a custom_object_scope or @keras_core.saving.register_keras_serializable()."
)


def serialize(activation):
    """The config of ``activation``: its name for a built-in, else a config dict.

    Args:
        activation: A function or callable object.

    Returns:
        ``"relu"`` for ``keras_core.activations.relu`` (aliases give the function's own
        name: ``swish`` gives ``"silu"``); for other functions and objects, the
        ``{"module", "class_name", "config", "registered_name"}`` dict of
        ``keras_core.saving.serialize_keras_object``.

    Example:
        >>> keras_core.activations.serialize(keras_core.activations.relu)
        'relu'
    """
    name = getattr(activation, "__name__", None)
    if name is not None and ALL_ACTIVATIONS.get(name) is activation:
        return name
    is_object = not isinstance(activation, type) and hasattr(activation, "get_config")
    if isinstance(activation, types.FunctionType) or (callable(activation) and is_object):
        return serialization_lib.serialize_keras_object(activation)
    raise ValueError(
        f"activations.serialize: expected an activation function or a callable object with "
        f"get_config(), received {activation!r} of type {type(activation).__name__}. "
        f"Custom functions can be registered with "
        f"@keras_core.saving.register_keras_serializable()."
    )


def deserialize(config, custom_objects=None):
    """The activation that ``config`` (a name or a config dict) describes.

    Args:
        config: A name (``"relu"``, a registered ``"package>name"``, or a key of
            ``custom_objects``) or a dict written by ``serialize``.
        custom_objects: Dict of name to function/class for user activations.

    Returns:
        A callable; ``None`` for ``None``.

    Example:
        >>> keras_core.activations.deserialize("swish") is keras_core.activations.silu
        True
    """
    if config is None:
        return None
    if isinstance(config, dict) and config.get("class_name") == "function":
        # A function config names an activation: resolve it here rather than against every
        # module with functions (losses, metrics, ...), as the generic path would.
        config = config.get("config")
    if isinstance(config, str):
        activation = _lookup(config, custom_objects)
        if activation is None:
            raise ValueError(f"Unknown activation function {config!r}. {_KNOWN}")
        return activation
    if not isinstance(config, dict):
        raise ValueError(
            f"activations.deserialize: expected a name or a config dict, received {config!r} "
            f"of type {type(config).__name__}"
        )
    activation = serialization_lib.deserialize_keras_object(
        config, custom_objects=custom_objects, module_objects=ALL_ACTIVATIONS
    )
    if not callable(activation):
        raise ValueError(
            f"activations.deserialize: config {config!r} describes {activation!r}, which is "
            f"not callable"
        )
    return activation


def get(identifier):
    """The activation function that ``identifier`` names.

    Args:
        identifier: ``None`` (gives ``linear``), a name, a config dict, a class (instantiated
            with no arguments) or a callable (returned as is).

    Returns:
        A callable.

    Example:
        >>> keras_core.activations.get("relu") is keras_core.activations.relu
        True
        >>> keras_core.activations.get(None) is keras_core.activations.linear
        True
    """
    if identifier is None:
        return linear
    if isinstance(identifier, str):
        activation = _lookup(identifier, None)
        if activation is None:
            raise ValueError(
                f"Could not interpret activation function identifier: {identifier!r}. {_KNOWN}"
            )
        return activation
    if isinstance(identifier, dict):
        return deserialize(identifier)
    if isinstance(identifier, type):
        return identifier()
    if callable(identifier):
        return identifier
    raise ValueError(
        f"Could not interpret activation function identifier: {identifier!r} of type "
        f"{type(identifier).__name__}. Expected None, an activation name such as 'relu', a "
        f"config dict or a callable."
    )


def _lookup(name, custom_objects):
    """A user object (custom objects, scopes, registered names) first, then a built-in."""
    activation = object_registration.get_registered_object(name, custom_objects)
    return ALL_ACTIVATIONS.get(name) if activation is None else activation
