"""``GroupNormalization``: normalizes each example over groups of channels."""

from keras_core import constraints, initializers, ops, regularizers
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer
from keras_core.layers.normalization import _axes


class GroupNormalization(Layer):
    """Splits the channels (``axis``) into ``groups`` and normalizes each example over each
    group's channels and all non-batch axes: ``gamma * (x - mean) / sqrt(variance +
    epsilon) + beta``, with per-channel ``gamma`` and ``beta``.

    ``groups=-1`` gives one group per channel (instance normalization); ``groups=1`` is
    layer normalization over all non-batch axes.

    Args:
        groups: Number of groups; must divide the number of channels. ``-1`` means one
            group per channel.
        axis: The channel axis (an int).
        epsilon: Added to the variance to avoid dividing by zero.
        center: Whether to add the learned offset ``beta``.
        scale: Whether to multiply by the learned scale ``gamma``.
        beta_initializer, gamma_initializer: Initializers of ``beta`` and ``gamma``.
        beta_regularizer, gamma_regularizer: Optional regularizers.
        beta_constraint, gamma_constraint: Optional constraints.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> layer = keras_core.layers.GroupNormalization(groups=2)
        >>> layer(keras_core.ops.ones((1, 5, 4))).shape
        (1, 5, 4)
    """

    def __init__(
        self,
        groups=32,
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
        super().__init__(**kwargs)
        if (
            isinstance(groups, bool)
            or not isinstance(groups, int)
            or not (groups > 0 or groups == -1)
        ):
            raise ValueError(
                f"GroupNormalization '{self.name}': groups must be a positive int, or -1 for "
                f"one group per channel (instance normalization); received groups={groups!r}"
            )
        self.groups = groups
        self.axis = _axes.int_axis("GroupNormalization", axis)
        self.epsilon = epsilon
        self.center = center
        self.scale = scale
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
        (position,) = _axes.resolve(self, self.axis, input_shape)
        channels = input_shape[position]
        if self.groups == -1:
            self.groups = channels
        if channels % self.groups:
            raise ValueError(
                f"GroupNormalization '{self.name}': the number of channels ({channels}, axis "
                f"{self.axis}) must be a multiple of the number of groups ({self.groups}); "
                f"received input_shape={tuple(input_shape)}"
            )
        rank = len(input_shape)
        self.input_spec = InputSpec(ndim=rank, axes={self.axis: channels})
        if self.scale:
            self.gamma = self.add_weight(
                name="gamma",
                shape=(channels,),
                initializer=self.gamma_initializer,
                regularizer=self.gamma_regularizer,
                constraint=self.gamma_constraint,
            )
        if self.center:
            self.beta = self.add_weight(
                name="beta",
                shape=(channels,),
                initializer=self.beta_initializer,
                regularizer=self.beta_regularizer,
                constraint=self.beta_constraint,
            )
        self._position = position
        # Channels split into (groups, channels // groups) at the channel axis; the
        # statistics are over every axis of that view except the batch and the group.
        self._group_sizes = (self.groups, channels // self.groups)
        self._reduction_axes = [i for i in range(1, rank + 1) if i != position]
        self._affine_shape = [1] * rank
        self._affine_shape[position] = channels
        self.built = True

    def call(self, inputs):
        shape = ops.shape(inputs)
        position = self._position
        grouped = ops.reshape(
            inputs, (*shape[:position], *self._group_sizes, *shape[position + 1 :])
        )
        mean, variance = ops.moments(grouped, axes=self._reduction_axes, keepdims=True)
        normalized = (grouped - mean) * ops.rsqrt(variance + self.epsilon)
        outputs = ops.reshape(normalized, shape)
        if self.gamma is not None:
            outputs = outputs * ops.reshape(self.gamma.value, self._affine_shape)
        if self.beta is not None:
            outputs = outputs + ops.reshape(self.beta.value, self._affine_shape)
        return outputs

    def compute_output_spec(self, inputs):
        return KerasTensor(inputs.shape, self.compute_dtype)

    def compute_output_shape(self, input_shape):
        return tuple(input_shape)

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            {
                "groups": self.groups,
                "axis": self.axis,
                "epsilon": self.epsilon,
                "center": self.center,
                "scale": self.scale,
                "beta_initializer": initializers.serialize(self.beta_initializer),
                "gamma_initializer": initializers.serialize(self.gamma_initializer),
                "beta_regularizer": regularizers.serialize(self.beta_regularizer),
                "gamma_regularizer": regularizers.serialize(self.gamma_regularizer),
                "beta_constraint": constraints.serialize(self.beta_constraint),
                "gamma_constraint": constraints.serialize(self.gamma_constraint),
            }
        )
        return config
