"""The global dtype policy: what layers use when they are given no ``dtype``.

Until ``set_dtype_policy`` is called, it is the policy named after ``floatx()`` (and follows
``set_floatx``).
"""

from keras_core.backend.settings import floatx
from keras_core.dtype_policies.dtype_policy import DTypePolicy
from keras_core.dtype_policies.quantized import policy_from_name

_state = {"policy": None}
# One default policy object per floatx, so that repeated calls return the same object.
_defaults: dict = {}


def dtype_policy() -> DTypePolicy:
    """The global dtype policy.

    Example:
        >>> keras_core.config.dtype_policy()
        <DTypePolicy "float32">
    """
    policy = _state["policy"]
    if policy is not None:
        return policy
    name = floatx()
    if name not in _defaults:
        _defaults[name] = DTypePolicy(name)
    return _defaults[name]


def set_dtype_policy(policy) -> None:
    """Sets the global dtype policy.

    Args:
        policy: A policy name (``"mixed_float16"``, ``"bfloat16"``, ``"int8_from_float32"``,
            ...), a ``DTypePolicy``, or ``None`` to go back to the default (the policy named
            after ``floatx()``).

    Example:
        >>> keras_core.config.set_dtype_policy("mixed_bfloat16")
        >>> keras_core.config.dtype_policy().compute_dtype
        'bfloat16'
    """
    if isinstance(policy, str):
        policy = policy_from_name(policy)
    elif policy is not None and not isinstance(policy, DTypePolicy):
        raise ValueError(
            f"set_dtype_policy expected a policy name such as 'mixed_float16', a DTypePolicy "
            f"or None, received {policy!r} of type {type(policy).__name__}"
        )
    _state["policy"] = policy
