"""``Permute``: the non-batch axes of each sample in a new order."""

from keras_core import ops
from keras_core.backend import KerasTensor
from keras_core.layers.arguments import check_rank, describe, is_int
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer


class Permute(Layer):
    """Permutes the axes after the batch axis.

    Args:
        dims: Tuple of ints, a permutation of ``1 .. rank - 1`` (axis numbers count from 1,
            the batch axis being 0): output axis ``i + 1`` is input axis ``dims[i]``.

    Example:
        >>> keras_core.layers.Permute((2, 1))(np.ones((4, 10, 3))).shape
        (4, 3, 10)
    """

    def __init__(self, dims, **kwargs):
        super().__init__(**kwargs)
        axes = list(dims) if isinstance(dims, (tuple, list)) else [None]
        if sorted(int(d) if is_int(d) else 0 for d in axes) != list(range(1, len(axes) + 1)):
            raise ValueError(
                f"{describe(self)}: dims must be a permutation of the axes 1 .. n after the "
                f"batch axis (each once, counting from 1), received dims={dims!r}"
            )
        self.dims = tuple(int(d) for d in dims)
        self.input_spec = InputSpec(ndim=len(self.dims) + 1)
        self._permutation = (0, *self.dims)

    def call(self, inputs):
        return ops.transpose(inputs, self._permutation)

    def compute_output_shape(self, input_shape):
        input_shape = check_rank(describe(self), input_shape, len(self.dims) + 1)
        return tuple(input_shape[axis] for axis in self._permutation)

    def compute_output_spec(self, inputs):
        return KerasTensor(self.compute_output_shape(inputs.shape), inputs.dtype)

    def get_config(self):
        config = super().get_config()
        config["dims"] = self.dims
        return config
