"""Reshape, Flatten, Permute and RepeatVector against NumPy; shapes, configs and errors as
keras==3.15.1 gives them (values read off it and written here)."""

import numpy as np
import pytest

import keras_core
from keras_core import layers, ops

X = np.arange(24.0, dtype="float32").reshape(2, 3, 4)
DTYPE_POLICY = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}


def _np(x):
    return ops.convert_to_numpy(x)


def _check_shapes(layer, x, expected):
    """Eager, compute_output_shape and symbolic (unknown batch) shapes all equal Keras's."""
    y = layer(x)
    assert tuple(y.shape) == expected
    assert layer.compute_output_shape(x.shape) == expected
    assert layer(keras_core.Input(x.shape[1:])).shape == (None, *expected[1:])
    return _np(y)


def test_default_configs_equal_keras():
    keras_core.backend.clear_session()
    base = {"trainable": True, "dtype": DTYPE_POLICY}
    assert layers.Reshape((2, -1)).get_config() == {
        "name": "reshape",
        **base,
        "target_shape": (2, -1),
    }
    assert layers.Flatten().get_config() == {
        "name": "flatten",
        **base,
        "data_format": "channels_last",
    }
    assert layers.Permute([2, 1]).get_config() == {"name": "permute", **base, "dims": (2, 1)}
    assert layers.RepeatVector(3).get_config() == {"name": "repeat_vector", **base, "n": 3}


@pytest.mark.parametrize(
    "layer",
    [
        layers.Reshape([3, 4]),
        layers.Flatten(data_format="channels_first"),
        layers.Permute((2, 1)),
        layers.RepeatVector(2),
    ],
    ids=["Reshape", "Flatten", "Permute", "RepeatVector"],
)
def test_config_round_trip_gives_same_config_and_outputs(layer):
    x = X[:, 0] if isinstance(layer, layers.RepeatVector) else X
    clone = type(layer).from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()
    np.testing.assert_array_equal(_np(clone(x)), _np(layer(x)))


# Reshape ------------------------------------------------------------------------------


def test_reshape_infers_minus_one():
    y = _check_shapes(layers.Reshape((4, -1)), X, (2, 4, 3))
    np.testing.assert_array_equal(y, X.reshape(2, 4, 3))
    y = _check_shapes(layers.Reshape((-1,)), X, (2, 12))
    np.testing.assert_array_equal(y, X.reshape(2, 12))


def test_reshape_with_unknown_sizes():
    # keras==3.15.1: (-1, 2) on (None, None, 4) -> (None, None, 2); (3, 2) -> (None, 3, 2).
    assert layers.Reshape((-1, 2)).compute_output_shape((None, None, 4)) == (None, None, 2)
    assert layers.Reshape((3, 2)).compute_output_shape((None, None, 4)) == (None, 3, 2)
    assert layers.Reshape((-1, 2)).compute_output_shape((None, 3, 4)) == (None, 6, 2)
    layer = layers.Reshape((-1, 2))
    assert layer(keras_core.Input((None, 4))).shape == (None, None, 2)
    np.testing.assert_array_equal(_np(layer(X)), X.reshape(2, 6, 2))


def test_reshape_size_mismatch_raises():
    message = (
        r"Reshape 'r1': cannot reshape an input of shape \(2, 3, 4\) \(12 values per sample\) "
        r"to target_shape=\(5, 2\) \(10 values\)"
    )
    with pytest.raises(ValueError, match=message):
        layers.Reshape((5, 2), name="r1")(X)
    with pytest.raises(ValueError, match=r"Reshape 'r2'.*\(None, 3, 4\).*not a multiple"):
        layers.Reshape((5, -1), name="r2")(keras_core.Input((3, 4)))
    with pytest.raises(ValueError, match=r"12 values per sample"):
        layers.Reshape((5, 2)).compute_output_shape((None, 3, 4))


def test_reshape_bad_target_shape_raises():
    with pytest.raises(ValueError, match=r"at most one -1.*\(-1, -1\)"):
        layers.Reshape((-1, -1))
    with pytest.raises(ValueError, match=r"non-negative int or -1.*\(-2, 12\)"):
        layers.Reshape((-2, 12))
    with pytest.raises(ValueError, match=r"non-negative int or -1.*\(None, 12\)"):
        layers.Reshape((None, 12))
    with pytest.raises(TypeError, match=r"Reshape '.*': target_shape must be a tuple of ints"):
        layers.Reshape(12)


# Flatten ------------------------------------------------------------------------------


def test_flatten_values_and_shapes():
    y = _check_shapes(layers.Flatten(), X, (2, 12))
    np.testing.assert_array_equal(y, X.reshape(2, 12))
    y = _np(layers.Flatten()(np.arange(3.0, dtype="float32")))
    np.testing.assert_array_equal(y, [[0.0], [1.0], [2.0]])
    assert layers.Flatten().compute_output_shape((3,)) == (3, 1)
    assert layers.Flatten().compute_output_shape((2, None, 3)) == (2, None)
    assert layers.Flatten()(keras_core.Input((None, 3))).shape == (None, None)


def test_flatten_channels_first_moves_channels_last():
    # keras==3.15.1, channels_first on arange(24).reshape(2, 3, 4): first row below.
    y = _np(layers.Flatten(data_format="channels_first")(X))
    np.testing.assert_array_equal(y[0], [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11])
    np.testing.assert_array_equal(y, np.transpose(X, (0, 2, 1)).reshape(2, 12))


def test_flatten_errors():
    with pytest.raises(ValueError, match=r"Flatten '.*': data_format must be"):
        layers.Flatten(data_format="x")
    assert layers.Flatten().input_spec.min_ndim == 1


# Permute ------------------------------------------------------------------------------


def test_permute_values_and_shapes():
    y = _check_shapes(layers.Permute((2, 1)), X, (2, 4, 3))
    np.testing.assert_array_equal(y, np.transpose(X, (0, 2, 1)))
    x4 = np.arange(48.0, dtype="float32").reshape(2, 2, 3, 4)
    y = _check_shapes(layers.Permute((3, 1, 2)), x4, (2, 4, 2, 3))
    np.testing.assert_array_equal(y, np.transpose(x4, (0, 3, 1, 2)))
    assert layers.Permute((3, 1, 2)).compute_output_shape((None, 2, None, 4)) == (None, 4, 2, None)


@pytest.mark.parametrize("dims", [(1, 3), (0, 1), (1, 1), (1.0, 2)])
def test_permute_bad_dims_raise(dims):
    with pytest.raises(ValueError, match=r"Permute '.*': dims must be a permutation"):
        layers.Permute(dims)


def test_permute_wrong_rank_raises():
    with pytest.raises(ValueError, match=r"'perm'.*expected ndim=3, found ndim=4"):
        layers.Permute((2, 1), name="perm")(np.zeros((2, 3, 4, 5), "float32"))


# RepeatVector -------------------------------------------------------------------------


def test_repeat_vector_values_and_shapes():
    x = X[:, 0]
    y = _check_shapes(layers.RepeatVector(3), x, (2, 3, 4))
    np.testing.assert_array_equal(y, np.repeat(x[:, None, :], 3, axis=1))
    assert layers.RepeatVector(3).compute_output_shape((None, 5)) == (None, 3, 5)


def test_repeat_vector_errors():
    with pytest.raises(TypeError, match=r"RepeatVector '.*': n must be an int, received 3.0"):
        layers.RepeatVector(3.0)
    for bad in (0, -1):
        with pytest.raises(ValueError, match=rf"n must be a positive integer, received {bad}\."):
            layers.RepeatVector(bad)
    with pytest.raises(ValueError, match=r"'rv'.*expected ndim=2, found ndim=3"):
        layers.RepeatVector(3, name="rv")(X)
