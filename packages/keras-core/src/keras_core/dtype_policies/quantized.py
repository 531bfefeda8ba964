"""Quantized dtype policies, and ``policy_from_name``, which reads any policy name.

keras-core does not quantize weights yet: these policies keep Keras 3's names, modes,
source policies and configs, so that configs naming them load and save unchanged, but
layers refuse them with an error that says quantization is not supported.
"""

from keras_core.dtype_policies.dtype_policy import (
    DTypePolicy,
    global_float_name,
    parse_float_name,
)

QUANTIZATION_MODES = ("int8", "float8", "int4", "gptq", "awq")


class QuantizedDTypePolicy(DTypePolicy):
    """A policy whose layers hold quantized weights, computing in the dtypes of a float
    source policy. Layers refuse it for now (keras-core does not quantize yet).

    Args:
        mode: ``"int8"``, ``"float8"``, ``"int4"``, ``"gptq"`` or ``"awq"``.
        source_name: Name of the float policy that gives the compute and variable dtypes
            (``"float32"``, ``"mixed_bfloat16"``, ...); ``None`` takes the global policy's.

    Example:
        >>> policy = keras_core.dtype_policies.QuantizedDTypePolicy("int8", "mixed_bfloat16")
        >>> policy.name, policy.compute_dtype, policy.quantization_mode
        ('int8_from_mixed_bfloat16', 'bfloat16', 'int8')
    """

    def __init__(self, mode, source_name=None):
        owner = type(self).__name__
        if source_name is None:
            source_name = global_float_name()
        if not isinstance(source_name, str):
            raise TypeError(
                f"{owner} expected source_name to be a float policy name such as 'float32' "
                f"or None, received source_name={source_name!r}"
            )
        self._compute_dtype, self._variable_dtype = parse_float_name(source_name, owner)
        if not isinstance(mode, str):
            raise ValueError(
                f"{owner} expected mode to be a string, received mode={mode!r} of type "
                f"{type(mode).__name__}"
            )
        self._quantization_mode = self._parse_mode(mode)
        if self._quantization_mode == "int8" and self._compute_dtype == "float16":
            raise ValueError(
                f"{owner}: int8 quantization is not supported with compute dtype float16 "
                f"(source policy {source_name!r}); use a float32 or bfloat16 source policy"
            )
        self._mode = mode
        self._source_name = source_name
        self._name = f"{mode}_from_{source_name}"

    def _parse_mode(self, mode: str) -> str:
        """The quantization mode that ``mode`` names (checking subclass parameters)."""
        if mode not in QUANTIZATION_MODES:
            raise ValueError(
                f"{type(self).__name__} expected mode to be one of {QUANTIZATION_MODES}, "
                f"received mode={mode!r}"
            )
        return mode

    @property
    def _float_name(self) -> str:
        return self._source_name

    def get_config(self) -> dict:
        return {"mode": self._mode, "source_name": self._source_name}


class QuantizedFloat8DTypePolicy(QuantizedDTypePolicy):
    """A float8-quantized policy, with the length of the history of absolute maxima that
    float8 scaling keeps. Layers refuse it for now (keras-core does not quantize yet).

    Args:
        mode: ``"float8"``.
        source_name: As ``QuantizedDTypePolicy``.
        amax_history_length: Number of past absolute maxima kept per scaled tensor.

    Example:
        >>> keras_core.dtype_policies.QuantizedFloat8DTypePolicy("float8").get_config()
        {'mode': 'float8', 'source_name': 'float32', 'amax_history_length': 1024}
    """

    default_amax_history_length = 1024

    def __init__(self, mode, source_name=None, amax_history_length=1024):
        if isinstance(amax_history_length, bool) or not isinstance(amax_history_length, int):
            raise TypeError(
                f"QuantizedFloat8DTypePolicy expected amax_history_length to be an int, "
                f"received amax_history_length={amax_history_length!r}"
            )
        super().__init__(mode, source_name)
        self._amax_history_length = amax_history_length

    def _parse_mode(self, mode: str) -> str:
        if mode != "float8":
            raise ValueError(
                f"QuantizedFloat8DTypePolicy expected mode='float8', received mode={mode!r}"
            )
        return mode

    @property
    def amax_history_length(self) -> int:
        """Number of past absolute maxima kept per scaled tensor."""
        return self._amax_history_length

    def get_config(self) -> dict:
        return {**super().get_config(), "amax_history_length": self._amax_history_length}


def _mode_fields(owner: str, mode: str, prefix: str, fields: tuple[str, ...]) -> list[int]:
    """The integers of a ``"<prefix>/<field>/..."`` mode, or a ValueError naming ``owner``."""
    expected = "/".join([prefix, *(f"<{field}>" for field in fields)])
    parts = mode.split("/")
    if parts[0] != prefix or len(parts) != len(fields) + 1:
        raise ValueError(f"{owner} expected mode in the format {expected!r}, received {mode!r}")
    try:
        return [int(part) for part in parts[1:]]
    except ValueError:
        raise ValueError(
            f"{owner} expected integer {' and '.join(fields)} in mode {expected!r}, received "
            f"{mode!r}"
        ) from None


def _check_group(owner: str, field: str, value: int, mode: str) -> None:
    if value != -1 and value <= 0:
        raise ValueError(
            f"{owner} expected {field} to be -1 (whole channel) or a positive integer, "
            f"received {value} in mode {mode!r}"
        )


class Int4DTypePolicy(QuantizedDTypePolicy):
    """An int4-quantized policy with a block size. Layers refuse it for now (keras-core
    does not quantize yet).

    Args:
        mode: ``"int4/<block_size>"``; ``block_size`` is ``-1`` (one scale per channel) or
            a positive number of weights sharing a scale.
        source_name: As ``QuantizedDTypePolicy``.

    Example:
        >>> keras_core.dtype_policies.Int4DTypePolicy("int4/128").block_size
        128
    """

    def _parse_mode(self, mode: str) -> str:
        (self.block_size,) = _mode_fields("Int4DTypePolicy", mode, "int4", ("block_size",))
        _check_group("Int4DTypePolicy", "block_size", self.block_size, mode)
        return "int4"


class GPTQDTypePolicy(QuantizedDTypePolicy):
    """A GPTQ-quantized policy. Layers refuse it for now (keras-core does not quantize yet).

    Args:
        mode: ``"gptq/<weight_bits>/<group_size>"``; ``weight_bits`` is 2, 3, 4 or 8 and
            ``group_size`` is ``-1`` (whole tensor) or positive.
        source_name: As ``QuantizedDTypePolicy``.

    Example:
        >>> policy = keras_core.dtype_policies.GPTQDTypePolicy("gptq/4/128")
        >>> policy.weight_bits, policy.group_size
        (4, 128)
    """

    def _parse_mode(self, mode: str) -> str:
        fields = ("weight_bits", "group_size")
        self.weight_bits, self.group_size = _mode_fields("GPTQDTypePolicy", mode, "gptq", fields)
        if self.weight_bits not in (2, 3, 4, 8):
            raise ValueError(
                f"GPTQDTypePolicy expected weight_bits 2, 3, 4 or 8, received "
                f"{self.weight_bits} in mode {mode!r}"
            )
        _check_group("GPTQDTypePolicy", "group_size", self.group_size, mode)
        return "gptq"


class AWQDTypePolicy(QuantizedDTypePolicy):
    """An AWQ-quantized policy. Layers refuse it for now (keras-core does not quantize yet).

    Args:
        mode: ``"awq/4/<group_size>"``; AWQ has 4-bit weights only, ``group_size`` is
            ``-1`` (whole channel) or positive.
        source_name: As ``QuantizedDTypePolicy``.

    Example:
        >>> keras_core.dtype_policies.AWQDTypePolicy("awq/4/128").group_size
        128
    """

    def _parse_mode(self, mode: str) -> str:
        fields = ("weight_bits", "group_size")
        self.weight_bits, self.group_size = _mode_fields("AWQDTypePolicy", mode, "awq", fields)
        if self.weight_bits != 4:
            raise ValueError(
                f"AWQDTypePolicy supports 4-bit weights only, received weight_bits="
                f"{self.weight_bits} in mode {mode!r}"
            )
        _check_group("AWQDTypePolicy", "group_size", self.group_size, mode)
        return "awq"


_PARAMETERIZED = {"int4": Int4DTypePolicy, "gptq": GPTQDTypePolicy, "awq": AWQDTypePolicy}


def policy_from_name(name: str) -> DTypePolicy:
    """The policy a name denotes: ``"<mode>_from_<source>"`` gives a quantized policy (of
    the class that reads ``mode``), anything else a ``DTypePolicy``.

    Example:
        >>> policy_from_name("gptq/4/128_from_float32")
        <GPTQDTypePolicy "gptq/4/128_from_float32">
    """
    if "_from_" not in name:
        return DTypePolicy(name)
    mode, source_name = name.split("_from_", 1)
    if "/" in mode:
        cls = _PARAMETERIZED.get(mode.split("/", 1)[0], QuantizedDTypePolicy)
    elif mode == "float8":
        cls = QuantizedFloat8DTypePolicy
    else:
        cls = QuantizedDTypePolicy
    return cls(mode, source_name)
