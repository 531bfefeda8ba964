"""Linear algebra: the same clear error for bad input on every backend, decompositions that
rebuild their input (the kit compares values only where factors are unique), ``jvp``,
compiled tracing and the core's composition."""

import numpy as np
import pytest

import keras_core
from keras_core import ops
from keras_core.backend import contract
from keras_core.backend.errors import UnsupportedOpError

RNG = np.random.default_rng(5)
SQUARE = (RNG.uniform(-1, 1, (2, 3, 3)) + 3 * np.eye(3)).astype("float32")
SPD = (SQUARE @ np.swapaxes(SQUARE, -1, -2)).astype("float32")
WIDE = RNG.normal(size=(2, 3)).astype("float32")


def _native(value):
    return ops.convert_to_tensor(value) if isinstance(value, np.ndarray) else value


def _numpy(value):
    return ops.convert_to_numpy(value)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: ops.linalg.inv(_native(WIDE)),
            ValueError,
            "ops.inv: x must hold square matrices (..., N, N), received shape (2, 3).",
        ),
        (
            lambda: ops.linalg.det(_native(WIDE[0])),
            ValueError,
            "ops.det: x must be at least 2-D (..., M, N), received shape (3,).",
        ),
        (
            lambda: ops.linalg.cholesky(_native(SPD.astype("float16"))),
            TypeError,
            "ops.cholesky: x must be float32 or float64, received dtype float16.",
        ),
        (
            lambda: ops.linalg.eigh(_native(WIDE)),
            ValueError,
            "ops.eigh: x must hold square matrices (..., N, N), received shape (2, 3).",
        ),
        (
            lambda: ops.linalg.qr(_native(WIDE), mode="r"),
            ValueError,
            "ops.qr: mode must be one of ('reduced', 'complete'), received 'r'.",
        ),
        (
            lambda: ops.linalg.solve(_native(SQUARE), _native(WIDE)),
            ValueError,
            "ops.solve: b (shape (2, 3)) must be (N,) or (..., N, K) with N = 3, the size of a "
            "(shape (2, 3, 3)).",
        ),
        (
            lambda: ops.linalg.solve(_native(SQUARE[0]), _native(WIDE[0, :2])),
            ValueError,
            "ops.solve: b (shape (2,)) must have as many rows as a (shape (3, 3)).",
        ),
        (
            lambda: ops.linalg.solve_triangular(_native(WIDE), _native(WIDE)),
            ValueError,
            "ops.solve_triangular: a must hold square matrices (..., N, N), received shape (2, 3).",
        ),
        (
            lambda: ops.linalg.lstsq(_native(WIDE), _native(WIDE[0])),
            ValueError,
            "ops.lstsq: a (shape (2, 3)) and b (shape (3,)) must have the same number of rows.",
        ),
        (
            lambda: ops.linalg.norm(_native(SQUARE), ord="fro", axis=0),
            ValueError,
            "ops.norm: ord='fro' is not a vector norm; use one of "
            "(None, 0, 1, 2, -1, -2, inf, -inf).",
        ),
        (
            lambda: ops.linalg.norm(_native(SQUARE), ord=3, axis=(0, 1)),
            ValueError,
            "ops.norm: ord=3 is not a matrix norm; use one of "
            "(None, 'fro', 'nuc', 1, -1, 2, -2, inf, -inf).",
        ),
        (
            lambda: ops.linalg.norm(_native(SQUARE), ord=2),
            ValueError,
            "ops.norm: ord=2 without axis needs a 1-D or 2-D x, received shape (2, 3, 3).",
        ),
        (
            lambda: ops.linalg.norm(_native(SQUARE), axis=3),
            ValueError,
            "ops.norm: axis=3 is out of range for an input of shape (2, 3, 3) (valid: -3 to 2).",
        ),
    ],
)
def test_bad_input_raises_the_same_error_on_every_backend(call, error, message):
    with pytest.raises(error) as raised:
        call()
    assert str(raised.value) == message


def test_jvp_checks_that_tangents_match_primals():
    primals, tangents = (_native(WIDE),), (_native(WIDE[0]),)
    with pytest.raises((ValueError, UnsupportedOpError)) as raised:
        ops.linalg.jvp(ops.multiply, primals, tangents)
    if raised.type is ValueError:
        assert str(raised.value) == (
            "ops.jvp: tangent 0 (shape (3,)) must have the shape of primal 0 (shape (2, 3))."
        )


def _rebuilt(name, x):
    if name == "qr":
        q, r = ops.linalg.qr(_native(x))
        return _numpy(q) @ _numpy(r)
    if name == "svd":
        u, s, vh = (_numpy(t) for t in ops.linalg.svd(_native(x), full_matrices=False))
        return (u * s[..., None, :]) @ vh
    if name == "eigh":
        w, v = (_numpy(t) for t in ops.linalg.eigh(_native(x)))
        return (v * w[..., None, :]) @ np.swapaxes(v, -1, -2)
    if name == "eig":
        w, v = (_numpy(t) for t in ops.linalg.eig(_native(x)))
        return ((v * w[..., None, :]) @ np.linalg.inv(v)).real
    lu, pivots = (_numpy(t) for t in ops.linalg.lu_factor(_native(x)))
    lower = np.tril(lu, -1) + np.eye(x.shape[-1])
    permuted = (lower @ np.triu(lu)).copy()
    # Undo the row swaps, last first.
    for i in reversed(range(x.shape[-2])):
        for b in range(x.shape[0]):
            j = pivots[b, i]
            permuted[b, [i, j]] = permuted[b, [j, i]]
    return permuted


@pytest.mark.parametrize("name", ["qr", "svd", "eigh", "eig", "lu_factor"])
def test_decompositions_rebuild_their_input(name):
    x = SPD if name == "eigh" else SQUARE
    np.testing.assert_allclose(_rebuilt(name, x), x, rtol=1e-4, atol=1e-4)


def test_lu_factor_pivots_match_lapack():
    """Pivots are 0-based LAPACK row swaps on every backend (torch counts from 1)."""
    x = np.array([[1.0, 2.0, 0.0], [3.0, 4.0, 1.0], [5.0, 0.0, 2.0]], "float32")
    _, pivots = ops.linalg.lu_factor(_native(x))
    np.testing.assert_array_equal(_numpy(pivots), [2, 1, 2])


def test_jvp_gives_outputs_tangents_and_aux():
    if keras_core.config.backend() == "numpy":
        with pytest.raises(UnsupportedOpError):
            ops.linalg.jvp(ops.multiply, (_native(WIDE),) * 2, (_native(WIDE),) * 2)
        return
    x, t = _native(WIDE), _native(np.ones_like(WIDE))

    def square_with_aux(value):
        return ops.multiply(value, value), ops.add(value, 1.0)

    outputs, tangents, aux = ops.linalg.jvp(square_with_aux, (x,), (t,), has_aux=True)
    np.testing.assert_allclose(_numpy(outputs), WIDE * WIDE, rtol=1e-6)
    np.testing.assert_allclose(_numpy(tangents), 2 * WIDE, rtol=1e-6)
    np.testing.assert_allclose(_numpy(aux), WIDE + 1, rtol=1e-6)


def test_jvp_on_symbolic_inputs_traces_the_function():
    primal = keras_core.KerasTensor((None, 3))
    outputs, tangents = ops.linalg.jvp(ops.multiply, (primal, primal), (primal, primal))
    assert outputs.shape == tangents.shape == (None, 3)


COMPILED = {
    "inv": lambda x: ops.linalg.inv(x),
    "solve": lambda x: ops.linalg.solve(x, x[..., :1]),
    "norm": lambda x: ops.linalg.norm(x, ord="nuc", axis=(-2, -1)),
    "lu_factor": lambda x: ops.linalg.lu_factor(x)[0],
    "matrix_rank": lambda x: ops.linalg.matrix_rank(x),
    "pinv": lambda x: ops.linalg.pinv(x),
}


@pytest.mark.compositions
@pytest.mark.parametrize("name", sorted(COMPILED))
def test_ops_trace_under_the_backends_compiler(name):
    function = COMPILED[name]
    backend = keras_core.config.backend()
    expected = _numpy(function(_native(SQUARE)))
    if backend == "jax":
        import jax

        compiled = jax.jit(function)(_native(SQUARE))
    elif backend == "tensorflow":
        import tensorflow as tf

        compiled = tf.function(function)(_native(SQUARE))
    else:
        pytest.skip(f"no compiler to check on {backend}")
    np.testing.assert_allclose(_numpy(compiled), expected, rtol=1e-5, atol=1e-5)


@pytest.mark.compositions
def test_composed_cholesky_inverse_matches_numpy():
    function = contract.composed("linalg")["cholesky_inverse"]
    assert set(contract.composed("linalg")) == {"cholesky_inverse"}
    factor = np.linalg.cholesky(SPD)
    for upper, matrix in ((False, factor), (True, np.swapaxes(factor, -1, -2))):
        result = function(_native(matrix), upper=upper)
        np.testing.assert_allclose(_numpy(result), np.linalg.inv(SPD), rtol=1e-4, atol=1e-5)
