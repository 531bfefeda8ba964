"""Random ops: draws from distributions, dropout and shuffling.

Every op turns ``seed`` into a seed tensor with ``draw_seed`` and passes it to the backend,
whose generators are stateless functions of that tensor: the same seed gives the same
draw, on that backend.
"""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import standardize_dtype
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import recover, shape_of
from keras_core.random.seed_generator import draw_seed

_impl = table("random")


def _shape(op: str, shape) -> tuple:
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    if any(d is None or int(d) < 0 for d in shape):
        raise ValueError(f"random.{op}: shape must hold non-negative ints, received {shape}")
    return tuple(int(d) for d in shape)


def _float_dtype(op: str, dtype) -> str:
    dtype = standardize_dtype(dtype)
    if dtype not in ("bfloat16", "float16", "float32", "float64"):
        raise TypeError(f"random.{op}: dtype must be a float dtype, received {dtype}")
    return dtype


def normal(shape, mean=0.0, stddev=1.0, dtype=None, seed=None):
    """Draws from a normal distribution.

    Example:
        >>> keras_core.random.normal((2, 3), seed=1)
    """
    shape, dtype = _shape("normal", shape), _float_dtype("normal", dtype)
    return _impl.normal(shape, mean, stddev, dtype, draw_seed(seed))


def uniform(shape, minval=0.0, maxval=1.0, dtype=None, seed=None):
    """Draws uniformly from ``[minval, maxval)``.

    Example:
        >>> keras_core.random.uniform((3,), minval=-1.0, maxval=1.0, seed=1)
    """
    shape, dtype = _shape("uniform", shape), _float_dtype("uniform", dtype)
    return _impl.uniform(shape, minval, maxval, dtype, draw_seed(seed))


def truncated_normal(shape, mean=0.0, stddev=1.0, dtype=None, seed=None):
    """Draws from a normal distribution, redrawing values more than two ``stddev`` from
    ``mean``."""
    shape, dtype = _shape("truncated_normal", shape), _float_dtype("truncated_normal", dtype)
    return _impl.truncated_normal(shape, mean, stddev, dtype, draw_seed(seed))


def randint(shape, minval, maxval, dtype="int32", seed=None):
    """Draws integers uniformly from ``[minval, maxval)``.

    Example:
        >>> keras_core.random.randint((4,), 0, 10, seed=1)
    """
    shape = _shape("randint", shape)
    dtype = standardize_dtype(dtype)
    if "int" not in dtype:
        raise TypeError(f"random.randint: dtype must be an integer dtype, received {dtype}")
    return _impl.randint(shape, minval, maxval, dtype, draw_seed(seed))


def gamma(shape, alpha, dtype=None, seed=None):
    """Draws from gamma distributions of concentration ``alpha`` (scale 1)."""
    shape, dtype = _shape("gamma", shape), _float_dtype("gamma", dtype)
    return _impl.gamma(shape, alpha, dtype, draw_seed(seed))


def binomial(shape, counts, probabilities, dtype=None, seed=None):
    """Draws the number of successes in ``counts`` trials of probability ``probabilities``."""
    shape, dtype = _shape("binomial", shape), _float_dtype("binomial", dtype)
    return _impl.binomial(shape, counts, probabilities, dtype, draw_seed(seed))


def beta(shape, alpha, beta, dtype=None, seed=None):
    """Draws from beta distributions with parameters ``alpha`` and ``beta``."""
    shape, dtype = _shape("beta", shape), _float_dtype("beta", dtype)
    return _impl.beta(shape, alpha, beta, dtype, draw_seed(seed))


def _categorical_rule(op, logits, num_samples, dtype="int32", seed=None):
    logits_shape = shape_of(logits)
    if len(logits_shape) != 2:
        raise ValueError(
            f"random.{op}: logits must be 2-D (batch, classes), received shape {logits_shape}"
        )
    return KerasTensor((logits_shape[0], num_samples), standardize_dtype(dtype))


def categorical(logits, num_samples, dtype="int32", seed=None):
    """Draws class indices from the unnormalized log-probabilities ``logits`` (batch, classes).

    Example:
        >>> keras_core.random.categorical([[0.0, 10.0]], 3, seed=1)   # mostly class 1
    """
    try:
        return _impl.categorical(logits, num_samples, standardize_dtype(dtype), draw_seed(seed))
    except Exception as error:
        return recover(error, _categorical_rule, "categorical", logits, num_samples, dtype)


def _dropout_rule(op, inputs, rate, noise_shape=None, seed=None):
    if not 0 <= rate < 1:
        raise ValueError(f"random.{op}: rate must be in [0, 1), received {rate}")
    return rules.same(op, inputs)


def dropout(inputs, rate, noise_shape=None, seed=None):
    """Zeroes each element with probability ``rate`` and scales the rest by
    ``1 / (1 - rate)``; ``noise_shape`` broadcasts one decision over some axes.

    Example:
        >>> keras_core.random.dropout(keras_core.ops.convert_to_tensor([1.0] * 4), 0.5, seed=1)
    """
    if not 0 <= rate < 1:
        raise ValueError(f"random.dropout: rate must be in [0, 1), received {rate}")
    try:
        return _impl.dropout(inputs, rate, noise_shape, draw_seed(seed))
    except Exception as error:
        return recover(error, _dropout_rule, "dropout", inputs, rate, noise_shape)


def _shuffle_rule(op, x, axis=0):
    shape = shape_of(x)
    rules.canonical_axis(op, axis, len(shape), shape)
    return rules.same(op, x)


def shuffle(x, axis=0, seed=None):
    """Shuffles ``x`` along ``axis``.

    Example:
        >>> keras_core.random.shuffle(keras_core.ops.convert_to_tensor([1, 2, 3, 4]), seed=1)
    """
    try:
        return _impl.shuffle(x, axis, draw_seed(seed))
    except Exception as error:
        return recover(error, _shuffle_rule, "shuffle", x, axis)
