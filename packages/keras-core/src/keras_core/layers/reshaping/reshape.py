"""``Reshape``: a new shape for each sample, the batch axis kept."""

import math

from keras_core import ops
from keras_core.backend import KerasTensor
from keras_core.layers.arguments import describe, is_int
from keras_core.layers.layer import Layer


class Reshape(Layer):
    """Reshapes each sample to ``target_shape``; one size may be ``-1`` (inferred).

    Args:
        target_shape: Tuple of ints, the shape of a sample (without the batch axis).

    Example:
        >>> keras_core.layers.Reshape((3, -1))(np.ones((2, 12))).shape
        (2, 3, 4)
    """

    def __init__(self, target_shape, **kwargs):
        super().__init__(**kwargs)
        if not isinstance(target_shape, (tuple, list)):
            raise TypeError(
                f"{describe(self)}: target_shape must be a tuple of ints, received "
                f"{target_shape!r} of type {type(target_shape).__name__}"
            )
        if not all(is_int(size) and size >= -1 for size in target_shape):
            raise ValueError(
                f"{describe(self)}: each size in target_shape must be a non-negative int or "
                f"-1 (inferred), received target_shape={tuple(target_shape)!r}"
            )
        self.target_shape = tuple(int(size) for size in target_shape)
        if self.target_shape.count(-1) > 1:
            raise ValueError(
                f"{describe(self)}: target_shape may contain at most one -1 (inferred size), "
                f"received target_shape={self.target_shape}"
            )

    def build(self, input_shape):
        sizes = self._sample_shape(tuple(input_shape))
        # Sizes still unknown (an input with unknown non-batch sizes) stay -1 for the backend.
        self._sizes = tuple(-1 if size is None else size for size in sizes)

    def call(self, inputs):
        return ops.reshape(inputs, (ops.shape(inputs)[0], *self._sizes))

    def compute_output_shape(self, input_shape):
        input_shape = tuple(input_shape)
        return (input_shape[0], *self._sample_shape(input_shape))

    def compute_output_spec(self, inputs):
        return KerasTensor(self.compute_output_shape(inputs.shape), inputs.dtype)

    def _sample_shape(self, input_shape) -> tuple:
        target = self.target_shape
        if not input_shape:
            raise ValueError(
                f"{describe(self)} expects batched inputs (rank >= 1), received input shape "
                f"{input_shape}"
            )
        sample = input_shape[1:]
        if None in sample:
            return tuple(None if size == -1 else size for size in target)
        total = math.prod(sample)
        known = math.prod(size for size in target if size != -1)
        if -1 in target:
            if known == 0 or total % known:
                raise ValueError(
                    f"{describe(self)}: cannot reshape an input of shape {input_shape} "
                    f"({total} values per sample) to target_shape={target}: {total} is not "
                    f"a multiple of the product of the given sizes, {known}"
                )
            return tuple(total // known if size == -1 else size for size in target)
        if known != total:
            raise ValueError(
                f"{describe(self)}: cannot reshape an input of shape {input_shape} "
                f"({total} values per sample) to target_shape={target} ({known} values)"
            )
        return target

    def get_config(self):
        config = super().get_config()
        config["target_shape"] = self.target_shape
        return config
