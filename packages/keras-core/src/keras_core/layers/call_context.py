"""What ``Layer.__call__`` needs besides the layer: the call signature facts of each layer
class, the ``training`` value that outer calls pass down, masks, and build shapes.

``training`` follows Keras: an explicit argument wins, then the value of the nearest outer
call that received one, then the default of the layer's ``call`` signature.
"""

import contextlib
import inspect

from keras_core import tree
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import operation
from keras_core.ops.symbolic import shape_of


class _State:
    training = None
    depth = 0
    # Until some layer produces a mask, eager calls skip looking for masks on tensors.
    masks_seen = False
    losses_added = False


_state = _State()
_CONTAINERS = (list, tuple, dict)


class CallInfo:
    """Facts about a layer class's ``call`` signature, computed once per class."""

    def __init__(self, cls):
        signature = inspect.signature(cls.call)
        parameters = list(signature.parameters.values())[1:]
        self.signature = signature
        self.parameter_names = [p.name for p in parameters]
        self.has_training = "training" in signature.parameters
        self.has_mask = "mask" in signature.parameters
        training = signature.parameters.get("training")
        self.training_default = (
            None
            if training is None or training.default is inspect.Parameter.empty
            else training.default
        )
        base_compute_mask = _base_layer_method("compute_mask")
        self.computes_mask = (
            base_compute_mask is not None and cls.compute_mask is not base_compute_mask
        )
        self.build_parameters = list(inspect.signature(cls.build).parameters)[1:]
        # Calls of such a layer need no argument resolution or mask computation.
        self.plain = not (self.has_training or self.has_mask or self.computes_mask)

    @staticmethod
    def symbolic_inputs(args, kwargs) -> bool:
        """Whether any argument holds a KerasTensor (a functional-graph call)."""
        for value in args:
            kind = type(value)
            if kind is KerasTensor:
                return True
            if kind in _CONTAINERS and _holds_symbol(value):
                return True
        if kwargs:
            for value in kwargs.values():
                if isinstance(value, KerasTensor) or (
                    type(value) in _CONTAINERS and _holds_symbol(value)
                ):
                    return True
        return False

    def bind(self, args, kwargs) -> dict:
        """The call's arguments by parameter name."""
        named = dict(zip(self.parameter_names, args, strict=False))
        named.update(kwargs)
        return named


def _holds_symbol(structure) -> bool:
    return any(isinstance(x, KerasTensor) for x in tree.flatten(structure))


def _base_layer_method(name):
    from keras_core.layers import layer

    base = getattr(layer, "Layer", None)
    return None if base is None else getattr(base, name)


def resolve_call_arguments(info: CallInfo, args, kwargs) -> dict:
    """``kwargs`` with ``training`` resolved (or dropped when ``call`` does not take it) and
    the inputs' masks filled in as ``mask`` when ``call`` takes one."""
    kwargs = dict(kwargs)
    if kwargs.get("mask") is not None:
        _state.masks_seen = True
    if info.has_training:
        if kwargs.get("training") is None:
            training = _state.training
            kwargs["training"] = info.training_default if training is None else training
    else:
        kwargs.pop("training", None)
    if info.has_mask and _state.masks_seen and kwargs.get("mask") is None and args:
        mask = input_mask(args[0])
        if mask is not None:
            kwargs["mask"] = mask
    return kwargs


def input_mask(inputs):
    """The mask(s) attached to ``inputs`` by the layers that produced them, or ``None``."""
    if isinstance(inputs, (list, tuple)):
        masks = [_attached_mask(x) for x in inputs]
        return None if all(m is None for m in masks) else masks
    return _attached_mask(inputs)


def _attached_mask(x):
    try:
        return x._keras_mask
    except AttributeError:
        return None


def attach_output_mask(layer, args, kwargs, outputs) -> None:
    """Computes the layer's output mask and attaches it to the outputs that accept it."""
    inputs = args[0] if args else None
    previous = kwargs.get("mask") if "mask" in kwargs else input_mask(inputs)
    mask = layer.compute_mask(inputs, previous)
    if mask is None:
        return
    _state.masks_seen = True
    if isinstance(outputs, (list, tuple)) and isinstance(mask, (list, tuple)):
        pairs = zip(outputs, mask, strict=False)
    elif isinstance(outputs, (list, tuple)):
        pairs = ((output, mask) for output in outputs)
    else:
        pairs = ((outputs, mask),)
    for output, output_mask in pairs:
        # Some tensor types (JAX arrays) take no attributes; models pass masks between
        # their layers explicitly.
        with contextlib.suppress(AttributeError, TypeError):
            output._keras_mask = output_mask


def enter(layer, training):
    """Marks the start of a layer call; returns what ``leave`` restores."""
    saved = _state.training
    if _state.depth == 0 and _state.losses_added:
        layer._clear_losses()
    _state.depth += 1
    if training is not None and saved is None:
        _state.training = training
    return saved


def leave(saved) -> None:
    _state.depth -= 1
    _state.training = saved


def needs_output_mask(layer, info) -> bool:
    """Whether an eager call must compute its output mask: always for layers that make
    masks, and for mask-passing layers once any mask exists."""
    return info.computes_mask or (layer.supports_masking and _state.masks_seen)


def note_loss_added() -> None:
    _state.losses_added = True


@contextlib.contextmanager
def symbolic_call():
    """Around a layer's symbolic computation: inner layer and op calls record no graph
    nodes (only the outermost call is part of the functional graph)."""
    operation.state.symbolic_depth += 1
    try:
        yield
    finally:
        operation.state.symbolic_depth -= 1


def inside_symbolic_call() -> bool:
    return operation.state.symbolic_depth > 0


def build_shapes(cls, info: CallInfo, args, kwargs) -> dict:
    """The shapes ``build`` receives: ``{"input_shape": ...}`` for a one-argument ``build``,
    else one ``<arg>_shape`` per parameter taken from the call argument ``<arg>``."""
    parameters = info.build_parameters
    if len(parameters) <= 1:
        first = args[0] if args else next(iter(kwargs.values()), None)
        return {"input_shape": _shapes(first)}
    named = info.bind(args, kwargs)
    shapes = {}
    for name in parameters:
        argument = name[: -len("_shape")] if name.endswith("_shape") else name
        if argument in named and named[argument] is not None:
            shapes[name] = _shapes(named[argument])
    return shapes


def _shapes(structure):
    if structure is None:
        return None
    return tree.map_structure(lambda x: tuple(shape_of(x)), structure)
