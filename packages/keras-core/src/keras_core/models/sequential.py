"""``Sequential``: a stack of layers, each feeding the next."""

from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers import call_context
from keras_core.layers.core.input_layer import InputLayer
from keras_core.layers.layer import Layer
from keras_core.models.model import Model


class Sequential(Model):
    """A model that applies its layers one after another.

    Args:
        layers: Layers to add, in order. Start with ``keras_core.Input(shape)`` (or give the
            first layer ``input_shape=``) to build the model at once; otherwise it is built
            on its first call.
        trainable: Whether the model's weights are trainable.
        name: Model name; ``sequential``, ``sequential_1``... by default.

    Example:
        >>> model = keras_core.Sequential([keras_core.Input((4,)), keras_core.layers.Dense(2)])
        >>> model.count_params()
        10
    """

    _keras_module = "keras"

    def __init__(self, layers=None, trainable=True, name=None, **kwargs):
        super().__init__(trainable=trainable, name=name, **kwargs)
        self._input_layer = None
        self._stack = []
        for layer in layers or ():
            self.add(layer, rebuild=False)
        if self._input_layer is not None:
            self._build_graph()

    @property
    def layers(self) -> list:
        """The layers of the stack, without the input layer."""
        return list(self._stack)

    def add(self, layer, rebuild=True):
        """Appends ``layer`` (or an ``Input``) to the stack.

        Example:
            >>> model.add(keras_core.layers.Dense(8, activation="relu"))
        """
        if isinstance(layer, KerasTensor) and layer._keras_history is not None:
            layer = layer._keras_history.operation
        if not isinstance(layer, Layer):
            raise ValueError(
                f"Sequential '{self.name}'.add: expected a Layer or keras_core.Input, "
                f"received {layer!r} of type {type(layer).__name__}"
            )
        if isinstance(layer, InputLayer):
            if self._input_layer is not None or self._stack:
                raise ValueError(
                    f"Sequential '{self.name}': an InputLayer can only be the first layer"
                )
            self._input_layer = layer
            self._register_layer(layer)
            return
        if any(existing.name == layer.name for existing in self._stack):
            raise ValueError(
                f"Sequential '{self.name}': all layers need unique names; "
                f"{layer.name!r} is already in the model"
            )
        if not self._stack and self._input_layer is None:
            batch_shape = getattr(layer, "_input_shape_argument", None)
            if batch_shape is not None:
                self._input_layer = InputLayer(batch_shape=batch_shape)
                self._register_layer(self._input_layer)
        self._stack.append(layer)
        self._register_layer(layer)
        if rebuild and self._input_layer is not None:
            self._build_graph()
        elif not rebuild or self._input_layer is None:
            self.built = False

    def pop(self, rebuild=True):
        """Removes and returns the last layer."""
        if not self._stack:
            raise IndexError(f"Sequential '{self.name}'.pop: the model has no layers")
        layer = self._stack.pop()
        self._untrack(layer)
        if rebuild and self._input_layer is not None and self._stack:
            self._build_graph()
        return layer

    def build(self, input_shape=None):
        if input_shape is None:
            if self._input_layer is None:
                raise ValueError(
                    f"Sequential '{self.name}' cannot be built without an input shape: start "
                    f"it with keras_core.Input(shape) or call build(input_shape)"
                )
        elif self._input_layer is None:
            self._input_layer = InputLayer(batch_shape=tuple(input_shape))
            self._register_layer(self._input_layer)
        self._build_graph()

    def _build_graph(self):
        x = self._input_layer.output
        for layer in self._stack:
            x = layer(x)
        self._output_tensor = x
        self.built = True
        self._build_shapes = {"input_shape": self._input_layer.batch_shape}

    def call(self, inputs, training=None, mask=None):
        x = inputs
        for layer in self._stack:
            if mask is not None and layer._call_info.has_mask:
                outputs = layer(x, mask=mask)
            else:
                outputs = layer(x)
            if mask is not None or call_context.needs_output_mask(layer, layer._call_info):
                mask = _output_mask(layer, x, mask, outputs)
            x = outputs
        return x

    def compute_mask(self, inputs, previous_mask):
        return None

    @property
    def input_shape(self):
        if self._input_layer is None:
            raise AttributeError(f"Sequential '{self.name}' has no input yet")
        return self._input_layer.batch_shape

    @property
    def output_shape(self):
        if not self.built:
            raise AttributeError(f"Sequential '{self.name}' is not built yet")
        return self._output_tensor.shape

    @property
    def inputs(self) -> list:
        return [self._input_layer.output] if self._input_layer is not None else []

    @property
    def outputs(self) -> list:
        return [self._output_tensor] if self.built else []

    def get_config(self) -> dict:
        from keras_core.saving.serialization_lib import serialize_keras_object

        layers = ([self._input_layer] if self._input_layer is not None else []) + self._stack
        config = {
            "name": self.name,
            "trainable": self.trainable,
            "dtype": serialize_keras_object(self.dtype_policy),
            "layers": [serialize_keras_object(layer) for layer in layers],
        }
        if self._input_layer is not None:
            config["build_input_shape"] = self._input_layer.batch_shape
        return config

    @classmethod
    def from_config(cls, config, custom_objects=None):
        from keras_core.saving.serialization_lib import deserialize_keras_object

        config = dict(config)
        layer_configs = config.pop("layers")
        build_input_shape = config.pop("build_input_shape", None)
        if isinstance(config.get("dtype"), dict):
            from keras_core import dtype_policies

            config["dtype"] = dtype_policies.deserialize(config["dtype"])
        model = cls(**config)
        for layer_config in layer_configs:
            model.add(
                deserialize_keras_object(layer_config, custom_objects=custom_objects),
                rebuild=False,
            )
        if model._input_layer is None and build_input_shape is not None:
            model.build(tuple(build_input_shape))
        elif model._input_layer is not None:
            model._build_graph()
        return model


def _output_mask(layer, inputs, mask, outputs):
    attached = call_context.input_mask(outputs)
    if attached is not None:
        return attached
    if layer.supports_masking or layer._call_info.computes_mask:
        # JAX arrays take no attributes, so the mask is computed here.
        return layer.compute_mask(inputs, mask)
    return None
