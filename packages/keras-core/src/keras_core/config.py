"""``keras_core.config``: process-wide settings, with Keras 3's ``keras.config`` names."""

from keras_core.backend import backend
from keras_core.backend.selection import set_backend
from keras_core.backend.settings import (
    epsilon,
    floatx,
    image_data_format,
    set_epsilon,
    set_floatx,
    set_image_data_format,
)
from keras_core.dtype_policies.global_policy import dtype_policy, set_dtype_policy

_flags = {
    "interactive_logging": True,
    "traceback_filtering": True,
    "flash_attention": None,
    "unsafe_deserialization": False,
}
_limits = {"max_epochs": None, "max_steps_per_epoch": None}


def enable_interactive_logging() -> None:
    """Progress bars and summaries print to stdout (the default)."""
    _flags["interactive_logging"] = True


def disable_interactive_logging() -> None:
    """Progress bars and summaries go to the ``logging`` module instead of stdout."""
    _flags["interactive_logging"] = False


def is_interactive_logging_enabled() -> bool:
    return _flags["interactive_logging"]


def enable_traceback_filtering() -> None:
    """Hide keras_core's internal frames from tracebacks of user errors (the default)."""
    _flags["traceback_filtering"] = True


def disable_traceback_filtering() -> None:
    _flags["traceback_filtering"] = False


def is_traceback_filtering_enabled() -> bool:
    return _flags["traceback_filtering"]


def enable_flash_attention() -> None:
    """Let attention layers use a fused flash-attention kernel where the backend has one."""
    _flags["flash_attention"] = True


def disable_flash_attention() -> None:
    _flags["flash_attention"] = False


def is_flash_attention_enabled():
    """``True``/``False`` when set explicitly, ``None`` (automatic) by default."""
    return _flags["flash_attention"]


def enable_unsafe_deserialization() -> None:
    """Allow loading files that contain code (Lambda layers) everywhere in this process.

    Only for files you trust: deserializing code runs it.
    """
    _flags["unsafe_deserialization"] = True


def is_unsafe_deserialization_enabled() -> bool:
    return _flags["unsafe_deserialization"]


def is_nnx_enabled() -> bool:
    """Flax NNX integration is not part of keras-core; always ``False``."""
    return False


def max_epochs():
    """Upper bound on epochs for every ``fit`` call (``None``: no bound)."""
    return _limits["max_epochs"]


def set_max_epochs(max_epochs) -> None:
    _limits["max_epochs"] = _positive_or_none("max_epochs", max_epochs)


def max_steps_per_epoch():
    """Upper bound on steps per epoch for every ``fit``/``evaluate`` (``None``: no bound)."""
    return _limits["max_steps_per_epoch"]


def set_max_steps_per_epoch(max_steps_per_epoch) -> None:
    _limits["max_steps_per_epoch"] = _positive_or_none("max_steps_per_epoch", max_steps_per_epoch)


def _positive_or_none(name: str, value):
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ValueError(f"{name} must be a positive integer or None, received {value!r}")
    return value


__all__ = [
    "backend",
    "disable_flash_attention",
    "disable_interactive_logging",
    "disable_traceback_filtering",
    "dtype_policy",
    "enable_flash_attention",
    "enable_interactive_logging",
    "enable_traceback_filtering",
    "enable_unsafe_deserialization",
    "epsilon",
    "floatx",
    "image_data_format",
    "is_flash_attention_enabled",
    "is_interactive_logging_enabled",
    "is_nnx_enabled",
    "is_traceback_filtering_enabled",
    "max_epochs",
    "max_steps_per_epoch",
    "set_backend",
    "set_dtype_policy",
    "set_epsilon",
    "set_floatx",
    "set_image_data_format",
    "set_max_epochs",
    "set_max_steps_per_epoch",
]
