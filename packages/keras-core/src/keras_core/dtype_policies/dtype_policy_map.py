"""``DTypePolicyMap``: per-layer dtype policies, looked up by layer path."""

import re
from collections.abc import MutableMapping

from keras_core.dtype_policies.dtype_policy import DTypePolicy


class DTypePolicyMap(DTypePolicy, MutableMapping):
    """A dict from layer paths (or regular expressions matching whole paths) to dtype
    policies, with a default policy for paths that match no key. As a policy itself, it has
    the default policy's dtypes.

    A lookup takes the key equal to the path if there is one; otherwise the one key whose
    regular expression matches the whole path (several matches are an error); otherwise the
    default policy.

    Args:
        default_policy: Policy (or name) for unmatched paths; ``None`` takes the global policy
            at construction.
        policy_map: Dict from path or pattern to policy (or policy name).

    Example:
        >>> policies = keras_core.dtype_policies.DTypePolicyMap(
        ...     "float32", {"dense.*/kernel": "bfloat16"})
        >>> policies["dense_1/kernel"], policies["conv/kernel"]
        (<DTypePolicy "bfloat16">, <DTypePolicy "float32">)
    """

    def __init__(self, default_policy=None, policy_map=None):
        if isinstance(default_policy, DTypePolicyMap):
            raise ValueError("DTypePolicyMap: default_policy cannot itself be a DTypePolicyMap")
        if policy_map is not None and not isinstance(policy_map, dict):
            raise TypeError(
                f"DTypePolicyMap expected policy_map to be a dict or None, received "
                f"{type(policy_map).__name__}"
            )
        # The argument as given is what the config records (None: "the global policy").
        self._default_policy_argument = default_policy
        self._default_policy = _package().get(default_policy)
        self._policy_map = {}
        for key, policy in (policy_map or {}).items():
            self[key] = policy

    @property
    def default_policy(self) -> DTypePolicy:
        """The policy of paths that match no key."""
        return self._default_policy

    @property
    def name(self) -> str:
        return f"map_{self._default_policy.name}"

    @property
    def compute_dtype(self) -> str:
        return self._default_policy.compute_dtype

    @property
    def variable_dtype(self) -> str:
        return self._default_policy.variable_dtype

    @property
    def quantization_mode(self):
        return self._default_policy.quantization_mode

    @property
    def _float_name(self) -> str:
        return self._default_policy._float_name

    def __getitem__(self, path):
        if path in self._policy_map:
            return self._policy_map[path]
        matches = [key for key in self._policy_map if re.fullmatch(key, path)]
        if len(matches) > 1:
            raise ValueError(
                f"DTypePolicyMap: path {path!r} matches several keys {matches}; each path may "
                f"match at most one key"
            )
        return self._policy_map[matches[0]] if matches else self._default_policy

    def __setitem__(self, key, policy):
        if not isinstance(key, str):
            raise TypeError(f"DTypePolicyMap keys are layer paths (strings), received {key!r}")
        if key in self._policy_map:
            raise ValueError(
                f"DTypePolicyMap already maps {key!r} to {self._policy_map[key]}; remove it "
                f"first to change it"
            )
        try:
            re.compile(key)
        except re.error as error:
            raise ValueError(
                f"DTypePolicyMap key {key!r} is not a valid regular expression: {error}"
            ) from None
        try:
            self._policy_map[key] = _package().get(policy)
        except (TypeError, ValueError) as error:
            raise ValueError(f"DTypePolicyMap[{key!r}]: cannot use {policy!r}: {error}") from None

    def __delitem__(self, key):
        del self._policy_map[key]

    def __contains__(self, key):
        return key in self._policy_map

    def __iter__(self):
        return iter(self._policy_map)

    def __len__(self):
        return len(self._policy_map)

    def get_config(self) -> dict:
        return {"default_policy": self._default_policy_argument, "policy_map": self._policy_map}

    @classmethod
    def from_config(cls, config):
        deserialize = _package().deserialize
        config = dict(config)
        if isinstance(config.get("default_policy"), dict):
            config["default_policy"] = deserialize(config["default_policy"])
        config["policy_map"] = {
            key: deserialize(value) if isinstance(value, dict) else value
            for key, value in (config.get("policy_map") or {}).items()
        }
        return cls(**config)

    # Mutable, so not hashable.
    __hash__ = None

    def __repr__(self):
        mapping = [(key, policy.name) for key, policy in self._policy_map.items()]
        return f"<DTypePolicyMap default_policy={self._default_policy.name}, mapping={mapping}>"


def _package():
    """``keras_core.dtype_policies``, for ``get``/``deserialize`` (imported here: the package
    imports this module)."""
    import keras_core.dtype_policies

    return keras_core.dtype_policies
