"""What a layer owns: variables, sublayers and seed generators found in its attributes.

Assigning a ``Variable``, ``Layer`` or ``SeedGenerator`` to a layer attribute, directly or
inside a list, tuple or dict, registers it with the layer. Lists and dicts are replaced by
tracking versions, so that items appended later are registered too.
"""

from keras_core.backend.variables import Variable
from keras_core.random.seed_generator import SeedGenerator


def track_object(owner, value) -> bool:
    """Registers ``value`` with ``owner`` if it is a variable, seed generator or layer."""
    if isinstance(value, Variable):
        owner._register_variable(value)
    elif isinstance(value, SeedGenerator):
        owner._register_seed_generator(value)
    elif _is_layer(value):
        owner._register_layer(value)
    else:
        return False
    return True


def track(owner, value):
    """Registers what ``value`` holds with ``owner`` and returns the value to store."""
    if track_object(owner, value):
        return value
    if type(value) is list:
        return TrackedList(owner, value)
    elif type(value) is dict:
        return TrackedDict(owner, value)
    elif type(value) is tuple:
        for item in value:
            track(owner, item)
    return value


def _is_layer(value) -> bool:
    from keras_core.layers.layer import Layer

    return isinstance(value, Layer)


class TrackedList(list):
    """A list whose items, present and appended later, belong to its owning layer."""

    def __init__(self, owner, items=()):
        self._owner = owner
        super().__init__(track(owner, item) for item in items)

    def append(self, item):
        super().append(track(self._owner, item))

    def extend(self, items):
        super().extend(track(self._owner, item) for item in items)

    def insert(self, index, item):
        super().insert(index, track(self._owner, item))

    def __setitem__(self, index, item):
        if isinstance(index, slice):
            item = [track(self._owner, value) for value in item]
        else:
            item = track(self._owner, item)
        super().__setitem__(index, item)

    def __iadd__(self, items):
        self.extend(items)
        return self


class TrackedDict(dict):
    """A dict whose values, present and set later, belong to its owning layer."""

    def __init__(self, owner, items=()):
        self._owner = owner
        super().__init__((key, track(owner, value)) for key, value in dict(items).items())

    def __setitem__(self, key, value):
        super().__setitem__(key, track(self._owner, value))

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]
