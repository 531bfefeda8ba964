"""``DTypePolicy``: the dtype a layer computes in and the dtype it keeps its weights in."""

from keras_core import ops
from keras_core.backend.dtypes import ALLOWED_DTYPES, is_float_dtype, standardize_dtype
from keras_core.backend.keras_tensor import is_keras_tensor

# Mixed policies compute in half precision and keep float32 weights.
_MIXED = {"mixed_float16": "float16", "mixed_bfloat16": "bfloat16"}


class DTypePolicy:
    """The dtypes of a layer: ``compute_dtype`` for its computations and outputs,
    ``variable_dtype`` for its weights.

    Args:
        name: ``"mixed_float16"`` or ``"mixed_bfloat16"`` (compute in half precision, keep
            float32 weights), or a dtype name such as ``"float32"``, ``"bfloat16"`` or
            ``"int32"`` (both dtypes). ``None`` takes the global policy
            (``keras_core.config.dtype_policy()``).

    Example:
        >>> policy = keras_core.dtype_policies.DTypePolicy("mixed_float16")
        >>> policy.compute_dtype, policy.variable_dtype
        ('float16', 'float32')
    """

    # Keras files name this class at the top level: {"module": "keras", ...}.
    _keras_module = "keras"

    def __init__(self, name=None):
        if name is None:
            name = global_float_name()
        if not isinstance(name, str):
            raise TypeError(
                f"{type(self).__name__} expected name to be a string such as 'mixed_float16' "
                f"or None, received name={name!r} of type {type(name).__name__}"
            )
        self._name = name
        self._compute_dtype, self._variable_dtype = parse_float_name(name, type(self).__name__)
        self._quantization_mode = None

    @property
    def name(self) -> str:
        """The policy's name, e.g. ``"mixed_float16"``."""
        return self._name

    @property
    def compute_dtype(self) -> str:
        """The dtype of the layer's computations and outputs."""
        return self._compute_dtype

    @property
    def variable_dtype(self) -> str:
        """The dtype of the layer's weights."""
        return self._variable_dtype

    @property
    def quantization_mode(self):
        """The quantization mode (``"int8"``, ...) of a quantized policy, else ``None``."""
        return self._quantization_mode

    @property
    def _float_name(self) -> str:
        """The name of the float policy behind this one (its own name here)."""
        return self._name

    def convert_input(self, x, autocast, dtype):
        """``x`` as a tensor, cast to ``dtype`` if ``autocast`` and it is a float tensor of
        another dtype; Python numbers and lists are returned as they are.

        Example:
            >>> policy.convert_input(numpy.ones(2), True, "float16").dtype   # float16
        """
        if not (is_keras_tensor(x) or ops.is_tensor(x)):
            if not (hasattr(x, "__array__") and hasattr(x, "dtype")):
                return x
            x = ops.convert_to_tensor(x)
        dtype = standardize_dtype(dtype)
        x_dtype = ops.dtype(x)
        if autocast and is_float_dtype(x_dtype) and x_dtype != dtype:
            return ops.cast(x, dtype)
        return x

    def get_config(self) -> dict:
        """The constructor arguments, as a JSON-ready dict."""
        return {"name": self._name}

    @classmethod
    def from_config(cls, config):
        """The policy that ``get_config`` described."""
        return cls(**config)

    def __eq__(self, other):
        return isinstance(other, DTypePolicy) and self.get_config() == other.get_config()

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f'<{type(self).__name__} "{self.name}">'


class FloatDTypePolicy(DTypePolicy):
    """The name Keras 3 gave ``DTypePolicy`` before quantized policies existed; it behaves
    exactly like ``DTypePolicy`` and keeps its own class name in configs.

    Args:
        name: As ``DTypePolicy``.

    Example:
        >>> keras_core.dtype_policies.FloatDTypePolicy("bfloat16").compute_dtype
        'bfloat16'
    """

    _keras_module = "keras"


def parse_float_name(name: str, owner: str) -> tuple[str, str]:
    """``(compute_dtype, variable_dtype)`` of a float policy name, or a ValueError naming
    ``owner``."""
    if name in _MIXED:
        return _MIXED[name], "float32"
    if name in ALLOWED_DTYPES:
        return name, name
    hint = (
        " Quantized policy names such as 'int8_from_float32' are read by "
        "keras_core.dtype_policies.get()."
        if "_from_" in name
        else ""
    )
    raise ValueError(
        f"{owner} cannot interpret the policy name {name!r}. Expected 'mixed_float16', "
        f"'mixed_bfloat16' or a dtype name ({', '.join(ALLOWED_DTYPES)}).{hint}"
    )


def global_float_name() -> str:
    """The name of the float policy behind the global policy (what ``name=None`` means)."""
    # Imported here: global_policy imports this module.
    from keras_core.dtype_policies.global_policy import dtype_policy

    return dtype_policy()._float_name
