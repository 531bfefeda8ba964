"""Variables of the JAX backend: an immutable ``jax.Array`` swapped on assign."""

from keras_core.backend import variables


class Variable(variables.Variable):
    def _initialize(self, value):
        self._value = value

    def _direct_assign(self, value):
        self._value = value
