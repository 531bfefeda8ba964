"""``BaseConv``: the forward convolution behind ``Conv1D``, ``Conv2D`` and ``Conv3D``."""

from keras_core import activations, constraints, initializers, ops, regularizers
from keras_core.layers import arguments
from keras_core.layers.convolutional.base_convolution import BaseConvolution


class BaseConv(BaseConvolution):
    """N-D convolution (cross-correlation) with optional groups, bias and activation.

    The kernel has shape ``(*kernel_size, input_channels // groups, filters)``, Keras's
    layout. ``padding="causal"`` (rank 1 only) pads ``(kernel_size - 1) * dilation_rate``
    zeros before the sequence, so output ``t`` sees inputs up to ``t`` only.

    Args:
        rank: Number of spatial axes; ``padding`` may be ``"causal"`` when it is 1, and
            ``strides`` > 1 cannot be combined with ``dilation_rate`` > 1.
        filters: Number of output channels.
        groups: Number of channel groups; input channels and ``filters`` must be multiples.
        kernel_initializer, kernel_regularizer, kernel_constraint: For the kernel.
        **kwargs: ``BaseConvolution``'s arguments (``kernel_size``, ``strides``, ``padding``,
            ``data_format``, ``dilation_rate``, ``activation``, ``bias_*``...) and ``Layer``'s.

    Example:
        >>> layer = keras_core.layers.Conv2D(8, 3, padding="same")
        >>> layer(keras_core.ops.ones((2, 5, 5, 4))).shape
        (2, 5, 5, 8)
    """

    def __init__(
        self,
        rank,
        *,
        filters,
        groups=1,
        kernel_initializer="glorot_uniform",
        kernel_regularizer=None,
        kernel_constraint=None,
        **kwargs,
    ):
        super().__init__(
            rank,
            paddings=("valid", "same", "causal") if rank == 1 else ("valid", "same"),
            **kwargs,
        )
        layer = type(self).__name__
        self.filters = arguments.positive_int(layer, "filters", filters)
        self.groups = arguments.positive_int(layer, "groups", groups)
        if self.filters % self.groups:
            raise ValueError(
                f"{layer}: filters must be a multiple of groups, received filters="
                f"{self.filters} and groups={self.groups}."
            )
        arguments.no_strided_dilation(layer, self.strides, self.dilation_rate)
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.kernel_regularizer = regularizers.get(kernel_regularizer)
        self.kernel_constraint = constraints.get(kernel_constraint)
        self.kernel = None
        # The op knows "valid" and "same"; causal is "valid" after padding the start.
        self._op_padding = "valid" if self.padding == "causal" else self.padding
        self._causal_padding = None
        if self.padding == "causal":
            spatial = [(self._extent(0) - 1, 0)]
            channels = [(0, 0)]
            per_axis = channels + spatial if self._channel_axis == 1 else spatial + channels
            self._causal_padding = [(0, 0), *per_axis]

    def _create_kernels(self, channels):
        if channels % self.groups:
            raise ValueError(
                f"{arguments.describe(self)}: the input channels must be a multiple of groups="
                f"{self.groups}, received {channels} input channels."
            )
        self.kernel = self.add_weight(
            shape=(*self.kernel_size, channels // self.groups, self.filters),
            initializer=self.kernel_initializer,
            regularizer=self.kernel_regularizer,
            constraint=self.kernel_constraint,
            name="kernel",
        )
        return self.filters

    def _convolve(self, inputs):
        if self._causal_padding is not None:
            inputs = ops.pad(inputs, self._causal_padding)
        return ops.conv(
            inputs,
            self.kernel,
            strides=self.strides,
            padding=self._op_padding,
            data_format=self.data_format,
            dilation_rate=self.dilation_rate,
        )

    def _output_channels(self, channels):
        return self.filters

    def get_config(self):
        config = super().get_config()
        config.update(
            {
                "filters": self.filters,
                "kernel_size": self.kernel_size,
                "strides": self.strides,
                "padding": self.padding,
                "data_format": self.data_format,
                "dilation_rate": self.dilation_rate,
                "groups": self.groups,
                "activation": activations.serialize(self.activation),
                "use_bias": self.use_bias,
                "kernel_initializer": initializers.serialize(self.kernel_initializer),
                "bias_initializer": initializers.serialize(self.bias_initializer),
                "kernel_regularizer": regularizers.serialize(self.kernel_regularizer),
                "bias_regularizer": regularizers.serialize(self.bias_regularizer),
                "activity_regularizer": regularizers.serialize(self.activity_regularizer),
                "kernel_constraint": constraints.serialize(self.kernel_constraint),
                "bias_constraint": constraints.serialize(self.bias_constraint),
            }
        )
        return config
