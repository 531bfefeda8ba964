"""``numpy.reduction`` and ``numpy.statistics``: the same clear error for bad input on every
backend, NaN handling, compiled tracing, and what the conformance kit cannot express."""

import re
import warnings

import numpy as np
import pytest

import keras_core
from keras_core import ops
from keras_core.backend import contract
from keras_core.backend.dtypes import standardize_dtype
from keras_core.backend.errors import UnsupportedOpError

RNG = np.random.default_rng(7)
X = RNG.normal(size=(2, 3)).astype("float32")
NAN_ROWS = np.array([[1.0, np.nan, 3.0], [np.nan, np.nan, np.nan]], "float32")


def _native(value):
    return ops.convert_to_tensor(value) if isinstance(value, np.ndarray) else value


def _numpy(value):
    return ops.convert_to_numpy(value)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: ops.sum(_native(X), axis=3),
            ValueError,
            "ops.sum: axis=3 is out of range for an input of shape (2, 3) (valid: -2 to 1).",
        ),
        (
            lambda: ops.std(_native(X), axis=(0, 0)),
            ValueError,
            "ops.std: axis=(0, 0) repeats an axis.",
        ),
        (
            lambda: ops.argmax(_native(X), axis=(0, 1)),
            TypeError,
            "ops.argmax: axis must be an int, received (0, 1).",
        ),
        (
            lambda: ops.argmin(_native(np.zeros((2, 0), "float32")), axis=1),
            ValueError,
            "ops.argmin: cannot take argmin of an empty axis of shape (2, 0).",
        ),
        (
            lambda: ops.amax(_native(np.zeros((0, 3), "float32")), axis=0),
            ValueError,
            "ops.amax: cannot reduce an empty axis of an input of shape (0, 3) without `initial`.",
        ),
        (
            lambda: ops.sort(_native(X), axis=2),
            ValueError,
            "ops.sort: axis=2 is out of range for an input of shape (2, 3) (valid: -2 to 1).",
        ),
        (
            lambda: ops.cumsum(_native(X), axis=-3),
            ValueError,
            "ops.cumsum: axis=-3 is out of range for an input of shape (2, 3) (valid: -2 to 1).",
        ),
        (
            lambda: ops.argpartition(_native(X), 3),
            ValueError,
            "ops.argpartition: kth=3 is out of range for an axis of size 3 (shape (2, 3)).",
        ),
        (
            lambda: ops.diff(_native(X), n=-1),
            ValueError,
            "ops.diff: n must be non-negative, received n=-1.",
        ),
        (
            lambda: ops.quantile(_native(X), 1.5),
            ValueError,
            "ops.quantile: q must be within [0, 1], received 1.5.",
        ),
        (
            lambda: ops.percentile(_native(X), [50, 101]),
            ValueError,
            "ops.percentile: q must be within [0, 100], received [50, 101].",
        ),
        (
            lambda: ops.nanquantile(_native(X), 0.5, method="cubic"),
            ValueError,
            "ops.nanquantile: method must be one of ('linear', 'lower', 'higher', 'midpoint', "
            "'nearest'), received 'cubic'.",
        ),
        (
            lambda: ops.average(_native(X), weights=_native(np.ones(3, "float32"))),
            ValueError,
            "ops.average: axis must be given when weights (shape (3,)) and x (shape (2, 3)) "
            "differ in shape.",
        ),
        (
            lambda: ops.bincount(_native(np.array([0.5, 1.0], "float32"))),
            TypeError,
            "ops.bincount: x must have an integer dtype, received float32.",
        ),
        (
            lambda: ops.bincount(_native(np.array([[0, 1]], "int32"))),
            ValueError,
            "ops.bincount: x must be 1-D, received shape (1, 2).",
        ),
        (
            lambda: ops.bincount(_native(np.array([0, 1], "int32")), minlength=-1),
            ValueError,
            "ops.bincount: minlength must be non-negative, received -1.",
        ),
        (
            lambda: ops.corrcoef(_native(np.ones((2, 2, 2), "float32"))),
            ValueError,
            "ops.corrcoef: x must be 1-D or 2-D, received shape (2, 2, 2).",
        ),
        (
            lambda: ops.histogram(_native(X[0]), bins=0),
            ValueError,
            "ops.histogram: bins must be a positive int, received 0.",
        ),
        (
            lambda: ops.histogram(_native(X[0]), range=(1.0, -1.0)),
            ValueError,
            "ops.histogram: range must be (low, high) with low <= high, got (1.0, -1.0).",
        ),
        (
            lambda: ops.searchsorted(_native(X), _native(np.ones(4, "float32"))),
            ValueError,
            "ops.searchsorted: sorted_sequence must be 1-D, received shape (2, 3).",
        ),
        (
            lambda: ops.unique(_native(X), size=0),
            ValueError,
            "ops.unique: size must be a positive int or None, received 0.",
        ),
        (
            lambda: ops.trapezoid(_native(X), x=_native(np.ones(4, "float32"))),
            ValueError,
            "ops.trapezoid: x (shape (4,)) must have the size of y's axis -1 (y has shape (2, 3)).",
        ),
    ],
)
def test_bad_input_gives_the_same_error_on_every_backend(call, error, message):
    with pytest.raises(error, match=re.escape(message)):
        call()


def test_nan_handling():
    x = _native(NAN_ROWS)
    with warnings.catch_warnings():
        # NumPy warns about the all-NaN row; the answer (NaN) is what is checked.
        warnings.simplefilter("ignore", RuntimeWarning)
        np.testing.assert_allclose(_numpy(ops.nanmax(x, axis=1)), [3.0, np.nan])
        np.testing.assert_allclose(_numpy(ops.nanmedian(x, axis=1)), [2.0, np.nan])
        np.testing.assert_allclose(_numpy(ops.quantile(x, 0.5, axis=1)), [np.nan, np.nan])
        np.testing.assert_allclose(_numpy(ops.nansum(x, axis=1)), [4.0, 0.0])
    np.testing.assert_allclose(_numpy(ops.nanmean(x[:1], axis=1)), [2.0])
    assert _numpy(ops.nanargmax(x[0])) == 2


def test_argpartition_places_kth_in_sorted_position():
    x = RNG.normal(size=(4, 9)).astype("float32")
    for kth in (0, 4, -1, (2, 6)):
        index = _numpy(ops.argpartition(_native(x), kth, axis=1))
        parted = np.take_along_axis(x, index, axis=1)
        for k in np.atleast_1d(kth):
            expected = np.sort(x, axis=1)[:, k]
            np.testing.assert_array_equal(parted[:, k], expected)
            assert np.all(parted[:, : k % 9] <= expected[:, None])
            assert np.all(parted[:, k % 9 + 1 :] >= expected[:, None])
        assert sorted(index[0].tolist()) == list(range(9))


def test_unique_with_size_pads_indices_and_counts_with_zero():
    x = _native(np.array([4, 2, 4, 7], "int32"))
    values, index, inverse, counts = ops.unique(
        x, return_index=True, return_inverse=True, return_counts=True, size=5, fill_value=-1
    )
    np.testing.assert_array_equal(_numpy(values), [2, 4, 7, -1, -1])
    np.testing.assert_array_equal(_numpy(index), [1, 0, 3, 0, 0])
    np.testing.assert_array_equal(_numpy(inverse), [1, 0, 1, 2])
    np.testing.assert_array_equal(_numpy(counts), [1, 2, 1, 0, 0])
    for output in (index, inverse, counts):
        assert standardize_dtype(output.dtype) == "int32"


def test_unique_along_an_axis():
    x = np.array([[1, 0], [0, 1], [1, 0]], "int32")
    try:
        values, inverse = ops.unique(_native(x), axis=0, return_inverse=True)
    except UnsupportedOpError:
        pytest.skip("unique(axis=...) is unsupported by this backend")
    np.testing.assert_array_equal(_numpy(values), [[0, 1], [1, 0]])
    np.testing.assert_array_equal(_numpy(inverse), [1, 0, 1])


def test_histogram_counts_the_last_edge_and_drops_values_outside_range():
    x = _native(np.array([-3.0, 0.0, 0.5, 1.0, 1.0, 4.0], "float32"))
    counts, edges = ops.histogram(x, bins=2, range=(0.0, 1.0))
    np.testing.assert_array_equal(_numpy(counts), [1, 3])
    np.testing.assert_allclose(_numpy(edges), [0.0, 0.5, 1.0])
    counts, edges = ops.histogram(_native(np.full(3, 2.0, "float32")), bins=2)
    np.testing.assert_array_equal(_numpy(counts), [0, 3])
    np.testing.assert_allclose(_numpy(edges), [1.5, 2.0, 2.5])


COMPILED = {
    "quantile": lambda x: ops.quantile(x, [0.25, 0.5], axis=0),
    "nanmedian": lambda x: ops.nanmedian(x, axis=-1),
    "sort": lambda x: ops.sort(x, axis=0),
    "argsort": lambda x: ops.argsort(x),
    "cumsum": lambda x: ops.cumsum(x, axis=1),
    "argmax": lambda x: ops.argmax(x, axis=None, keepdims=True),
    "searchsorted": lambda x: ops.searchsorted(ops.sort(x[0]), x),
    "histogram": lambda x: ops.histogram(x[0], bins=3, range=(-1.0, 1.0))[0],
    "unique": lambda x: ops.unique(ops.cast(x > 0, "int32"), size=3, return_counts=True)[1],
    "trapezoid": lambda x: ops.trapezoid(x, axis=0),
}


@pytest.mark.compositions
@pytest.mark.parametrize("name", sorted(COMPILED))
def test_ops_trace_under_the_backends_compiler(name):
    function = COMPILED[name]
    backend = keras_core.config.backend()
    x = RNG.normal(size=(4, 3)).astype("float32")
    expected = _numpy(function(_native(x)))
    if backend == "jax":
        import jax

        compiled = jax.jit(function)(_native(x))
    elif backend == "tensorflow":
        import tensorflow as tf

        signature = [tf.TensorSpec((None, 3), tf.float32)]
        compiled = tf.function(function, input_signature=signature)(_native(x))
    else:
        pytest.skip(f"no compiler to check on {backend}")
    np.testing.assert_allclose(_numpy(compiled), expected, rtol=1e-6)


COMPOSED_CALLS = {
    ("numpy.reduction", "mean"): ((X,), {"axis": 1}),
    ("numpy.reduction", "amax"): ((X,), {"axis": 0}),
    ("numpy.reduction", "amin"): ((X,), {}),
    ("numpy.reduction", "ptp"): ((X,), {"axis": -1, "keepdims": True}),
    ("numpy.reduction", "all"): ((X > 0,), {"axis": 1}),
    ("numpy.reduction", "any"): ((X > 0,), {"axis": 0}),
    ("numpy.reduction", "count_nonzero"): ((X > 0,), {"axis": 1}),
    ("numpy.reduction", "var"): ((X,), {"axis": 1}),
    ("numpy.reduction", "std"): ((X,), {}),
    ("numpy.reduction", "digitize"): ((X, np.array([-1.0, 0.0, 1.0], "float32")), {}),
    ("numpy.statistics", "average"): (
        (X,),
        {"axis": 1, "weights": np.array([1.0, 2.0, 3.0], "float32")},
    ),
    ("numpy.statistics", "median"): ((X,), {"axis": 1}),
    ("numpy.statistics", "percentile"): ((X,), {"q": 30.0, "axis": 0}),
    ("numpy.statistics", "nanmedian"): ((NAN_ROWS[:1],), {"axis": 1}),
    ("numpy.statistics", "nanpercentile"): ((NAN_ROWS[:1],), {"q": 40.0}),
    ("numpy.statistics", "nanmean"): ((NAN_ROWS[:1],), {"axis": 1}),
    ("numpy.statistics", "nanvar"): ((NAN_ROWS[:1],), {}),
    ("numpy.statistics", "nanstd"): ((NAN_ROWS[:1],), {"axis": 1}),
}


@pytest.mark.parametrize("namespace", ["numpy.reduction", "numpy.statistics"])
def test_every_composed_default_has_a_check(namespace):
    checked = {name for space, name in COMPOSED_CALLS if space == namespace}
    assert set(contract.composed(namespace)) == checked


@pytest.mark.compositions
@pytest.mark.parametrize(
    ("namespace", "name"), sorted(COMPOSED_CALLS), ids=[n for _, n in sorted(COMPOSED_CALLS)]
)
def test_composed_default_matches_numpy(namespace, name):
    """The core's composition, which a backend without its own version runs."""
    function = contract.composed(namespace)[name]
    args, kwargs = COMPOSED_CALLS[namespace, name]
    try:
        result = function(*(_native(a) for a in args), **kwargs)
    except (AttributeError, UnsupportedOpError) as error:
        pytest.skip(f"the composition needs an op this backend lacks: {error}")
    expected = getattr(np, name)(*args, **kwargs)
    np.testing.assert_allclose(_numpy(result), expected, rtol=1e-5, atol=1e-6)
