"""``KerasTensor``: a symbolic tensor, a shape and a dtype with no values.

Functional models are built from KerasTensors: every op accepts them and answers with the
KerasTensor its output would be, computed from shape and dtype rules alone, without running
a backend. A KerasTensor refuses to be turned into an array, so a backend function that
receives one fails at once, and the op falls back to its shape rule.
"""

from keras_core.backend.dtypes import standardize_dtype


class KerasTensor:
    """A symbolic tensor: ``shape`` (``None`` for unknown sizes), ``dtype``, no values.

    Args:
        shape: Tuple of ints or ``None``.
        dtype: Any dtype spelling; stored as Keras's canonical name.
        sparse: Whether it stands for a sparse tensor.
        ragged: Whether it stands for a ragged tensor.
        name: Optional name, used in model summaries and errors.

    Example:
        >>> x = keras_core.KerasTensor((None, 3))
        >>> keras_core.ops.matmul(x, keras_core.KerasTensor((3, 5))).shape
        (None, 5)
    """

    # Set by the layer call that produced this tensor (see ``keras_core.layers.node``).
    _keras_history = None
    _keras_mask = None

    # NumPy must hand binary operators with a KerasTensor to our reflected methods and
    # refuse ufunc calls instead of building object arrays.
    __array_ufunc__ = None

    def __init__(self, shape, dtype="float32", sparse=False, ragged=False, name=None):
        try:
            self._shape = tuple(None if d is None else int(d) for d in shape)
        except TypeError:
            raise ValueError(
                f"KerasTensor shape must be a tuple of ints or None, received {shape!r}"
            ) from None
        self._dtype = standardize_dtype(dtype)
        self._sparse = bool(sparse)
        self._ragged = bool(ragged)
        self.name = name

    @property
    def shape(self) -> tuple:
        return self._shape

    @property
    def dtype(self) -> str:
        return self._dtype

    @property
    def ndim(self) -> int:
        return len(self._shape)

    @property
    def sparse(self) -> bool:
        return self._sparse

    @property
    def ragged(self) -> bool:
        return self._ragged

    def __repr__(self) -> str:
        name = f", name={self.name}" if self.name else ""
        return (
            f"<KerasTensor shape={self._shape}, dtype={self._dtype}, sparse={self._sparse}, "
            f"ragged={self._ragged}{name}>"
        )

    def _no_values(self, what: str):
        raise TypeError(
            f"{what} of a symbolic KerasTensor {self!r}: it has a shape and a dtype but no "
            f"values. KerasTensors are for building models with keras_core ops and layers; "
            f"call the model on real data to get values."
        )

    def __array__(self, *args, **kwargs):
        self._no_values("Cannot convert to an array")

    def __jax_array__(self):
        self._no_values("Cannot convert to a JAX array")

    def __bool__(self):
        self._no_values("There is no truth value")

    def __float__(self):
        self._no_values("There is no float value")

    def __int__(self):
        self._no_values("There is no int value")

    def __index__(self):
        self._no_values("There is no index value")

    def __len__(self):
        if not self._shape or self._shape[0] is None:
            raise TypeError(f"len() of {self!r} is unknown: its first dimension is not static")
        return self._shape[0]

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    # Python operators build symbolic results through the ops, like on real tensors.
    def __add__(self, other):
        return _ops().add(self, other)

    def __radd__(self, other):
        return _ops().add(other, self)

    def __sub__(self, other):
        return _ops().subtract(self, other)

    def __rsub__(self, other):
        return _ops().subtract(other, self)

    def __mul__(self, other):
        return _ops().multiply(self, other)

    def __rmul__(self, other):
        return _ops().multiply(other, self)

    def __truediv__(self, other):
        return _ops().true_divide(self, other)

    def __rtruediv__(self, other):
        return _ops().true_divide(other, self)

    def __floordiv__(self, other):
        return _ops().floor_divide(self, other)

    def __rfloordiv__(self, other):
        return _ops().floor_divide(other, self)

    def __mod__(self, other):
        return _ops().mod(self, other)

    def __rmod__(self, other):
        return _ops().mod(other, self)

    def __pow__(self, other):
        return _ops().power(self, other)

    def __rpow__(self, other):
        return _ops().power(other, self)

    def __matmul__(self, other):
        return _ops().matmul(self, other)

    def __rmatmul__(self, other):
        return _ops().matmul(other, self)

    def __neg__(self):
        return _ops().negative(self)

    def __pos__(self):
        return self

    def __abs__(self):
        return _ops().absolute(self)

    def __invert__(self):
        return _ops().bitwise_invert(self)

    def __and__(self, other):
        return _ops().logical_and(self, other)

    def __rand__(self, other):
        return _ops().logical_and(other, self)

    def __or__(self, other):
        return _ops().logical_or(self, other)

    def __ror__(self, other):
        return _ops().logical_or(other, self)

    def __xor__(self, other):
        return _ops().logical_xor(self, other)

    def __rxor__(self, other):
        return _ops().logical_xor(other, self)

    def __lt__(self, other):
        return _ops().less(self, other)

    def __le__(self, other):
        return _ops().less_equal(self, other)

    def __gt__(self, other):
        return _ops().greater(self, other)

    def __ge__(self, other):
        return _ops().greater_equal(self, other)

    def __getitem__(self, key):
        return _ops().get_item(self, key)


def _ops():
    from keras_core import ops

    return ops


def is_keras_tensor(x) -> bool:
    """Whether ``x`` is a symbolic :class:`KerasTensor` (not a backend tensor)."""
    return isinstance(x, KerasTensor)
