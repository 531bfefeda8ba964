"""What a recurrent cell's ``state_size`` / ``output_size`` say, as shapes and zero states.

A cell's ``state_size`` is an int (one state of that many units), or a list or tuple with
one entry per state, each an int or a shape tuple. ``output_size`` defaults to the size of
the first state.
"""

from keras_core import ops


def state_sizes(state_size) -> list:
    """One entry per state."""
    return list(state_size) if isinstance(state_size, (list, tuple)) else [state_size]


def dims(size) -> tuple:
    """A state or output size (an int or a shape) as the shape of one example."""
    return tuple(size) if isinstance(size, (list, tuple)) else (int(size),)


def output_dims(cell) -> tuple:
    """The shape of one example of the cell's output."""
    size = getattr(cell, "output_size", None)
    return dims(state_sizes(cell.state_size)[0] if size is None else size)


def initial_states(cell, batch_size, dtype) -> list:
    """The cell's ``get_initial_state(batch_size)`` if it has one, else zeros; a list."""
    get = getattr(cell, "get_initial_state", None)
    if get is not None:
        states = get(batch_size=batch_size)
        return list(states) if isinstance(states, (list, tuple)) else [states]
    return [
        ops.zeros((batch_size, *dims(size)), dtype=dtype) for size in state_sizes(cell.state_size)
    ]
