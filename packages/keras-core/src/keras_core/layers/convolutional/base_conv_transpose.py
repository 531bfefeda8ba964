"""``BaseConvTranspose``: the transposed convolution behind ``Conv1DTranspose``,
``Conv2DTranspose`` and ``Conv3DTranspose``."""

from keras_core import activations, constraints, initializers, ops, regularizers
from keras_core.layers import arguments
from keras_core.layers.convolutional.base_convolution import BaseConvolution


class BaseConvTranspose(BaseConvolution):
    """N-D transposed convolution: the gradient of a convolution with respect to its input.

    The kernel has shape ``(*kernel_size, filters, input_channels)``, Keras's layout. Along
    each spatial axis an input of size ``n`` gives, with ``e = (kernel - 1) * dilation + 1``:

    - ``output_padding=None``: ``n * stride`` for ``"same"``,
      ``n * stride + max(e - stride, 0)`` for ``"valid"``;
    - else ``(n - 1) * stride + e - 2 * pad + output_padding``, where ``pad`` is ``e // 2``
      for ``"same"`` and 0 for ``"valid"``.

    Args:
        rank: Number of spatial axes; ``strides`` > 1 cannot be combined with
            ``dilation_rate`` > 1.
        filters: Number of output channels.
        output_padding: None, or an int or ``rank`` ints, each smaller than its stride: the
            extra output size per axis.
        kernel_initializer, kernel_regularizer, kernel_constraint: For the kernel.
        **kwargs: ``BaseConvolution``'s arguments (``kernel_size``, ``strides``, ``padding``,
            ``data_format``, ``dilation_rate``, ``activation``, ``bias_*``...) and ``Layer``'s.

    Example:
        >>> layer = keras_core.layers.Conv2DTranspose(8, 3, strides=2, padding="same")
        >>> layer(keras_core.ops.ones((2, 5, 5, 4))).shape
        (2, 10, 10, 8)
    """

    def __init__(
        self,
        rank,
        *,
        filters,
        output_padding=None,
        kernel_initializer="glorot_uniform",
        kernel_regularizer=None,
        kernel_constraint=None,
        **kwargs,
    ):
        super().__init__(rank, **kwargs)
        layer = type(self).__name__
        self.filters = arguments.positive_int(layer, "filters", filters)
        arguments.no_strided_dilation(layer, self.strides, self.dilation_rate)
        self.output_padding = None
        if output_padding is not None:
            self.output_padding = arguments.int_tuple(
                layer, "output_padding", output_padding, rank, minimum=0
            )
            if any(p >= s for p, s in zip(self.output_padding, self.strides, strict=True)):
                raise ValueError(
                    f"{layer}: each output_padding must be smaller than its stride, received "
                    f"output_padding={self.output_padding} and strides={self.strides}."
                )
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.kernel_regularizer = regularizers.get(kernel_regularizer)
        self.kernel_constraint = constraints.get(kernel_constraint)
        self.kernel = None

    def _create_kernels(self, channels):
        self.kernel = self.add_weight(
            shape=(*self.kernel_size, self.filters, channels),
            initializer=self.kernel_initializer,
            regularizer=self.kernel_regularizer,
            constraint=self.kernel_constraint,
            name="kernel",
        )
        return self.filters

    def _convolve(self, inputs):
        return ops.conv_transpose(
            inputs,
            self.kernel,
            strides=self.strides,
            padding=self.padding,
            output_padding=self.output_padding,
            data_format=self.data_format,
            dilation_rate=self.dilation_rate,
        )

    def _output_channels(self, channels):
        return self.filters

    def _output_length(self, size, axis):
        extent, stride = self._extent(axis), self.strides[axis]
        if self.output_padding is None:
            if self.padding == "same":
                return size * stride
            return size * stride + max(extent - stride, 0)
        pad = extent // 2 if self.padding == "same" else 0
        return (size - 1) * stride + extent - 2 * pad + self.output_padding[axis]

    def get_config(self):
        config = super().get_config()
        config.update(
            {
                "filters": self.filters,
                "kernel_size": self.kernel_size,
                "strides": self.strides,
                "padding": self.padding,
                "output_padding": self.output_padding,
                "data_format": self.data_format,
                "dilation_rate": self.dilation_rate,
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
