"""Axis arguments of the normalization layers: validation and resolution against a shape."""


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def int_axis(layer_class: str, axis) -> int:
    """``axis`` when it is a single int; raises ``TypeError`` naming the layer otherwise."""
    if not _is_int(axis):
        raise TypeError(
            f"{layer_class}: expected an int for the argument 'axis', received {axis!r} of "
            f"type {type(axis).__name__}"
        )
    return axis


def int_or_list_axis(layer_class: str, axis):
    """``axis`` as an int, or as a list when it is a list/tuple of ints (Keras stores tuples
    as lists); raises ``TypeError`` naming the layer otherwise."""
    if isinstance(axis, (list, tuple)) and axis and all(_is_int(a) for a in axis):
        return list(axis)
    if _is_int(axis):
        return axis
    raise TypeError(
        f"{layer_class}: expected an int or a list/tuple of ints for the argument 'axis', "
        f"received {axis!r}"
    )


def resolve(layer, axes, input_shape) -> list:
    """The non-negative positions of ``axes`` (an int or a list) in ``input_shape``; raises
    ``ValueError`` naming the layer when one is out of range or has an unknown size."""
    rank = len(input_shape)
    positions = []
    for axis in axes if isinstance(axes, list) else [axes]:
        if not -rank <= axis < rank:
            raise ValueError(
                f"{type(layer).__name__} '{layer.name}': axis {axis} is out of range for an "
                f"input of rank {rank}; received input_shape={tuple(input_shape)}"
            )
        position = axis % rank
        if input_shape[position] is None:
            raise ValueError(
                f"{type(layer).__name__} '{layer.name}': axis {axis} of the input must have a "
                f"known size; received input_shape={tuple(input_shape)}"
            )
        positions.append(position)
    return positions


def broadcast_shape(positions, input_shape):
    """The shape that a weight over ``positions`` needs to broadcast against the input, or
    ``None`` when its own shape already does (the axes are the trailing ones, in order)."""
    rank = len(input_shape)
    if positions == list(range(rank - len(positions), rank)):
        return None
    shape = [1] * rank
    for position in positions:
        shape[position] = input_shape[position]
    return shape
