"""Process-wide numeric settings: default float dtype, fuzz factor, image data format.

Initial values come from ``keras.json`` when it sets them, else Keras's defaults.
"""

from keras_core.backend.keras_json import keras_json_path, read_keras_json

_FLOATX_CHOICES = ("bfloat16", "float16", "float32", "float64")
_FORMAT_CHOICES = ("channels_last", "channels_first")

_state: dict = {}


def _validated_floatx(value, source: str) -> str:
    if value not in _FLOATX_CHOICES:
        raise ValueError(
            f"Unknown floatx {value!r} from {source}. Expected one of {', '.join(_FLOATX_CHOICES)}."
        )
    return value


def _validated_format(value, source: str) -> str:
    value = str(value).lower()
    if value not in _FORMAT_CHOICES:
        raise ValueError(
            f"Unknown image_data_format {value!r} from {source}. "
            f"Expected one of {', '.join(_FORMAT_CHOICES)}."
        )
    return value


def _validated_epsilon(value, source: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"epsilon from {source} must be a number, received {value!r}")
    return float(value)


def _initial_state() -> dict:
    stored = read_keras_json()
    source = keras_json_path()
    return {
        "floatx": _validated_floatx(stored.get("floatx", "float32"), source),
        "epsilon": _validated_epsilon(stored.get("epsilon", 1e-7), source),
        "image_data_format": _validated_format(
            stored.get("image_data_format", "channels_last"), source
        ),
    }


def _get(key: str):
    if not _state:
        _state.update(_initial_state())
    return _state[key]


def _set(key: str, value) -> None:
    if not _state:
        _state.update(_initial_state())
    _state[key] = value


def floatx() -> str:
    """The default float dtype, ``"float32"`` unless changed.

    Example:
        >>> keras_core.config.floatx()
        'float32'
    """
    return _get("floatx")


def set_floatx(value: str) -> None:
    """Sets the default float dtype: one of ``bfloat16``, ``float16``, ``float32``, ``float64``."""
    _set("floatx", _validated_floatx(value, "set_floatx()"))


def epsilon() -> float:
    """The fuzz factor added to denominators, ``1e-7`` unless changed."""
    return _get("epsilon")


def set_epsilon(value: float) -> None:
    """Sets the fuzz factor returned by :func:`epsilon`."""
    _set("epsilon", _validated_epsilon(value, "set_epsilon()"))


def image_data_format() -> str:
    """``"channels_last"`` (default) or ``"channels_first"``."""
    return _get("image_data_format")


def set_image_data_format(data_format: str) -> None:
    """Sets the default layout of image tensors for conv, pooling and image ops."""
    _set("image_data_format", _validated_format(data_format, "set_image_data_format()"))
