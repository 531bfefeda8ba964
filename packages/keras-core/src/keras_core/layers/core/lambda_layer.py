"""``Lambda``: wraps a function of tensors as a layer."""

import inspect

from keras_core import tree
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers.layer import Layer
from keras_core.saving import serialization_lib


class Lambda(Layer):
    """Calls ``function(inputs, **arguments)``: a quick way to put an expression in a
    model. Prefer a ``Layer`` subclass for anything with weights, and note that a Python
    ``lambda`` is saved as bytecode, which loading refuses in safe mode.

    Args:
        function: Callable taking the inputs (and, if its signature has them, ``mask`` and
            ``training``).
        output_shape: Output shape without the batch axis (a tuple, or a list of tuples for
            several outputs), or a function from the input shape to the full output shape.
            ``None``: found by running ``function`` on symbolic inputs.
        mask: Output mask: a function ``mask(inputs, previous_mask)``, or a constant mask.
        arguments: Extra keyword arguments for ``function``.
        **kwargs: Base layer arguments (``name``, ``dtype``...).

    Example:
        >>> double = keras_core.layers.Lambda(lambda x, factor: x * factor,
        ...                                   arguments={"factor": 2.0})
        >>> double(keras_core.ops.ones((1, 2)))   # [[2., 2.]]
    """

    def __init__(self, function, output_shape=None, mask=None, arguments=None, **kwargs):
        super().__init__(**kwargs)
        if not callable(function):
            raise TypeError(
                f"Lambda '{self.name}': function must be callable, received {function!r} of "
                f"type {type(function).__name__}"
            )
        if not (output_shape is None or callable(output_shape) or _is_shapes(output_shape)):
            raise ValueError(
                f"Lambda '{self.name}': output_shape must be None, a shape tuple without the "
                f"batch axis, a list of such tuples or a function of the input shape, "
                f"received {output_shape!r}"
            )
        if arguments is not None and not isinstance(arguments, dict):
            raise ValueError(
                f"Lambda '{self.name}': arguments must be a dict of keyword arguments for "
                f"the function, received {arguments!r}"
            )
        self.function = function
        self._output_shape = output_shape
        self.mask = mask
        self.arguments = dict(arguments or {})
        self.supports_masking = mask is not None
        parameters = _parameter_names(function)
        self._passes_mask = "mask" in parameters
        self._passes_training = "training" in parameters

    def call(self, inputs, mask=None, training=None):
        kwargs = dict(self.arguments)
        if self._passes_mask:
            kwargs["mask"] = mask
        if self._passes_training:
            kwargs["training"] = training
        return self.function(inputs, **kwargs)

    def compute_mask(self, inputs, mask=None):
        if callable(self.mask):
            return self.mask(inputs, mask)
        return self.mask

    def compute_output_shape(self, input_shape):
        if self._output_shape is None:
            return super().compute_output_shape(input_shape)
        if callable(self._output_shape):
            return self._output_shape(input_shape)
        several = bool(input_shape) and isinstance(input_shape[0], (tuple, list))
        first = input_shape[0] if several else input_shape
        batch = first[0] if first else None
        return _map_shapes(lambda shape: (batch, *shape), self._output_shape)

    def compute_output_spec(self, inputs, mask=None, training=None):
        if self._output_shape is None:
            return super().compute_output_spec(inputs, mask=mask, training=training)
        input_shape = tree.map_structure(lambda x: x.shape, inputs)
        shapes = self.compute_output_shape(input_shape)
        return _map_shapes(lambda shape: KerasTensor(shape, self.compute_dtype), shapes)

    def get_config(self) -> dict:
        config = super().get_config()
        config["function"] = serialization_lib.serialize_keras_object(self.function)
        if self._output_shape is not None:
            config["output_shape"] = (
                serialization_lib.serialize_keras_object(self._output_shape)
                if callable(self._output_shape)
                else self._output_shape
            )
        if self.mask is not None:
            config["mask"] = serialization_lib.serialize_keras_object(self.mask)
        config["arguments"] = serialization_lib.serialize_keras_object(self.arguments)
        return config

    @classmethod
    def from_config(cls, config, custom_objects=None):
        """Recreates the layer; a Python ``lambda`` in the config (``function``,
        ``output_shape`` or ``mask``) is refused in safe mode (the default)."""
        config = dict(config)
        for key in ("function", "output_shape", "mask", "arguments"):
            if isinstance(config.get(key), (dict, list)):
                try:
                    config[key] = serialization_lib.deserialize_keras_object(
                        config[key], custom_objects=custom_objects
                    )
                except ValueError as error:
                    raise ValueError(f"Lambda.from_config: cannot load `{key}`: {error}") from error
        if isinstance(config.get("output_shape"), list):
            config["output_shape"] = _map_shapes(tuple, config["output_shape"])
        return super().from_config(config)


def _parameter_names(function) -> set:
    try:
        return set(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        # Some builtins have no introspectable signature; they take neither argument.
        return set()


def _is_shape(value) -> bool:
    return isinstance(value, (tuple, list)) and all(
        d is None or (isinstance(d, int) and not isinstance(d, bool)) for d in value
    )


def _is_shapes(value) -> bool:
    """A shape, or a non-empty list/tuple of shapes."""
    if _is_shape(value):
        return True
    return isinstance(value, (tuple, list)) and bool(value) and all(map(_is_shape, value))


def _map_shapes(function, shapes):
    if _is_shape(shapes):
        return function(tuple(shapes))
    return [function(tuple(shape)) for shape in shapes]
