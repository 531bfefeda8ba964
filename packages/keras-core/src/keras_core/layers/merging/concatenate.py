"""``Concatenate``: a list of tensors joined along one axis."""

from keras_core import ops
from keras_core.layers.arguments import describe, integer
from keras_core.layers.merging.base_merge import Merge, broadcast_mask


class Concatenate(Merge):
    """Joins a list of tensors along ``axis``; all other sizes must match.

    With masks, the output mask is ``True`` where any joined entry is unmasked (inputs
    without a mask count as unmasked).

    Args:
        axis: The axis to join along (negative counts from the end).

    Example:
        >>> keras_core.layers.Concatenate()([np.ones((2, 3)), np.ones((2, 4))]).shape
        (2, 7)
    """

    def __init__(self, axis=-1, **kwargs):
        super().__init__(**kwargs)
        self.axis = integer(describe(self), "axis", axis)

    def build(self, input_shape):
        self._check_shapes(self._input_shapes(input_shape))

    def call(self, inputs):
        return ops.concatenate(inputs, axis=self.axis)

    def compute_output_shape(self, input_shape):
        shapes = self._input_shapes(input_shape)
        axis = self._check_shapes(shapes)
        # Like Keras: the sizes of the other axes are those of the first input.
        output = list(shapes[0])
        for shape in shapes[1:]:
            if output[axis] is None or shape[axis] is None:
                output[axis] = None
                break
            output[axis] += shape[axis]
        return tuple(output)

    def compute_mask(self, inputs, previous_mask):
        masks = self._masks(inputs, previous_mask)
        if masks is None or all(mask is None for mask in masks):
            return None
        full = [
            ops.ones_like(x, dtype="bool") if mask is None else broadcast_mask(mask, x)
            for x, mask in zip(inputs, masks, strict=True)
        ]
        return ops.any(ops.concatenate(full, axis=self.axis), axis=-1)

    def _check_shapes(self, shapes) -> int:
        """The concatenation axis (non-negative), after checking the shapes fit together."""
        rank = len(shapes[0])
        if not -rank <= self.axis < rank:
            raise ValueError(
                f"{describe(self)}: axis={self.axis} is out of range for inputs of rank "
                f"{rank}, received shapes {shapes}"
            )
        axis = self.axis % rank
        for shape in shapes[1:]:
            if len(shape) != rank or any(
                a is not None and b is not None and a != b
                for i, (a, b) in enumerate(zip(shapes[0], shape, strict=True))
                if i != axis
            ):
                raise ValueError(
                    f"{describe(self)}: inputs must have the same rank and the same sizes "
                    f"except along axis {self.axis}, received shapes {shapes}"
                )
        return axis

    def get_config(self):
        config = super().get_config()
        config["axis"] = self.axis
        return config
