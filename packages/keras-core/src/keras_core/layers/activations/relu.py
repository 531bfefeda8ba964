"""``ReLU``: rectified linear unit with an optional leak, ceiling and threshold."""

from keras_core import activations
from keras_core.layers.layer import Layer


class ReLU(Layer):
    """``min(x, max_value)`` where ``x > threshold``, else ``negative_slope * (x -
    threshold)``.

    Args:
        max_value: Non-negative ceiling of the output; ``None`` for none.
        negative_slope: Non-negative slope below the threshold.
        threshold: Non-negative threshold.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> keras_core.layers.ReLU(max_value=2.0)(keras_core.ops.convert_to_tensor([-1.0, 3.0]))
        # [0., 2.]
    """

    def __init__(self, max_value=None, negative_slope=0.0, threshold=0.0, **kwargs):
        super().__init__(**kwargs)
        for argument, value, optional in (
            ("max_value", max_value, True),
            ("negative_slope", negative_slope, False),
            ("threshold", threshold, False),
        ):
            if value is None and optional:
                continue
            if not _is_number(value) or value < 0:
                raise ValueError(
                    f"ReLU '{self.name}': {argument} must be a non-negative number"
                    f"{' or None' if optional else ''}, received {value!r}"
                )
        self.max_value = max_value
        self.negative_slope = negative_slope
        self.threshold = threshold
        self.supports_masking = True
        self.built = True

    def call(self, inputs):
        return activations.relu(
            inputs,
            negative_slope=self.negative_slope,
            max_value=self.max_value,
            threshold=self.threshold,
        )

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            {
                "max_value": self.max_value,
                "negative_slope": self.negative_slope,
                "threshold": self.threshold,
            }
        )
        return config


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
