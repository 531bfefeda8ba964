"""``clone_model``: the same architecture with new layers (and so new weights).

A ``Sequential`` is rebuilt from cloned layers, a functional model by replaying its graph
on cloned layers (from new inputs, or from ``input_tensors``), and a subclassed model from
its config.
"""

from keras_core import tree
from keras_core.backend.keras_tensor import KerasTensor


def clone_model(
    model, input_tensors=None, clone_function=None, call_function=None, recursive=False
):
    """A copy of ``model``'s architecture whose layers are new objects with new weights.

    Args:
        model: A ``Sequential``, functional or subclassed model.
        input_tensors: KerasTensors (structured like the model's inputs) to build the
            clone on, instead of new ``Input``s. Not for subclassed models.
        clone_function: ``layer -> new layer``; by default
            ``layer.__class__.from_config(layer.get_config())``. Not for subclassed models.
        call_function: ``(layer, *args, **kwargs) -> outputs``, replaces each layer call
            while a functional model's graph is replayed.
        recursive: Also apply ``clone_function`` inside nested Sequential and functional
            models (by default they are cloned whole with the default function).

    Example:
        >>> copy = keras_core.models.clone_model(model)
        >>> copy.set_weights(model.get_weights())
    """
    from keras_core.models.functional import Functional
    from keras_core.models.sequential import Sequential

    if isinstance(model, Sequential):
        return _clone_sequential(model, input_tensors, clone_function, recursive)
    if isinstance(model, Functional):
        return _clone_functional(model, input_tensors, clone_function, call_function, recursive)
    if input_tensors is not None or clone_function is not None or call_function is not None:
        raise ValueError(
            f"clone_model: {type(model).__name__} '{model.name}' is a subclassed model, which "
            f"is cloned from its config; input_tensors, clone_function and call_function "
            f"apply only to Sequential and functional models"
        )
    return _default_clone(model)


def _default_clone(layer):
    return layer.__class__.from_config(layer.get_config())


def _layer_cloner(clone_function, recursive):
    from keras_core.models.functional import Functional
    from keras_core.models.sequential import Sequential

    def clone(layer):
        if isinstance(layer, (Functional, Sequential)):
            if recursive:
                return clone_model(layer, clone_function=clone_function, recursive=True)
            return _default_clone(layer)
        return (clone_function or _default_clone)(layer)

    return clone


def _clone_sequential(model, input_tensors, clone_function, recursive):
    from keras_core.layers.core.input_layer import InputLayer
    from keras_core.models.sequential import Sequential

    clone = _layer_cloner(clone_function, recursive)
    layers = [clone(layer) for layer in model.layers]
    if input_tensors is not None:
        flat = tree.flatten(input_tensors)
        if len(flat) != 1 or not isinstance(flat[0], KerasTensor):
            raise ValueError(
                f"clone_model: Sequential '{model.name}' takes one input tensor, received "
                f"{input_tensors!r}"
            )
        start = [flat[0]]
    elif model._input_layer is not None:
        start = [InputLayer.from_config(model._input_layer.get_config())]
    else:
        start = []
    return Sequential(start + layers, trainable=model.trainable, name=model.name)


def _clone_functional(model, input_tensors, clone_function, call_function, recursive):
    from keras_core.layers.layer import Layer
    from keras_core.models.functional import Functional
    from keras_core.models.functional_config import map_graph

    old_inputs = model.inputs
    if input_tensors is None:
        new_inputs = [_new_input(tensor) for tensor in old_inputs]
    else:
        new_inputs = tree.flatten(input_tensors)
        if len(new_inputs) != len(old_inputs):
            raise ValueError(
                f"clone_model: model '{model.name}' has {len(old_inputs)} inputs, but "
                f"input_tensors holds {len(new_inputs)} tensors"
            )
    tensors = {id(old): new for old, new in zip(old_inputs, new_inputs, strict=True)}
    clone = _layer_cloner(clone_function, recursive)
    clones = {}
    graph = map_graph(model)
    for depth in sorted(graph.nodes_by_depth, reverse=True):
        for node in graph.nodes_by_depth[depth]:
            if node.is_input:
                continue
            operation = node.operation
            if isinstance(operation, Layer) and id(operation) not in clones:
                clones[id(operation)] = clone(operation)
            new_operation = clones.get(id(operation), operation)
            args, kwargs = tree.map_structure(
                lambda x: tensors[id(x)] if isinstance(x, KerasTensor) else x,
                (node.call_args, node.call_kwargs),
            )
            if call_function is not None and isinstance(operation, Layer):
                outputs = call_function(new_operation, *args, **kwargs)
            else:
                outputs = new_operation(*args, **kwargs)
            for old, new in zip(node.output_tensors, tree.flatten(outputs), strict=True):
                tensors[id(old)] = new
    inputs = tree.pack_sequence_as(model.input, new_inputs)
    outputs = tree.map_structure(lambda x: tensors[id(x)], model.output)
    return Functional(inputs, outputs, name=model.name, trainable=model.trainable)


def _new_input(tensor):
    from keras_core.layers.core.input_layer import InputLayer

    layer = tensor._keras_history.operation
    return InputLayer.from_config(layer.get_config()).output
