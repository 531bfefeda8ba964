"""Cases for the control-flow ops; the user functions are written with keras_core ops."""

import numpy as np

from keras_core import ops
from keras_core.testing.case import Arr, OpCase


def _twice(x):
    return ops.multiply(x, 2)


def _plus_one(x):
    return ops.add(x, 1)


def _running_sum(carry, x):
    return ops.add(carry, x), carry


def _numpy_running_sum(init, xs, reverse=False):
    order = range(len(xs) - 1, -1, -1) if reverse else range(len(xs))
    carry, ys = init, [None] * len(xs)
    for i in order:
        ys[i] = carry
        carry = carry + xs[i]
    return carry, np.stack(ys) if len(xs) else np.zeros((0, *init.shape), init.dtype)


def _affine_compose(a, b):
    """Composition of the maps ``v -> scale * v + shift`` (associative, not commutative)."""
    scale_a, shift_a = a
    scale_b, shift_b = b
    return ops.multiply(scale_a, scale_b), ops.add(ops.multiply(shift_a, scale_b), shift_b)


def _numpy_affine_scan(elems, reverse=False):
    scales, shifts = (np.array(e) for e in elems)
    order = list(range(len(scales)))
    if reverse:
        order.reverse()
    out_scales, out_shifts = np.empty_like(scales), np.empty_like(shifts)
    scale, shift = None, None
    for i in order:
        if scale is None:
            scale, shift = scales[i], shifts[i]
        else:
            scale, shift = scale * scales[i], shift * scales[i] + shifts[i]
        out_scales[i], out_shifts[i] = scale, shift
    return out_scales, out_shifts


def _row_stats(row):
    return ops.sum(row), ops.max(row)


def _numpy_row_stats(x):
    return x.sum(axis=1), x.max(axis=1)


def _constant(values):
    return lambda: ops.convert_to_tensor(np.asarray(values, "float32"))


CASES = [
    OpCase(
        "cond",
        (Arr((), "bool", values=True), _constant([1.0, 2.0]), _constant([3.0, 4.0])),
        reference=lambda pred, t, f: np.array([1.0, 2.0] if pred else [3.0, 4.0], "float32"),
        name="true",
    ),
    OpCase(
        "cond",
        (Arr((), "bool", values=False), _constant([1.0, 2.0]), _constant([3.0, 4.0])),
        reference=lambda pred, t, f: np.array([1.0, 2.0] if pred else [3.0, 4.0], "float32"),
        name="false",
    ),
    OpCase(
        "switch",
        (1, [_plus_one, _twice], Arr((3, 2))),
        reference=lambda i, branches, x: x * 2,
    ),
    OpCase(
        "switch",
        (7, [_plus_one, _twice], Arr((3,), "int32")),
        reference=lambda i, branches, x: x * 2,
        name="clamped-high",
    ),
    OpCase(
        "switch",
        (-2, [_plus_one, _twice], Arr((3,), "int32")),
        reference=lambda i, branches, x: x + 1,
        name="clamped-low",
    ),
    OpCase(
        "while_loop",
        (lambda i, v: ops.less(i, 3), lambda i, v: (_plus_one(i), _twice(v)), (0, Arr((2, 3)))),
        reference=lambda cond, body, state: (np.int32(3), state[1] * 8),
    ),
    OpCase(
        "while_loop",
        (lambda v: ops.less(ops.sum(v), 100), _twice, Arr((3,), "int32", 1, 5)),
        reference=lambda cond, body, v: (
            v * 2 ** next(k for k in range(10) if v.sum() * 2**k >= 100)
        ),
        name="single",
    ),
    OpCase(
        "while_loop",
        (lambda i, v: ops.less(i, 10), lambda i, v: (_plus_one(i), _twice(v)), (0, Arr((2,)))),
        {"maximum_iterations": 2},
        reference=lambda cond, body, state, maximum_iterations: (np.int32(2), state[1] * 4),
        name="maximum-iterations",
    ),
    OpCase(
        "fori_loop",
        (0, 4, lambda i, v: _twice(v), Arr((2, 3))),
        reference=lambda lower, upper, body, v: v * 16,
    ),
    OpCase(
        "fori_loop",
        (1, 4, lambda i, v: ops.add(v, i), Arr((3,), "int32")),
        reference=lambda lower, upper, body, v: v + 6,
        name="index",
    ),
    OpCase(
        "scan",
        (_running_sum, Arr((3,)), Arr((5, 3))),
        reference=lambda f, init, xs: _numpy_running_sum(init, xs),
    ),
    OpCase(
        "scan",
        (_running_sum, Arr((2,), "int32"), Arr((4, 2), "int32")),
        {"reverse": True},
        reference=lambda f, init, xs, reverse: _numpy_running_sum(init, xs, reverse),
        name="reverse",
    ),
    OpCase(
        "associative_scan",
        (ops.add, Arr((5, 3))),
        reference=lambda f, x: np.cumsum(x, axis=0),
        rtol=1e-5,
        atol=1e-5,
    ),
    OpCase(
        "associative_scan",
        (ops.add, Arr((2, 7), "int32")),
        {"reverse": True, "axis": -1},
        reference=lambda f, x, reverse, axis: np.flip(np.cumsum(np.flip(x, -1), -1), -1),
        name="reverse-last-axis",
    ),
    OpCase(
        "associative_scan",
        (_affine_compose, (Arr((6,), low=0.5, high=1.5), Arr((6,)))),
        reference=lambda f, elems: _numpy_affine_scan(elems),
        name="non-commutative",
    ),
    OpCase(
        "associative_scan",
        (_affine_compose, (Arr((5,), low=0.5, high=1.5), Arr((5,)))),
        {"reverse": True},
        reference=lambda f, elems, reverse: _numpy_affine_scan(elems, reverse),
        name="non-commutative-reverse",
    ),
    OpCase("map", (_twice, Arr((4, 3))), reference=lambda f, x: x * 2),
    OpCase(
        "map",
        (_row_stats, Arr((4, 3))),
        reference=lambda f, x: _numpy_row_stats(x),
        name="tuple-output",
    ),
    OpCase(
        "vectorized_map",
        (lambda row: ops.sum(row), Arr((4, 3))),
        reference=lambda f, x: x.sum(axis=1),
    ),
    OpCase(
        "vectorized_map",
        (lambda pair: ops.multiply(pair[0], pair[1]), (Arr((5, 2)), Arr((5, 2)))),
        reference=lambda f, pair: pair[0] * pair[1],
        name="tuple-input",
    ),
]
