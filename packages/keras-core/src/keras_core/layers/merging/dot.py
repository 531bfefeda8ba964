"""``Dot``: the dot product of two tensors along given axes, sample by sample."""

from keras_core import ops
from keras_core.layers.arguments import describe, is_int
from keras_core.layers.merging.base_merge import Merge

_LETTERS = "bcdefghijklmnopqrstuvwxy"


class Dot(Merge):
    """Contracts axis ``axes[0]`` of the first input with axis ``axes[1]`` of the second,
    for each sample (a batched dot product).

    The output shape is the first input's shape without its contracted axis followed by the
    second's without its batch and contracted axes; two ``(batch, n)`` inputs give
    ``(batch, 1)``.

    Args:
        axes: An int (the same axis of both inputs) or a pair of ints; negative axes count
            from the end. The batch axis 0 cannot be contracted.
        normalize: L2-normalize both inputs along their contracted axes first, so that
            the result is the cosine similarity.

    Example:
        >>> keras_core.layers.Dot(axes=(2, 1))([np.ones((2, 4, 3)), np.ones((2, 3, 5))]).shape
        (2, 4, 5)
    """

    _input_count = 2

    def __init__(self, axes, normalize=False, **kwargs):
        super().__init__(**kwargs)
        where = describe(self)
        if not is_int(axes) and not isinstance(axes, (list, tuple)):
            raise TypeError(
                f"{where}: axes must be an int or a pair of ints, received {axes!r} of type "
                f"{type(axes).__name__}"
            )
        if isinstance(axes, (list, tuple)) and (
            len(axes) != 2 or not all(is_int(axis) for axis in axes)
        ):
            raise ValueError(
                f"{where}: axes must be an int or a pair of ints, received axes={axes!r}"
            )
        # Plain ints (NumPy ones too) keep the config JSON-serializable; a list stays a list
        # in the config, as in Keras.
        if is_int(axes):
            self.axes = int(axes)
        else:
            self.axes = [int(a) for a in axes] if isinstance(axes, list) else tuple(map(int, axes))
        self.normalize = normalize

    def build(self, input_shape):
        first, second = self._input_shapes(input_shape)
        self._contracted = self._contracted_axes(first, second)
        # One einsum per rank pair: batch axis "a", contracted axis "z".
        letters = iter(_LETTERS)
        subscripts = []
        for shape, contracted in zip((first, second), self._contracted, strict=True):
            rest = ("z" if i == contracted else next(letters) for i in range(1, len(shape)))
            subscripts.append("a" + "".join(rest))
        kept = "".join(subscripts).replace("a", "").replace("z", "")
        self._equation = f"{subscripts[0]},{subscripts[1]}->a{kept}"
        self._expand_output = not kept

    def call(self, inputs):
        first, second = inputs
        if self.normalize:
            first = ops.nn.normalize(first, axis=self._contracted[0])
            second = ops.nn.normalize(second, axis=self._contracted[1])
        output = ops.einsum(self._equation, first, second)
        if self._expand_output:
            output = ops.expand_dims(output, -1)
        return output

    def compute_output_shape(self, input_shape):
        first, second = self._input_shapes(input_shape)
        axis1, axis2 = self._contracted_axes(first, second)
        kept = [d for i, d in enumerate(first) if i not in (0, axis1)]
        kept += [d for i, d in enumerate(second) if i not in (0, axis2)]
        batch = first[0] if first[0] is not None else second[0]
        return (batch, *kept) if kept else (batch, 1)

    def compute_mask(self, inputs, previous_mask):
        # The contracted axis is gone; Keras drops the mask.
        return None

    def _contracted_axes(self, first, second) -> tuple:
        """The contracted axis of each input (non-negative), after checking them."""
        axes = (self.axes, self.axes) if is_int(self.axes) else tuple(self.axes)
        resolved = []
        for index, (shape, axis) in enumerate(zip((first, second), axes, strict=True)):
            rank = len(shape)
            if rank < 2 or not -rank < axis < rank or axis % rank == 0:
                raise ValueError(
                    f"{describe(self)}: axes={self.axes!r} does not name a non-batch axis of "
                    f"input {index} (shape {shape}); inputs need rank >= 2 and axes in "
                    f"1 .. rank - 1 (or negative)"
                )
            resolved.append(axis % rank)
        size1, size2 = first[resolved[0]], second[resolved[1]]
        if size1 is not None and size2 is not None and size1 != size2:
            raise ValueError(
                f"{describe(self)}: the contracted axes differ in size: {size1} (axis "
                f"{resolved[0]} of shape {first}) != {size2} (axis {resolved[1]} of shape "
                f"{second})"
            )
        return tuple(resolved)

    def get_config(self):
        config = super().get_config()
        axes = list(self.axes) if isinstance(self.axes, list) else self.axes
        config.update({"axes": axes, "normalize": self.normalize})
        return config
