"""``Variable``: mutable state (weights, optimizer slots, seed states) on any backend.

The core class holds everything backends share: the Keras constructor, validation, naming,
``assign*`` and the operators. A backend subclasses it in its ``variables`` module and
provides two methods: ``_initialize(value)`` (store the first value) and
``_direct_assign(value)`` (replace it); ``value`` returns the stored native tensor. Under
jax the stored array is swapped on assign, under torch it is a ``torch.nn.Parameter``,
under tensorflow a ``tf.Variable``.
"""

import abc

import numpy as np

from keras_core.backend import naming, value_scopes
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.ops.symbolic import dtype_of, shape_of

AGGREGATIONS = ("none", "mean", "sum", "only_first_replica")
SYNCHRONIZATIONS = ("none", "on_read", "on_write", "auto")


class Variable(abc.ABC):
    """A named, mutable tensor of fixed shape and dtype.

    Args:
        initializer: A value (array, tensor, Python number or list) or a callable
            ``initializer(shape, dtype)`` such as a ``keras_core.initializers`` object.
        shape: Required with a callable initializer; checked against a value otherwise.
        dtype: Defaults to the value's dtype, or ``floatx()`` for callables and floats.
        trainable: Whether gradients update it.
        autocast: Whether layers under a mixed-precision policy read it in their compute dtype.
        aggregation: How replicas combine it: ``"none"``, ``"mean"``, ``"sum"`` or
            ``"only_first_replica"``.
        synchronization: When replicas synchronize it: ``"none"``, ``"on_read"``,
            ``"on_write"`` or ``"auto"``.
        name: Its name (no ``/``); by default ``variable``, ``variable_1``, ...

    Example:
        >>> v = keras_core.Variable([1.0, 2.0], name="scale")
        >>> v.assign_add([1.0, 1.0])
        >>> v.numpy()
        array([2., 3.], dtype=float32)
    """

    def __init__(
        self,
        initializer,
        shape=None,
        dtype=None,
        trainable=True,
        autocast=True,
        aggregation="none",
        synchronization="auto",
        name=None,
    ):
        if name is None:
            uid = naming.get_uid("variable")
            name = "variable" if uid == 1 else f"variable_{uid - 1}"
        if not isinstance(name, str) or "/" in name:
            raise ValueError(f"Variable name must be a string without '/', received {name!r}")
        if aggregation not in AGGREGATIONS:
            raise ValueError(
                f"Variable {name!r}: aggregation must be one of {AGGREGATIONS}, "
                f"received {aggregation!r}"
            )
        if synchronization not in SYNCHRONIZATIONS:
            raise ValueError(
                f"Variable {name!r}: synchronization must be one of {SYNCHRONIZATIONS}, "
                f"received {synchronization!r}"
            )
        self.name = name
        self.path = naming.current_path() + "/" + name if naming.current_path() else name
        self.trainable = bool(trainable)
        self.autocast = bool(autocast)
        self.aggregation = aggregation
        self.synchronization = synchronization
        if callable(initializer):
            if shape is None:
                raise ValueError(
                    f"Variable {name!r}: a callable initializer needs `shape`, received None"
                )
            self._dtype = standardize_dtype(dtype)
            self._shape = tuple(int(d) for d in shape)
            value = initializer(self._shape, self._dtype)
        else:
            value = initializer
            self._dtype = standardize_dtype(dtype) if dtype else _value_dtype(value)
            self._shape = tuple(shape_of(value))
            if shape is not None and tuple(shape) != self._shape:
                raise ValueError(
                    f"Variable {name!r}: initial value has shape {self._shape}, but shape="
                    f"{tuple(shape)} was given"
                )
        value = self._converted(value)
        # A backend may narrow the dtype (JAX without x64 stores float64 as float32).
        self._dtype = self._ops().dtype(value)
        self._initialize(value)

    @property
    def trainable(self) -> bool:
        return self._trainable

    @trainable.setter
    def trainable(self, value) -> None:
        self._trainable = bool(value)

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
    def value(self):
        """The current value as a native tensor of the backend (as seen by the active
        ``StatelessScope``/``AutocastScope``, if any)."""
        if value_scopes.ACTIVE:
            return value_scopes.read(self)
        return self._value

    def numpy(self) -> np.ndarray:
        """A copy of the value (never a view that later assignments would change)."""
        return np.array(self._ops().convert_to_numpy(self.value), copy=True)

    def assign(self, value):
        """Replaces the value; its shape must equal the variable's. Returns the new value."""
        value = self._converted(value)
        if tuple(shape_of(value)) != self._shape:
            raise ValueError(
                f"Variable {self.path!r} has shape {self._shape}; cannot assign a value of "
                f"shape {tuple(shape_of(value))}"
            )
        scope = value_scopes.stateless_scope() if value_scopes.ACTIVE else None
        if scope is not None:
            scope.add_update(self, value)
        else:
            self._direct_assign(value)
        return value

    def assign_add(self, value):
        return self.assign(self._ops().add(self.value, value))

    def assign_sub(self, value):
        return self.assign(self._ops().subtract(self.value, value))

    def _converted(self, value):
        return self._ops().convert_to_tensor(value, dtype=self._dtype)

    @staticmethod
    def _ops():
        from keras_core import ops

        return ops

    @abc.abstractmethod
    def _initialize(self, value) -> None:
        """Stores the first value (a native tensor of the right shape and dtype)."""

    @abc.abstractmethod
    def _direct_assign(self, value) -> None:
        """Replaces the stored value (a native tensor of the right shape and dtype)."""

    def __repr__(self) -> str:
        return (
            f"<Variable path={self.path}, shape={self._shape}, dtype={self._dtype}, "
            f"value={self.numpy()}>"
        )

    def __array__(self, dtype=None, copy=None):
        array = self.numpy()
        return array if dtype is None else array.astype(dtype)

    def __bool__(self):
        raise TypeError(f"The truth value of Variable {self.path!r} is ambiguous.")

    # Arithmetic reads the current value, like Keras's variables.
    def __add__(self, other):
        return self._ops().add(self.value, other)

    def __radd__(self, other):
        return self._ops().add(other, self.value)

    def __sub__(self, other):
        return self._ops().subtract(self.value, other)

    def __rsub__(self, other):
        return self._ops().subtract(other, self.value)

    def __mul__(self, other):
        return self._ops().multiply(self.value, other)

    def __rmul__(self, other):
        return self._ops().multiply(other, self.value)

    def __truediv__(self, other):
        return self._ops().divide(self.value, other)

    def __rtruediv__(self, other):
        return self._ops().divide(other, self.value)

    def __matmul__(self, other):
        return self._ops().matmul(self.value, other)

    def __rmatmul__(self, other):
        return self._ops().matmul(other, self.value)

    def __neg__(self):
        return self._ops().multiply(self.value, -1)

    def __getitem__(self, key):
        return self.value[key]


def _value_dtype(value) -> str:
    dtype = dtype_of(value)
    return result_type(dtype) if isinstance(dtype, type) else dtype
