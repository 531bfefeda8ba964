"""Names for user classes and functions, so that configs can refer to them.

``register_keras_serializable`` gives an object a registered name (``"package>Name"``) that
``serialize_keras_object`` writes and ``deserialize_keras_object`` resolves. A
``custom_object_scope`` makes extra objects resolvable for the duration of a ``with`` block.
"""

import threading

_registered_objects: dict = {}
_custom_objects: dict = {}
_registered_names: dict = {}
_scopes = threading.local()


def register_keras_serializable(package="Custom", name=None):
    """Decorator: registers a class or function under ``"<package>><name>"``.

    Args:
        package: Namespace of the name; ``"Custom"`` by default.
        name: Defaults to the object's ``__name__``.

    Example:
        >>> @keras_core.saving.register_keras_serializable(package="MyPkg")
        ... class Scale(keras_core.layers.Layer): ...
        >>> keras_core.saving.get_registered_name(Scale)
        'MyPkg>Scale'
    """
    if not isinstance(package, str) or ">" in package:
        raise ValueError(
            f"register_keras_serializable: package must be a string without '>', "
            f"received {package!r}"
        )

    def decorator(obj):
        object_name = name or obj.__name__
        if isinstance(obj, type) and not hasattr(obj, "get_config"):
            raise ValueError(
                f"register_keras_serializable: class {obj.__name__} cannot be serialized: "
                f"it has no get_config() method"
            )
        registered_name = f"{package}>{object_name}"
        _registered_objects[registered_name] = obj
        _registered_names[obj] = registered_name
        return obj

    return decorator


def get_registered_name(obj) -> str:
    """The registered name of ``obj`` (a class or function), else its ``__name__``."""
    return _registered_names.get(obj, getattr(obj, "__name__", None))


def get_registered_object(name, custom_objects=None, module_objects=None):
    """Resolves ``name`` through the active custom-object scopes, ``custom_objects``, the
    registry and then ``module_objects``; ``None`` if none of them has it."""
    mappings = (*reversed(_scope_stack()), custom_objects or {}, _custom_objects)
    for mapping in (*mappings, _registered_objects):
        if name in mapping:
            return mapping[name]
    return (module_objects or {}).get(name)


def get_custom_objects() -> dict:
    """The process-wide dict of custom objects; add to it to make names resolvable.

    Example:
        >>> keras_core.saving.get_custom_objects()["MyLayer"] = MyLayer
    """
    return _custom_objects


class CustomObjectScope:
    """``with CustomObjectScope({"MyLayer": MyLayer}):`` makes those names resolvable.

    Args:
        custom_objects: A dict from name to class or function (several dicts may be given).
    """

    def __init__(self, *custom_objects):
        self.custom_objects = {}
        for mapping in custom_objects:
            if mapping is None:
                continue
            if not isinstance(mapping, dict):
                raise TypeError(
                    f"CustomObjectScope expects dicts of name -> object, received "
                    f"{type(mapping).__name__}"
                )
            self.custom_objects.update(mapping)

    def __enter__(self):
        _scope_stack().append(self.custom_objects)
        return self

    def __exit__(self, *exc_info):
        _scope_stack().pop()


custom_object_scope = CustomObjectScope


def _scope_stack() -> list:
    if not hasattr(_scopes, "stack"):
        _scopes.stack = []
    return _scopes.stack
