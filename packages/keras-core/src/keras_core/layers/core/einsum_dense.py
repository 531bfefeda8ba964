"""``EinsumDense``: a dense layer whose contraction is an einsum equation."""

import re

from keras_core import activations, constraints, initializers, ops, regularizers
from keras_core.layers.core.dense import check_no_quantization
from keras_core.layers.core.lora import LoraMixin
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer

# The three forms Keras accepts: no ellipsis, or "..." on the left (or right) of both the
# input and the output spec. The kernel spec never has one.
_FORMS = (
    (None, re.compile(r"^([a-zA-Z]+),([a-zA-Z]+)->([a-zA-Z]+)$")),
    ("left", re.compile(r"^\.\.\.([a-zA-Z]+),([a-zA-Z]+)->\.\.\.([a-zA-Z]+)$")),
    ("right", re.compile(r"^([a-zA-Z]+)\.\.\.,([a-zA-Z]+)->([a-zA-Z]+)\.\.\.$")),
)


class EinsumDense(LoraMixin, Layer):
    """``activation(einsum(equation, inputs, kernel) + bias)``.

    The equation names the input, kernel and output axes, e.g. ``"abc,cd->abd"`` (project
    the last axis of a ``(batch, seq, c)`` input to ``d`` units) or ``"...b,bc->...c"``
    (any number of leading axes). The kernel's shape follows from the equation: an axis
    shared with the input takes the input's size, any other takes the output's size.

    Args:
        equation: ``"<input>,<kernel>-><output>"``, optionally with ``...`` at the start (or
            end) of both the input and the output spec.
        output_shape: Output shape without the batch axis (for a ``...`` on the left: the
            sizes of the named output axes). ``None`` entries are taken from the input; an
            int means a 1-tuple.
        activation: Activation name or function; ``None`` for none.
        bias_axes: Output axes that get a bias (letters of the output spec), or ``None``.
        kernel_initializer: Initializer of the kernel.
        bias_initializer: Initializer of the bias.
        kernel_regularizer: Regularizer of the kernel.
        bias_regularizer: Regularizer of the bias.
        kernel_constraint: Constraint of the kernel.
        bias_constraint: Constraint of the bias.
        lora_rank: Enables LoRA with this rank when the layer is built.
        lora_alpha: LoRA scale numerator; ``lora_rank`` by default.
        quantization_config: Must be ``None`` (keras-core runs no quantized layers).
        **kwargs: Base layer arguments (``name``, ``dtype``, ``activity_regularizer``...).

    Example:
        >>> layer = keras_core.layers.EinsumDense("abc,cde->abde", output_shape=(None, 2, 8),
        ...                                       bias_axes="de")
        >>> layer(keras_core.ops.ones((4, 5, 16))).shape
        (4, 5, 2, 8)
    """

    def __init__(
        self,
        equation,
        output_shape,
        activation=None,
        bias_axes=None,
        kernel_initializer="glorot_uniform",
        bias_initializer="zeros",
        kernel_regularizer=None,
        bias_regularizer=None,
        kernel_constraint=None,
        bias_constraint=None,
        lora_rank=None,
        lora_alpha=None,
        quantization_config=None,
        **kwargs,
    ):
        super().__init__(**kwargs)
        check_no_quantization(self, quantization_config)
        self.equation = equation
        self._elided, self._input_spec, self._kernel_spec, self._output_spec = _parse(
            self, equation
        )
        self.partial_output_shape = _partial_output_shape(self, output_shape)
        if bias_axes is not None:
            missing = [axis for axis in bias_axes if axis not in self._output_spec]
            if not isinstance(bias_axes, str) or missing:
                raise ValueError(
                    f"EinsumDense '{self.name}': bias_axes must be letters of the output spec "
                    f"{self._output_spec!r} of equation {equation!r}, received {bias_axes!r}"
                )
        self.bias_axes = bias_axes
        self.activation = activation
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        self.kernel_regularizer = regularizers.get(kernel_regularizer)
        self.bias_regularizer = regularizers.get(bias_regularizer)
        self.kernel_constraint = constraints.get(kernel_constraint)
        self.bias_constraint = constraints.get(bias_constraint)
        self._init_lora(lora_rank, lora_alpha)
        self._kernel = None
        self.bias = None
        self.full_output_shape = None

    @property
    def activation(self):
        return self._activation

    @activation.setter
    def activation(self, value):
        self._activation = activations.get(value)
        self._activate = None if self._activation is activations.linear else self._activation

    @property
    def kernel(self):
        """The kernel as the layer uses it (merged with the LoRA update when enabled)."""
        return self._lora_value()

    def build(self, input_shape):
        input_shape = tuple(input_shape)
        sizes, _ = self._axis_sizes(input_shape, check=True)
        kernel_shape = []
        for axis in self._kernel_spec:
            if axis not in sizes:
                raise ValueError(
                    f"EinsumDense '{self.name}': kernel axis {axis!r} of equation "
                    f"{self.equation!r} appears in neither the input nor the output spec"
                )
            kernel_shape.append(self._known_size(axis, sizes[axis], "kernel", input_shape))
        self._kernel = self.add_weight(
            name="kernel",
            shape=tuple(kernel_shape),
            initializer=self.kernel_initializer,
            regularizer=self.kernel_regularizer,
            constraint=self.kernel_constraint,
        )
        if self.bias_axes:
            self.bias = self.add_weight(
                name="bias",
                shape=self._bias_shape(sizes, input_shape),
                initializer=self.bias_initializer,
                regularizer=self.bias_regularizer,
                constraint=self.bias_constraint,
            )
        self.full_output_shape = self.compute_output_shape(input_shape)
        self.input_spec = InputSpec(ndim=len(input_shape), axes=self._kernel_input_axes(sizes))
        self._build_lora()
        self.built = True

    def _axis_sizes(self, input_shape, check):
        """Size of every named axis, and the sizes of the axes under ``...``."""
        rank, named = len(input_shape), len(self._input_spec)
        fits = rank == named if self._elided is None else rank >= named
        if not fits:
            expected = f"{named}" if self._elided is None else f"at least {named}"
            raise ValueError(
                f"EinsumDense '{self.name}': equation {self.equation!r} expects inputs of rank "
                f"{expected}, received input_shape={input_shape}"
            )
        if self._elided == "left":
            elided, named_dims = input_shape[: rank - named], input_shape[rank - named :]
        else:
            elided, named_dims = input_shape[named:], input_shape[:named]
        sizes = dict(zip(self._input_spec, named_dims, strict=True))
        wanted_sizes = self._wanted_output_sizes(len(elided))
        for axis, wanted in zip(self._output_spec, wanted_sizes, strict=True):
            given = sizes.get(axis)
            if axis not in sizes or given is None:
                sizes[axis] = wanted
            elif check and wanted is not None and wanted != given:
                raise ValueError(
                    f"EinsumDense '{self.name}': output_shape gives axis {axis!r} size "
                    f"{wanted}, but the input has size {given} there (equation "
                    f"{self.equation!r}, input_shape={input_shape}, output_shape="
                    f"{self.partial_output_shape})"
                )
        return sizes, elided

    def _wanted_output_sizes(self, elided_rank):
        """The user's output size of each letter of the output spec (``None``: unknown)."""
        partial, named = self.partial_output_shape, len(self._output_spec)
        if self._elided == "left":
            expected = named
        elif self._elided == "right":
            expected = named - 1 + elided_rank
        else:
            expected = named - 1
        if len(partial) != expected:
            raise ValueError(
                f"EinsumDense '{self.name}': output_shape must have length {expected} for "
                f"equation {self.equation!r} (the output axes after the batch axis), received "
                f"{partial}"
            )
        if self._elided == "left":
            return partial
        # The batch axis first; under "..." on the right, the trailing entries describe the
        # elided axes, whose sizes come from the input.
        return (None, *partial[: named - 1])

    def _known_size(self, axis, size, weight, input_shape):
        if size is None:
            raise ValueError(
                f"EinsumDense '{self.name}': the size of {weight} axis {axis!r} is unknown; "
                f"give it in output_shape or in the input shape (equation {self.equation!r}, "
                f"input_shape={input_shape}, output_shape={self.partial_output_shape})"
            )
        return size

    def _bias_shape(self, sizes, input_shape):
        # The bias spans the output from its first bias axis on, with size 1 elsewhere, so
        # that it broadcasts against the trailing output axes.
        first = min(self._output_spec.index(axis) for axis in self.bias_axes)
        shape = [
            self._known_size(axis, sizes[axis], "bias", input_shape)
            if axis in self.bias_axes
            else 1
            for axis in self._output_spec[first:]
        ]
        if self._elided == "right":
            shape += [1] * (len(input_shape) - len(self._input_spec))
        return tuple(shape)

    def _kernel_input_axes(self, sizes):
        # Input axes contracted with the kernel must keep their size after build.
        rank = len(self._input_spec)
        offset = -rank if self._elided == "left" else 0
        return {
            offset + index: sizes[axis]
            for index, axis in enumerate(self._input_spec)
            if axis in self._kernel_spec
        }

    def call(self, inputs):
        kernel = self._lora_value() if self.lora_enabled else self._kernel.value
        outputs = ops.einsum(self.equation, inputs, kernel)
        if self.bias is not None:
            outputs = ops.add(outputs, self.bias.value)
        if self._activate is not None:
            outputs = self._activate(outputs)
        return outputs

    def compute_output_shape(self, input_shape):
        sizes, elided = self._axis_sizes(tuple(input_shape), check=False)
        named = tuple(sizes[axis] for axis in self._output_spec)
        return (*elided, *named) if self._elided == "left" else (*named, *elided)

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            {
                "output_shape": self.partial_output_shape,
                "equation": self.equation,
                "activation": activations.serialize(self.activation),
                "bias_axes": self.bias_axes,
                "kernel_initializer": initializers.serialize(self.kernel_initializer),
                "bias_initializer": initializers.serialize(self.bias_initializer),
                "kernel_regularizer": regularizers.serialize(self.kernel_regularizer),
                "bias_regularizer": regularizers.serialize(self.bias_regularizer),
                "activity_regularizer": regularizers.serialize(self.activity_regularizer),
                "kernel_constraint": constraints.serialize(self.kernel_constraint),
                "bias_constraint": constraints.serialize(self.bias_constraint),
                "quantization_config": None,
            }
        )
        config.update(self._lora_config())
        return config


def _parse(layer, equation):
    """``(elided, input_spec, kernel_spec, output_spec)`` of an EinsumDense equation."""
    if isinstance(equation, str):
        for elided, pattern in _FORMS:
            match = pattern.match(equation)
            if match:
                return (elided, *match.groups())
    raise ValueError(
        f"EinsumDense '{layer.name}': invalid equation {equation!r}; expected "
        f"'<input>,<kernel>-><output>' with letters only (e.g. 'ab,bc->ac'), optionally "
        f"'...' at the start or the end of both the input and the output (e.g. "
        f"'...b,bc->...c' or 'ab...,bc->ac...')"
    )


def _partial_output_shape(layer, output_shape):
    if isinstance(output_shape, int) and not isinstance(output_shape, bool):
        output_shape = (output_shape,)
    try:
        shape = tuple(output_shape)
    except TypeError:
        shape = None
    if shape is None or not all(
        d is None or (isinstance(d, int) and not isinstance(d, bool) and d > 0) for d in shape
    ):
        raise ValueError(
            f"EinsumDense '{layer.name}': output_shape must be an int or a tuple of positive "
            f"ints and None (the output shape without the batch axis), received "
            f"{output_shape!r}"
        )
    return shape
