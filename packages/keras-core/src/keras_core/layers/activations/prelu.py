"""``PReLU``: leaky ReLU with a learned slope per unit."""

from keras_core import constraints, initializers, ops, regularizers
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer


class PReLU(Layer):
    """``x`` for ``x >= 0``, ``alpha * x`` below, where ``alpha`` is a weight with the
    input's shape (without the batch axis), shared (size 1) along ``shared_axes``.

    Args:
        alpha_initializer: Initializer of ``alpha``.
        alpha_regularizer: Regularizer of ``alpha``.
        alpha_constraint: Constraint of ``alpha``.
        shared_axes: Input axes (1 is the first after the batch axis; negative values count
            from the end) along which one slope is shared; e.g. ``[1, 2]`` for one slope per
            channel of ``(batch, height, width, channels)`` images.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> quarter = keras_core.initializers.Constant(0.25)
        >>> layer = keras_core.layers.PReLU(alpha_initializer=quarter)
        >>> layer(keras_core.ops.convert_to_tensor([[-4.0, 4.0]]))   # [[-1., 4.]]
    """

    def __init__(
        self,
        alpha_initializer="Zeros",
        alpha_regularizer=None,
        alpha_constraint=None,
        shared_axes=None,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.alpha_initializer = initializers.get(alpha_initializer)
        self.alpha_regularizer = regularizers.get(alpha_regularizer)
        self.alpha_constraint = constraints.get(alpha_constraint)
        if shared_axes is not None and not isinstance(shared_axes, (list, tuple)):
            shared_axes = [shared_axes]
        if shared_axes is not None and not all(
            isinstance(axis, int) and not isinstance(axis, bool) for axis in shared_axes
        ):
            raise ValueError(
                f"PReLU '{self.name}': shared_axes must be an int or a list of ints, "
                f"received {shared_axes!r}"
            )
        self.shared_axes = None if shared_axes is None else list(shared_axes)
        self.supports_masking = True

    def build(self, input_shape):
        rank = len(input_shape)
        shared = set()
        for axis in self.shared_axes or ():
            position = axis + rank if axis < 0 else axis
            if not 1 <= position < rank:
                raise ValueError(
                    f"PReLU '{self.name}': shared_axes entry {axis} is not a non-batch axis of "
                    f"inputs of shape {tuple(input_shape)} (valid: 1..{rank - 1} or "
                    f"{-(rank - 1)}..-1)"
                )
            shared.add(position)
        alpha_shape = [1 if i in shared else input_shape[i] for i in range(1, rank)]
        if None in alpha_shape:
            raise ValueError(
                f"PReLU '{self.name}' needs known sizes for its non-shared axes to create "
                f"alpha; received input_shape={tuple(input_shape)} with shared_axes="
                f"{self.shared_axes}"
            )
        self.alpha = self.add_weight(
            name="alpha",
            shape=tuple(alpha_shape),
            initializer=self.alpha_initializer,
            regularizer=self.alpha_regularizer,
            constraint=self.alpha_constraint,
        )
        axes = {i: input_shape[i] for i in range(1, rank) if i not in shared}
        self.input_spec = InputSpec(ndim=rank, axes=axes)
        self.built = True

    def call(self, inputs):
        negative = ops.multiply(self.alpha.value, ops.minimum(inputs, 0.0))
        return ops.add(ops.nn.relu(inputs), negative)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            {
                "alpha_initializer": initializers.serialize(self.alpha_initializer),
                "alpha_regularizer": regularizers.serialize(self.alpha_regularizer),
                "alpha_constraint": constraints.serialize(self.alpha_constraint),
                "shared_axes": self.shared_axes,
            }
        )
        return config
