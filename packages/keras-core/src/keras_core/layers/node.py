"""``Node``: one call of a layer on symbolic tensors, the edge list of a functional graph.

Every ``KerasTensor`` a layer returns from a symbolic call carries ``_keras_history``
``(layer, node_index, tensor_index)``: the layer that made it, which of that layer's calls
(its ``_inbound_nodes``) and which of that call's outputs. Functional models walk these
back from their outputs to their inputs.
"""

import collections

from keras_core import tree
from keras_core.backend.keras_tensor import KerasTensor

KerasHistory = collections.namedtuple("KerasHistory", ["operation", "node_index", "tensor_index"])


class Node:
    """The call ``operation(*call_args, **call_kwargs) -> outputs`` on symbolic tensors.

    Args:
        operation: The layer that was called.
        call_args: Positional arguments of the call (nested KerasTensors and constants).
        call_kwargs: Keyword arguments of the call.
        outputs: What the call returned (nested KerasTensors).
    """

    def __init__(self, operation, call_args=(), call_kwargs=None, outputs=None):
        self.operation = operation
        self.call_args = tuple(call_args)
        self.call_kwargs = dict(call_kwargs or {})
        self.outputs = outputs
        self.input_tensors = [
            x for x in tree.flatten((self.call_args, self.call_kwargs)) if _is_symbolic(x)
        ]
        self.output_tensors = [x for x in tree.flatten(outputs) if _is_symbolic(x)]
        node_index = len(operation._inbound_nodes)
        operation._inbound_nodes.append(self)
        for tensor_index, tensor in enumerate(self.output_tensors):
            tensor._keras_history = KerasHistory(operation, node_index, tensor_index)
        for tensor in self.input_tensors:
            history = tensor._keras_history
            if history is not None:
                history.operation._outbound_nodes.append(self)

    @property
    def parent_nodes(self) -> list:
        """The nodes that produced this node's inputs, in input order."""
        parents = []
        for tensor in self.input_tensors:
            history = tensor._keras_history
            if history is not None:
                parents.append(history.operation._inbound_nodes[history.node_index])
        return parents

    @property
    def is_input(self) -> bool:
        return not self.input_tensors


def _is_symbolic(x) -> bool:
    return isinstance(x, KerasTensor)
