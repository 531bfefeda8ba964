"""``Functional``: a model defined by the graph between symbolic inputs and outputs.

The graph is read once, at construction, from the ``_keras_history`` of the outputs back to
the inputs; calling the model replays its nodes in order on real tensors (or on symbolic
ones, when the model is itself used inside a functional graph).
"""

from keras_core import tree
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers import call_context
from keras_core.layers.layer import Layer
from keras_core.models.functional_config import map_graph
from keras_core.models.model import Model


class Functional(Model):
    """A model built from ``inputs`` and ``outputs`` KerasTensors (``Model(inputs, outputs)``).

    Args:
        inputs: A KerasTensor from ``keras_core.Input``, or a list/dict of them.
        outputs: KerasTensor(s) computed from ``inputs`` by layers and ops.
        name: Model name; ``functional``, ``functional_1``... by default.
        trainable: Whether the model's weights are trainable.

    Example:
        >>> a = keras_core.Input((4,)); b = keras_core.Input((4,))
        >>> shared = keras_core.layers.Dense(2)
        >>> model = keras_core.Model([a, b], shared(a) + shared(b))
    """

    _keras_module = "keras.src.models.functional"
    # Keras writes this class with a registered name although it is its own.
    _keras_registered_name = "Functional"

    def __init__(self, inputs, outputs, name=None, **kwargs):
        super().__init__(name=name, **kwargs)
        self._inputs_struct = _normalized_structure(inputs, "inputs", self.name)
        self._outputs_struct = _normalized_structure(outputs, "outputs", self.name)
        self._flat_inputs = tree.flatten(self._inputs_struct)
        self._flat_outputs = tree.flatten(self._outputs_struct)
        # One walk of the graph gives Keras's layer order and the call order: a node's
        # parents are deeper than it, so deepest-first runs every node after its inputs.
        graph = map_graph(self)
        _check_connected(graph, self._flat_inputs, self.name)
        self._graph_nodes = [
            node
            for depth in sorted(graph.nodes_by_depth, reverse=True)
            for node in graph.nodes_by_depth[depth]
            if not node.is_input
        ]
        for layer in graph.operations:
            # Ops applied to symbolic tensors are graph nodes but not layers.
            if isinstance(layer, Layer):
                self._register_layer(layer)
        self._plans = [_NodePlan(node) for node in self._graph_nodes]
        self.built = True
        self._build_shapes = {
            "input_shape": tree.map_structure(lambda x: x.shape, self._inputs_struct)
        }

    @property
    def inputs(self) -> list:
        return list(self._flat_inputs)

    @property
    def outputs(self) -> list:
        return list(self._flat_outputs)

    @property
    def input(self):
        return self._inputs_struct

    @property
    def output(self):
        return self._outputs_struct

    @property
    def input_shape(self):
        return tree.map_structure(lambda x: x.shape, self._inputs_struct)

    @property
    def output_shape(self):
        return tree.map_structure(lambda x: x.shape, self._outputs_struct)

    def call(self, inputs, training=None, mask=None):
        flat = self._flat_call_inputs(inputs)
        values = {id(tensor): value for tensor, value in zip(self._flat_inputs, flat, strict=False)}
        masks = {}
        if mask is not None:
            for tensor, input_mask in zip(self._flat_inputs, tree.flatten(mask), strict=False):
                masks[id(tensor)] = input_mask
        for plan in self._plans:
            plan.run(values, masks)
        outputs = [values[id(tensor)] for tensor in self._flat_outputs]
        return tree.pack_sequence_as(self._outputs_struct, outputs)

    def compute_mask(self, inputs, previous_mask):
        return None

    def _flat_call_inputs(self, inputs) -> list:
        if len(self._flat_inputs) == 1 and not tree.is_nested(inputs):
            return [inputs]
        if isinstance(self._inputs_struct, dict) and isinstance(inputs, dict):
            missing = sorted(set(self._inputs_struct) - set(inputs))
            if missing:
                raise ValueError(
                    f"Model '{self.name}' expects inputs named {sorted(self._inputs_struct)}, "
                    f"missing {missing}"
                )
            return [inputs[key] for key in sorted(self._inputs_struct)]
        flat = tree.flatten(inputs)
        if len(flat) != len(self._flat_inputs):
            raise ValueError(
                f"Model '{self.name}' expects {len(self._flat_inputs)} input(s), but it "
                f"received {len(flat)} input tensors"
            )
        return flat

    def get_build_config(self):
        # Keras writes this for functional models, which are built when created.
        return {"input_shape": None}

    def get_config(self) -> dict:
        """Keras's functional config: every layer with its inbound nodes, and the input
        and output layers."""
        from keras_core.models.functional_config import functional_config

        return functional_config(self)

    @classmethod
    def from_config(cls, config, custom_objects=None):
        from keras_core.models.functional_config import functional_from_config

        return functional_from_config(cls, config, custom_objects=custom_objects)

    def build(self, input_shape):
        """Functional models are built when they are created."""


class _NodePlan:
    """One node of the graph, prepared for replay: which values feed which layer."""

    def __init__(self, node):
        self.layer = node.operation
        self.call_args = node.call_args
        self.call_kwargs = node.call_kwargs
        # Masks follow the first argument's tensors (not tensors passed as mask=...).
        first = node.call_args[0] if node.call_args else None
        self.input_ids = [id(x) for x in tree.flatten(first) if isinstance(x, KerasTensor)]
        self.output_ids = [id(tensor) for tensor in node.output_tensors]
        only = node.call_args[0] if len(node.call_args) == 1 else None
        self.single_input = (
            id(only) if isinstance(only, KerasTensor) and not node.call_kwargs else None
        )
        info = self.layer._call_info
        self.takes_mask = info.has_mask
        self.makes_mask = self.layer.supports_masking or info.computes_mask

    def run(self, values, masks) -> None:
        layer = self.layer
        if self.single_input is not None and not (self.takes_mask and masks):
            args = (values[self.single_input],)
            outputs = layer(args[0])
        else:
            args, kwargs = tree.map_structure(
                lambda x: values[id(x)] if isinstance(x, KerasTensor) else x,
                (self.call_args, self.call_kwargs),
            )
            if self.takes_mask and kwargs.get("mask") is None and masks:
                input_masks = [masks.get(i) for i in self.input_ids]
                if any(m is not None for m in input_masks):
                    kwargs["mask"] = input_masks[0] if len(input_masks) == 1 else input_masks
            outputs = layer(*args, **kwargs)
        flat_outputs = tree.flatten(outputs)
        for output_id, value in zip(self.output_ids, flat_outputs, strict=False):
            values[output_id] = value
        if self.makes_mask:
            self._record_masks(args, masks, outputs, flat_outputs)

    def _record_masks(self, args, masks, outputs, flat_outputs) -> None:
        output_masks = [call_context.input_mask(output) for output in flat_outputs]
        if all(m is None for m in output_masks):
            # Tensor types that take no attributes (JAX arrays) lose the mask on the way
            # out of the layer; compute it here.
            inputs = args[0] if args else None
            previous = [masks.get(i) for i in self.input_ids]
            previous = previous[0] if len(previous) == 1 else previous
            computed = self.layer.compute_mask(inputs, previous)
            if computed is None:
                return
            output_masks = computed if isinstance(computed, (list, tuple)) else [computed]
        for output_id, output_mask in zip(self.output_ids, output_masks, strict=False):
            masks[output_id] = output_mask


def _normalized_structure(structure, what: str, model_name: str):
    flat = tree.flatten(structure)
    if not flat:
        raise ValueError(f"Model '{model_name}': {what} is empty")
    for tensor in flat:
        if not isinstance(tensor, KerasTensor) or tensor._keras_history is None:
            raise ValueError(
                f"Model '{model_name}': every item of {what} must be a KerasTensor made by "
                f"keras_core.Input or a layer call, received {tensor!r}"
            )
    if isinstance(structure, tuple):
        return list(structure)
    return structure


def _check_connected(graph, inputs, model_name) -> None:
    input_ids = {id(tensor) for tensor in inputs}
    for nodes in graph.nodes_by_depth.values():
        for node in nodes:
            if node.is_input and not any(id(t) in input_ids for t in node.output_tensors):
                raise ValueError(
                    f"Model '{model_name}': graph disconnected: the output depends on input "
                    f"'{node.operation.name}' {node.output_tensors[0].shape}, which is not "
                    f"among the model's inputs "
                    f"{[t._keras_history.operation.name for t in inputs]}"
                )
