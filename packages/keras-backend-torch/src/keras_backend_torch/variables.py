"""Variables of the PyTorch backend: a ``torch.nn.Parameter`` updated in place.

Updating in place keeps the parameter object that a ``torch.nn.Module`` or a
``torch.optim`` optimizer already holds.
"""

import torch

from keras_core.backend import variables


class Variable(variables.Variable):
    def _initialize(self, value):
        self._value = torch.nn.Parameter(value, requires_grad=self._wants_grad(value))

    def _direct_assign(self, value):
        with torch.no_grad():
            self._value.copy_(value)

    def _wants_grad(self, value) -> bool:
        return self._trainable and (value.is_floating_point() or value.is_complex())

    @variables.Variable.trainable.setter
    def trainable(self, value):
        self._trainable = bool(value)
        parameter = self.__dict__.get("_value")
        if parameter is not None:
            parameter.requires_grad_(self._wants_grad(parameter))

    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        # torch functions called with a Variable operate on its parameter.
        unwrap = lambda x: x.value if isinstance(x, Variable) else x  # noqa: E731
        args = [unwrap(a) for a in args]
        kwargs = {k: unwrap(v) for k, v in (kwargs or {}).items()}
        return func(*args, **kwargs)
