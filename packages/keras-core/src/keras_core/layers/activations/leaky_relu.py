"""``LeakyReLU``: ``x`` above zero, ``negative_slope * x`` below."""

import warnings

from keras_core import ops
from keras_core.layers.layer import Layer


class LeakyReLU(Layer):
    """``x`` for ``x >= 0``, ``negative_slope * x`` below.

    Args:
        negative_slope: Non-negative slope of the negative part.
        **kwargs: Base layer arguments (``name``, ``dtype``...). Keras 2's ``alpha`` is
            accepted with a warning as ``negative_slope``.

    Example:
        >>> keras_core.layers.LeakyReLU(0.1)(keras_core.ops.convert_to_tensor([-1.0, 2.0]))
        # [-0.1, 2.]
    """

    def __init__(self, negative_slope=0.3, **kwargs):
        if "alpha" in kwargs:
            negative_slope = kwargs.pop("alpha")
            warnings.warn(
                "LeakyReLU: the argument `alpha` is deprecated; use `negative_slope`.",
                stacklevel=2,
            )
        super().__init__(**kwargs)
        if (
            isinstance(negative_slope, bool)
            or not isinstance(negative_slope, (int, float))
            or negative_slope < 0
        ):
            raise ValueError(
                f"LeakyReLU '{self.name}': negative_slope must be a non-negative number, "
                f"received {negative_slope!r}"
            )
        self.negative_slope = negative_slope
        self.supports_masking = True
        self.built = True

    def call(self, inputs):
        return ops.nn.leaky_relu(inputs, negative_slope=self.negative_slope)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict:
        config = super().get_config()
        config["negative_slope"] = self.negative_slope
        return config
