"""Bad input to the reshaping, joining, splitting and padding ops: one error on every backend,
for real and for symbolic inputs; and the ops inside ``jax.jit`` / ``tf.function``."""

import numpy as np
import pytest

import keras_core
from keras_core import ops
from keras_core.backend import contract
from keras_core.backend.keras_tensor import KerasTensor


def _maker(kind, dtype="float32"):
    def make(shape):
        if kind == "symbolic":
            return KerasTensor(shape, dtype)
        return ops.convert_to_tensor(np.ones(shape, dtype))

    return make


BAD_CALLS = {
    "broadcast_to": (
        lambda x: ops.broadcast_to(x((2, 3)), (4, 3)),
        ValueError,
        "ops.broadcast_to: cannot broadcast an input of shape (2, 3) to (4, 3).",
    ),
    "expand_dims": (
        lambda x: ops.expand_dims(x((2, 3)), 4),
        ValueError,
        "ops.expand_dims: axis=4 is out of range for an input of shape (2, 3) (valid: -3 to 2).",
    ),
    "squeeze": (
        lambda x: ops.squeeze(x((2, 1)), axis=0),
        ValueError,
        "ops.squeeze: cannot squeeze axis 0 of an input of shape (2, 1): its size is 2, not 1.",
    ),
    "moveaxis": (
        lambda x: ops.moveaxis(x((2, 3)), 0, 2),
        ValueError,
        "ops.moveaxis: destination=2 is out of range for an input of shape (2, 3) "
        "(valid: -2 to 1).",
    ),
    "swapaxes": (
        lambda x: ops.swapaxes(x((2, 3)), -3, 0),
        ValueError,
        "ops.swapaxes: axis1=-3 is out of range for an input of shape (2, 3) (valid: -2 to 1).",
    ),
    "flip": (
        lambda x: ops.flip(x((2, 3)), axis=2),
        ValueError,
        "ops.flip: axis=2 is out of range for an input of shape (2, 3) (valid: -2 to 1).",
    ),
    "fliplr": (
        lambda x: ops.fliplr(x((3,))),
        ValueError,
        "ops.fliplr: needs an input of rank 2 or more, received shape (3,).",
    ),
    "rot90": (
        lambda x: ops.rot90(x((2, 3)), axes=(1, 1)),
        ValueError,
        "ops.rot90: axes must be two different axes, received (1, 1).",
    ),
    "roll": (
        lambda x: ops.roll(x((2, 3)), 1, axis=5),
        ValueError,
        "ops.roll: axis=5 is out of range for an input of shape (2, 3) (valid: -2 to 1).",
    ),
    "tile": (
        lambda x: ops.tile(x((2, 3)), (2, -1)),
        ValueError,
        "ops.tile: repeats must be non-negative ints, received (2, -1).",
    ),
    "pad-mode": (
        lambda x: ops.pad(x((2, 3)), 1, mode="mirror"),
        ValueError,
        "ops.pad: mode must be one of ('constant', 'edge', 'reflect', 'symmetric', 'wrap'), "
        "received 'mirror'.",
    ),
    "pad-width": (
        lambda x: ops.pad(x((2, 3)), ((1, 1), (1, 1), (1, 1))),
        ValueError,
        "ops.pad: pad_width ((1, 1), (1, 1), (1, 1)) must be an int, a (before, after) pair "
        "or one pair per axis of the input's 2 axes.",
    ),
    "pad-values": (
        lambda x: ops.pad(x((2, 3)), 1, mode="edge", constant_values=2),
        ValueError,
        "ops.pad: constant_values is only used with mode='constant', received mode='edge'.",
    ),
    "stack": (
        lambda x: ops.stack([x((2, 3)), x((3, 2))]),
        ValueError,
        "ops.stack: input shapes [(1, 2, 3), (1, 3, 2)] differ on axis 1; only axis 0 may differ.",
    ),
    "vstack": (
        lambda x: ops.vstack([x((2, 3)), x((2, 2))]),
        ValueError,
        "ops.vstack: input shapes [(2, 3), (2, 2)] differ on axis 1; only axis 0 may differ.",
    ),
    "split": (
        lambda x: ops.split(x((5, 2)), 2),
        ValueError,
        "ops.split: an axis of size 5 cannot be split into 2 equal sections.",
    ),
    "split-sections": (
        lambda x: ops.array_split(x((5, 2)), 0),
        ValueError,
        "ops.array_split: the number of sections must be positive, received 0.",
    ),
    "dsplit": (
        lambda x: ops.dsplit(x((4, 2)), 2),
        ValueError,
        "ops.dsplit: needs an input of rank 3 or more, received shape (4, 2).",
    ),
    "view": (
        lambda x: ops.view(ops.cast(x((2, 3)), "int8"), "int16"),
        ValueError,
        "ops.view: cannot view an input of shape (2, 3) and dtype int8 as int16: the last axis "
        "(3 bytes) is not a multiple of 2 bytes.",
    ),
}


@pytest.mark.parametrize("kind", ["real", "symbolic"])
@pytest.mark.parametrize("name", sorted(BAD_CALLS))
def test_bad_input_gives_the_same_error_on_every_backend(name, kind):
    call, error, message = BAD_CALLS[name]
    with pytest.raises(error) as caught:
        call(_maker(kind))
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("call", "shape", "dtype"),
    [
        (lambda x: ops.split(x, [1, 3], axis=1), [(None, 1), (None, 2), (None, 2)], "float32"),
        (lambda x: ops.squeeze(ops.expand_dims(x, (0, -1))), [(None, 5)], "float32"),
        (lambda x: ops.stack([x, x], axis=-1), [(None, 5, 2)], "float32"),
        (lambda x: ops.hstack([x, x]), [(None, 10)], "float32"),
        (lambda x: ops.pad(x, ((0, 0), (2, 1))), [(None, 8)], "float32"),
        (lambda x: ops.repeat(x, 2, axis=1), [(None, 10)], "float32"),
        (lambda x: ops.ravel(x), [(None,)], "float32"),
        (lambda x: ops.size(x), [()], "int32"),
        (lambda x: ops.view(x, "int8"), [(None, 20)], "int8"),
        (lambda x: ops.rot90(x), [(5, None)], "float32"),
    ],
)
def test_symbolic_outputs(call, shape, dtype):
    out = call(KerasTensor((None, 5)))
    outputs = out if isinstance(out, list) else [out]
    assert [o.shape for o in outputs] == shape
    assert all(o.dtype == dtype for o in outputs)


def _traced(function):
    """``function`` compiled by the active backend's tracer, where it has one."""
    backend = keras_core.backend.active_backend().name
    if backend == "jax":
        import jax

        return jax.jit(function)
    if backend == "tensorflow":
        import tensorflow as tf

        return tf.function(function)
    return function


def test_manipulation_ops_trace():
    def shuffle(x):
        flipped = ops.rot90(ops.flip(x, axis=0))
        padded = ops.pad(flipped, ((1, 0), (0, 1)), mode="reflect")
        left, right = ops.split(ops.roll(padded, 1, axis=0), 2, axis=1)
        return ops.concatenate([ops.tile(left, (1, 2)), ops.repeat(right, 2, axis=1)], axis=1)

    x = np.arange(12, dtype="float32").reshape(3, 4)
    expected = shuffle(ops.convert_to_tensor(x))
    got = _traced(shuffle)(ops.convert_to_tensor(x))
    np.testing.assert_array_equal(ops.convert_to_numpy(got), ops.convert_to_numpy(expected))
    reference = np.pad(np.rot90(np.flip(x, 0)), ((1, 0), (0, 1)), mode="reflect")
    left, right = np.split(np.roll(reference, 1, axis=0), 2, axis=1)
    np.testing.assert_array_equal(
        ops.convert_to_numpy(got),
        np.concatenate([np.tile(left, (1, 2)), np.repeat(right, 2, 1)], 1),
    )


X = np.arange(24, dtype="float32").reshape(2, 3, 4)

# Each composed default with a NumPy reference: backends that define their own version never
# run these, so they are called here directly, on the active backend's tensors.
COMPOSED_CALLS = {
    "append": ((X, X[0]), {}, lambda a, b: np.append(a, b)),
    "ravel": ((X,), {}, np.ravel),
    "moveaxis": ((X, (0, 1), (-1, 0)), {}, np.moveaxis),
    "swapaxes": ((X, 0, -1), {}, np.swapaxes),
    "ndim": ((X,), {}, np.ndim),
    "size": ((X,), {}, np.size),
    "fliplr": ((X,), {}, np.fliplr),
    "flipud": ((X,), {}, np.flipud),
    "rot90": ((X,), {"k": 3, "axes": (2, 1)}, np.rot90),
    "stack": (([X, X],), {"axis": -1}, np.stack),
    "hstack": (([X, X],), {}, np.hstack),
    "vstack": (([X[0, 0], X[0]],), {}, np.vstack),
    "dstack": (([X[0], X[1]],), {}, np.dstack),
    "array_split": ((X, 3), {"axis": 2}, np.array_split),
    "split": ((X, [1, -1]), {"axis": 1}, np.split),
    "hsplit": ((X, 3), {}, np.hsplit),
    "vsplit": ((X, 2), {}, np.vsplit),
    "dsplit": ((X, [1, 3]), {}, np.dsplit),
}


def test_every_composed_default_has_a_check():
    assert set(contract.composed("numpy.manipulation")) == set(COMPOSED_CALLS)


@pytest.mark.compositions
@pytest.mark.parametrize("name", sorted(COMPOSED_CALLS))
def test_composed_default_matches_numpy(name):
    args, kwargs, reference = COMPOSED_CALLS[name]
    function = contract.composed("numpy.manipulation")[name]
    result = function(*(_native(a) for a in args), **kwargs)
    expected = reference(*args, **kwargs)
    results = result if isinstance(result, (list, tuple)) else [result]
    expected = expected if isinstance(expected, list) else [expected]
    assert len(results) == len(expected)
    for got, want in zip(results, expected, strict=True):
        np.testing.assert_array_equal(ops.convert_to_numpy(got), want)


def _native(value):
    if isinstance(value, list):
        return [_native(v) for v in value]
    return ops.convert_to_tensor(value) if isinstance(value, np.ndarray) else value
