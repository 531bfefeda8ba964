"""``control_flow``: every op has a default here, written with Python control flow over
eagerly computed tensors (what the numpy and torch backends run). Backends that trace
(jax, tensorflow) override them with their native loops and branches.
"""

import numpy as np

from keras_core import tree
from keras_core.backend.dispatch import table
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.tree.flattening import first_mismatch

REQUIRED = ()

_core = table("core")
_flow = table("control_flow")
_manipulation = table("numpy.manipulation")


def _tensors(structure):
    return tree.map_structure(_core.convert_to_tensor, structure, none_is_leaf=False)


def cond(pred, true_fn, false_fn):
    return true_fn() if pred else false_fn()


def switch(index, branches, *operands):
    chosen = min(max(int(index), 0), len(branches) - 1)
    return branches[chosen](*operands)


def _as_state(result) -> tuple:
    return tuple(result) if isinstance(result, (list, tuple)) else (result,)


def while_loop(cond, body, loop_vars, maximum_iterations=None):
    is_tuple = isinstance(loop_vars, (list, tuple))
    state = _tensors(_as_state(loop_vars) if is_tuple else (loop_vars,))
    iterations = 0
    while (maximum_iterations is None or iterations < maximum_iterations) and cond(*state):
        state = _as_state(body(*state)) if is_tuple else (body(*state),)
        iterations += 1
    return state if is_tuple else state[0]


def fori_loop(lower, upper, body_fun, init_val):
    _, value = _flow.while_loop(
        lambda i, _: i < upper,
        lambda i, value: (i + 1, body_fun(i, value)),
        (lower, init_val),
    )
    return value


def _stack(tensors):
    rows = [_manipulation.reshape(t, (1, *_core.shape(t))) for t in tensors]
    return _manipulation.concatenate(rows, axis=0)


def _scan_length(x_leaves, length) -> int:
    sizes = {int(_core.shape(leaf)[0]) for leaf in x_leaves}
    if length is not None:
        sizes.add(int(length))
    if not sizes:
        raise ValueError("scan: got no xs to scan over and no length.")
    if len(sizes) > 1:
        raise ValueError(f"scan: xs leaves and length disagree on the number of steps: {sizes}.")
    return sizes.pop()


def _empty_ys(f, carry, xs, x_leaves):
    """The ``ys`` of a zero-step scan: ``f`` traced on KerasTensors gives their specs."""

    def spec(x):
        return KerasTensor(tuple(_core.shape(x)), _core.dtype(x))

    carry_specs = tree.map_structure(spec, carry, none_is_leaf=False)
    x_specs = None
    if xs is not None:
        element_specs = [KerasTensor(spec(leaf).shape[1:], spec(leaf).dtype) for leaf in x_leaves]
        x_specs = tree.pack_sequence_as(xs, element_specs)
    _, y = f(carry_specs, x_specs)
    return tree.map_structure(
        lambda s: None if s is None else _core.convert_to_tensor(np.zeros((0, *s.shape), s.dtype)),
        y,
        none_is_leaf=False,
    )


def scan(f, init, xs=None, length=None, reverse=False, unroll=1):
    x_leaves = (
        [_core.convert_to_tensor(leaf) for leaf in tree.flatten(xs)] if xs is not None else []
    )
    steps = _scan_length(x_leaves, length)
    carry = _tensors(init)
    ys = []
    for step in range(steps - 1, -1, -1) if reverse else range(steps):
        x = tree.pack_sequence_as(xs, [leaf[step] for leaf in x_leaves]) if xs is not None else None
        new_carry, y = f(carry, x)
        problem = first_mismatch(carry, new_carry, none_is_leaf=False)
        if problem is not None:
            raise ValueError(f"scan: f must return a carry nested like init; it differs {problem}.")
        carry = _tensors(new_carry)
        ys.append(y)
    if reverse:
        ys.reverse()
    if not ys:
        return carry, _empty_ys(f, carry, xs, x_leaves)
    return carry, tree.map_structure(lambda *leaves: _stack(leaves), *ys, none_is_leaf=False)


def associative_scan(f, elems, reverse=False, axis=0):
    # Hillis-Steele: after the round with offset d, element i combines the 2d elements
    # ending (or, in reverse, starting) at i; log2(n) calls of f on whole tensors.
    leaves = [_core.convert_to_tensor(leaf) for leaf in tree.flatten(elems)]
    shapes = [tuple(_core.shape(leaf)) for leaf in leaves]
    sizes = {shape[axis] for shape in shapes}
    if len(sizes) != 1:
        raise ValueError(
            f"associative_scan: elems must share their size along axis {axis}: {shapes}."
        )
    size = sizes.pop()
    offset = 1
    while offset < size:
        head = [_window(leaf, axis, 0, size - offset) for leaf in leaves]
        tail = [_window(leaf, axis, offset, size - offset) for leaf in leaves]
        if reverse:
            combined = tree.flatten(
                f(tree.pack_sequence_as(elems, tail), tree.pack_sequence_as(elems, head))
            )
            kept = [_window(leaf, axis, size - offset, offset) for leaf in leaves]
            parts = zip(combined, kept, strict=True)
        else:
            combined = tree.flatten(
                f(tree.pack_sequence_as(elems, head), tree.pack_sequence_as(elems, tail))
            )
            kept = [_window(leaf, axis, 0, offset) for leaf in leaves]
            parts = zip(kept, combined, strict=True)
        leaves = [_manipulation.concatenate(list(pair), axis=axis) for pair in parts]
        offset *= 2
    return tree.pack_sequence_as(elems, leaves)


def _window(x, axis, start, size):
    shape = list(_core.shape(x))
    axis = axis % len(shape)
    starts = [0] * len(shape)
    starts[axis], shape[axis] = start, size
    return _core.slice(x, starts, shape)


def map(f, xs):
    _, ys = _flow.scan(lambda carry, x: (carry, f(x)), (), xs)
    return ys


def vectorized_map(function, elements):
    return _flow.map(function, elements)
