"""Branches, loops and scans with ``jax.lax``, so they trace under ``jax.jit``."""

import jax
import jax.numpy as jnp

from keras_backend_jax.core import convert_to_tensor
from keras_core import tree


def _tensors(structure):
    return tree.map_structure(convert_to_tensor, structure, none_is_leaf=False)


def cond(pred, true_fn, false_fn):
    return jax.lax.cond(pred, true_fn, false_fn)


def switch(index, branches, *operands):
    # lax.switch clamps the index into range, as Keras specifies.
    return jax.lax.switch(index, branches, *operands)


def _as_state(result) -> tuple:
    return tuple(result) if isinstance(result, (list, tuple)) else (result,)


def while_loop(cond, body, loop_vars, maximum_iterations=None):
    is_tuple = isinstance(loop_vars, (list, tuple))
    state = _tensors(_as_state(loop_vars) if is_tuple else (loop_vars,))

    def next_state(current):
        return _as_state(body(*current)) if is_tuple else (body(*current),)

    if maximum_iterations is None:
        state = jax.lax.while_loop(lambda current: cond(*current), next_state, state)
    else:
        _, state = jax.lax.while_loop(
            lambda counted: jnp.logical_and(counted[0] < maximum_iterations, cond(*counted[1])),
            lambda counted: (counted[0] + 1, next_state(counted[1])),
            (0, state),
        )
    return state if is_tuple else state[0]


def fori_loop(lower, upper, body_fun, init_val):
    return jax.lax.fori_loop(lower, upper, body_fun, init_val)


def scan(f, init, xs=None, length=None, reverse=False, unroll=1):
    return jax.lax.scan(f, _tensors(init), xs=xs, length=length, reverse=reverse, unroll=unroll)


def associative_scan(f, elems, reverse=False, axis=0):
    elems = _tensors(elems)
    # lax reverses along `axis` and rejects negative ones.
    axis = axis % tree.flatten(elems)[0].ndim
    return jax.lax.associative_scan(f, elems, reverse=reverse, axis=axis)


def map(f, xs):
    return jax.lax.map(f, xs)


def vectorized_map(function, elements):
    return jax.vmap(function)(elements)
