"""``ModuleObjects``: the shared logic of the public ``get`` / ``serialize`` /
``deserialize`` functions of ``constraints``, ``initializers`` and ``regularizers``, built
on one module's name table."""

from keras_core.saving import object_registration, serialization_lib


class ModuleObjects:
    """Turns names, config dicts, classes and callables into one module's objects.

    Args:
        kind: The object's kind in error messages (``"constraint"``).
        by_name: Dict of every name and alias the module reads to its class.
        accepted_types: What else is accepted, for error messages
            (``"a Constraint class or instance"``).

    Example:
        >>> objects = ModuleObjects("constraint", {"NonNeg": NonNeg}, "a Constraint")
        >>> objects.get("NonNeg")
        <keras_core.constraints.base.NonNeg object at ...>
    """

    def __init__(self, kind, by_name, accepted_types):
        self.kind = kind
        self.by_name = by_name
        article = "an" if kind[0] in "aeiou" else "a"
        self.accepted = (
            f"Expected None, {article} {kind} name (one of "
            + ", ".join(sorted(by_name))
            + f"), a config dict, {accepted_types}, or a callable."
        )

    def serialize(self, obj):
        """The config dict of ``obj`` (``None`` and names are returned as they are)."""
        return serialization_lib.serialize_keras_object(obj)

    def deserialize(self, config, custom_objects=None):
        """The object that ``config`` (a config dict or a name) describes."""
        if isinstance(config, str):
            found = self.lookup(config, custom_objects)
            if found is None:
                raise ValueError(f"Unknown {self.kind} {config!r}. {self.accepted}")
            return found
        return serialization_lib.deserialize_keras_object(
            config, custom_objects=custom_objects, module_objects=self.by_name
        )

    def get(self, identifier):
        """The object that ``identifier`` (``None``, a name, a config dict, a class or a
        callable) names; a class is instantiated with default arguments."""
        if identifier is None:
            return None
        if isinstance(identifier, str):
            found = self.lookup(identifier, None)
            if found is None:
                raise ValueError(
                    f"Could not interpret {self.kind} identifier: {identifier!r}. {self.accepted}"
                )
            return found
        if isinstance(identifier, dict):
            return self.deserialize(identifier)
        if isinstance(identifier, type):
            return identifier()
        if callable(identifier):
            return identifier
        raise ValueError(
            f"Could not interpret {self.kind} identifier: {identifier!r} of type "
            f"{type(identifier).__name__}. {self.accepted}"
        )

    def lookup(self, name, custom_objects):
        """An instance of the user or built-in class called ``name`` (a user function is
        returned as is); ``None`` if nothing has that name."""
        found = object_registration.get_registered_object(name, custom_objects)
        found = self.by_name.get(name) if found is None else found
        return found() if isinstance(found, type) else found
