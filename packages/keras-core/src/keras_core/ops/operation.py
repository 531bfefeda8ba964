"""``Operation``: an op called on symbolic tensors, kept as a node of the functional graph.

``keras_core.ops.add(x, 1)`` on a KerasTensor from ``keras_core.Input`` returns a KerasTensor
whose history is an ``Operation`` that replays ``ops.add`` with the same arguments, so that
arithmetic, slicing and any other op can sit between layers of a functional model. Ops run
inside a layer's own symbolic call are not recorded: that layer is the node.
"""

import types

from keras_core.backend import naming


class _State:
    symbolic_depth = 0


state = _State()


class _NoCallFeatures:
    """What a functional graph asks of a node's operation: ops take no mask or training."""

    has_training = False
    has_mask = False
    computes_mask = False


class Operation:
    """A keras_core op bound into a functional graph.

    Args:
        function: The public op (``keras_core.ops.add``, ...) it replays.

    Example:
        >>> x = keras_core.Input((3,))
        >>> y = x[:, 0] * 2          # an Operation node for get_item, one for multiply
        >>> type(y._keras_history.operation).__name__
        'Operation'
    """

    _call_info = _NoCallFeatures()
    supports_masking = False

    def __init__(self, function):
        self.function = function
        uid = naming.get_uid(function.__name__)
        self.name = function.__name__ if uid == 1 else f"{function.__name__}_{uid - 1}"
        self._inbound_nodes = []
        self._outbound_nodes = []

    def __call__(self, *args, **kwargs):
        return self.function(*args, **kwargs)

    def compute_mask(self, inputs, previous_mask):
        return None

    def __repr__(self) -> str:
        return f"<Operation {self.function.__module__}.{self.function.__name__} name={self.name}>"


_public_ops: dict = {}


def _public_op_for(code):
    if not _public_ops:
        from keras_core import ops

        for module in (ops, ops.image, ops.linalg, ops.nn, ops.numpy):
            for value in vars(module).values():
                if isinstance(value, types.FunctionType):
                    _public_ops[value.__code__] = value
    return _public_ops.get(code)


def record_symbolic_call(frame, outputs) -> None:
    """Adds a graph node for the public op running in ``frame`` that produced ``outputs``
    from symbolic inputs (nothing when called inside a layer's symbolic call)."""
    if state.symbolic_depth:
        return
    code = frame.f_code
    function = _public_op_for(code)
    if function is None:
        return
    from keras_core.layers.node import Node

    names = code.co_varnames[: code.co_argcount]
    args = [frame.f_locals[name] for name in names]
    position = code.co_argcount + code.co_kwonlyargcount
    if code.co_flags & 0x04:  # CO_VARARGS
        args.extend(frame.f_locals[code.co_varnames[position]])
        position += 1
    kwargs = {
        name: frame.f_locals[name]
        for name in code.co_varnames[code.co_argcount : code.co_argcount + code.co_kwonlyargcount]
    }
    if code.co_flags & 0x08:  # CO_VARKEYWORDS
        kwargs.update(frame.f_locals[code.co_varnames[position]])
    Node(Operation(function), args, kwargs, outputs)
