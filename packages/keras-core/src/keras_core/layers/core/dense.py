"""``Dense``: ``activation(inputs @ kernel + bias)``."""

from keras_core import activations, constraints, initializers, ops, regularizers
from keras_core.layers.core.lora import LoraMixin
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer


class Dense(LoraMixin, Layer):
    """A densely connected layer: ``activation(inputs @ kernel + bias)``.

    Inputs of rank above 2 are multiplied along their last axis: ``(batch, d0, d1)`` becomes
    ``(batch, d0, units)``.

    Args:
        units: Positive int, the size of the last output axis.
        activation: Activation name or function; ``None`` for none (``"linear"``).
        use_bias: Whether to add a bias vector.
        kernel_initializer: Initializer of the ``(input_dim, units)`` kernel.
        bias_initializer: Initializer of the ``(units,)`` bias.
        kernel_regularizer: Regularizer of the kernel.
        bias_regularizer: Regularizer of the bias.
        activity_regularizer: Regularizer of the output.
        kernel_constraint: Constraint of the kernel.
        bias_constraint: Constraint of the bias.
        lora_rank: Enables LoRA with this rank when the layer is built (see
            ``enable_lora``).
        lora_alpha: LoRA scale numerator; ``lora_rank`` by default.
        quantization_config: Must be ``None``: keras-core runs no quantized layers (the
            argument exists so that Keras configs load).
        **kwargs: Base layer arguments (``name``, ``dtype``, ``trainable``...).

    Example:
        >>> layer = keras_core.layers.Dense(3, activation="relu")
        >>> layer(keras_core.ops.ones((2, 4))).shape
        (2, 3)
    """

    def __init__(
        self,
        units,
        activation=None,
        use_bias=True,
        kernel_initializer="glorot_uniform",
        bias_initializer="zeros",
        kernel_regularizer=None,
        bias_regularizer=None,
        activity_regularizer=None,
        kernel_constraint=None,
        bias_constraint=None,
        lora_rank=None,
        lora_alpha=None,
        quantization_config=None,
        **kwargs,
    ):
        super().__init__(activity_regularizer=activity_regularizer, **kwargs)
        if isinstance(units, bool) or not isinstance(units, int) or units < 1:
            raise ValueError(
                f"Dense '{self.name}': units must be a positive integer, received {units!r}"
            )
        check_no_quantization(self, quantization_config)
        self.units = units
        self.activation = activation
        self.use_bias = bool(use_bias)
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        self.kernel_regularizer = regularizers.get(kernel_regularizer)
        self.bias_regularizer = regularizers.get(bias_regularizer)
        self.kernel_constraint = constraints.get(kernel_constraint)
        self.bias_constraint = constraints.get(bias_constraint)
        self._init_lora(lora_rank, lora_alpha)
        self._kernel = None
        self.bias = None
        self.supports_masking = True
        self.input_spec = InputSpec(min_ndim=2)

    @property
    def activation(self):
        return self._activation

    @activation.setter
    def activation(self, value):
        self._activation = activations.get(value)
        # The identity needs no call: skipping it keeps the forward pass lean.
        self._activate = None if self._activation is activations.linear else self._activation

    @property
    def kernel(self):
        """The kernel as the layer uses it (merged with the LoRA update when enabled)."""
        return self._lora_value()

    def build(self, input_shape):
        input_dim = input_shape[-1] if input_shape else None
        if input_dim is None:
            raise ValueError(
                f"Dense '{self.name}' needs a known last input dimension to create its "
                f"kernel; received input_shape={input_shape}"
            )
        self._kernel = self.add_weight(
            name="kernel",
            shape=(input_dim, self.units),
            initializer=self.kernel_initializer,
            regularizer=self.kernel_regularizer,
            constraint=self.kernel_constraint,
        )
        if self.use_bias:
            self.bias = self.add_weight(
                name="bias",
                shape=(self.units,),
                initializer=self.bias_initializer,
                regularizer=self.bias_regularizer,
                constraint=self.bias_constraint,
            )
        self.input_spec = InputSpec(min_ndim=2, axes={-1: input_dim})
        self._build_lora()
        self.built = True

    def call(self, inputs):
        # Variables' `.value` (the scope-aware tensor) is cheaper for ops than the Variable.
        kernel = self._lora_value() if self.lora_enabled else self._kernel.value
        outputs = ops.matmul(inputs, kernel)
        if self.bias is not None:
            outputs = ops.add(outputs, self.bias.value)
        if self._activate is not None:
            outputs = self._activate(outputs)
        return outputs

    def compute_output_shape(self, input_shape):
        return (*input_shape[:-1], self.units)

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            {
                "units": self.units,
                "activation": activations.serialize(self.activation),
                "use_bias": self.use_bias,
                "kernel_initializer": initializers.serialize(self.kernel_initializer),
                "bias_initializer": initializers.serialize(self.bias_initializer),
                "kernel_regularizer": regularizers.serialize(self.kernel_regularizer),
                "bias_regularizer": regularizers.serialize(self.bias_regularizer),
                "kernel_constraint": constraints.serialize(self.kernel_constraint),
                "bias_constraint": constraints.serialize(self.bias_constraint),
                "quantization_config": None,
            }
        )
        config.update(self._lora_config())
        return config


def check_no_quantization(layer, quantization_config) -> None:
    """Raises ``ValueError`` for a quantization config: keras-core has no quantized layers."""
    if quantization_config is not None:
        raise ValueError(
            f"{type(layer).__name__} '{layer.name}': quantization_config is not supported by "
            f"keras-core (it runs float and mixed-precision layers only); received "
            f"{quantization_config!r}. Pass None."
        )
