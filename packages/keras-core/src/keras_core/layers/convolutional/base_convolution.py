"""``BaseConvolution``: what every convolution layer shares.

The four families (convolution, transposed, depthwise, separable) differ only in their
kernels, the op they call and their output geometry; the argument checks, the input spec,
the bias, the activation and the output-shape bookkeeping are written here once.
"""

from keras_core import activations, constraints, initializers, ops, regularizers
from keras_core.backend.conv_geometry import same_padding
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers import arguments
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer


class BaseConvolution(Layer):
    """Base of the convolution layers; subclasses create kernels and convolve.

    A subclass implements ``_create_kernels(channels)`` (adds its kernel weights and returns
    the number of output channels), ``_convolve(inputs)`` (the op without bias and
    activation) and ``_output_channels(channels)``; ``_output_length(size, axis)`` is the
    output length of a forward convolution, which transposed convolutions override.

    Args:
        rank: Number of spatial axes (1, 2 or 3).
        kernel_size: An int or ``rank`` ints: the window size.
        strides: An int or ``rank`` ints.
        padding: One of ``paddings``, case-insensitive.
        data_format: ``"channels_last"``, ``"channels_first"`` or None for
            ``keras_core.config.image_data_format()``.
        dilation_rate: An int or ``rank`` ints.
        activation: Activation applied to the output (name, function or None).
        use_bias: Whether a bias vector is added to the output.
        bias_initializer, bias_regularizer, bias_constraint: For the bias.
        paddings: The padding modes the subclass accepts.
        **kwargs: ``Layer`` arguments (``name``, ``dtype``, ``activity_regularizer``...).

    Example:
        >>> keras_core.layers.Conv2D(8, 3).kernel_size   # (3, 3), via BaseConvolution
    """

    def __init__(
        self,
        rank,
        *,
        kernel_size,
        strides,
        padding,
        data_format,
        dilation_rate,
        activation,
        use_bias,
        bias_initializer,
        bias_regularizer,
        bias_constraint,
        paddings=("valid", "same"),
        **kwargs,
    ):
        super().__init__(**kwargs)
        layer = type(self).__name__
        self.rank = rank
        self.kernel_size = arguments.int_tuple(layer, "kernel_size", kernel_size, rank)
        self.strides = arguments.int_tuple(layer, "strides", strides, rank)
        self.padding = arguments.padding_mode(layer, padding, paddings)
        self.data_format = arguments.data_format(layer, data_format)
        self.dilation_rate = arguments.int_tuple(layer, "dilation_rate", dilation_rate, rank)
        self.activation = activations.get(activation)
        self.use_bias = bool(use_bias)
        self.bias_initializer = initializers.get(bias_initializer)
        self.bias_regularizer = regularizers.get(bias_regularizer)
        self.bias_constraint = constraints.get(bias_constraint)
        self.bias = None
        self._channel_axis = 1 if self.data_format == "channels_first" else -1
        # Broadcasts the bias over (batch, channels, *spatial) outputs.
        self._bias_shape = (1, -1) + (1,) * rank if self._channel_axis == 1 else None
        self.input_spec = InputSpec(ndim=rank + 2)

    # Hooks of the subclasses ---------------------------------------------------------

    def _create_kernels(self, channels: int) -> int:
        raise NotImplementedError

    def _convolve(self, inputs):
        raise NotImplementedError

    def _output_channels(self, channels):
        raise NotImplementedError

    # Layer API -----------------------------------------------------------------------

    def build(self, input_shape):
        channels = self._input_channels(input_shape)
        filters = self._create_kernels(channels)
        if self.use_bias:
            self.bias = self.add_weight(
                shape=(filters,),
                initializer=self.bias_initializer,
                regularizer=self.bias_regularizer,
                constraint=self.bias_constraint,
                name="bias",
            )
        self.input_spec = InputSpec(ndim=self.rank + 2, axes={self._channel_axis: channels})
        # Layer.build is not wrapped: a direct build() call must mark the layer built, or
        # the first call would build it again with new weights.
        self.built = True

    def call(self, inputs):
        outputs = self._convolve(inputs)
        if self.bias is not None:
            bias = self.bias
            if self._bias_shape is not None:
                bias = ops.reshape(bias, self._bias_shape)
            outputs = ops.add(outputs, bias)
        return self.activation(outputs)

    def compute_output_shape(self, input_shape):
        shape = self._checked_shape(input_shape)
        if self._channel_axis == 1:
            batch, channels, spatial = shape[0], shape[1], shape[2:]
        else:
            batch, spatial, channels = shape[0], shape[1:-1], shape[-1]
        lengths = tuple(
            None if size is None else self._output_length(size, axis)
            for axis, size in enumerate(spatial)
        )
        filters = self._output_channels(channels)
        if self._channel_axis == 1:
            return (batch, filters, *lengths)
        return (batch, *lengths, filters)

    def compute_output_spec(self, inputs):
        return KerasTensor(self.compute_output_shape(inputs.shape), dtype=self.compute_dtype)

    # Shared pieces -------------------------------------------------------------------

    def _checked_shape(self, input_shape) -> tuple:
        shape = tuple(input_shape)
        if len(shape) != self.rank + 2:
            layout = "channels, *spatial" if self._channel_axis == 1 else "*spatial, channels"
            raise ValueError(
                f"{arguments.describe(self)} expects inputs of rank {self.rank + 2} "
                f"(batch, {layout} with {self.rank} spatial axes), received input_shape={shape}."
            )
        return shape

    def _input_channels(self, input_shape) -> int:
        shape = self._checked_shape(input_shape)
        channels = shape[self._channel_axis]
        if channels is None:
            raise ValueError(
                f"{arguments.describe(self)}: the channel axis ({self._channel_axis}) of the input "
                f"must be known to build the layer, received input_shape={shape}."
            )
        return int(channels)

    def _extent(self, axis) -> int:
        """The span of the dilated kernel along spatial ``axis``."""
        return (self.kernel_size[axis] - 1) * self.dilation_rate[axis] + 1

    def _output_length(self, size, axis):
        """Output length of a forward convolution along spatial ``axis``."""
        extent = self._extent(axis)
        if self.padding == "same":
            before, after = same_padding(
                size, self.kernel_size[axis], self.strides[axis], self.dilation_rate[axis]
            )
        elif self.padding == "causal":
            before, after = extent - 1, 0
        else:
            before, after = 0, 0
        padded = size + before + after
        if padded < extent:
            raise ValueError(
                f"{arguments.describe(self)}: the computed output size would be zero or negative: "
                f"spatial axis {axis} has size {size} but the dilated kernel spans {extent} "
                f"(kernel_size={self.kernel_size}, dilation_rate={self.dilation_rate}, "
                f"padding={self.padding!r})."
            )
        return (padded - extent) // self.strides[axis] + 1
