"""Element-wise merging layers: ``Add``, ``Subtract``, ``Multiply``, ``Average``,
``Maximum`` and ``Minimum``."""

from keras_core import ops
from keras_core.layers.merging.base_merge import Merge, broadcast_mask


class Add(Merge):
    """The sum of a list of tensors with broadcastable shapes.

    Example:
        >>> keras_core.layers.Add()([np.ones((2, 3)), np.ones((2, 3))])   # all 2
    """

    _combine = staticmethod(ops.add)


class Subtract(Merge):
    """The difference ``inputs[0] - inputs[1]`` of exactly two tensors.

    Example:
        >>> keras_core.layers.Subtract()([np.ones((2, 3)), np.ones((2, 3))])   # all 0
    """

    _input_count = 2
    _combine = staticmethod(ops.subtract)


class Average(Merge):
    """The element-wise mean of a list of tensors.

    Example:
        >>> keras_core.layers.Average()([np.zeros((2, 3)), np.ones((2, 3))])   # all 0.5
    """

    _combine = staticmethod(ops.add)

    def _merge_function(self, inputs):
        return ops.divide(super()._merge_function(inputs), len(inputs))


class Multiply(Merge):
    """The element-wise product of a list of tensors.

    With masks, masked entries of an input count as 1; when every input has a mask, the
    entries masked in all of them are 0 in the output.

    Example:
        >>> keras_core.layers.Multiply()([np.full((2, 3), 2.0), np.full((2, 3), 3.0)])   # 6
    """

    _combine = staticmethod(ops.multiply)

    def call(self, inputs, mask=None):
        inputs = self._aligned(inputs)
        masks = self._masks(inputs, mask)
        if masks is None:
            return self._merge_function(inputs)
        every_input_masked = all(m is not None for m in masks)
        output = union = None
        for x, m in zip(inputs, masks, strict=True):
            if m is not None:
                m = broadcast_mask(m, x)
                x = ops.where(m, x, ops.ones_like(x))
                if every_input_masked:
                    union = m if union is None else ops.logical_or(union, m)
            output = x if output is None else ops.multiply(output, x)
        if every_input_masked:
            output = ops.where(union, output, ops.zeros_like(output))
        return output


class _Extremum(Merge):
    """``Maximum``/``Minimum``: ``_combine`` folded over the inputs. With masks, a masked
    entry takes the value of the other side, so it never wins over an unmasked one."""

    def call(self, inputs, mask=None):
        inputs = self._aligned(inputs)
        masks = self._masks(inputs, mask)
        if masks is None:
            return self._merge_function(inputs)
        output, union = inputs[0], masks[0]
        if union is not None:
            union = broadcast_mask(union, output)
        for x, m in zip(inputs[1:], masks[1:], strict=True):
            if m is not None:
                m = broadcast_mask(m, x)
                x = ops.where(m, x, output)
            if union is not None:
                output = ops.where(union, output, x)
            union = None if m is None or union is None else ops.logical_or(union, m)
            output = self._combine(output, x)
        return output


class Maximum(_Extremum):
    """The element-wise maximum of a list of tensors.

    Example:
        >>> keras_core.layers.Maximum()([np.array([[1.0, 5.0]]), np.array([[3.0, 2.0]])])
        ... # [[3., 5.]]
    """

    _combine = staticmethod(ops.maximum)


class Minimum(_Extremum):
    """The element-wise minimum of a list of tensors.

    Example:
        >>> keras_core.layers.Minimum()([np.array([[1.0, 5.0]]), np.array([[3.0, 2.0]])])
        ... # [[1., 2.]]
    """

    _combine = staticmethod(ops.minimum)
