"""Reshaping, transposing and joining (``keras_core.ops.numpy``)."""

import math

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = ["concatenate", "reshape", "transpose"]

_impl = table("numpy.manipulation")


def _reshape_rule(op, x, newshape):
    shape = shape_of(x)
    target = (newshape,) if isinstance(newshape, int) else tuple(newshape)
    if sum(1 for d in target if d == -1) > 1:
        raise ValueError(f"ops.{op}: newshape {target} has more than one -1.")
    if any(d is not None and d < -1 for d in target):
        raise ValueError(f"ops.{op}: newshape {target} has a negative size other than -1.")
    known_target = math.prod(d for d in target if d not in (-1, None))
    if None in shape or None in target:
        return KerasTensor(tuple(None if d == -1 else d for d in target), rules.same(op, x).dtype)
    size = math.prod(shape)
    if -1 in target:
        if known_target == 0 or size % known_target:
            raise ValueError(
                f"ops.{op}: cannot reshape an input of shape {shape} ({size} elements) "
                f"into {target}."
            )
        target = tuple(size // known_target if d == -1 else d for d in target)
    elif known_target != size:
        raise ValueError(
            f"ops.{op}: cannot reshape an input of shape {shape} ({size} elements) into "
            f"{target} ({known_target} elements)."
        )
    return KerasTensor(target, rules.same(op, x).dtype)


def _transpose_rule(op, x, axes=None):
    shape = shape_of(x)
    if axes is None:
        return KerasTensor(shape[::-1], rules.same(op, x).dtype)
    if len(axes) != len(shape) or sorted(a % max(len(shape), 1) for a in axes) != list(
        range(len(shape))
    ):
        raise ValueError(
            f"ops.{op}: axes={tuple(axes)} is not a permutation of the {len(shape)} axes "
            f"of an input of shape {shape}."
        )
    return KerasTensor(tuple(shape[a] for a in axes), rules.same(op, x).dtype)


def _concatenate_rule(op, xs, axis=0):
    shapes = [shape_of(x) for x in xs]
    if not shapes:
        raise ValueError(f"ops.{op}: needs at least one tensor, received none.")
    rank = len(shapes[0])
    if any(len(s) != rank for s in shapes):
        raise ValueError(f"ops.{op}: all inputs must have the same rank, received shapes {shapes}.")
    axis = rules.canonical_axis(op, axis, rank, shapes[0])
    out = []
    for i in range(rank):
        sizes = [s[i] for s in shapes]
        if i == axis:
            out.append(None if None in sizes else sum(sizes))
            continue
        known = {d for d in sizes if d is not None}
        if len(known) > 1:
            raise ValueError(
                f"ops.{op}: input shapes {shapes} differ on axis {i}; only axis {axis} may differ."
            )
        out.append(known.pop() if known else None)
    return KerasTensor(tuple(out), result_type(*(dtype_of(x) for x in xs)))


def reshape(x, newshape):
    """Gives ``x`` a new shape with the same number of elements; one entry may be ``-1``.

    Example:
        >>> keras_core.ops.reshape(keras_core.ops.convert_to_tensor([1, 2, 3, 4]), (2, -1))
    """
    try:
        return _impl.reshape(x, newshape)
    except Exception as error:
        return recover(error, _reshape_rule, "reshape", x, newshape)


def transpose(x, axes=None):
    """Permutes the axes of ``x`` (by default reverses them).

    Example:
        >>> keras_core.ops.transpose(keras_core.ops.convert_to_tensor([[1, 2, 3]])).shape
        (3, 1)
    """
    try:
        return _impl.transpose(x, axes=axes)
    except Exception as error:
        return recover(error, _transpose_rule, "transpose", x, axes)


def concatenate(xs, axis=0):
    """Joins a sequence of tensors along an existing axis, promoting their dtypes.

    Example:
        >>> keras_core.ops.concatenate([[1, 2], [3]])   # [1, 2, 3]
    """
    try:
        return _impl.concatenate(xs, axis=axis)
    except Exception as error:
        return recover(error, _concatenate_rule, "concatenate", xs, axis)
