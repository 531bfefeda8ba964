"""``SpectralNormalization``: divides a wrapped layer's kernel by its largest singular
value."""

from keras_core import initializers, ops
from keras_core.backend.variables import Variable
from keras_core.layers.core.wrapper import Wrapper
from keras_core.layers.input_spec import InputSpec


class SpectralNormalization(Wrapper):
    """Wraps a layer with a ``kernel`` (``Dense``, convolutions...) or ``embeddings`` weight
    and, in training, replaces that weight by ``W / sigma(W)`` before calling the layer.

    ``sigma`` (the spectral norm of ``W`` reshaped to ``(-1, W.shape[-1])``) is estimated by
    ``power_iterations`` steps of power iteration from the non-trainable vector ``vector_u``,
    which keeps the last estimate between calls. Inference calls the wrapped layer as it is.

    Args:
        layer: The layer to wrap.
        power_iterations: Number of power-iteration steps per training call (positive).
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> layer = keras_core.layers.SpectralNormalization(keras_core.layers.Dense(4))
        >>> y = layer(keras_core.ops.ones((2, 3)), training=True)
    """

    def __init__(self, layer, power_iterations=1, **kwargs):
        super().__init__(layer, **kwargs)
        if (
            isinstance(power_iterations, bool)
            or not isinstance(power_iterations, int)
            or (power_iterations <= 0)
        ):
            raise ValueError(
                f"SpectralNormalization '{self.name}': power_iterations must be a positive "
                f"int, received {power_iterations!r}"
            )
        self.power_iterations = power_iterations

    def build(self, input_shape):
        super().build(input_shape)
        self.input_spec = InputSpec(min_ndim=1, axes={-1: input_shape[-1]})
        kernel = _normalized_weight(self)
        # Tracking the wrapped weight as our own puts it first in ``weights``, like Keras.
        self.kernel = kernel
        self.kernel_shape = kernel.shape
        self.vector_u = self.add_weight(
            name="vector_u",
            shape=(1, kernel.shape[-1]),
            initializer=initializers.TruncatedNormal(stddev=0.02),
            trainable=False,
            dtype=kernel.dtype,
        )
        self.built = True

    def call(self, inputs, training=False):
        if training:
            vector_u, kernel = self.normalized_weights()
            self.vector_u.assign(vector_u)
            self.kernel.assign(kernel)
        return self.layer(inputs)

    def normalized_weights(self):
        """``(vector_u, kernel / sigma)``: the power-iteration estimate after this step and
        the normalized kernel. An all-zero kernel is returned unchanged (its norm is 0)."""
        kernel = self.kernel.value
        matrix = ops.reshape(kernel, (-1, self.kernel_shape[-1]))
        vector_u = self.vector_u.value
        for _ in range(self.power_iterations):
            vector_v = ops.normalize(ops.matmul(vector_u, ops.transpose(matrix)), axis=-1)
            vector_u = ops.normalize(ops.matmul(vector_v, matrix), axis=-1)
        vector_u, vector_v = ops.stop_gradient(vector_u), ops.stop_gradient(vector_v)
        sigma = ops.matmul(ops.matmul(vector_v, matrix), ops.transpose(vector_u))
        nonzero = ops.any(ops.not_equal(kernel, 0))
        normalized = ops.where(nonzero, kernel / ops.where(nonzero, sigma, 1), kernel)
        vector_u = ops.where(nonzero, vector_u, self.vector_u.value)
        return vector_u, ops.reshape(normalized, self.kernel_shape)

    def compute_output_shape(self, input_shape):
        return self.layer.compute_output_shape(input_shape)

    def get_config(self) -> dict:
        config = super().get_config()
        config["power_iterations"] = self.power_iterations
        return config


def _normalized_weight(wrapper):
    layer = wrapper.layer
    for name in ("kernel", "embeddings"):
        weight = getattr(layer, name, None)
        if isinstance(weight, Variable):
            return weight
    raise ValueError(
        f"SpectralNormalization '{wrapper.name}': the wrapped layer {type(layer).__name__} "
        f"'{layer.name}' has neither a 'kernel' nor an 'embeddings' weight to normalize"
    )
