"""Scopes that change what reading or assigning a ``Variable`` means, for a ``with`` block.

- ``StatelessScope``: variables read the values given to the scope and record assignments
  instead of performing them; this is how ``Layer.stateless_call`` and the JAX trainer run
  layers as pure functions of explicit state.
- ``AutocastScope``: floating variables read in a given dtype (mixed precision: float32
  variables used in float16 math).

Reading a variable checks one module-level list, so outside any scope it costs almost
nothing.
"""

from keras_core.backend.dtypes import is_float_dtype, standardize_dtype

# Innermost last. Variable.value reads it directly.
ACTIVE: list = []


class _ValueScope:
    def __enter__(self):
        ACTIVE.append(self)
        return self

    def __exit__(self, *exc_info):
        ACTIVE.remove(self)


def read(variable):
    """``variable``'s value under the active scopes: the innermost stateless value, then
    the innermost autocast."""
    value = variable._value
    for scope in reversed(ACTIVE):
        if isinstance(scope, StatelessScope) and id(variable) in scope._values:
            value = scope._values[id(variable)]
            break
    for scope in reversed(ACTIVE):
        if isinstance(scope, AutocastScope):
            return scope.cast(variable, value)
    return value


class StatelessScope(_ValueScope):
    """Variables read from ``state_mapping`` and their assignments are collected, not applied.

    Args:
        state_mapping: Pairs ``(variable, value)``: the value each variable reads in the scope.
        collect_losses: Keep the losses that layers add during the scope in ``losses``.
        initialize_variables: Unused compatibility argument of Keras's signature; variables
            created inside the scope are always initialized.

    Example:
        >>> with StatelessScope([(v, 2.0)]) as scope:
        ...     v.assign(v * 3)
        >>> scope.get_current_value(v)   # 6.0; v itself is unchanged
    """

    def __init__(self, state_mapping=None, collect_losses=False, initialize_variables=True):
        from keras_core.backend.variables import Variable

        self._values = {}
        for variable, value in state_mapping or ():
            if not isinstance(variable, Variable):
                raise ValueError(
                    f"StatelessScope: state_mapping keys must be Variables, received "
                    f"{type(variable).__name__}"
                )
            self._values[id(variable)] = variable._converted(value)
        self.collect_losses = collect_losses
        self.losses = []

    def add_update(self, variable, value) -> None:
        self._values[id(variable)] = value

    def get_current_value(self, variable):
        """The variable's value in this scope (given or assigned), else ``None``."""
        return self._values.get(id(variable))

    def add_loss(self, loss) -> None:
        if self.collect_losses:
            self.losses.append(loss)


class AutocastScope(_ValueScope):
    """Floating variables with ``autocast=True`` read cast to ``dtype`` in this scope."""

    def __init__(self, dtype):
        self.dtype = None if dtype is None else standardize_dtype(dtype)

    def cast(self, variable, value):
        if self.dtype is None or not variable.autocast or variable.dtype == self.dtype:
            return value
        if not is_float_dtype(variable.dtype):
            return value
        from keras_core import ops

        return ops.cast(value, self.dtype)


def in_stateless_scope() -> bool:
    return any(isinstance(scope, StatelessScope) for scope in ACTIVE)


def stateless_scope():
    """The innermost active ``StatelessScope``, or ``None``."""
    for scope in reversed(ACTIVE):
        if isinstance(scope, StatelessScope):
            return scope
    return None
