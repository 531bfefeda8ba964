"""L1 and L2 weight penalties: ``L1``, ``L2`` and their sum ``L1L2``."""

from keras_core import ops
from keras_core.regularizers.base import Regularizer, as_float32, check_factor


class L1(Regularizer):
    """``l1 * sum(abs(x))``.

    Args:
        l1: Non-negative factor; ``None`` means the default 0.01. Stored rounded to float32,
            as Keras 3 does (its config then reads ``0.009999999776482582``).

    Example:
        >>> keras_core.regularizers.L1(0.5)([1.0, -2.0])   # 1.5
    """

    def __init__(self, l1=0.01):
        self.l1 = as_float32(check_factor("L1", "l1", 0.01 if l1 is None else l1))

    def __call__(self, x):
        return ops.multiply(self.l1, ops.sum(ops.absolute(x)))

    def get_config(self):
        return {"l1": self.l1}


class L2(Regularizer):
    """``l2 * sum(square(x))``.

    Args:
        l2: Non-negative factor; ``None`` means the default 0.01.

    Example:
        >>> keras_core.regularizers.L2(0.5)([1.0, -2.0])   # 2.5
    """

    def __init__(self, l2=0.01):
        self.l2 = check_factor("L2", "l2", 0.01 if l2 is None else l2)

    def __call__(self, x):
        return ops.multiply(self.l2, ops.sum(ops.square(x)))

    def get_config(self):
        return {"l2": self.l2}


class L1L2(Regularizer):
    """``l1 * sum(abs(x)) + l2 * sum(square(x))``.

    Args:
        l1: Non-negative L1 factor; ``None`` means 0.
        l2: Non-negative L2 factor; ``None`` means 0.

    Example:
        >>> keras_core.regularizers.L1L2(l1=0.5, l2=0.5)([1.0, -2.0])   # 4.0
    """

    def __init__(self, l1=0.0, l2=0.0):
        self.l1 = check_factor("L1L2", "l1", 0.0 if l1 is None else l1)
        self.l2 = check_factor("L1L2", "l2", 0.0 if l2 is None else l2)

    def __call__(self, x):
        x = ops.convert_to_tensor(x)
        penalty = ops.zeros((), dtype=ops.dtype(x))
        if self.l1:
            penalty = ops.add(penalty, ops.multiply(self.l1, ops.sum(ops.absolute(x))))
        if self.l2:
            penalty = ops.add(penalty, ops.multiply(self.l2, ops.sum(ops.square(x))))
        return penalty

    def get_config(self):
        return {"l1": self.l1, "l2": self.l2}
