"""``RepeatVector``: a ``(batch, features)`` input repeated ``n`` times along a new axis."""

from keras_core import ops
from keras_core.backend import KerasTensor
from keras_core.layers import arguments
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer


class RepeatVector(Layer):
    """Repeats each ``(features,)`` sample ``n`` times: ``(batch, n, features)``.

    Args:
        n: Positive int, the number of repetitions.

    Example:
        >>> keras_core.layers.RepeatVector(3)(np.ones((2, 5))).shape
        (2, 3, 5)
    """

    def __init__(self, n, **kwargs):
        super().__init__(**kwargs)
        where = arguments.describe(self)
        # Keras raises TypeError for an n that is not an int, ValueError for one below 1.
        self.n = arguments.positive_int(where, "n", arguments.integer(where, "n", n))
        self.input_spec = InputSpec(ndim=2)

    def call(self, inputs):
        return ops.repeat(ops.expand_dims(inputs, 1), self.n, axis=1)

    def compute_output_shape(self, input_shape):
        batch, features = arguments.check_rank(arguments.describe(self), input_shape, 2)
        return (batch, self.n, features)

    def compute_output_spec(self, inputs):
        return KerasTensor(self.compute_output_shape(inputs.shape), inputs.dtype)

    def get_config(self):
        config = super().get_config()
        config["n"] = self.n
        return config
