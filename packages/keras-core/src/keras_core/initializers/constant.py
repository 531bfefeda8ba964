"""Initializers with fixed values: ``Zeros``, ``Ones``, ``Constant`` and ``Identity``.

They work in any dtype (integer and boolean weights included), unlike the random ones.
"""

import numpy as np

from keras_core import ops
from keras_core.backend.dtypes import standardize_dtype
from keras_core.initializers.initializer import Initializer, standardize_shape
from keras_core.saving import serialization_lib


class Zeros(Initializer):
    """Fills the tensor with 0.

    Example:
        >>> keras_core.initializers.Zeros()((2, 3))
    """

    def __call__(self, shape, dtype=None):
        return ops.zeros(standardize_shape(self, shape), dtype=standardize_dtype(dtype))


class Ones(Initializer):
    """Fills the tensor with 1.

    Example:
        >>> keras_core.initializers.Ones()((2, 3))
    """

    def __call__(self, shape, dtype=None):
        return ops.ones(standardize_shape(self, shape), dtype=standardize_dtype(dtype))


class Constant(Initializer):
    """Fills the tensor with ``value``, broadcast to the requested shape.

    Args:
        value: A number, or an array/tensor that broadcasts to the shapes it will fill.

    Example:
        >>> keras_core.initializers.Constant(3.0)((2, 2))       # [[3, 3], [3, 3]]
        >>> keras_core.initializers.Constant([1.0, 2.0])((2, 2))  # [[1, 2], [1, 2]]
    """

    def __init__(self, value=0.0):
        if value is None or isinstance(value, str):
            raise ValueError(
                f"Constant initializer expected a number, array or tensor as value, "
                f"received value={value!r}"
            )
        self.value = value

    def __call__(self, shape, dtype=None):
        shape = standardize_shape(self, shape)
        value = ops.convert_to_tensor(self.value, dtype=standardize_dtype(dtype))
        value_shape = tuple(ops.shape(value))
        try:
            fits = np.broadcast_shapes(value_shape, shape) == shape
        except ValueError:
            fits = False
        if not fits:
            raise ValueError(
                f"Constant initializer cannot fill shape {shape} with a value of shape "
                f"{value_shape}: the value must broadcast to the requested shape"
            )
        return ops.broadcast_to(value, shape)

    def get_config(self):
        # Arrays and tensors become Keras's {"class_name": "__tensor__", ...} form.
        return {"value": serialization_lib.serialize_keras_object(self.value)}

    @classmethod
    def from_config(cls, config):
        config = dict(config)
        config["value"] = serialization_lib.deserialize_keras_object(config["value"])
        return cls(**config)


class Identity(Initializer):
    """The identity matrix times ``gain``; for 2D shapes only (non-square ones get the
    identity in their leading square block).

    Args:
        gain: Multiplier of the matrix.

    Example:
        >>> keras_core.initializers.Identity(gain=2.0)((2, 3))  # [[2, 0, 0], [0, 2, 0]]
    """

    def __init__(self, gain=1.0):
        self.gain = gain

    def __call__(self, shape, dtype=None):
        shape = standardize_shape(self, shape)
        if len(shape) != 2:
            raise ValueError(
                f"Identity initializer only makes 2D matrices, received shape={shape} of "
                f"rank {len(shape)}"
            )
        dtype = standardize_dtype(dtype)
        matrix = ops.eye(shape[0], shape[1], dtype=dtype)
        if self.gain == 1:
            return matrix
        return ops.cast(ops.multiply(matrix, self.gain), dtype)

    def get_config(self):
        # Keras 3.15.1 writes {} (its config drops the gain); a non-default gain is still
        # written so that it survives a round trip, and Keras reads it back as well.
        return {} if self.gain == 1.0 else {"gain": self.gain}
