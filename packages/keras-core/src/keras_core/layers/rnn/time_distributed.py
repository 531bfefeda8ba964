"""``TimeDistributed``: applies a layer to every time step of a sequence."""

from keras_core import ops, tree
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers.core.wrapper import Wrapper
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.rnn.sublayers import build_sublayer


class TimeDistributed(Wrapper):
    """Applies ``layer`` to each slice ``inputs[:, t]`` of a ``(batch, timesteps, ...)``
    input and stacks the results along axis 1.

    The layer is called once per time step, as in Keras (so a layer that computes batch
    statistics, like ``BatchNormalization`` in training, normalizes each step on its own).
    A ``(batch, timesteps)`` mask is passed on one step at a time to a layer whose ``call``
    takes ``mask``, and is also the output mask.

    Args:
        layer: The layer to apply; it is built for the shape of one time step.
        **kwargs: Base layer arguments.

    Example:
        >>> dense = keras_core.layers.TimeDistributed(keras_core.layers.Dense(8))
        >>> dense(keras_core.ops.ones((2, 10, 16))).shape
        (2, 10, 8)
    """

    def __init__(self, layer, **kwargs):
        super().__init__(layer, **kwargs)
        self.supports_masking = True
        self.input_spec = InputSpec(min_ndim=3)

    def build(self, input_shape):
        build_sublayer(self.layer, _step_shape(input_shape))

    def call(self, inputs, training=None, mask=None):
        info = type(self.layer)._call_info
        kwargs = {"training": training} if info.has_training else {}
        takes_mask = mask is not None and info.has_mask

        def step(x, step_mask=None):
            if takes_mask:
                return self.layer.call(x, mask=step_mask, **kwargs)
            return self.layer.call(x, **kwargs)

        steps = inputs.shape[1]
        if steps is not None:
            outputs = [step(inputs[:, t], mask[:, t] if takes_mask else None) for t in range(steps)]
            return tree.map_structure(lambda *ys: ops.stack(ys, axis=1), *outputs)
        time_major = ops.moveaxis(inputs, 1, 0)
        if takes_mask:
            outputs = ops.map(lambda xs: step(*xs), (time_major, ops.moveaxis(mask, 1, 0)))
        else:
            outputs = ops.map(step, time_major)
        return tree.map_structure(lambda y: ops.moveaxis(y, 0, 1), outputs)

    def compute_output_shape(self, input_shape):
        output_shape = self.layer.compute_output_shape(_step_shape(input_shape))
        return tree.map_shape_structure(
            lambda shape: (shape[0], input_shape[1], *shape[1:]), output_shape
        )

    def compute_output_spec(self, inputs, training=None, mask=None):
        step_input = KerasTensor(_step_shape(inputs.shape), inputs.dtype)
        step_output = self.layer.compute_output_spec(step_input)
        return tree.map_structure(
            lambda y: KerasTensor((y.shape[0], inputs.shape[1], *y.shape[1:]), y.dtype),
            step_output,
        )

    def compute_mask(self, inputs, previous_mask):
        return previous_mask


def _step_shape(input_shape) -> tuple:
    """The shape of one time step: the input's shape without axis 1."""
    return (input_shape[0], *input_shape[2:])
