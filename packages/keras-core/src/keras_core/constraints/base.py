"""The ``Constraint`` base class and ``NonNeg``."""

from keras_core import ops


class Constraint:
    """A projection applied to a weight after each optimizer update.

    Subclasses override ``__call__(w)``, which returns the projected weight (same shape and
    dtype), and ``get_config`` when they take arguments.

    Example:
        >>> class Clip(keras_core.constraints.Constraint):
        ...     def __init__(self, bound=1.0):
        ...         self.bound = bound
        ...     def __call__(self, w):
        ...         return keras_core.ops.clip(w, -self.bound, self.bound)
        ...     def get_config(self):
        ...         return {"bound": self.bound}
    """

    def __call__(self, w):
        """The projected weight (``w`` itself for this base class)."""
        return w

    def get_config(self):
        """The constructor arguments, as a JSON-ready dict."""
        return {}

    @classmethod
    def from_config(cls, config):
        """The constraint that ``get_config`` described."""
        return cls(**config)


class NonNeg(Constraint):
    """Sets negative weights to 0.

    Example:
        >>> keras_core.constraints.NonNeg()([-1.0, 2.0])   # [0., 2.]
    """

    def __call__(self, w):
        w = ops.convert_to_tensor(w)
        return ops.multiply(w, ops.cast(ops.greater_equal(w, 0), ops.dtype(w)))
