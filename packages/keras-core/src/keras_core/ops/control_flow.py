"""Control flow ops: branching, loops, scans and mapping over a leading axis.

They run eagerly and inside ``jax.jit`` / ``tf.function``. With symbolic inputs they trace
the user's functions on KerasTensors, as Keras does, to find the output structure, shapes
and dtypes.
"""

from keras_core import tree
from keras_core.backend.dispatch import table
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import any_symbolic, shape_of
from keras_core.tree.flattening import first_mismatch

__all__ = [
    "associative_scan",
    "cond",
    "fori_loop",
    "map",
    "scan",
    "switch",
    "vectorized_map",
    "while_loop",
]

_impl = table("control_flow")


def _spec(value):
    """A KerasTensor with ``value``'s shape and dtype; ``None`` and KerasTensors unchanged."""
    if value is None or isinstance(value, KerasTensor):
        return value
    return rules.same("", value)


def _specs(structure):
    return tree.map_structure(_spec, structure)


def _element_spec(value) -> KerasTensor:
    """One slice along the leading axis of ``value``."""
    spec = _spec(value)
    return KerasTensor(spec.shape[1:], spec.dtype)


def _stacked_spec(spec, length):
    if spec is None:
        return None
    return KerasTensor((length, *spec.shape), spec.dtype)


def _leading_size(op, arg, structure):
    """The common leading size of the leaves of ``structure`` (``None`` if unknown)."""
    sizes = set()
    for leaf in tree.flatten(structure):
        shape = shape_of(leaf)
        if not shape:
            raise ValueError(f"ops.{op}: every leaf of {arg} needs a leading axis, got a scalar.")
        sizes.add(shape[0])
    known = sizes - {None}
    if len(known) > 1:
        raise ValueError(
            f"ops.{op}: the leaves of {arg} must share their leading size, received sizes "
            f"{sorted(known)}."
        )
    return known.pop() if known else None


def _compatible(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return (
        a.dtype == b.dtype
        and len(a.shape) == len(b.shape)
        and all(x is None or y is None or x == y for x, y in zip(a.shape, b.shape, strict=True))
    )


def _merged(a, b):
    """The spec that covers both: sizes that differ or are unknown in either become None."""
    if a is None:
        return None
    return KerasTensor(
        tuple(x if x == y else None for x, y in zip(a.shape, b.shape, strict=True)), a.dtype
    )


def _same_specs(op, what, expected, received):
    """Raises a ValueError naming ``op`` unless two spec structures match (unknown sizes
    match any size); returns the spec covering both."""
    problem = first_mismatch(expected, received)
    if problem is None:
        for a, b in zip(tree.flatten(expected), tree.flatten(received), strict=True):
            if not _compatible(a, b):
                problem = f"{a} vs {b}"
                break
    if problem is not None:
        raise ValueError(
            f"ops.{op}: {what} must have the same structure, shapes and dtypes: {problem}"
        )
    return tree.map_structure(_merged, expected, received)


def _fail_unless_symbolic(error, *inputs):
    """Control-flow rules call user functions, so they run only for symbolic inputs."""
    if not any_symbolic(inputs):
        raise error


def _check_callable(op, **functions):
    for name, function in functions.items():
        if not callable(function):
            raise TypeError(f"ops.{op}: {name} must be callable, received {function!r}.")


def _cond_rule(pred, true_fn, false_fn):
    shape = shape_of(pred)
    if shape is not None and len(shape) > 0 and any(d != 1 for d in shape):
        raise ValueError(f"ops.cond: pred must be a scalar, received shape {shape}.")
    true_spec, false_spec = _specs(true_fn()), _specs(false_fn())
    return _same_specs("cond", "the outputs of true_fn and false_fn", true_spec, false_spec)


def cond(pred, true_fn, false_fn):
    """``true_fn()`` if ``pred`` else ``false_fn()``; both must return the same structure,
    shapes and dtypes (under ``jax.jit``/``tf.function`` both are traced).

    Example:
        >>> keras_core.ops.cond(x > 0, lambda: x, lambda: -x)
    """
    try:
        return _impl.cond(pred, true_fn, false_fn)
    except Exception as error:
        _check_callable("cond", true_fn=true_fn, false_fn=false_fn)
        _fail_unless_symbolic(error, pred)
        return _cond_rule(pred, true_fn, false_fn)


def _check_branches(branches):
    if not isinstance(branches, (list, tuple)) or not branches:
        raise ValueError(
            f"ops.switch: branches must be a non-empty list of functions, got {branches!r}."
        )
    _check_callable("switch", **{f"branches[{i}]": b for i, b in enumerate(branches)})


def switch(index, branches, *operands):
    """``branches[index](*operands)``, with ``index`` clamped to ``[0, len(branches) - 1]``.

    Example:
        >>> keras_core.ops.switch(1, [lambda x: x + 1, lambda x: x * 10], 2.0)   # 20.0
    """
    try:
        return _impl.switch(index, branches, *operands)
    except Exception as error:
        _check_branches(branches)
        _fail_unless_symbolic(error, index, operands)
        result = _specs(branches[0](*operands))
        for branch in branches[1:]:
            result = _same_specs(
                "switch", "the outputs of all branches", result, _specs(branch(*operands))
            )
        return result


def while_loop(cond, body, loop_vars, maximum_iterations=None):
    """Repeats ``loop_vars = body(*loop_vars)`` while ``cond(*loop_vars)`` holds.

    Args:
        cond: Returns a scalar bool from the loop variables.
        body: Returns the next loop variables, in the same structure.
        loop_vars: A tuple or list of variables (each call receives them unpacked), or a
            single tensor or structure (passed as one argument).
        maximum_iterations: Optional bound on the number of iterations.

    Returns:
        The final loop variables: a tuple when ``loop_vars`` was a tuple or list.

    Example:
        >>> keras_core.ops.while_loop(lambda i, s: i < 3, lambda i, s: (i + 1, s * 2), (0, 1.0))
        (3, 8.0)
    """
    try:
        return _impl.while_loop(cond, body, loop_vars, maximum_iterations=maximum_iterations)
    except Exception as error:
        _check_callable("while_loop", cond=cond, body=body)
        _fail_unless_symbolic(error, loop_vars)
        is_tuple = isinstance(loop_vars, (list, tuple))
        specs = _specs(tuple(loop_vars) if is_tuple else (loop_vars,))
        cond(*specs)
        result = body(*specs)
        result = _specs(tuple(result) if is_tuple and isinstance(result, list) else result)
        _same_specs(
            "while_loop",
            "loop_vars and the output of body",
            specs,
            result if is_tuple else (result,),
        )
        return specs if is_tuple else specs[0]


def fori_loop(lower, upper, body_fun, init_val):
    """``val = body_fun(i, val)`` for ``i`` from ``lower`` to ``upper - 1``; returns ``val``.

    Example:
        >>> keras_core.ops.fori_loop(0, 4, lambda i, total: total + i, 0)   # 6
    """
    try:
        return _impl.fori_loop(lower, upper, body_fun, init_val)
    except Exception as error:
        _check_callable("fori_loop", body_fun=body_fun)
        _fail_unless_symbolic(error, lower, upper, init_val)
        specs = _specs(init_val)
        _same_specs(
            "fori_loop",
            "init_val and the output of body_fun",
            specs,
            _specs(body_fun(KerasTensor((), "int32"), specs)),
        )
        return specs


def _scan_steps(xs, length):
    """The number of steps (``None`` if unknown); checks what needs no call of ``f``."""
    size = _leading_size("scan", "xs", xs) if xs is not None else None
    if xs is None and length is None:
        raise ValueError("ops.scan: got no xs to scan over and no length.")
    if length is not None and size is not None and length != size:
        raise ValueError(f"ops.scan: length={length} differs from the leading size {size} of xs.")
    return size if size is not None else length


def _scan_rule(f, init, xs, steps):
    carry = _specs(init)
    x = tree.map_structure(_element_spec, xs) if xs is not None else None
    new_carry, y = f(carry, x)
    _same_specs("scan", "init and the carry returned by f", carry, _specs(new_carry))
    return carry, tree.map_structure(lambda spec: _stacked_spec(spec, steps), _specs(y))


def scan(f, init, xs=None, length=None, reverse=False, unroll=1):
    """Loops ``carry, y = f(carry, x)`` over the leading axis of ``xs``.

    Args:
        f: ``f(carry, x) -> (carry, y)``; the carry keeps its structure, shapes and dtypes.
        init: The first carry.
        xs: Structure of tensors to scan over (leading axis), or ``None`` to run ``length``
            steps with ``x=None``.
        length: The number of steps when ``xs`` is ``None``.
        reverse: Whether to scan from the end (``ys`` keep the order of ``xs``).
        unroll: Loop iterations to unroll (a hint, used by jax).

    Returns:
        ``(final_carry, ys)`` with the ``y`` of each step stacked along a new leading axis.

    Example:
        >>> keras_core.ops.scan(lambda c, x: (c + x, c), 0.0, keras_core.ops.arange(4.0))
        (6.0, [0.0, 0.0, 1.0, 3.0])
    """
    try:
        return _impl.scan(f, init, xs=xs, length=length, reverse=reverse, unroll=unroll)
    except Exception as error:
        _check_callable("scan", f=f)
        steps = _scan_steps(xs, length)
        _fail_unless_symbolic(error, init, xs)
        return _scan_rule(f, init, xs, steps)


def associative_scan(f, elems, reverse=False, axis=0):
    """Inclusive prefix scan of ``elems`` along ``axis`` with an associative ``f``.

    Args:
        f: Associative ``f(a, b)`` combining two structures of tensors shaped like
            ``elems`` (with any size along ``axis``), element-wise along ``axis``.
        elems: A tensor or a structure of tensors with the same size along ``axis``.
        reverse: Whether to scan from the end.
        axis: The axis to scan along.

    Example:
        >>> keras_core.ops.associative_scan(keras_core.ops.add, [1, 2, 3, 4])   # [1, 3, 6, 10]
    """
    try:
        return _impl.associative_scan(f, elems, reverse=reverse, axis=axis)
    except Exception as error:
        _check_callable("associative_scan", f=f)
        sizes = set()
        for leaf in tree.flatten(elems):
            shape = shape_of(leaf)
            sizes.add(shape[rules.canonical_axis("associative_scan", axis, len(shape), shape)])
        if len(sizes - {None}) > 1:
            raise ValueError(
                f"ops.associative_scan: the leaves of elems must have the same size along "
                f"axis {axis}, received sizes {sorted(sizes - {None})}."
            ) from None
        _fail_unless_symbolic(error, elems)
        specs = _specs(elems)
        result = _specs(f(specs, specs))
        return tree.map_structure(lambda out, inp: KerasTensor(inp.shape, out.dtype), result, specs)


def _mapped_specs(op, f, xs, size):
    y = _specs(f(tree.map_structure(_element_spec, xs)))
    return tree.map_structure(lambda spec: _stacked_spec(spec, size), y)


def map(f, xs):
    """``f`` applied to each slice of ``xs`` (a tensor or structure) along its leading axis,
    with the results stacked.

    Example:
        >>> keras_core.ops.map(lambda row: keras_core.ops.sum(row), x)   # shape (x.shape[0],)
    """
    try:
        return _impl.map(f, xs)
    except Exception as error:
        _check_callable("map", f=f)
        size = _leading_size("map", "xs", xs)
        _fail_unless_symbolic(error, xs)
        return _mapped_specs("map", f, xs, size)


def vectorized_map(function, elements):
    """Like :func:`map`, vectorized where the backend can (``jax.vmap``,
    ``tf.vectorized_map``, ``torch.vmap``).

    Example:
        >>> keras_core.ops.vectorized_map(lambda row: row * 2.0, x)
    """
    try:
        return _impl.vectorized_map(function, elements)
    except Exception as error:
        _check_callable("vectorized_map", function=function)
        size = _leading_size("vectorized_map", "elements", elements)
        _fail_unless_symbolic(error, elements)
        return _mapped_specs("vectorized_map", function, elements, size)
