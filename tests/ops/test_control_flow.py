"""Control-flow ops eagerly and compiled (``jax.jit`` on jax, ``tf.function`` on tensorflow),
symbolically, and gradients through ``custom_gradient``/``stop_gradient``."""

import numpy as np
import pytest

from keras_core import ops
from keras_core.backend.keras_tensor import KerasTensor

X = np.arange(6, dtype="float32").reshape(3, 2)


@pytest.fixture(params=["eager", "compiled"])
def run(request, backend_name):
    """``run(function, *args)``: calls ``function`` eagerly, or compiled by the framework."""
    if request.param == "eager":
        return lambda function, *args: function(*args)
    if backend_name == "jax":
        import jax

        return lambda function, *args: jax.jit(function)(*args)
    if backend_name == "tensorflow":
        import tensorflow as tf

        return lambda function, *args: tf.function(function)(*args)
    pytest.skip(f"the {backend_name} backend has no compiled mode")


def numpy_of(structure):
    if isinstance(structure, (list, tuple)):
        return type(structure)(numpy_of(item) for item in structure)
    if isinstance(structure, dict):
        return {key: numpy_of(value) for key, value in structure.items()}
    return ops.convert_to_numpy(structure)


@pytest.mark.compositions
def test_cond(run):
    def absolute_sum(x):
        return ops.cond(ops.sum(x) > 0, lambda: x * 2.0, lambda: -x)

    np.testing.assert_allclose(numpy_of(run(absolute_sum, X)), X * 2)
    np.testing.assert_allclose(numpy_of(run(absolute_sum, -X - 1)), X + 1)


@pytest.mark.compositions
def test_cond_structure(run):
    def pair(x):
        return ops.cond(
            ops.sum(x) > 0, lambda: {"a": x, "b": (x + 1.0,)}, lambda: {"a": x, "b": (x,)}
        )

    result = numpy_of(run(pair, X))
    np.testing.assert_allclose(result["a"], X)
    np.testing.assert_allclose(result["b"][0], X + 1)


@pytest.mark.parametrize(("index", "expected"), [(0, X + 1), (1, X * 10), (7, X * 10), (-3, X + 1)])
def test_switch_clamps_index(run, index, expected):
    def choose(i, x):
        return ops.switch(i, [lambda a: a + 1.0, lambda a: a * 10.0], x)

    np.testing.assert_allclose(numpy_of(run(choose, np.int32(index), X)), expected)


def test_switch_several_operands(run):
    def choose(x, y):
        return ops.switch(0, [lambda a, b: a + b, lambda a, b: a * b], x, y)

    np.testing.assert_allclose(numpy_of(run(choose, X, X)), X + X)


def test_while_loop_tuple(run):
    def doubled(x):
        return ops.while_loop(lambda i, s: i < 3, lambda i, s: (i + 1, s * 2.0), (0, x))

    i, s = numpy_of(run(doubled, X))
    assert i == 3
    np.testing.assert_allclose(s, X * 8)


def test_while_loop_list_gives_tuple_and_single_var_gives_tensor():
    result = ops.while_loop(lambda i, s: i < 2, lambda i, s: [i + 1, s + 1.0], [0, 1.0])
    assert isinstance(result, tuple)
    single = ops.while_loop(lambda v: ops.sum(v) < 100.0, lambda v: v * 2.0, X + 1)
    np.testing.assert_allclose(ops.convert_to_numpy(single), (X + 1) * 8)


def test_while_loop_maximum_iterations(run):
    def bounded(x):
        return ops.while_loop(
            lambda i, s: i < 100, lambda i, s: (i + 1, s + 1.0), (0, x), maximum_iterations=4
        )

    i, s = numpy_of(run(bounded, X))
    assert i == 4
    np.testing.assert_allclose(s, X + 4)


def test_fori_loop(run):
    def accumulate(x):
        return ops.fori_loop(1, 4, lambda i, total: total + ops.cast(i, "float32"), x)

    np.testing.assert_allclose(numpy_of(run(accumulate, X)), X + 6)


def test_scan(run):
    def running(xs):
        return ops.scan(lambda c, x: (c + x, c * 1.0), ops.zeros((2,)), xs)

    carry, ys = numpy_of(run(running, X))
    np.testing.assert_allclose(carry, X.sum(axis=0))
    np.testing.assert_allclose(ys, np.cumsum(X, axis=0) - X)


def test_scan_reverse(run):
    def running(xs):
        return ops.scan(lambda c, x: (c + x, c * 1.0), ops.zeros((2,)), xs, reverse=True)

    carry, ys = numpy_of(run(running, X))
    np.testing.assert_allclose(carry, X.sum(axis=0))
    np.testing.assert_allclose(ys, np.cumsum(X[::-1], axis=0)[::-1] - X)


def test_scan_without_xs_and_structures(run):
    def counting(x):
        return ops.scan(lambda c, _: ((c[0] + 1.0, c[1]), {"seen": c[0]}), (x, x), None, length=3)

    (count, kept), ys = numpy_of(run(counting, X[0]))
    np.testing.assert_allclose(count, X[0] + 3)
    np.testing.assert_allclose(kept, X[0])
    np.testing.assert_allclose(ys["seen"], np.stack([X[0], X[0] + 1, X[0] + 2]))


def test_scan_none_output():
    carry, ys = ops.scan(lambda c, x: (c + x, None), ops.zeros((2,)), ops.convert_to_tensor(X))
    assert ys is None
    np.testing.assert_allclose(ops.convert_to_numpy(carry), X.sum(axis=0))


@pytest.mark.parametrize(("reverse", "axis"), [(False, 0), (True, 0), (False, 1), (True, -1)])
def test_associative_scan_sum(run, reverse, axis):
    def prefix_sums(x):
        return ops.associative_scan(lambda a, b: a + b, x, reverse=reverse, axis=axis)

    values = np.arange(14, dtype="float32").reshape(2, 7)
    flipped = np.flip(values, axis) if reverse else values
    expected = np.cumsum(flipped, axis=axis)
    expected = np.flip(expected, axis) if reverse else expected
    np.testing.assert_allclose(numpy_of(run(prefix_sums, values)), expected)


@pytest.mark.parametrize("reverse", [False, True])
def test_associative_scan_non_commutative(run, reverse):
    # Composition of v -> scale * v + shift: f(earlier, later) applies earlier first.
    def compose(a, b):
        return a[0] * b[0], a[1] * b[0] + b[1]

    scales = np.array([2.0, 3.0, 4.0, 0.5, 1.5], "float32")
    shifts = np.array([1.0, 1.0, 1.0, 2.0, -1.0], "float32")
    order = list(range(5))[::-1] if reverse else list(range(5))
    expected_scales, expected_shifts = np.empty(5), np.empty(5)
    scale, shift = 1.0, 0.0
    for i in order:
        scale, shift = scale * scales[i], shift * scales[i] + shifts[i]
        expected_scales[i], expected_shifts[i] = scale, shift
    result = run(
        lambda s, t: ops.associative_scan(compose, (s, t), reverse=reverse), scales, shifts
    )
    np.testing.assert_allclose(numpy_of(result[0]), expected_scales, rtol=1e-6)
    np.testing.assert_allclose(numpy_of(result[1]), expected_shifts, rtol=1e-6)


def test_map(run):
    result = run(lambda x: ops.map(lambda row: {"total": ops.sum(row), "row": row * 2.0}, x), X)
    result = numpy_of(result)
    np.testing.assert_allclose(result["total"], X.sum(axis=1))
    np.testing.assert_allclose(result["row"], X * 2)


def test_vectorized_map(run):
    result = run(lambda x: ops.vectorized_map(lambda row: ops.sum(row * row), x), X)
    np.testing.assert_allclose(numpy_of(result), (X * X).sum(axis=1))
    pairs = run(lambda x: ops.vectorized_map(lambda pair: pair[0] - pair[1], (x, x * 3.0)), X)
    np.testing.assert_allclose(numpy_of(pairs), -2 * X)


def kt(*shape, dtype="float32"):
    return KerasTensor(shape, dtype)


def spec(x):
    return (x.shape, x.dtype)


def test_symbolic_outputs_trace_the_functions():
    pred = kt(dtype="bool")
    assert spec(ops.cond(pred, lambda: kt(None, 2), lambda: kt(None, 2))) == ((None, 2), "float32")
    # a size known in one branch only is unknown in the output
    assert spec(ops.cond(pred, lambda: kt(None, 2), lambda: kt(4, 2))) == ((None, 2), "float32")
    index = kt(dtype="int32")
    assert spec(ops.switch(index, [lambda a: a + 1, lambda a: a * 2], kt(None, 3))) == (
        (None, 3),
        "float32",
    )
    i, s = ops.while_loop(
        lambda i, s: i < 5, lambda i, s: (i + 1, s * 2), (kt(dtype="int32"), kt(None, 3))
    )
    assert (spec(i), spec(s)) == (((), "int32"), ((None, 3), "float32"))
    assert spec(ops.fori_loop(0, 3, lambda i, v: v + 1, kt(None, 2))) == ((None, 2), "float32")
    carry, ys = ops.scan(lambda c, x: (c + x, ops.sum(x)), kt(2), kt(5, 2))
    assert (spec(carry), spec(ys)) == (((2,), "float32"), ((5,), "float32"))
    _, ys = ops.scan(lambda c, x: (c + 1, c), kt(2), None, length=4)
    assert spec(ys) == ((4, 2), "float32")
    assert spec(ops.associative_scan(lambda a, b: a + b, kt(None, 3))) == ((None, 3), "float32")
    mapped = ops.map(lambda row: (ops.sum(row), row), kt(None, 4, dtype="int32"))
    assert [spec(m) for m in mapped] == [((None,), "int32"), ((None, 4), "int32")]
    assert spec(ops.vectorized_map(lambda row: row * 2, kt(7, 4))) == ((7, 4), "float32")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: ops.cond(kt(dtype="bool"), lambda: kt(3, 2), lambda: kt(3, 2, dtype="int32")),
            "ops.cond: the outputs of true_fn and false_fn must have the same",
        ),
        (
            lambda: ops.cond(kt(dtype="bool"), lambda: kt(3), lambda: (kt(3), kt(3))),
            "ops.cond: the outputs of true_fn and false_fn",
        ),
        (
            lambda: ops.switch(kt(dtype="int32"), [lambda a: a, lambda a: ops.sum(a)], kt(2, 3)),
            "ops.switch: the outputs of all branches",
        ),
        (
            lambda: ops.scan(lambda c, x: ((c, c), c), kt(2), kt(4, 2)),
            "ops.scan: init and the carry returned by f",
        ),
        (
            lambda: ops.cond(kt(3, dtype="bool"), lambda: 1, lambda: 2),
            "ops.cond: pred must be a scalar",
        ),
    ],
)
def test_symbolic_errors(call, message):
    with pytest.raises(ValueError, match=message):
        call()


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: ops.scan(lambda c, x: (c, x), 0.0, None), ValueError, "ops.scan: got no xs"),
        (
            lambda: ops.scan(lambda c, x: (c, x), 0.0, np.ones(3, "float32"), length=4),
            ValueError,
            "ops.scan: length=4 differs from the leading size 3",
        ),
        (lambda: ops.switch(0, [], 1.0), ValueError, "ops.switch: branches must be a non-empty"),
        (lambda: ops.cond(True, 1.0, lambda: 2.0), TypeError, "ops.cond: true_fn must be callable"),
        (
            lambda: ops.associative_scan(
                lambda a, b: (a[0] + b[0], a[1] + b[1]),
                (np.zeros(3, "float32"), np.zeros(4, "float32")),
            ),
            ValueError,
            "ops.associative_scan: the leaves of elems must have the same size along axis 0",
        ),
        (
            lambda: ops.map(lambda v: v, (np.zeros(3, "float32"), np.zeros(2, "float32"))),
            ValueError,
            "ops.map: the leaves of xs must share their leading size",
        ),
    ],
)
def test_bad_arguments(call, error, message):
    with pytest.raises(error, match=message):
        call()


def gradient(backend_name, function, x):
    """d sum(function(x)) / dx with the framework's own autodiff."""
    if backend_name == "jax":
        import jax
        import jax.numpy as jnp

        return np.asarray(jax.grad(lambda v: jnp.sum(function(v)))(jnp.asarray(x)))
    if backend_name == "torch":
        import torch

        from keras_backend_torch.core import DEFAULT_DEVICE

        v = torch.tensor(x, requires_grad=True, device=DEFAULT_DEVICE)
        function(v).sum().backward()
        return v.grad.cpu().numpy()
    if backend_name == "tensorflow":
        import tensorflow as tf

        v = tf.constant(x)
        with tf.GradientTape() as tape:
            tape.watch(v)
            total = tf.reduce_sum(function(v))
        return tape.gradient(total, v).numpy()
    pytest.skip(f"the {backend_name} backend has no gradients")


def test_stop_gradient_blocks_the_gradient(backend_name):
    # d/dx [stop(x) * x + x^2] = x + 2x
    grad = gradient(backend_name, lambda v: ops.stop_gradient(v) * v + v * v, X)
    np.testing.assert_allclose(grad, 3 * X)


def test_custom_gradient_replaces_the_gradient(backend_name):
    @ops.custom_gradient
    def log1pexp(x):
        e = ops.exp(x)

        def grad_fn(upstream):
            return upstream * (1.0 - 1.0 / (1.0 + e))

        return ops.log(1.0 + e), grad_fn

    x = np.array([-3.0, 0.0, 2.0, 50.0], "float32")
    np.testing.assert_allclose(gradient(backend_name, log1pexp, x), 1 / (1 + np.exp(-x)), rtol=1e-6)


def test_custom_gradient_with_two_arguments(backend_name):
    @ops.custom_gradient
    def scaled_product(x, y):
        def grad_fn(upstream):
            # deliberately not the true gradient, to see that it is the one used
            return upstream * 2.0, upstream * 5.0

        return x * y, grad_fn

    grad = gradient(backend_name, lambda v: scaled_product(v, v * 1.0), X)
    # d/dv: 2 through x, and 5 * (d(v*1)/dv = 1) through y
    np.testing.assert_allclose(grad, np.full_like(X, 7.0))


def test_custom_gradient_forward_value_and_symbolic_output():
    @ops.custom_gradient
    def doubled(x):
        return x * 2.0, lambda upstream: upstream

    np.testing.assert_allclose(ops.convert_to_numpy(doubled(ops.convert_to_tensor(X))), X * 2)
    assert spec(doubled(kt(None, 3))) == ((None, 3), "float32")
