"""``Input`` and ``InputLayer``: where a functional graph starts."""

from keras_core.backend.dtypes import standardize_dtype
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.backend.settings import floatx
from keras_core.layers.layer import Layer
from keras_core.layers.node import Node


class InputLayer(Layer):
    """The layer behind ``keras_core.Input``: it holds the graph's input KerasTensor.

    Args:
        shape: Shape without the batch dimension.
        batch_size: Static batch size, or ``None``.
        dtype: Input dtype; ``floatx()`` by default.
        sparse: Whether the input is sparse.
        ragged: Whether the input is ragged.
        batch_shape: Full shape including the batch dimension (instead of shape/batch_size).
        input_tensor: An existing KerasTensor to use as the input.
        optional: Whether the input may be ``None`` when the model is called.
        name: Layer name; ``input_layer``, ``input_layer_1``... by default.
    """

    def __init__(
        self,
        shape=None,
        batch_size=None,
        dtype=None,
        sparse=None,
        ragged=None,
        batch_shape=None,
        input_tensor=None,
        optional=False,
        name=None,
        **kwargs,
    ):
        if "input_shape" in kwargs:
            shape = kwargs.pop("input_shape")
        if "batch_input_shape" in kwargs:
            batch_shape = kwargs.pop("batch_input_shape")
        super().__init__(name=name, **kwargs)
        if shape is not None and batch_shape is not None:
            raise ValueError(
                f"InputLayer '{self.name}': pass either shape or batch_shape, not both "
                f"(received shape={shape}, batch_shape={batch_shape})"
            )
        if input_tensor is not None:
            if not isinstance(input_tensor, KerasTensor):
                raise ValueError(
                    f"InputLayer '{self.name}': input_tensor must be a KerasTensor, received "
                    f"{type(input_tensor).__name__}"
                )
            batch_shape = input_tensor.shape
            dtype = dtype or input_tensor.dtype
        elif batch_shape is None:
            if shape is None:
                raise ValueError(
                    f"InputLayer '{self.name}': a shape is required, e.g. Input(shape=(32,))"
                )
            shape = (shape,) if isinstance(shape, int) else tuple(shape)
            batch_shape = (batch_size, *shape)
        self.batch_shape = tuple(None if d is None else int(d) for d in batch_shape)
        self._input_dtype = standardize_dtype(dtype or floatx())
        self.sparse = bool(sparse)
        self.ragged = bool(ragged)
        self.optional = bool(optional)
        self.built = True
        tensor = input_tensor or KerasTensor(
            self.batch_shape,
            self._input_dtype,
            sparse=self.sparse,
            ragged=self.ragged,
            name=self.name,
        )
        Node(self, (), {}, tensor)
        self._input_tensor = tensor

    @property
    def dtype(self) -> str:
        return self._input_dtype

    def call(self):
        return self._input_tensor

    def get_config(self) -> dict:
        return {
            "batch_shape": self.batch_shape,
            "dtype": self._input_dtype,
            "sparse": self.sparse,
            "ragged": self.ragged,
            "name": self.name,
            "optional": self.optional,
        }


def Input(
    shape=None,
    batch_size=None,
    dtype=None,
    sparse=None,
    ragged=None,
    batch_shape=None,
    name=None,
    tensor=None,
    optional=False,
):
    """A symbolic input tensor: the start of a functional model.

    Args:
        shape: Shape without the batch dimension, e.g. ``(32,)``.
        batch_size: Static batch size, or ``None``.
        dtype: Dtype; ``floatx()`` by default.
        sparse: Whether the input is sparse.
        ragged: Whether the input is ragged.
        batch_shape: Full shape including the batch dimension.
        name: Name of the input layer.
        tensor: An existing KerasTensor to wrap.
        optional: Whether the input may be ``None``.

    Example:
        >>> x = keras_core.Input(shape=(32,))
        >>> x.shape
        (None, 32)
    """
    layer = InputLayer(
        shape=shape,
        batch_size=batch_size,
        dtype=dtype,
        sparse=sparse,
        ragged=ragged,
        batch_shape=batch_shape,
        input_tensor=tensor,
        optional=optional,
        name=name,
    )
    return layer.output
