"""Indexing, gathering and selecting: symbolic ``x[key]`` shapes, one error on every backend
for bad input, and the ops inside ``jax.jit`` / ``tf.function``."""

import numpy as np
import pytest

import keras_core
from keras_core import ops
from keras_core.backend import contract
from keras_core.backend.keras_tensor import KerasTensor


def kt(*shape, dtype="float32"):
    return KerasTensor(shape, dtype)


@pytest.mark.parametrize(
    ("call", "shape"),
    [
        (lambda x: x[0], (3, 4)),
        (lambda x: x[:, 1:], (None, 2, 4)),
        (lambda x: x[..., None, ::2], (None, 3, 1, 2)),
        (lambda x: x[None, ..., -1], (1, None, 3)),
        (lambda x: x[:, kt(5, dtype="int32")], (None, 5, 4)),
        (lambda x: x[:, kt(5, dtype="int32"), kt(1, dtype="int32")], (None, 5)),
        (lambda x: x[0, :, kt(2, 6, dtype="int32")], (2, 6, 3)),
        (lambda x: x[kt(None, 3, dtype="bool")], (None, 4)),
        (lambda x: x[..., np.array([0, 1])], (None, 3, 2)),
    ],
)
def test_symbolic_get_item(call, shape):
    out = call(kt(None, 3, 4))
    assert (out.shape, out.dtype) == (shape, "float32")


@pytest.mark.parametrize(
    ("call", "shapes", "dtypes"),
    [
        (
            lambda: ops.take(kt(None, 3), kt(2, 2, dtype="int32"), axis=-1),
            [(None, 2, 2)],
            ["float32"],
        ),
        (lambda: ops.take(kt(None, 3), kt(4, dtype="int32")), [(4,)], ["float32"]),
        (
            lambda: ops.take_along_axis(kt(None, 3), kt(1, 2, dtype="int32"), axis=1),
            [(None, 2)],
            ["float32"],
        ),
        (
            lambda: ops.where(kt(None, 1, dtype="bool"), kt(3, dtype="int8"), 2.0),
            [(None, 3)],
            ["float32"],
        ),
        (lambda: ops.where(kt(2, 3, dtype="bool")), [(None,), (None,)], ["int32", "int32"]),
        (lambda: ops.nonzero(kt(None, 3)), [(None,), (None,)], ["int32", "int32"]),
        (lambda: ops.isin(kt(None, 3, dtype="int32"), [1, 2]), [(None, 3)], ["bool"]),
        (lambda: ops.diagonal(kt(None, 3, 4), axis1=1, axis2=2), [(None, 3)], ["float32"]),
        (
            lambda: ops.unravel_index(kt(None, dtype="uint8"), (2, 3)),
            [(None,), (None,)],
            ["uint8", "uint8"],
        ),
        (
            lambda: ops.select([kt(None, 3, dtype="bool")], [kt(3, dtype="int32")], 0.5),
            [(None, 3)],
            ["float32"],
        ),
    ],
)
def test_symbolic_outputs(call, shapes, dtypes):
    out = call()
    outputs = list(out) if isinstance(out, (list, tuple)) else [out]
    assert [o.shape for o in outputs] == shapes
    assert [o.dtype for o in outputs] == dtypes


def _maker(kind):
    def make(shape, dtype="float32"):
        if kind == "symbolic":
            return KerasTensor(shape, dtype)
        return ops.convert_to_tensor(np.zeros(shape, dtype))

    return make


BAD_CALLS = {
    "get_item-too-many": (
        lambda x: ops.get_item(x((2, 3)), (0, 0, 0)),
        IndexError,
        "ops.get_item: too many indices for an input of shape (2, 3): 3 axes indexed.",
    ),
    "get_item-float": (
        lambda x: ops.get_item(x((2, 3)), x((2,), "float32")),
        TypeError,
        "ops.get_item: an index must be an int, a slice, None, Ellipsis or an integer or bool "
        "tensor, received",
    ),
    "get_item-ellipses": (
        lambda x: ops.get_item(x((2, 3)), (Ellipsis, 0, Ellipsis)),
        ValueError,
        "ops.get_item: an index can hold one ellipsis (...), received (Ellipsis, 0, Ellipsis).",
    ),
    "get_item-mask": (
        lambda x: ops.get_item(x((2, 3)), x((3,), "bool")),
        IndexError,
        "ops.get_item: a boolean index of shape (3,) does not match the indexed axes (2,) of "
        "an input of shape (2, 3).",
    ),
    "take-axis": (
        lambda x: ops.take(x((2, 3)), x((2,), "int32"), axis=2),
        ValueError,
        "ops.take: axis=2 is out of range for an input of shape (2, 3) (valid: -2 to 1).",
    ),
    "take-dtype": (
        lambda x: ops.take(x((2, 3)), x((2,), "float32")),
        TypeError,
        "ops.take: indices must have an integer dtype, received float32.",
    ),
    "take_along_axis-rank": (
        lambda x: ops.take_along_axis(x((2, 3)), x((2,), "int32"), axis=0),
        ValueError,
        "ops.take_along_axis: x (shape (2, 3)) and indices (shape (2,)) must have the same rank.",
    ),
    "where-one-branch": (
        lambda x: ops.where(x((2,), "bool"), x((2,))),
        ValueError,
        "ops.where: give both x1 and x2, or neither.",
    ),
    "where-broadcast": (
        lambda x: ops.where(x((2,), "bool"), x((3,)), x((3,))),
        ValueError,
        "ops.where: cannot broadcast the inputs together: condition has shape (2,), x1 has "
        "shape (3,), x2 has shape (3,).",
    ),
    "select-lengths": (
        lambda x: ops.select([x((2,), "bool")], [x((2,)), x((2,))]),
        ValueError,
        "ops.select: condlist and choicelist must have the same length, received 1 and 2.",
    ),
    "diagonal-axes": (
        lambda x: ops.diagonal(x((2, 3)), axis1=1, axis2=-1),
        ValueError,
        "ops.diagonal: axis1 and axis2 must differ, received 1 and -1.",
    ),
    "diagonal-rank": (
        lambda x: ops.diagonal(x((3,))),
        ValueError,
        "ops.diagonal: needs an input of rank 2 or more, received shape (3,).",
    ),
    "unravel_index-dtype": (
        lambda x: ops.unravel_index(x((2,), "float32"), (2, 3)),
        TypeError,
        "ops.unravel_index: indices must have an integer dtype, received float32.",
    ),
}


@pytest.mark.parametrize("kind", ["real", "symbolic"])
@pytest.mark.parametrize("name", sorted(BAD_CALLS))
def test_bad_input_gives_the_same_error_on_every_backend(name, kind):
    call, error, message = BAD_CALLS[name]
    with pytest.raises(error) as caught:
        call(_maker(kind))
    assert str(caught.value).startswith(message)


def _traced(function):
    backend = keras_core.backend.active_backend().name
    if backend == "jax":
        import jax

        return jax.jit(function)
    if backend == "tensorflow":
        import tensorflow as tf

        return tf.function(function)
    return function


def test_indexing_ops_trace():
    def pick(x, indices):
        rows = ops.take(x, indices, axis=0)
        best = ops.take_along_axis(rows, ops.zeros_like(rows, "int32")[:, :1], axis=1)
        gathered = ops.get_item(
            ops.get_item(x, (indices, slice(1, None))), (slice(None), None, slice(None, None, -1))
        )
        return ops.where(best > 2, best, -1.0), gathered, ops.diagonal(x, 1)

    x = np.arange(12, dtype="float32").reshape(3, 4)
    indices = np.array([2, -3], "int32")
    got = _traced(pick)(ops.convert_to_tensor(x), ops.convert_to_tensor(indices))
    best = x[indices][:, :1]
    expected = (np.where(best > 2, best, -1.0), x[indices, 1:][:, None, ::-1], np.diagonal(x, 1))
    for out, want in zip(got, expected, strict=True):
        np.testing.assert_array_equal(ops.convert_to_numpy(out), want)


def test_vectorize_maps_over_leading_axes():
    dot = ops.vectorize(lambda a, b: ops.sum(a * b), signature="(n),(n)->()")
    a = np.arange(6, dtype="float32").reshape(2, 3)
    b = np.ones((1, 3), "float32")
    out = dot(ops.convert_to_tensor(a), ops.convert_to_tensor(b))
    np.testing.assert_allclose(ops.convert_to_numpy(out), a.sum(axis=1))


def test_vectorize_elementwise_with_excluded_argument():
    scale = ops.vectorize(lambda x, factor: x * factor, excluded={1})
    out = scale(ops.convert_to_tensor(np.array([1.0, 2.0], "float32")), 3.0)
    np.testing.assert_allclose(ops.convert_to_numpy(out), [3.0, 6.0])


def test_every_composed_default_has_a_check():
    assert set(contract.composed("numpy.indexing")) == {"select", "vectorize"}


@pytest.mark.compositions
def test_composed_select_matches_numpy():
    x = np.arange(6, dtype="float32") - 2
    conditions, choices = [x < 0, x > 2], [-x, x * 10]
    select = contract.composed("numpy.indexing")["select"]
    out = select(
        [ops.convert_to_tensor(c) for c in conditions],
        [ops.convert_to_tensor(c) for c in choices],
        7,
    )
    np.testing.assert_array_equal(ops.convert_to_numpy(out), np.select(conditions, choices, 7))


@pytest.mark.compositions
def test_composed_vectorize_matches_numpy():
    vectorize = contract.composed("numpy.indexing")["vectorize"]
    outer = vectorize(lambda a, b: ops.multiply(a[:, None], b[None, :]), signature="(n),(m)->(n,m)")
    a = np.arange(6, dtype="float32").reshape(3, 2)
    b = np.arange(3, dtype="float32")
    out = outer(ops.convert_to_tensor(a), ops.convert_to_tensor(b))
    np.testing.assert_array_equal(ops.convert_to_numpy(out), a[:, :, None] * b[None, None, :])
