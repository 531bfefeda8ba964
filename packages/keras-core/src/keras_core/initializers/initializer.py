"""The ``Initializer`` base class and the shape/dtype checks its subclasses share."""

from keras_core.backend.dtypes import standardize_dtype

# The float dtypes every backend can draw random numbers in.
_DRAWABLE_FLOATS = ("bfloat16", "float16", "float32", "float64")


class Initializer:
    """Makes the initial value of a weight from its shape and dtype.

    Subclasses implement ``__call__(shape, dtype=None)`` and, when they take arguments,
    ``get_config``; ``from_config`` and ``clone`` then work unchanged.

    Example:
        >>> class Halves(keras_core.initializers.Initializer):
        ...     def __call__(self, shape, dtype=None):
        ...         return keras_core.ops.full(shape, 0.5, dtype=dtype)
        >>> Halves()((2, 2))
    """

    def __call__(self, shape, dtype=None):
        """A tensor of ``shape`` and ``dtype`` (``None``: ``keras_core.config.floatx()``)."""
        raise NotImplementedError(
            f"{type(self).__name__} must implement __call__(shape, dtype=None), the method "
            f"that returns the initial value"
        )

    def get_config(self):
        """The constructor arguments, as a JSON-ready dict."""
        return {}

    @classmethod
    def from_config(cls, config):
        """The initializer that ``get_config`` described."""
        return cls(**config)

    def clone(self):
        """A new initializer with the same configuration."""
        return type(self).from_config(self.get_config())


def standardize_shape(initializer, shape) -> tuple:
    """``shape`` as a tuple of non-negative ints, or a ValueError naming ``initializer``."""
    dims = (shape,) if isinstance(shape, int) else shape
    try:
        dims = tuple(dims)
        valid = all(not isinstance(d, bool) and int(d) == d and d >= 0 for d in dims)
    except (TypeError, ValueError):
        valid = False
    if not valid:
        raise ValueError(
            f"{type(initializer).__name__} initializer expected a shape of non-negative ints, "
            f"received shape={shape!r}"
        )
    return tuple(int(d) for d in dims)


def float_dtype(initializer, dtype) -> str:
    """The standardized float ``dtype`` (``None``: floatx), or a ValueError naming
    ``initializer``: its values are fractional, so an integer dtype would truncate them."""
    name = standardize_dtype(dtype)
    if name not in _DRAWABLE_FLOATS:
        raise ValueError(
            f"{type(initializer).__name__} initializer only makes float tensors: expected "
            f"dtype to be one of {', '.join(_DRAWABLE_FLOATS)} (or None for floatx), received "
            f"dtype={dtype!r}"
        )
    return name
