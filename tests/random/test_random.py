"""keras_core.random: reproducibility per backend and the moments of each distribution."""

import numpy as np
import pytest

import keras_core
from keras_core import ops, random
from keras_core.backend.keras_tensor import KerasTensor

N = 20000


def _np(x):
    return ops.convert_to_numpy(x)


def test_int_seed_repeats_and_seed_generator_advances():
    np.testing.assert_array_equal(
        _np(random.normal((5,), seed=3)), _np(random.normal((5,), seed=3))
    )
    gen = random.SeedGenerator(11)
    first, second = _np(random.uniform((5,), seed=gen)), _np(random.uniform((5,), seed=gen))
    assert not np.allclose(first, second)
    np.testing.assert_array_equal(gen.state.numpy(), [11, 2])
    assert gen.state.dtype == "uint32" and not gen.state.trainable
    replay = random.SeedGenerator(11)
    np.testing.assert_array_equal(_np(random.uniform((5,), seed=replay)), first)
    assert gen.get_config() == {"seed": 11, "name": "seed_generator"}


@pytest.mark.parametrize(
    ("draw", "mean", "std"),
    [
        (lambda: random.normal((N,), mean=2.0, stddev=3.0, seed=1), 2.0, 3.0),
        (lambda: random.uniform((N,), minval=-1.0, maxval=3.0, seed=1), 1.0, 4 / 12**0.5),
        # A standard normal truncated to [-2, 2] has variance 1 - 4 phi(2) / (Phi(2) - Phi(-2)).
        (lambda: random.truncated_normal((N,), seed=1), 0.0, 0.8796),
        (lambda: random.gamma((N,), alpha=3.0, seed=1), 3.0, 3.0**0.5),
        (lambda: random.binomial((N,), counts=10, probabilities=0.3, seed=1), 3.0, 2.1**0.5),
        (lambda: random.beta((N,), alpha=2.0, beta=3.0, seed=1), 0.4, 0.04**0.5),
    ],
    ids=["normal", "uniform", "truncated_normal", "gamma", "binomial", "beta"],
)
def test_distribution_moments(draw, mean, std):
    values = _np(draw())
    assert values.dtype == np.float32 and values.shape == (N,)
    assert abs(values.mean() - mean) < 4 * std / N**0.5
    assert abs(values.std() - std) < 0.03 * std


def test_ranges():
    assert np.abs(_np(random.truncated_normal((N,), seed=2))).max() <= 2.0
    u = _np(random.uniform((N,), minval=-1.0, maxval=3.0, seed=2))
    assert u.min() >= -1.0 and u.max() < 3.0
    ints = _np(random.randint((N,), 3, 7, dtype="int16", seed=2))
    assert ints.dtype == np.int16 and set(np.unique(ints)) == {3, 4, 5, 6}


def test_categorical_frequencies():
    logits = np.log(np.array([[0.2, 0.8], [0.9, 0.1]], "float32"))
    draws = _np(random.categorical(ops.convert_to_tensor(logits), 5000, seed=4))
    assert draws.shape == (2, 5000) and draws.dtype == np.int32
    np.testing.assert_allclose(draws.mean(axis=1), [0.8, 0.1], atol=0.03)


def test_dropout_rate_and_scaling():
    out = _np(random.dropout(ops.convert_to_tensor(np.ones(N, "float32")), 0.25, seed=5))
    assert set(np.unique(out)) == {0.0, np.float32(1 / 0.75)}
    assert abs((out == 0).mean() - 0.25) < 0.02
    shared = _np(
        random.dropout(
            ops.convert_to_tensor(np.ones((4, 1000), "float32")), 0.5, noise_shape=(1, 1000), seed=5
        )
    )
    np.testing.assert_array_equal(shared, np.broadcast_to(shared[:1], shared.shape))


def test_shuffle_is_a_permutation_along_the_axis():
    x = np.arange(12).reshape(3, 4)
    out = _np(random.shuffle(ops.convert_to_tensor(x), axis=1, seed=6))
    np.testing.assert_array_equal(np.sort(out, axis=1), x)
    assert not np.array_equal(out, x)


def test_symbolic_inputs():
    assert random.dropout(KerasTensor((None, 4)), 0.5, seed=1).shape == (None, 4)
    assert random.categorical(KerasTensor((None, 4)), 3, seed=1).shape == (None, 3)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: random.normal((2,), dtype="int32"), "random.normal: dtype must be a float dtype"),
        (lambda: random.randint((2,), 0, 5, dtype="float32"), "must be an integer dtype"),
        (lambda: random.dropout(ops.convert_to_tensor([1.0]), 1.0), "rate must be in [0, 1)"),
        (lambda: random.normal((2,), seed="x"), "seed must be an int, a SeedGenerator"),
        (lambda: random.SeedGenerator(-1), "SeedGenerator seed must be an int"),
    ],
)
def test_bad_arguments(call, message):
    with pytest.raises(
        (ValueError, TypeError), match=message.replace("[", r"\[").replace(")", r"\)")
    ):
        call()


def test_jit_with_a_traced_seed_on_jax():
    if keras_core.config.backend() != "jax":
        pytest.skip("jax.jit")
    import jax

    seed = ops.convert_to_tensor([9, 0], dtype="uint32")
    jitted = jax.jit(lambda s: random.normal((3,), seed=s))
    np.testing.assert_allclose(_np(jitted(seed)), _np(random.normal((3,), seed=9)), rtol=1e-6)


def test_tf_function_with_a_seed_on_tensorflow():
    if keras_core.config.backend() != "tensorflow":
        pytest.skip("tf.function")
    import tensorflow as tf

    traced = tf.function(lambda: random.uniform((3,), seed=9))
    np.testing.assert_allclose(_np(traced()), _np(random.uniform((3,), seed=9)))
