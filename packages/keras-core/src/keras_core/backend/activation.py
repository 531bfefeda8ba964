"""Imports the selected backend's implementation and fills the op tables, once."""

import dataclasses
import importlib
import threading
import types

from keras_core.backend import contract, dispatch
from keras_core.backend.errors import BackendActivationError, UnsupportedOpError
from keras_core.backend.registry import BackendInfo, registry
from keras_core.backend.selection import chosen_backend

# How each op of the active backend is bound.
NATIVE, COMPOSED, UNSUPPORTED = "native", "composed", "unsupported"


@dataclasses.dataclass(frozen=True)
class ActiveBackend:
    """The backend this process runs on.

    Attributes:
        info: Its registry row.
        source: What selected it (``set_backend()``, ``KERAS_BACKEND``, keras.json, default).
        module: Its implementation package.
        bindings: ``"namespace.op"`` -> ``native``, ``composed`` or ``unsupported``.
    """

    info: BackendInfo
    source: str
    module: types.ModuleType
    bindings: dict[str, str]

    @property
    def name(self) -> str:
        return self.info.name


_lock = threading.RLock()
_active: ActiveBackend | None = None


def active_backend() -> ActiveBackend:
    """The active backend, activating the selected one on first call."""
    return _active or activate()


def is_active() -> bool:
    return _active is not None


def activate() -> ActiveBackend:
    global _active
    with _lock:
        if _active is None:
            name, source = chosen_backend()
            info = registry().get(name)
            module = _import_implementation(info, info.spec.module)
            tables, bindings = {}, {}
            for namespace in contract.NAMESPACES:
                tables[namespace], kinds = _bind_namespace(info, module, namespace)
                bindings.update(kinds)
            # Filled only once every namespace bound: a failed activation leaves no table
            # half-filled, and each table keeps its hook to try again.
            for namespace, table_functions in tables.items():
                dispatch.fill(namespace, table_functions)
            _active = ActiveBackend(info, source, module, bindings)
    return _active


def _import_implementation(info: BackendInfo, dotted: str) -> types.ModuleType:
    try:
        return importlib.import_module(dotted)
    except Exception as exc:
        raise BackendActivationError(
            f"keras_core backend {info.name!r} (distribution {info.distribution} "
            f"{info.distribution_version}) failed to import its implementation {dotted!r}: "
            f"{type(exc).__name__}: {exc}"
        ) from exc


def _namespace_module(info: BackendInfo, package: types.ModuleType, namespace: str):
    dotted = f"{package.__name__}.{namespace}"
    try:
        return importlib.import_module(dotted)
    except ModuleNotFoundError as exc:
        # A backend may leave out a namespace module (or a whole namespace package).
        missing = exc.name or ""
        inside = missing.startswith(package.__name__ + ".")
        if inside and (dotted == missing or dotted.startswith(missing + ".")):
            return None
        raise BackendActivationError(
            f"keras_core backend {info.name!r}: importing {dotted} failed: {exc}"
        ) from exc


def _bind_namespace(info: BackendInfo, package: types.ModuleType, namespace: str):
    implementation = _namespace_module(info, package, namespace)
    composed = contract.composed(namespace)
    # Base classes (the neutral layer base) are not compositions of ops: every backend gets
    # them, including one whose tensors cannot run compositions.
    defaults = (
        composed
        if info.spec.compositions
        else {name: value for name, value in composed.items() if isinstance(value, type)}
    )
    functions, kinds = {}, {}
    for name in sorted(set(contract.required(namespace)) | set(composed)):
        key = f"{namespace}.{name}"
        function = getattr(implementation, name, None) if implementation else None
        if function is not None:
            functions[name], kinds[key] = function, NATIVE
        elif name in defaults:
            functions[name], kinds[key] = defaults[name], COMPOSED
        else:
            functions[name], kinds[key] = _unsupported(info.name, namespace, name), UNSUPPORTED
    return functions, kinds


def _unsupported(backend: str, namespace: str, name: str):
    def unsupported(*args, **kwargs):
        raise UnsupportedOpError(
            f"keras_core.ops.{name} is not supported by the {backend!r} backend: its "
            f"implementation does not define {namespace}.{name}. Choose another backend "
            f"with KERAS_BACKEND, or see `python -m keras_core backends`."
        )

    unsupported.__name__ = name
    return unsupported
