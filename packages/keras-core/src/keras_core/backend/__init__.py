"""``keras_core.backend``: the backend registry and Keras's ``keras.backend`` utilities.

Nothing here imports a framework: listing backends reads entry points and plugin modules
only, and the selected backend is imported on its first use.
"""

from keras_core.backend.activation import active_backend
from keras_core.backend.dtypes import (
    is_float_dtype,
    is_int_dtype,
    result_type,
    standardize_dtype,
)
from keras_core.backend.errors import (
    BackendActivationError,
    BackendAlreadySelectedError,
    BackendConflictError,
    BackendError,
    BackendNotFoundError,
    UnsupportedOpError,
)
from keras_core.backend.hookspecs import BackendSpec
from keras_core.backend.keras_tensor import KerasTensor, is_keras_tensor
from keras_core.backend.naming import clear_session, get_uid
from keras_core.backend.registry import BackendInfo, registry
from keras_core.backend.selection import chosen_backend
from keras_core.backend.settings import (
    epsilon,
    floatx,
    image_data_format,
    set_epsilon,
    set_floatx,
    set_image_data_format,
)


def list_backends() -> list[BackendInfo]:
    """Every installed backend plugin, usable or failed, without importing any framework.

    Example:
        >>> [b.name for b in keras_core.backend.list_backends() if b.ok]
        ['numpy', 'jax']
    """
    return list(registry().rows)


def backend() -> str:
    """The name of the backend this process uses (``"jax"``, ``"torch"``, ...)."""
    return chosen_backend()[0]


__all__ = [
    "BackendActivationError",
    "BackendAlreadySelectedError",
    "BackendConflictError",
    "BackendError",
    "BackendInfo",
    "BackendNotFoundError",
    "BackendSpec",
    "KerasTensor",
    "UnsupportedOpError",
    "active_backend",
    "backend",
    "clear_session",
    "epsilon",
    "floatx",
    "get_uid",
    "image_data_format",
    "is_float_dtype",
    "is_int_dtype",
    "is_keras_tensor",
    "list_backends",
    "result_type",
    "set_epsilon",
    "set_floatx",
    "set_image_data_format",
    "standardize_dtype",
]
