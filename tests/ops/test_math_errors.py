"""``keras.ops.math`` ops: the same clear error for bad input on every backend, special
values, compiled tracing, the core's compositions, and what the kit cannot express."""

import numpy as np
import pytest

import keras_core
from keras_core import ops
from keras_core.backend import contract
from keras_core.backend.errors import UnsupportedOpError

RNG = np.random.default_rng(3)
X = RNG.normal(size=(2, 6)).astype("float32")
PAIR = (X, RNG.normal(size=(2, 6)).astype("float32"))


def _native(value):
    if isinstance(value, tuple):
        return tuple(_native(v) for v in value)
    return ops.convert_to_tensor(value) if isinstance(value, np.ndarray) else value


def _numpy(value):
    if isinstance(value, (tuple, list)):
        return tuple(_numpy(v) for v in value)
    return ops.convert_to_numpy(value)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: ops.top_k(_native(X), 7),
            ValueError,
            "ops.top_k: k=7 is larger than the last axis of x (shape (2, 6)).",
        ),
        (
            lambda: ops.in_top_k(_native(np.array([0, 1], "int32")), _native(X[0]), 1),
            ValueError,
            "ops.in_top_k: targets must be 1-D and predictions 2-D, received shapes (2,) and (6,).",
        ),
        (
            lambda: ops.segment_sum(_native(X), _native(np.array([0, 1, 1], "int32"))),
            ValueError,
            "ops.segment_sum: segment_ids (shape (3,)) needs one id per row of data (shape "
            "(2, 6)).",
        ),
        (
            lambda: ops.segment_max(_native(X), _native(np.array([0.0, 1.0], "float32")), 2),
            TypeError,
            "ops.segment_max: segment_ids must be integers, received dtype float32.",
        ),
        (
            lambda: ops.extract_sequences(_native(X), 7, 1),
            ValueError,
            "ops.extract_sequences: the signal has 6 samples, fewer than one frame of 7.",
        ),
        (
            lambda: ops.extract_sequences(_native(X), 3, 0),
            ValueError,
            "ops.extract_sequences: sequence_stride must be a positive int, received 0.",
        ),
        (
            lambda: ops.fft(_native(X)),
            ValueError,
            "ops.fft: x must be a (real, imag) pair of tensors, received a "
            + type(_native(X)).__name__
            + ".",
        ),
        (
            lambda: ops.fft((_native(X), _native(X[:1]))),
            ValueError,
            "ops.fft: the real part (shape (2, 6)) and the imaginary part (shape (1, 6)) must "
            "have the same shape.",
        ),
        (
            lambda: ops.fft2((_native(X.astype("int32")), _native(X.astype("int32")))),
            TypeError,
            "ops.fft2: the real part must be float32 or float64, received int32.",
        ),
        (
            lambda: ops.rfft(_native(X.astype("float16"))),
            TypeError,
            "ops.rfft: x must be float32 or float64, received dtype float16.",
        ),
        (
            lambda: ops.stft(_native(X), 8, 2, 4),
            ValueError,
            "ops.stft: fft_length (4) must be at least sequence_length (8).",
        ),
        (
            lambda: ops.stft(_native(X), 4, 2, 4, window="blackman"),
            ValueError,
            "ops.stft: window must be one of ('hann', 'hamming'), None or a tensor, received "
            "'blackman'.",
        ),
        (
            lambda: ops.istft(_native(PAIR), 4, 2, 8, window=_native(np.ones(3, "float32"))),
            ValueError,
            "ops.istft: a window tensor must have shape (4,), received (3,).",
        ),
        (
            lambda: ops.cdist(_native(X), _native(X[:, :4])),
            ValueError,
            "ops.cdist: x (shape (2, 6)) and y (shape (2, 4)) must have the same last dimension.",
        ),
        (
            lambda: ops.logdet(_native(X)),
            ValueError,
            "ops.logdet: x must hold square matrices (..., N, N), received (2, 6).",
        ),
        (
            lambda: ops.view_as_complex(_native(X)),
            ValueError,
            "ops.view_as_complex: x must have a last axis of size 2, received shape (2, 6).",
        ),
        (
            lambda: ops.rearrange(_native(X), "a b -> a c"),
            ValueError,
            "ops.rearrange: pattern 'a b -> a c' must name the same axes on both sides, left "
            "has ['a', 'b'] and right ['a', 'c'].",
        ),
        (
            lambda: ops.rearrange(_native(X), "a (b c) -> a b c"),
            ValueError,
            "ops.rearrange: cannot infer the sizes of ['b', 'c'] in pattern 'a (b c) -> a b c'; "
            "pass them as keyword arguments.",
        ),
        (
            lambda: ops.rearrange(_native(X), "a (b c) -> a b c", b=4),
            ValueError,
            "ops.rearrange: an axis of size 6 cannot be split into ('b', 'c') with {'b': 4} in "
            "pattern 'a (b c) -> a b c'.",
        ),
        (
            lambda: ops.logsumexp(_native(X), axis=2),
            ValueError,
            "ops.logsumexp: axis=2 is out of range for an input of shape (2, 6) (valid: -2 to 1).",
        ),
    ],
)
def test_bad_input_raises_the_same_error_on_every_backend(call, error, message):
    with pytest.raises(error) as raised:
        call()
    assert str(raised.value) == message


def test_special_values():
    x = _native(np.array([-np.inf, -1.0, 0.0, 1.0, np.inf, np.nan], "float32"))
    np.testing.assert_allclose(
        _numpy(ops.erf(x)), [-1, -0.8427007, 0, 0.8427007, 1, np.nan], rtol=1e-6
    )
    np.testing.assert_allclose(
        _numpy(ops.erfc(x)), [2, 1.8427007, 1, 0.1572992, 0, np.nan], rtol=1e-6
    )
    y = _native(np.array([-1.0, 0.0, 1.0, 1.5, np.nan], "float32"))
    np.testing.assert_array_equal(_numpy(ops.erfinv(y)), [-np.inf, 0, np.inf, np.nan, np.nan])
    all_minus_inf = _native(np.full((2, 3), -np.inf, "float32"))
    np.testing.assert_array_equal(_numpy(ops.logsumexp(all_minus_inf, axis=1)), [-np.inf] * 2)


def test_segments_without_rows_hold_the_identity():
    data = _native(np.array([1.0, 2.0], "float32"))
    ids = _native(np.array([0, 2], "int32"))
    np.testing.assert_array_equal(_numpy(ops.segment_max(data, ids, 3)), [1, -np.inf, 2])
    np.testing.assert_array_equal(_numpy(ops.segment_min(data, ids, 3)), [1, np.inf, 2])
    np.testing.assert_array_equal(_numpy(ops.segment_prod(data, ids, 3)), [1, 1, 2])
    np.testing.assert_array_equal(_numpy(ops.segment_sum(data, ids, 3)), [1, 0, 2])


def test_stft_then_istft_gives_the_signal_back():
    signal = _native(X)
    spectrum = ops.stft(signal, 4, 2, 4, window="hann")
    np.testing.assert_allclose(_numpy(ops.istft(spectrum, 4, 2, 4)), X, rtol=1e-5, atol=1e-5)


COMPILED = {
    "erfinv": lambda x: ops.erfinv(x / 4.0),
    "logsumexp": lambda x: ops.logsumexp(x, axis=-1),
    "top_k": lambda x: ops.top_k(x, 2)[0],
    "segment_sum": lambda x: ops.segment_sum(x, ops.convert_to_tensor([1, 0]), num_segments=2),
    "stft": lambda x: ops.stft(x, 4, 2, 4)[0],
    "istft": lambda x: ops.istft(ops.stft(x, 4, 2, 4), 4, 2, 4),
    "rfft": lambda x: ops.rfft(x)[1],
    "rearrange": lambda x: ops.rearrange(x, "a (b c) -> (c a) b", c=2),
}


@pytest.mark.compositions
@pytest.mark.parametrize("name", sorted(COMPILED))
def test_ops_trace_under_the_backends_compiler(name):
    function = COMPILED[name]
    backend = keras_core.config.backend()
    expected = _numpy(function(_native(X)))
    if backend == "jax":
        import jax

        compiled = jax.jit(function)(_native(X))
    elif backend == "tensorflow":
        import tensorflow as tf

        compiled = tf.function(function)(_native(X))
    else:
        pytest.skip(f"no compiler to check on {backend}")
    np.testing.assert_allclose(_numpy(compiled), expected, rtol=1e-5, atol=1e-5)


COMPOSED_CALLS = {
    "fft2": ((PAIR,), lambda pair: np.fft.fft2(pair[0] + 1j * pair[1])),
    "ifft2": ((PAIR,), lambda pair: np.fft.ifft2(pair[0] + 1j * pair[1])),
    "logdet": ((np.eye(3, dtype="float32") * 2,), lambda x: np.log(8.0)),
    "rearrange": ((X, "a b -> b a"), lambda x, pattern: x.T),
}


def test_every_composed_default_has_a_check():
    assert set(contract.composed("math")) == set(COMPOSED_CALLS)


@pytest.mark.compositions
@pytest.mark.parametrize("name", sorted(COMPOSED_CALLS))
def test_composed_default_matches_numpy(name):
    """The core's composition, which a backend without its own version runs."""
    function = contract.composed("math")[name]
    args, reference = COMPOSED_CALLS[name]
    try:
        result = _numpy(function(*(_native(a) for a in args)))
    except (AttributeError, UnsupportedOpError) as error:
        pytest.skip(f"the composition needs an op this backend lacks: {error}")
    expected = reference(*args)
    if np.iscomplexobj(expected):
        result, expected = result[0] + 1j * result[1], expected
    np.testing.assert_allclose(result, expected, rtol=1e-5, atol=1e-5)
