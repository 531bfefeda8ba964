"""Variables of the NumPy backend: the value is an array replaced on assign."""

import numpy as np

from keras_core.backend import variables


class Variable(variables.Variable):
    # Contiguous storage: NumPy's matmul is orders of magnitude slower on transposed views.
    def _initialize(self, value):
        self._value = _contiguous(value)

    def _direct_assign(self, value):
        self._value = _contiguous(value)


def _contiguous(value):
    value = np.asarray(value)
    # np.ascontiguousarray would turn a 0-d array into a 1-d one.
    return value if value.flags.c_contiguous else np.ascontiguousarray(value)
