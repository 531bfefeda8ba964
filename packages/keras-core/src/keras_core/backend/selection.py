"""Chooses the one backend of this process.

Order: ``keras_core.config.set_backend(name)`` before first use, then ``KERAS_BACKEND``,
then ``"backend"`` in ``keras.json``, then the first installed of jax, torch, tensorflow,
numpy. The choice is fixed the first time anything asks for it (``config.backend()`` or the
first op), so code that branched on the backend name never sees it change.
"""

import os
import threading

from keras_core.backend.errors import (
    BackendAlreadySelectedError,
    BackendError,
    BackendNotFoundError,
)
from keras_core.backend.keras_json import keras_json_path, read_keras_json
from keras_core.backend.registry import registry

DEFAULT_ORDER = ("jax", "torch", "tensorflow", "numpy")

_lock = threading.Lock()
_requested: str | None = None
_chosen: tuple[str, str] | None = None


def set_backend(name: str) -> None:
    """Selects the backend by name; must run before the first op (or ``config.backend()``).

    Raises:
        BackendNotFoundError: ``name`` is not installed; the message lists what is.
        BackendAlreadySelectedError: another backend is already fixed for this process.
    """
    global _requested
    with _lock:
        if _chosen is not None:
            if _chosen[0] == name:
                return
            raise BackendAlreadySelectedError(
                f"Cannot switch keras_core to backend {name!r}: backend {_chosen[0]!r} "
                f"(chosen by {_chosen[1]}) is already in use in this process. Call "
                f"keras_core.config.set_backend({name!r}) before any keras_core op, or start "
                f"Python with KERAS_BACKEND={name}."
            )
        registry().get(name)
        _requested = name


def chosen_backend() -> tuple[str, str]:
    """The selected backend name and what chose it; fixes the choice on first call."""
    global _chosen
    if _chosen is not None:
        return _chosen
    with _lock:
        if _chosen is None:
            name, source = _pick()
            try:
                registry().get(name)
            except BackendError as exc:
                raise type(exc)(
                    f"{exc}\nThe backend name {name!r} came from {source}. Choose another with "
                    f"KERAS_BACKEND=<name> or keras_core.config.set_backend(<name>)."
                ) from None
            _chosen = (name, source)
    return _chosen


def _pick() -> tuple[str, str]:
    if _requested is not None:
        return _requested, "keras_core.config.set_backend()"
    env = os.environ.get("KERAS_BACKEND")
    if env:
        return env, "the KERAS_BACKEND environment variable"
    stored = read_keras_json().get("backend")
    if stored:
        return stored, keras_json_path()
    available = registry().available()
    for name in DEFAULT_ORDER:
        if name in available:
            return name, "the default order (jax, torch, tensorflow, numpy)"
    raise BackendNotFoundError(
        "No usable keras_core backend is installed; run `python -m keras_core backends` "
        "to see what failed."
    )
