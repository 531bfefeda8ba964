"""``Merge``: the base of the layers that combine a list of tensors into one."""

import functools

from keras_core import ops
from keras_core.backend import KerasTensor
from keras_core.layers.arguments import describe
from keras_core.layers.layer import Layer


class Merge(Layer):
    """Combines a list of tensors by folding the binary op ``_combine`` over them (or with
    ``_merge_function``, when a subclass overrides it); their shapes must broadcast.

    Shapes broadcast as in Keras: batch sizes must be equal (or unknown), and the other axes
    are aligned from the last one, each pair of sizes equal or one of them 1. An input of
    lower rank gets size-1 axes inserted after its batch axis. The output mask, when every
    input has one, is their union (``logical_or``).
    """

    _combine = None
    # Subtract and Dot take exactly two inputs.
    _input_count = None

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.supports_masking = True

    def build(self, input_shape):
        shapes = self._input_shapes(input_shape)
        self._broadcast_shape(shapes)
        self._expand_ranks = len({len(shape) for shape in shapes}) > 1

    def call(self, inputs):
        return self._merge_function(self._aligned(inputs))

    def _merge_function(self, inputs):
        return functools.reduce(self._combine, inputs)

    def _aligned(self, inputs):
        """``inputs`` with size-1 axes inserted after the batch axis up to the highest rank."""
        if not self._expand_ranks:
            return inputs
        ranks = [len(x.shape) for x in inputs]
        top = max(ranks)
        return [
            x if rank == top else ops.expand_dims(x, tuple(range(1, 1 + top - rank)))
            for x, rank in zip(inputs, ranks, strict=True)
        ]

    def compute_output_shape(self, input_shape):
        return self._broadcast_shape(self._input_shapes(input_shape))

    def compute_output_spec(self, inputs, **kwargs):
        shape = self.compute_output_shape([x.shape for x in inputs])
        # The ops' own rules give the dtype (type promotion across the inputs).
        return KerasTensor(shape, self.call(inputs, **kwargs).dtype)

    def compute_mask(self, inputs, previous_mask):
        masks = self._masks(inputs, previous_mask)
        if masks is None or any(mask is None for mask in masks):
            return None
        union = masks[0]
        for mask in masks[1:]:
            union = ops.logical_or(union, mask)
        return union

    def get_config(self):
        # Keras's keys are the base ones. Overriding keeps Layer from recording constructor
        # arguments itself, which fails on the DTypePolicy that from_config passes.
        return super().get_config()

    # Checks ---------------------------------------------------------------------------

    def _input_shapes(self, input_shape) -> list:
        """The list of input shapes, after checking that there is one per input tensor."""
        if not isinstance(input_shape, (list, tuple)) or not all(
            isinstance(shape, (list, tuple)) for shape in input_shape
        ):
            raise ValueError(
                f"{describe(self)} must be called on a list of tensors, received a single "
                f"input of shape {input_shape}"
            )
        shapes = [tuple(shape) for shape in input_shape]
        count = self._input_count
        if count is not None and len(shapes) != count:
            raise ValueError(
                f"{describe(self)} must be called on exactly {count} tensors, received "
                f"{len(shapes)} with shapes {shapes}"
            )
        if not shapes:
            raise ValueError(
                f"{describe(self)} must be called on a list of at least 1 tensor, received "
                f"an empty list"
            )
        if not all(shapes):
            raise ValueError(
                f"{describe(self)} expects batched inputs (rank >= 1), received shapes {shapes}"
            )
        batch_sizes = {shape[0] for shape in shapes} - {None}
        if len(batch_sizes) > 1:
            raise ValueError(
                f"{describe(self)} cannot merge tensors with different batch sizes, "
                f"received shapes {shapes}"
            )
        return shapes

    def _broadcast_shape(self, shapes) -> tuple:
        output = shapes[0][1:]
        for shape in shapes[1:]:
            output = self._broadcast_pair(output, shape[1:], shapes)
        batch = next((shape[0] for shape in shapes if shape[0] is not None), None)
        return (batch, *output)

    def _broadcast_pair(self, first, second, shapes) -> tuple:
        if len(first) < len(second):
            first, second = second, first
        lead = len(first) - len(second)
        output = list(first[:lead])
        for a, b in zip(first[lead:], second, strict=True):
            if a is None or b is None:
                output.append(None)
            elif a == 1 or b == 1 or a == b:
                output.append(b if a == 1 else a)
            else:
                raise ValueError(
                    f"{describe(self)}: inputs have incompatible shapes {shapes}: sizes "
                    f"{a} and {b} neither match nor are 1 (axes after the batch axis are "
                    f"aligned from the last one)"
                )
        return tuple(output)

    def _masks(self, inputs, previous_mask):
        """The list of input masks (``None`` for none at all), checked against ``inputs``."""
        if previous_mask is None:
            return None
        if not isinstance(previous_mask, (list, tuple)) or not isinstance(inputs, (list, tuple)):
            raise ValueError(
                f"{describe(self)}: inputs and mask must both be lists (one mask or None per "
                f"input), received inputs of type {type(inputs).__name__} and mask of type "
                f"{type(previous_mask).__name__}"
            )
        if len(previous_mask) != len(inputs):
            raise ValueError(
                f"{describe(self)}: received {len(inputs)} inputs but {len(previous_mask)} "
                f"masks; pass one mask (or None) per input"
            )
        return list(previous_mask)


def broadcast_mask(mask, x):
    """``mask`` (``(batch, steps)``, or the shape of ``x``) broadcast to the shape of ``x``."""
    if len(mask.shape) < len(x.shape):
        mask = ops.expand_dims(mask, -1)
    return ops.logical_and(mask, ops.ones_like(x, dtype="bool"))
