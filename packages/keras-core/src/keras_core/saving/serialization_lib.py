"""Objects to JSON-ready configs and back, in Keras 3's format.

Every object with ``get_config`` becomes the envelope
``{"module", "class_name", "config", "registered_name"}`` (plus ``build_config`` /
``compile_config`` when it has them), with Keras's public module names
(``"keras.layers"``, ``"keras.initializers"``, ...) so that configs move between Keras 3 and
keras-core. Deserializing resolves classes through custom objects, registered names and
keras-core's public modules only; configs that carry code (``__lambda__``) are refused in
safe mode.
"""

import base64
import importlib
import marshal
import threading
import types

import numpy as np

from keras_core.saving import object_registration

# Modules whose public functions a config may name directly ("relu", "mse", ...).
_FUNCTION_MODULES = (
    "activations",
    "constraints",
    "initializers",
    "losses",
    "metrics",
    "optimizers",
    "regularizers",
)
_safe_mode = threading.local()


class SafeModeScope:
    """``with SafeModeScope(False):`` allows deserializing code for the block's duration."""

    def __init__(self, safe_mode=True):
        self.safe_mode = safe_mode

    def __enter__(self):
        self._previous = getattr(_safe_mode, "value", None)
        _safe_mode.value = self.safe_mode
        return self

    def __exit__(self, *exc_info):
        _safe_mode.value = self._previous


def in_safe_mode() -> bool:
    """Whether code-carrying configs must be refused here (the default)."""
    from keras_core import config

    if config.is_unsafe_deserialization_enabled():
        return False
    value = getattr(_safe_mode, "value", None)
    return True if value is None else bool(value)


def keras_module_of(cls) -> str | None:
    """The ``module`` a config names for ``cls``: Keras's public module for keras-core's own
    classes, the defining module for user classes (``None`` for ``__main__``)."""
    module = cls.__dict__.get("_keras_module")
    if module is not None:
        return module
    if cls.__module__.startswith("keras_core."):
        return "keras." + cls.__module__.split(".")[1]
    return None if cls.__module__ == "__main__" else cls.__module__


def _is_own_class(cls) -> bool:
    return cls.__module__.startswith("keras_core.")


def serialize_keras_object(obj):
    """Turns ``obj`` into a JSON-ready structure that ``deserialize_keras_object`` reverses.

    Example:
        >>> serialize_keras_object(keras_core.initializers.Zeros())["class_name"]
        'Zeros'
    """
    if obj is None or isinstance(obj, (bool, int, float, str)):
        return obj
    if isinstance(obj, (np.generic, np.ndarray)):
        return {"class_name": "__tensor__", "config": _tensor_config(obj)}
    if isinstance(obj, bytes):
        return {"class_name": "__bytes__", "config": {"value": obj.decode("utf-8")}}
    if isinstance(obj, (list, tuple)):
        items = [serialize_keras_object(item) for item in obj]
        return items if isinstance(obj, list) else tuple(items)
    if isinstance(obj, dict):
        return {key: serialize_keras_object(value) for key, value in obj.items()}
    from keras_core.backend.keras_tensor import KerasTensor

    if isinstance(obj, KerasTensor):
        return {
            "class_name": "__keras_tensor__",
            "config": {"shape": obj.shape, "dtype": obj.dtype, "keras_history": None},
        }
    if isinstance(obj, types.FunctionType) and obj.__name__ == "<lambda>":
        return {"class_name": "__lambda__", "config": _lambda_config(obj)}
    if isinstance(obj, types.FunctionType | types.BuiltinFunctionType):
        registered = object_registration._registered_names.get(obj)
        return {
            "module": "builtins",
            "class_name": "function",
            "config": registered or obj.__name__,
            "registered_name": "function",
        }
    if isinstance(obj, type):
        return {
            "module": "builtins",
            "class_name": "type",
            "config": obj.__name__,
            "registered_name": "type",
        }
    if hasattr(obj, "get_config"):
        return _serialize_configurable(obj)
    if _is_tensor(obj):
        return {"class_name": "__tensor__", "config": _tensor_config(obj)}
    raise TypeError(
        f"serialize_keras_object: cannot serialize {obj!r} of type {type(obj).__name__}: it "
        f"has no get_config() method"
    )


def _serialize_configurable(obj) -> dict:
    cls = type(obj)
    registered = object_registration._registered_names.get(cls)
    registered = registered or cls.__dict__.get("_keras_registered_name")
    if registered is None and not _is_own_class(cls):
        registered = cls.__name__
    envelope = {
        "module": keras_module_of(cls),
        "class_name": cls.__name__,
        "config": serialize_keras_object(obj.get_config()),
        "registered_name": registered,
    }
    for extra in ("build_config", "compile_config"):
        getter = getattr(obj, f"get_{extra}", None)
        value = getter() if getter is not None else None
        if value is not None:
            envelope[extra] = serialize_keras_object(value)
    return envelope


def _is_tensor(obj) -> bool:
    return hasattr(obj, "shape") and hasattr(obj, "dtype") and hasattr(obj, "__array__")


def _tensor_config(value) -> dict:
    array = np.asarray(value)
    return {"value": array.tolist(), "dtype": str(array.dtype)}


def _lambda_config(function) -> dict:
    return {
        "code": base64.b64encode(marshal.dumps(function.__code__)).decode("ascii"),
        "defaults": function.__defaults__,
        "closure": None
        if function.__closure__ is None
        else [serialize_keras_object(cell.cell_contents) for cell in function.__closure__],
    }


def deserialize_keras_object(config, custom_objects=None, safe_mode=True, **kwargs):
    """Rebuilds the object that ``serialize_keras_object`` described.

    Args:
        config: A config as written by ``serialize_keras_object`` (or by Keras 3).
        custom_objects: Dict of name to class/function for user objects.
        safe_mode: Refuse configs that carry Python code (lambdas). An enclosing
            ``SafeModeScope`` or ``config.enable_unsafe_deserialization()`` overrides it.
        **kwargs: ``module_objects``: extra name -> object table tried last.

    Example:
        >>> deserialize_keras_object({"module": "keras.initializers", "class_name": "Zeros",
        ...                           "config": {}, "registered_name": None})
        <keras_core.initializers...Zeros object ...>
    """
    module_objects = kwargs.pop("module_objects", None)
    if kwargs:
        raise TypeError(f"deserialize_keras_object: unexpected arguments {sorted(kwargs)}")
    scope_value = getattr(_safe_mode, "value", None)
    with SafeModeScope(safe_mode if scope_value is None else scope_value):
        return _deserialize(config, custom_objects or {}, module_objects or {})


def _deserialize(config, custom_objects, module_objects):
    if config is None or isinstance(config, (bool, int, float, str)):
        return config
    if isinstance(config, (list, tuple)):
        items = [_deserialize(item, custom_objects, module_objects) for item in config]
        return items if isinstance(config, list) else tuple(items)
    if not isinstance(config, dict):
        raise TypeError(
            f"deserialize_keras_object: expected a dict, list or plain value, received "
            f"{type(config).__name__}"
        )
    if "class_name" not in config or "config" not in config:
        return {key: _deserialize(v, custom_objects, module_objects) for key, v in config.items()}
    class_name, inner = config["class_name"], config["config"]
    special = _SPECIAL.get(class_name)
    if special is not None:
        return special(inner)
    if class_name == "function":
        return _resolve_function(inner, custom_objects, module_objects)
    if class_name == "type" and config.get("module") == "builtins":
        return inner
    cls = _resolve_class(config, custom_objects, module_objects)
    if not hasattr(cls, "from_config"):
        raise TypeError(
            f"deserialize_keras_object: {class_name!r} resolved to {cls!r}, which has no "
            f"from_config()"
        )
    with object_registration.CustomObjectScope(custom_objects):
        obj = cls.from_config(inner)
        build_config = config.get("build_config")
        if build_config and hasattr(obj, "build_from_config"):
            obj.build_from_config(build_config)
        compile_config = config.get("compile_config")
        if compile_config and hasattr(obj, "compile_from_config"):
            obj.compile_from_config(compile_config)
    return obj


def _resolve_function(name, custom_objects, module_objects):
    function = object_registration.get_registered_object(name, custom_objects)
    if function is not None:
        return function
    short_name = name.split(">")[-1]
    for module_name in _FUNCTION_MODULES:
        try:
            module = importlib.import_module(f"keras_core.{module_name}")
        except ModuleNotFoundError:
            continue
        candidate = getattr(module, short_name, None)
        if isinstance(candidate, types.FunctionType):
            return candidate
    if short_name in module_objects:
        return module_objects[short_name]
    for registered, obj in object_registration._registered_objects.items():
        if registered.split(">")[-1] == name:
            return obj
    raise ValueError(
        f"deserialize_keras_object: unknown function {name!r}. Register it with "
        f"@keras_core.saving.register_keras_serializable() or pass it in custom_objects."
    )


def _resolve_class(config, custom_objects, module_objects):
    class_name = config["class_name"]
    registered_name = config.get("registered_name") or class_name
    for name in (registered_name, class_name):
        cls = object_registration.get_registered_object(name, custom_objects)
        if cls is not None:
            return cls
    module = config.get("module")
    cls = _public_class(module, class_name) if module else None
    if cls is None:
        cls = module_objects.get(class_name)
    if cls is None:
        raise TypeError(
            f"deserialize_keras_object: cannot find class {class_name!r} (module "
            f"{module!r}). If it is your own class, decorate it with "
            f"@keras_core.saving.register_keras_serializable() or pass it in custom_objects."
        )
    return cls


# Keras names a few classes by their private module path.
_PRIVATE_MODULES = {
    "keras.src.models.functional": "keras_core.models",
    "keras.src.models.sequential": "keras_core.models",
    "keras.src.models.model": "keras_core.models",
}


def _public_class(module: str, class_name: str):
    if module in _PRIVATE_MODULES:
        path = _PRIVATE_MODULES[module]
    elif module == "keras" or module.startswith("keras."):
        path = "keras_core" + module[len("keras") :]
    else:
        return None
    try:
        candidate = getattr(importlib.import_module(path), class_name, None)
    except ImportError:
        return None
    return candidate if isinstance(candidate, type) else None


def _tensor_from_config(inner):
    from keras_core import ops

    return ops.convert_to_tensor(np.asarray(inner["value"], dtype=inner["dtype"]))


def _lambda_from_config(inner):
    if in_safe_mode():
        raise ValueError(
            "Refusing to deserialize a Python lambda: it carries code that would run on "
            "load. If you trust the file, pass safe_mode=False to the loading function or "
            "call keras_core.config.enable_unsafe_deserialization()."
        )
    code = marshal.loads(base64.b64decode(inner["code"]))
    defaults = inner.get("defaults")
    closure = inner.get("closure")
    cells = None if closure is None else tuple(types.CellType(value) for value in closure)
    return types.FunctionType(
        code, _lambda_globals(), None, tuple(defaults) if defaults else None, cells
    )


def _lambda_globals() -> dict:
    # What a loaded lambda may refer to: the names Keras programs use for these modules.
    import keras_core
    from keras_core import ops

    return {
        "__builtins__": __builtins__,
        "keras": keras_core,
        "keras_core": keras_core,
        "ops": ops,
        "np": np,
        "numpy": np,
    }


def _keras_tensor_from_config(inner):
    from keras_core.backend.keras_tensor import KerasTensor

    return KerasTensor(inner["shape"], dtype=inner["dtype"])


_SPECIAL = {
    "__tensor__": _tensor_from_config,
    "__numpy__": lambda inner: np.asarray(inner["value"], dtype=inner["dtype"]),
    "__bytes__": lambda inner: inner["value"].encode("utf-8"),
    "__lambda__": _lambda_from_config,
    "__keras_tensor__": _keras_tensor_from_config,
}
