"""``LayerNormalization``: normalizes each example over its feature axes."""

from keras_core import constraints, initializers, ops, regularizers
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer
from keras_core.layers.normalization import _axes


class LayerNormalization(Layer):
    """``gamma * (x - mean) / sqrt(variance + epsilon) + beta``, with the statistics taken
    per example over ``axis`` (unlike ``BatchNormalization``, which takes them over the
    batch).

    Args:
        axis: The axis or list of axes to normalize over (typically the features, ``-1``).
        epsilon: Added to the variance to avoid dividing by zero.
        center: Whether to add the learned offset ``beta``.
        scale: Whether to multiply by the learned scale ``gamma``.
        beta_initializer, gamma_initializer: Initializers of ``beta`` and ``gamma``.
        beta_regularizer, gamma_regularizer: Optional regularizers.
        beta_constraint, gamma_constraint: Optional constraints.
        **kwargs: Base layer arguments (``name``, ``dtype``...), and Keras's deprecated
            ``rms_scaling``: divide by ``sqrt(variance + epsilon)`` without centering and
            without ``beta``.

    Example:
        >>> layer = keras_core.layers.LayerNormalization()
        >>> layer(keras_core.ops.convert_to_tensor([[1.0, 3.0]]))   # [[-1., 1.]] (about)
    """

    def __init__(
        self,
        axis=-1,
        epsilon=1e-3,
        center=True,
        scale=True,
        beta_initializer="zeros",
        gamma_initializer="ones",
        beta_regularizer=None,
        gamma_regularizer=None,
        beta_constraint=None,
        gamma_constraint=None,
        **kwargs,
    ):
        rms_scaling = kwargs.pop("rms_scaling", False)
        super().__init__(**kwargs)
        self.axis = _axes.int_or_list_axis("LayerNormalization", axis)
        self.epsilon = epsilon
        self.center = center
        self.scale = scale
        self.rms_scaling = rms_scaling
        self.beta_initializer = initializers.get(beta_initializer)
        self.gamma_initializer = initializers.get(gamma_initializer)
        self.beta_regularizer = regularizers.get(beta_regularizer)
        self.gamma_regularizer = regularizers.get(gamma_regularizer)
        self.beta_constraint = constraints.get(beta_constraint)
        self.gamma_constraint = constraints.get(gamma_constraint)
        self.supports_masking = True
        self.gamma = None
        self.beta = None

    def build(self, input_shape):
        # Keras keeps the axes as given, sorted, in a list; the weights follow that order.
        self.axis = sorted(self.axis) if isinstance(self.axis, list) else [self.axis]
        positions = _axes.resolve(self, self.axis, input_shape)
        shape = tuple(input_shape[position] for position in positions)
        if self.scale:
            self.gamma = self.add_weight(
                name="gamma",
                shape=shape,
                initializer=self.gamma_initializer,
                regularizer=self.gamma_regularizer,
                constraint=self.gamma_constraint,
            )
        if self.center and not self.rms_scaling:
            self.beta = self.add_weight(
                name="beta",
                shape=shape,
                initializer=self.beta_initializer,
                regularizer=self.beta_regularizer,
                constraint=self.beta_constraint,
            )
        # Not in Keras's layer; it turns a wrong input size into an error naming the layer.
        self.input_spec = InputSpec(axes={axis: input_shape[axis] for axis in self.axis})
        self._positions = positions if len(positions) > 1 else positions[0]
        self._broadcast_shape = _axes.broadcast_shape(positions, input_shape)
        self.built = True

    def call(self, inputs):
        gamma = None if self.gamma is None else self.gamma.value
        beta = None if self.beta is None else self.beta.value
        if self._broadcast_shape is not None:
            gamma = None if gamma is None else ops.reshape(gamma, self._broadcast_shape)
            beta = None if beta is None else ops.reshape(beta, self._broadcast_shape)
        return ops.layer_normalization(
            inputs,
            gamma=gamma,
            beta=beta,
            axis=self._positions,
            epsilon=self.epsilon,
            rms_scaling=self.rms_scaling,
        )

    def compute_output_shape(self, input_shape):
        return tuple(input_shape)

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            {
                "axis": self.axis,
                "epsilon": self.epsilon,
                "center": self.center,
                "scale": self.scale,
                "rms_scaling": self.rms_scaling,
                "beta_initializer": initializers.serialize(self.beta_initializer),
                "gamma_initializer": initializers.serialize(self.gamma_initializer),
                "beta_regularizer": regularizers.serialize(self.beta_regularizer),
                "gamma_regularizer": regularizers.serialize(self.gamma_regularizer),
                "beta_constraint": constraints.serialize(self.beta_constraint),
                "gamma_constraint": constraints.serialize(self.gamma_constraint),
            }
        )
        return config
