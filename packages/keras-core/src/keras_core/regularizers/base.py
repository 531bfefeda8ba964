"""The ``Regularizer`` base class and the factor check its subclasses share."""

import math
import numbers

import numpy as np

from keras_core import ops


class Regularizer:
    """A penalty on a weight, added to the training loss.

    Subclasses override ``__call__(x)``, which returns a scalar tensor, and ``get_config``,
    which returns the constructor arguments so that the regularizer can be saved.

    Example:
        >>> class L05(keras_core.regularizers.Regularizer):
        ...     def __init__(self, factor=0.01):
        ...         self.factor = factor
        ...     def __call__(self, x):
        ...         root = keras_core.ops.sqrt(keras_core.ops.absolute(x))
        ...         return self.factor * keras_core.ops.sum(root)
        ...     def get_config(self):
        ...         return {"factor": self.factor}
    """

    def __call__(self, x):
        """The penalty for weight ``x``: a scalar tensor (zero for this base class)."""
        return ops.zeros((), dtype=ops.dtype(ops.convert_to_tensor(x)))

    def get_config(self):
        """The constructor arguments, as a JSON-ready dict."""
        raise NotImplementedError(
            f"{type(self).__name__} does not implement get_config(); override it to return "
            f"the constructor arguments so that the regularizer can be saved."
        )

    @classmethod
    def from_config(cls, config):
        """The regularizer that ``get_config`` described."""
        return cls(**config)


def check_factor(owner, argument, value):
    """``value`` as a Python float; raises if it is not a finite, non-negative number.

    Args:
        owner: Class name for the error message.
        argument: Argument name for the error message.
        value: What the caller passed.
    """
    is_number = isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))
    if not is_number or not math.isfinite(value) or value < 0:
        raise ValueError(
            f"{owner}: invalid value for argument {argument}: expected a finite, "
            f"non-negative float, received {argument}={value!r}"
        )
    return float(value)


def as_float32(value):
    """``value`` rounded to float32, as a Python float. Keras 3 keeps some factors as
    float32 tensors, and writes them to configs that way (0.01 -> 0.009999999776482582);
    rounding the same way keeps configs identical."""
    return float(np.float32(value))
