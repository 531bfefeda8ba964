"""Branches, loops and scans with TensorFlow's control flow, so they trace under
``tf.function`` (and run eagerly outside it)."""

import functools

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor
from keras_core import tree
from keras_core.tree.flattening import first_mismatch


def _tensors(structure):
    return tree.map_structure(convert_to_tensor, structure, none_is_leaf=False)


def cond(pred, true_fn, false_fn):
    return tf.cond(pred, true_fn, false_fn)


def switch(index, branches, *operands):
    index = tf.clip_by_value(tf.cast(index, tf.int32), 0, len(branches) - 1)
    return tf.switch_case(index, [functools.partial(branch, *operands) for branch in branches])


def _as_state(result) -> tuple:
    return tuple(result) if isinstance(result, (list, tuple)) else (result,)


def while_loop(cond, body, loop_vars, maximum_iterations=None):
    is_tuple = isinstance(loop_vars, (list, tuple))
    state = _tensors(_as_state(loop_vars) if is_tuple else (loop_vars,))

    def next_state(*current):
        return _tensors(_as_state(body(*current)) if is_tuple else (body(*current),))

    state = tf.while_loop(cond, next_state, state, maximum_iterations=maximum_iterations)
    state = tuple(state)
    return state if is_tuple else state[0]


def _scan_steps(x_leaves, length):
    if not x_leaves:
        if length is None:
            raise ValueError("scan: got no xs to scan over and no length.")
        return length
    static = x_leaves[0].shape[0]
    if static is None:
        return tf.shape(x_leaves[0])[0]
    if length is not None and length != static:
        raise ValueError(f"scan: length={length} differs from the leading size {static} of xs.")
    return static


def scan(f, init, xs=None, length=None, reverse=False, unroll=1):
    x_leaves = [convert_to_tensor(leaf) for leaf in tree.flatten(xs)] if xs is not None else []
    steps = _scan_steps(x_leaves, length)
    carry = _tensors(init)

    def step(carry, x_row):
        x = tree.pack_sequence_as(xs, x_row) if xs is not None else None
        new_carry, y = f(carry, x)
        problem = first_mismatch(carry, new_carry, none_is_leaf=False)
        if problem is not None:
            raise ValueError(f"scan: f must return a carry nested like init; it differs {problem}.")
        return _tensors(new_carry), _tensors(y)

    # The TensorArrays that collect ys need their dtypes and shapes before the loop runs:
    # trace one step without running it.
    carry_specs = tree.map_structure(tf.TensorSpec.from_tensor, carry, none_is_leaf=False)
    row_specs = [tf.TensorSpec(leaf.shape[1:], leaf.dtype) for leaf in x_leaves]
    traced = tf.function(step, autograph=False).get_concrete_function(carry_specs, row_specs)
    y_template = traced.structured_outputs[1]
    y_slots = [leaf for leaf in tree.flatten(y_template) if leaf is not None]
    arrays = [tf.TensorArray(slot.dtype, size=steps, element_shape=slot.shape) for slot in y_slots]

    def body(i, carry, arrays):
        index = steps - 1 - i if reverse else i
        new_carry, y = step(carry, [leaf[index] for leaf in x_leaves])
        written = [
            array.write(index, leaf)
            for array, leaf in zip(
                arrays, [v for v in tree.flatten(y) if v is not None], strict=True
            )
        ]
        return i + 1, new_carry, written

    _, carry, arrays = tf.while_loop(lambda i, *_: i < steps, body, (tf.constant(0), carry, arrays))
    stacked = iter([array.stack() for array in arrays])
    ys = tree.pack_sequence_as(
        y_template, [None if leaf is None else next(stacked) for leaf in tree.flatten(y_template)]
    )
    return carry, ys


def vectorized_map(function, elements):
    return tf.vectorized_map(function, _tensors(elements))
