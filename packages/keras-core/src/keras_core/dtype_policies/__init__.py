"""``keras_core.dtype_policies``: the dtypes layers compute in and keep their weights in, and
``get``/``serialize``/``deserialize`` to turn names and configs into policies and back.

The global policy is read and set with ``keras_core.config.dtype_policy()`` and
``keras_core.config.set_dtype_policy()``.
"""

from keras_core.dtype_policies.dtype_policy import DTypePolicy, FloatDTypePolicy
from keras_core.dtype_policies.dtype_policy_map import DTypePolicyMap
from keras_core.dtype_policies.global_policy import dtype_policy
from keras_core.dtype_policies.quantized import (
    AWQDTypePolicy,
    GPTQDTypePolicy,
    Int4DTypePolicy,
    QuantizedDTypePolicy,
    QuantizedFloat8DTypePolicy,
    policy_from_name,
)
from keras_core.saving import serialization_lib

__all__ = [
    "DTypePolicy",
    "FloatDTypePolicy",
    "QuantizedDTypePolicy",
    "QuantizedFloat8DTypePolicy",
    "Int4DTypePolicy",
    "GPTQDTypePolicy",
    "AWQDTypePolicy",
    "DTypePolicyMap",
    "deserialize",
    "get",
    "serialize",
]

# Class name -> class, for configs (DTypePolicy's config names the top-level module "keras").
_BY_NAME = {
    cls.__name__: cls
    for cls in (
        DTypePolicy,
        FloatDTypePolicy,
        QuantizedDTypePolicy,
        QuantizedFloat8DTypePolicy,
        Int4DTypePolicy,
        GPTQDTypePolicy,
        AWQDTypePolicy,
        DTypePolicyMap,
    )
}
_ACCEPTED = (
    "Expected None (the global policy), a policy name such as 'mixed_float16' or "
    "'int8_from_float32', a config dict, or a DTypePolicy."
)


def serialize(dtype_policy):
    """The config dict of ``dtype_policy`` (names are returned as they are).

    Example:
        >>> keras_core.dtype_policies.serialize(DTypePolicy("mixed_float16"))
        {'module': 'keras', 'class_name': 'DTypePolicy', 'config': {'name': 'mixed_float16'},
         'registered_name': None}
    """
    return serialization_lib.serialize_keras_object(dtype_policy)


def deserialize(config, custom_objects=None):
    """The policy that ``config`` (a config dict or a policy name) describes.

    Args:
        config: A dict written by ``serialize`` (or by Keras 3), or a policy name.
        custom_objects: Dict of name to class for user policy classes.

    Example:
        >>> keras_core.dtype_policies.deserialize(
        ...     {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float16"},
        ...      "registered_name": None})
        <DTypePolicy "float16">
    """
    if isinstance(config, str):
        return policy_from_name(config)
    policy = serialization_lib.deserialize_keras_object(
        config, custom_objects=custom_objects, module_objects=_BY_NAME
    )
    if not isinstance(policy, DTypePolicy):
        raise ValueError(f"Could not deserialize a dtype policy from {config!r}. {_ACCEPTED}")
    return policy


def get(identifier):
    """The policy that ``identifier`` names.

    Args:
        identifier: ``None`` (the global policy), a policy name, a config dict or a
            ``DTypePolicy`` (returned as is).

    Example:
        >>> keras_core.dtype_policies.get("mixed_bfloat16").compute_dtype
        'bfloat16'
    """
    if identifier is None:
        return dtype_policy()
    if isinstance(identifier, DTypePolicy):
        return identifier
    if isinstance(identifier, str):
        return policy_from_name(identifier)
    if isinstance(identifier, dict):
        try:
            return deserialize(identifier)
        except TypeError as error:
            raise ValueError(
                f"Could not interpret dtype policy identifier: {identifier!r} ({error})"
            ) from error
    raise ValueError(
        f"Could not interpret dtype policy identifier: {identifier!r} of type "
        f"{type(identifier).__name__}. {_ACCEPTED}"
    )
