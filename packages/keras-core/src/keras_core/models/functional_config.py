"""A functional model's config in Keras 3's format, and the model rebuilt from it.

The config lists every graph operation (layers and the ops applied to symbolic tensors)
in Keras's order, each serialized with its ``name`` and ``inbound_nodes``: one record per
call inside this model, ``{"args": [...], "kwargs": {...}}``, where tensors are
``__keras_tensor__`` entries whose ``keras_history`` is ``[operation name, node index,
tensor index]``. Node indices count only the calls that belong to the model, so a layer
also used elsewhere is numbered from 0 here. ``input_layers`` and ``output_layers`` hold
the same triples, nested like the model's inputs and outputs.

Loading creates the operations, then replays the recorded calls in order; a call whose
inputs do not exist yet waits until the calls that produce them have run.
"""

import collections
import inspect

from keras_core import tree
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers import call_context
from keras_core.layers.layer import to_snake_case
from keras_core.ops.operation import Operation
from keras_core.saving.serialization_lib import (
    deserialize_keras_object,
    serialize_keras_object,
)

GraphMap = collections.namedtuple("GraphMap", ["operations", "nodes_by_depth", "node_ids"])
GraphMap.__doc__ = """A functional graph as Keras orders it.

``operations``: every layer and op, deepest first, ties broken by first encounter walking
back from the outputs. ``nodes_by_depth``: ``{depth: [nodes]}``, depth 0 at the outputs.
``node_ids``: ``id()`` of every node that belongs to the model (input nodes included).
"""


def map_graph(model) -> GraphMap:
    """Keras's view of ``model``'s graph: its operations in order and its nodes by depth.

    Example:
        >>> [op.name for op in map_graph(model).operations]
        ['input_layer', 'dense', 'dense_1']
    """
    input_ids = {id(tensor) for tensor in model.inputs}
    order, first_seen = _walk_back(model.outputs, input_ids, model.name)
    node_ids = {id(node) for node in order}
    node_depth, operation_depth = {}, {}
    nodes = {id(node): node for node in order}
    for node in reversed(order):
        operation = node.operation
        depth = max(node_depth.setdefault(id(node), 0), operation_depth.get(id(operation), 0))
        operation_depth[id(operation)] = depth
        node_depth[id(node)] = depth
        for parent in map(_producer, recorded_inputs(node)):
            if id(parent) in node_ids:
                node_depth[id(parent)] = max(depth + 1, node_depth.get(id(parent), 0))
    operations = {id(node.operation): node.operation for node in order}
    for tensor in model.inputs:
        # An input that no output depends on still belongs to the model.
        operation, node_index, _ = tensor._keras_history
        if id(operation) not in operation_depth:
            node = operation._inbound_nodes[node_index]
            operations[id(operation)] = operation
            operation_depth[id(operation)] = 0
            first_seen[id(operation)] = -1
            node_depth[id(node)] = 0
            nodes[id(node)] = node
            node_ids.add(id(node))
    nodes_by_depth = collections.defaultdict(list)
    for key, depth in node_depth.items():
        nodes_by_depth[depth].append(nodes[key])
    by_depth = collections.defaultdict(list)
    for key, depth in operation_depth.items():
        by_depth[depth].append(operations[key])
    ordered = []
    for depth in sorted(by_depth, reverse=True):
        ordered.extend(sorted(by_depth[depth], key=lambda op: first_seen[id(op)]))
    return GraphMap(ordered, dict(nodes_by_depth), node_ids)


def _walk_back(outputs, input_ids, model_name):
    """The nodes between the inputs and ``outputs``, each after the nodes it depends on,
    and the order in which their operations are first reached from the outputs."""
    order, first_seen, finished, in_progress = [], {}, set(), set()
    stack = [(tensor, None) for tensor in reversed(outputs)]
    while stack:
        tensor, finishing = stack.pop()
        if finishing is not None:
            in_progress.discard(id(finishing))
            finished.add(id(finishing))
            order.append(finishing)
            continue
        operation, node_index, _ = tensor._keras_history
        node = operation._inbound_nodes[node_index]
        if id(node) in finished:
            continue
        if id(node) in in_progress:
            raise ValueError(
                f"Model '{model_name}': the graph has a cycle through '{operation.name}'"
            )
        first_seen.setdefault(id(operation), len(first_seen))
        in_progress.add(id(node))
        stack.append((tensor, node))
        if not node.is_input and id(tensor) not in input_ids:
            stack.extend((parent, None) for parent in reversed(recorded_inputs(node)))
    return order, first_seen


# Writing ------------------------------------------------------------------------------


def functional_config(model) -> dict:
    """``model``'s config as Keras 3 writes a ``Functional``'s ``get_config()``.

    Example:
        >>> config = functional_config(model)
        >>> config["input_layers"], config["output_layers"]
        (['input_layer', 0, 0], ['dense', 0, 0])
    """
    graph = map_graph(model)
    local_index = {}
    for operation in graph.operations:
        own = [node for node in operation._inbound_nodes if id(node) in graph.node_ids]
        for index, node in enumerate(own):
            local_index[id(node)] = index
    writer = _NodeWriter(local_index)
    layers = []
    for operation in graph.operations:
        own = [node for node in operation._inbound_nodes if id(node) in graph.node_ids]
        calls = [node for node in own if not node.is_input]
        if isinstance(operation, Operation):
            entry, records = _op_entry(operation, calls, writer)
        else:
            entry = serialize_keras_object(operation)
            records = [writer.layer_call(node) for node in calls]
        entry["name"] = operation.name
        entry["inbound_nodes"] = records
        layers.append(entry)
    return {
        "name": model.name,
        "trainable": model.trainable,
        "layers": layers,
        "input_layers": _history_structure(model._inputs_struct, writer),
        "output_layers": _history_structure(model._outputs_struct, writer),
    }


def _history_structure(structure, writer):
    if isinstance(structure, KerasTensor):
        name, node_index, tensor_index = writer.history(structure)
        if _is_functional(structure._keras_history.operation):
            # Keras numbers a nested functional model's calls from 1 here (not in the
            # inbound_nodes), a remnant of the call node older Keras models started with.
            node_index += 1
        return [name, node_index, tensor_index]
    if isinstance(structure, dict):
        return {key: _history_structure(value, writer) for key, value in structure.items()}
    items = [_history_structure(value, writer) for value in structure]
    return tuple(items) if isinstance(structure, tuple) else items


class _NodeWriter:
    """Serializes call records, numbering nodes the way the model's config does."""

    def __init__(self, local_index):
        self.local_index = local_index

    def history(self, tensor) -> list:
        operation, node_index, tensor_index = tensor._keras_history
        node = operation._inbound_nodes[node_index]
        return [operation.name, self.local_index[id(node)], tensor_index]

    def value(self, x):
        if isinstance(x, KerasTensor):
            return {
                "class_name": "__keras_tensor__",
                "config": {"shape": x.shape, "dtype": x.dtype, "keras_history": self.history(x)},
            }
        if isinstance(x, slice):
            return {
                "class_name": "__slice__",
                "config": {
                    "start": self.value(x.start),
                    "stop": self.value(x.stop),
                    "step": self.value(x.step),
                },
            }
        if x is Ellipsis:
            return {"class_name": "__ellipsis__", "config": {}}
        if isinstance(x, dict):
            return {key: self.value(item) for key, item in x.items()}
        if isinstance(x, (list, tuple)):
            items = [self.value(item) for item in x]
            return tuple(items) if isinstance(x, tuple) else items
        return serialize_keras_object(x)

    def layer_call(self, node) -> dict:
        return {"args": self.value(node.call_args), "kwargs": self.value(recorded_kwargs(node))}


def recorded_kwargs(node) -> dict:
    """The call's keyword arguments as Keras records them in the graph.

    Keras keeps the caller's keyword arguments as given; a call on one tensor and nothing
    else also records the ``training`` value it resolves to (when not ``None``) and the
    input's ``mask`` (``None`` included), for layers whose ``call`` takes them. The mask's
    producer thereby joins the graph.
    """
    kwargs = dict(node.call_kwargs)
    first = node.call_args[0] if len(node.call_args) == 1 else None
    if kwargs or not isinstance(first, KerasTensor):
        return kwargs
    info = node.operation._call_info
    if info.has_training and info.training_default is not None:
        kwargs["training"] = info.training_default
    if info.has_mask:
        kwargs["mask"] = call_context.input_mask(first)
    return kwargs


def recorded_inputs(node) -> list:
    """The KerasTensors among the call's arguments, as Keras records them (see
    ``recorded_kwargs``): the node's edges in the graph."""
    flat = tree.flatten((node.call_args, recorded_kwargs(node)))
    return [x for x in flat if isinstance(x, KerasTensor)]


def _producer(tensor):
    operation, node_index, _ = tensor._keras_history
    return operation._inbound_nodes[node_index]


# Ops ----------------------------------------------------------------------------------

# Keras records an op as an instance of its op class: the arguments its ``call`` takes are
# the node's ``args``, the others are constructor arguments stored in the op's config.
# For most ops ``call`` takes only the first argument; these take the first N.
# fmt: off
_CALL_ARITY = {
    **dict.fromkeys((
        "add", "affine_transform", "append", "arctan2", "associative_scan", "binary_crossentropy",
        "bitwise_and", "bitwise_left_shift", "bitwise_or", "bitwise_right_shift", "bitwise_xor",
        "categorical_crossentropy", "conv", "conv_transpose", "correlate", "cross",
        "depthwise_conv", "digitize", "divide", "divide_no_nan", "dot", "equal", "floor_divide",
        "fmax", "fmin", "fmod", "full_like", "gcd", "geomspace", "get_item", "greater",
        "greater_equal", "heaviside", "hypot", "in_top_k", "inner", "kron", "lcm", "ldexp",
        "left_shift", "less", "less_equal", "linspace", "logaddexp", "logaddexp2", "logical_and",
        "logical_or", "logical_xor", "logspace", "lstsq", "map", "map_coordinates", "matmul",
        "maximum", "minimum", "mod", "multiply", "nanpercentile", "nanquantile", "nextafter",
        "not_equal", "outer", "percentile", "polar", "power", "quantile", "right_shift", "scatter",
        "segment_max", "segment_min", "segment_prod", "segment_sum", "slice", "solve",
        "solve_triangular", "sparse_categorical_crossentropy", "subtract", "take",
        "take_along_axis", "tensordot", "true_divide", "vdot",
    ), 2),
    **dict.fromkeys((
        "arange", "cond", "perspective_transform", "scan", "scatter_update", "select",
        "separable_conv", "slice_update", "switch", "where",
    ), 3),
    **dict.fromkeys(("isclose", "scale_and_translate"), 4),
    "dot_product_attention": 6,
}
# fmt: on
# Ops whose call arguments are not the leading ones: (positional, keyword) names.
_CALL_PARAMETERS = {
    "average": (("x",), ("weights",)),
    "einsum": (("operands",), ()),
    "full": (("fill_value",), ()),
    "pad": (("x",), ("constant_values",)),
}


def _call_parameters(function) -> tuple:
    """The names of the op's call arguments Keras passes by position and by keyword."""
    name = function.__name__
    if name in _CALL_PARAMETERS:
        return _CALL_PARAMETERS[name]
    parameters = list(inspect.signature(function).parameters)
    return tuple(parameters[: _CALL_ARITY.get(name, 1)]), ()


def _op_entry(operation, calls, writer):
    function = operation.function
    class_name = "".join(part[:1].upper() + part[1:] for part in function.__name__.split("_"))
    config, records = {"name": operation.name}, []
    signature = inspect.signature(function)
    positional_names, keyword_names = _call_parameters(function)
    for node in calls:
        bound = signature.bind(*node.call_args, **node.call_kwargs)
        bound.apply_defaults()
        args, kwargs = [], {}
        for name, value in bound.arguments.items():
            kind = signature.parameters[name].kind
            if name in positional_names and kind == inspect.Parameter.VAR_POSITIONAL:
                args.extend(value)
            elif name in positional_names:
                args.append(value)
            elif name in keyword_names:
                kwargs[name] = value
            elif kind == inspect.Parameter.VAR_KEYWORD:
                kwargs.update(value)
            else:
                config[name] = value
        records.append({"args": writer.value(tuple(args)), "kwargs": writer.value(kwargs)})
    entry = {
        "module": "keras.src.ops." + _op_namespace(function),
        "class_name": class_name,
        "config": serialize_keras_object(config),
        "registered_name": class_name,
    }
    return entry, records


def _op_namespace(function) -> str:
    parts = function.__module__.split(".")
    return parts[2] if parts[:2] == ["keras_core", "ops"] and len(parts) > 2 else "numpy"


def _op_function(entry, model_name):
    import importlib

    from keras_core import ops

    namespace = entry["module"].split(".")[3] if entry["module"].count(".") >= 3 else ""
    name = to_snake_case(entry["class_name"])
    try:
        module = importlib.import_module(f"keras_core.ops.{namespace}") if namespace else ops
    except ImportError:
        module = ops
    function = getattr(module, name, None) or getattr(ops, name, None)
    if function is None:
        raise ValueError(
            f"Model '{model_name}': the config uses op {entry['class_name']!r} "
            f"({entry['module']}), which keras_core.ops does not provide (looked for "
            f"keras_core.ops.{name})"
        )
    return function


def _call_op(function, args, config):
    """Calls ``function`` with the op's call ``args`` and its constructor ``config``."""
    signature = inspect.signature(function)
    values, varargs = dict(config), ()
    for index, name in enumerate(_call_parameters(function)[0]):
        if signature.parameters[name].kind == inspect.Parameter.VAR_POSITIONAL:
            varargs = tuple(args[index:])
            break
        if index < len(args):
            values[name] = args[index]
    if function.__name__ == "get_item" and isinstance(values.get("key"), list):
        # JSON turns the index tuple into a list, which would mean fancy indexing.
        values["key"] = tuple(values["key"])
    positional = []
    for name, parameter in signature.parameters.items():
        if parameter.kind == inspect.Parameter.VAR_POSITIONAL:
            positional.extend(varargs)
        elif varargs and name in values and parameter.kind != inspect.Parameter.KEYWORD_ONLY:
            # Arguments before ``*args`` can only be given by position.
            positional.append(values.pop(name))
    return function(*positional, **values)


# Reading ------------------------------------------------------------------------------


def functional_from_config(cls, config, custom_objects=None):
    """Rebuilds a functional model from ``functional_config``'s output (or Keras 3's).

    Args:
        cls: The model class to create, ``Functional`` (or ``Model``) or a subclass.
        config: The config dict; it is not modified.
        custom_objects: Dict of name to class/function for user layers.

    Example:
        >>> clone = functional_from_config(Functional, functional_config(model))
    """
    name = config.get("name")
    builder = _GraphBuilder(name, custom_objects)
    entries = config["layers"]
    for entry in entries:
        builder.create(entry)
    builder.replay(entries)
    inputs = builder.resolve_structure(config["input_layers"])
    outputs = builder.resolve_structure(config["output_layers"])
    model = cls(inputs, outputs, name=name)
    if config.get("trainable", True) is False:
        model.trainable = False
    return model


class _GraphBuilder:
    """Creates a config's operations and replays their recorded calls."""

    def __init__(self, model_name, custom_objects):
        self.model_name = model_name
        self.custom_objects = custom_objects
        self.operations = {}
        self.ops = {}
        # (operation name, node index) -> the flat output tensors of that call.
        self.produced = {}
        self.next_index = {}

    def create(self, entry):
        name = entry.get("name") or entry["config"]["name"]
        if name in self.operations or name in self.ops:
            raise ValueError(f"Model '{self.model_name}': the config has two layers named {name!r}")
        if str(entry.get("module") or "").startswith("keras.src.ops."):
            config = dict(entry.get("config") or {})
            config.pop("name", None)
            self.ops[name] = (_op_function(entry, self.model_name), config)
            self.next_index[name] = 0
            return
        # The layer is built by its first replayed call, which records its build shape;
        # Layer.build_from_config records none for classes that keep the base build().
        entry = {key: value for key, value in entry.items() if key != "build_config"}
        layer = deserialize_keras_object(entry, custom_objects=self.custom_objects)
        self.operations[name] = layer
        # Layers that exist with a call already (InputLayer) number their recorded calls
        # after it.
        for index, node in enumerate(layer._inbound_nodes):
            self.produced[(name, index)] = list(node.output_tensors)
        self.next_index[name] = len(layer._inbound_nodes)

    def replay(self, entries):
        pending = {}
        for entry in entries:
            name = entry.get("name") or entry["config"]["name"]
            records = entry.get("inbound_nodes") or []
            if records and not isinstance(records[0], dict):
                raise ValueError(
                    f"Model '{self.model_name}': layer {name!r} has inbound_nodes in the "
                    f"Keras 2 format (lists); only Keras 3 configs ({{'args', 'kwargs'}} "
                    f"records) can be loaded"
                )
            pending[name] = collections.deque(records)
        while any(pending.values()):
            progressed = False
            for name, records in pending.items():
                while records and self._ready(records[0]):
                    self._call(name, records.popleft())
                    progressed = True
            if not progressed:
                waiting = {
                    name: [
                        list(ref)
                        for ref in sorted(set(_references(records[0])) - set(self.produced))
                    ]
                    for name, records in pending.items()
                    if records
                }
                raise ValueError(
                    f"Model '{self.model_name}': cannot rebuild the graph; these layers wait "
                    f"for tensors [layer, node index] that no recorded call produces: "
                    f"{waiting}"
                )

    def _ready(self, record) -> bool:
        return all(ref in self.produced for ref in _references(record))

    def _call(self, name, record):
        args = self._value(record.get("args", []))
        kwargs = self._value(record.get("kwargs", {}))
        if name in self.ops:
            function, config = self.ops[name]
            outputs = _call_op(function, args, {**kwargs, **self._value(config)})
            flat = tree.flatten(outputs)
            history = flat[0]._keras_history if flat else None
            if history is not None and isinstance(history.operation, Operation):
                history.operation.name = name
        else:
            outputs = self.operations[name](*args, **kwargs)
            flat = tree.flatten(outputs)
        self.produced[(name, self.next_index[name])] = flat
        self.next_index[name] += 1

    def _value(self, x):
        if isinstance(x, dict):
            kind = x.get("class_name")
            if kind == "__keras_tensor__":
                return self._tensor(*x["config"]["keras_history"])
            if kind == "__slice__":
                inner = x["config"]
                return slice(
                    self._value(inner["start"]),
                    self._value(inner["stop"]),
                    self._value(inner["step"]),
                )
            if kind == "__ellipsis__":
                return Ellipsis
            if kind is not None and "config" in x:
                return deserialize_keras_object(x, custom_objects=self.custom_objects)
            return {key: self._value(value) for key, value in x.items()}
        if isinstance(x, (list, tuple)):
            items = [self._value(item) for item in x]
            return tuple(items) if isinstance(x, tuple) else items
        return x

    def _tensor(self, name, node_index, tensor_index):
        outputs = self.produced.get((name, node_index))
        if outputs is None or tensor_index >= len(outputs):
            raise ValueError(
                f"Model '{self.model_name}': the config refers to output {tensor_index} of "
                f"call {node_index} of layer {name!r}, which does not exist"
            )
        return outputs[tensor_index]

    def resolve_structure(self, structure):
        if _is_history(structure):
            name, node_index, tensor_index = structure
            if _is_functional(self.operations.get(name)):
                node_index -= 1  # See _history_structure.
            return self._tensor(name, node_index, tensor_index)
        if isinstance(structure, dict):
            return {key: self.resolve_structure(value) for key, value in structure.items()}
        items = [self.resolve_structure(value) for value in structure]
        return tuple(items) if isinstance(structure, tuple) else items


def _is_functional(operation) -> bool:
    from keras_core.models.functional import Functional

    return isinstance(operation, Functional)


def _is_history(x) -> bool:
    return (
        isinstance(x, (list, tuple))
        and len(x) == 3
        and isinstance(x[0], str)
        and isinstance(x[1], int)
        and isinstance(x[2], int)
    )


def _references(record) -> list:
    """The ``(layer name, node index)`` pairs whose outputs a call record uses."""
    found = []

    def visit(x):
        if isinstance(x, dict):
            if x.get("class_name") == "__keras_tensor__":
                name, node_index, _ = x["config"]["keras_history"]
                found.append((name, node_index))
                return
            for value in x.values():
                visit(value)
        elif isinstance(x, (list, tuple)):
            for value in x:
                visit(value)

    visit(record)
    return found
