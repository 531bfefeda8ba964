"""``ELU``: exponential linear unit."""

from keras_core import activations
from keras_core.layers.layer import Layer


class ELU(Layer):
    """``x`` for ``x > 0``, ``alpha * (exp(x) - 1)`` below.

    Args:
        alpha: Scale of the negative part.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> keras_core.layers.ELU()(keras_core.ops.convert_to_tensor([-1.0, 2.0]))
        # [-0.6321, 2.]
    """

    def __init__(self, alpha=1.0, **kwargs):
        super().__init__(**kwargs)
        if isinstance(alpha, bool) or not isinstance(alpha, (int, float)):
            raise ValueError(f"ELU '{self.name}': alpha must be a number, received {alpha!r}")
        self.alpha = alpha
        self.supports_masking = True
        self.built = True

    def call(self, inputs):
        return activations.elu(inputs, alpha=self.alpha)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict:
        config = super().get_config()
        config["alpha"] = self.alpha
        return config
