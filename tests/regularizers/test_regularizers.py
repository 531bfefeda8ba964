"""keras_core.regularizers: penalties against NumPy, and configs as Keras 3 writes them (the
expected dicts were read off keras==3.15.1)."""

import math

import numpy as np
import pytest

from keras_core import ops, regularizers
from keras_core.saving import register_keras_serializable

W = np.array([[1.0, -2.0], [3.0, 4.0], [-0.5, 0.0]], dtype="float32")


def _np(x):
    return ops.convert_to_numpy(x)


def _orthogonal_penalty(w, factor):
    # Mean |cosine| between distinct rows.
    unit = w / np.linalg.norm(w, axis=1, keepdims=True)
    similarity = np.abs(unit @ unit.T)
    n = len(w)
    return factor * (similarity.sum() - np.trace(similarity)) / (n * (n - 1))


@pytest.mark.parametrize(
    ("regularizer", "expected"),
    [
        (regularizers.L1(0.5), 0.5 * 10.5),
        (regularizers.L2(0.5), 0.5 * 30.25),
        (regularizers.L1L2(l1=0.1, l2=0.2), 0.1 * 10.5 + 0.2 * 30.25),
        (regularizers.L1L2(l1=0.1), 0.1 * 10.5),
        (regularizers.L1L2(l2=0.2), 0.2 * 30.25),
        (regularizers.L1L2(), 0.0),
        (regularizers.OrthogonalRegularizer(0.5), _orthogonal_penalty(W.astype("float64"), 0.5)),
        (
            regularizers.OrthogonalRegularizer(0.5, mode="columns"),
            _orthogonal_penalty(W.T.astype("float64"), 0.5),
        ),
    ],
    ids=["l1", "l2", "l1l2", "l1l2-l1", "l1l2-l2", "l1l2-zero", "orthogonal", "orthogonal-cols"],
)
def test_penalty_matches_closed_form(regularizer, expected):
    penalty = regularizer(W)
    assert tuple(ops.shape(penalty)) == ()
    assert ops.dtype(penalty) == "float32"
    np.testing.assert_allclose(float(_np(penalty)), expected, rtol=1e-5, atol=1e-7)


def test_orthogonal_regularizer_edge_cases():
    regularizer = regularizers.OrthogonalRegularizer(1.0)
    # Orthogonal rows cost nothing; a zero row counts as orthogonal to every other row.
    np.testing.assert_allclose(_np(regularizer(np.eye(3, dtype="float32"))), 0.0, atol=1e-7)
    parallel = np.array([[1.0, 1.0], [2.0, 2.0]], "float32")
    np.testing.assert_allclose(_np(regularizer(parallel)), 1.0, rtol=1e-5)
    with_zero = np.array([[0.0, 0.0], [1.0, 2.0]], "float32")
    np.testing.assert_allclose(_np(regularizer(with_zero)), 0.0, atol=1e-7)
    # A single row has no pair to compare: no penalty (Keras 3 gives nan here).
    np.testing.assert_allclose(_np(regularizer(np.ones((1, 3), "float32"))), 0.0, atol=1e-7)


def test_orthogonal_regularizer_needs_a_matrix():
    with pytest.raises(
        ValueError, match=r"OrthogonalRegularizer expects a rank-2 weight, received shape \(3,\)"
    ):
        regularizers.OrthogonalRegularizer()(np.ones(3, "float32"))


def test_base_regularizer():
    penalty = regularizers.Regularizer()(W)
    assert tuple(ops.shape(penalty)) == () and float(_np(penalty)) == 0.0
    with pytest.raises(NotImplementedError, match="Regularizer does not implement get_config"):
        regularizers.Regularizer().get_config()


def _keras(class_name, config):
    """The dict keras.regularizers.serialize writes for a built-in regularizer."""
    return {
        "module": "keras.regularizers",
        "class_name": class_name,
        "config": config,
        "registered_name": None,
    }


# Keras writes L1 and OrthogonalRegularizer factors rounded to float32.
KERAS_CONFIGS = [
    (regularizers.L1(), _keras("L1", {"l1": 0.009999999776482582})),
    (regularizers.L1(0.3), _keras("L1", {"l1": 0.30000001192092896})),
    (regularizers.L2(), _keras("L2", {"l2": 0.01})),
    (regularizers.L2(0.3), _keras("L2", {"l2": 0.3})),
    (regularizers.L1L2(), _keras("L1L2", {"l1": 0.0, "l2": 0.0})),
    (regularizers.L1L2(0.1, 0.2), _keras("L1L2", {"l1": 0.1, "l2": 0.2})),
    (
        regularizers.OrthogonalRegularizer(),
        _keras("OrthogonalRegularizer", {"factor": 0.009999999776482582, "mode": "rows"}),
    ),
    (
        regularizers.OrthogonalRegularizer(0.5, "columns"),
        _keras("OrthogonalRegularizer", {"factor": 0.5, "mode": "columns"}),
    ),
]


@pytest.mark.parametrize(("regularizer", "expected"), KERAS_CONFIGS)
def test_serialized_dicts_equal_keras(regularizer, expected):
    assert regularizers.serialize(regularizer) == expected
    restored = regularizers.deserialize(expected)
    assert type(restored) is type(regularizer)
    assert restored.get_config() == expected["config"]
    assert regularizers.get(expected).get_config() == expected["config"]


@pytest.mark.parametrize(("regularizer", "_"), KERAS_CONFIGS)
def test_config_round_trip(regularizer, _):
    config = regularizer.get_config()
    restored = type(regularizer).from_config(config)
    assert restored.get_config() == config
    np.testing.assert_allclose(_np(restored(W)), _np(regularizer(W)), rtol=1e-6)


def test_lower_case_aliases_are_the_classes():
    assert regularizers.l1 is regularizers.L1
    assert regularizers.l2 is regularizers.L2
    assert regularizers.l1_l2 is regularizers.L1L2
    assert regularizers.orthogonal_regularizer is regularizers.OrthogonalRegularizer


def test_none_arguments_mean_the_defaults():
    assert regularizers.L1(None).get_config() == {"l1": 0.009999999776482582}
    assert regularizers.L2(None).get_config() == {"l2": 0.01}
    assert regularizers.L1L2(None, None).get_config() == {"l1": 0.0, "l2": 0.0}


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("l1", regularizers.L1),
        ("L1", regularizers.L1),
        ("l2", regularizers.L2),
        ("L2", regularizers.L2),
        ("l1_l2", regularizers.L1L2),
        ("l1l2", regularizers.L1L2),
        ("L1L2", regularizers.L1L2),
        ("orthogonal_regularizer", regularizers.OrthogonalRegularizer),
        ("OrthogonalRegularizer", regularizers.OrthogonalRegularizer),
    ],
)
def test_get_by_name_gives_a_default_instance(name, cls):
    regularizer = regularizers.get(name)
    assert type(regularizer) is cls
    assert regularizer.get_config() == cls().get_config()
    assert type(regularizers.deserialize(name)) is cls


def _penalty(x):
    return ops.sum(x)


@register_keras_serializable(package="RegularizersTest")
class _Squares(regularizers.Regularizer):
    def __init__(self, factor=1.0):
        self.factor = factor

    def __call__(self, x):
        return ops.multiply(self.factor, ops.sum(ops.square(x)))

    def get_config(self):
        return {"factor": self.factor}


def test_get_other_identifier_kinds():
    assert regularizers.get(None) is None
    instance = regularizers.L2(0.3)
    assert regularizers.get(instance) is instance
    assert type(regularizers.get(regularizers.L1)) is regularizers.L1
    assert regularizers.get(_penalty) is _penalty
    assert regularizers.serialize(None) is None
    assert regularizers.serialize("l2") == "l2"


def test_custom_regularizer_round_trip():
    config = regularizers.serialize(_Squares(0.5))
    assert config["registered_name"] == "RegularizersTest>_Squares"
    assert config["config"] == {"factor": 0.5}
    restored = regularizers.get(config)
    assert isinstance(restored, _Squares) and restored.factor == 0.5
    np.testing.assert_allclose(float(_np(restored(W))), 0.5 * 30.25, rtol=1e-6)
    assert isinstance(regularizers.get("RegularizersTest>_Squares"), _Squares)
    unregistered = {"class_name": "Squares", "config": {"factor": 2.0}}
    squares = regularizers.deserialize(unregistered, custom_objects={"Squares": _Squares})
    assert squares.factor == 2.0


@pytest.mark.parametrize("identifier", ["bogus", "Bogus", "", "l1 "])
def test_get_unknown_name(identifier):
    with pytest.raises(
        ValueError, match=f"Could not interpret regularizer identifier: '{identifier}'"
    ) as error:
        regularizers.get(identifier)
    assert "l1_l2" in str(error.value)
    with pytest.raises(ValueError, match=f"Unknown regularizer '{identifier}'"):
        regularizers.deserialize(identifier)


@pytest.mark.parametrize("identifier", [3, 0.1, ["l1"]])
def test_get_uninterpretable_value(identifier):
    with pytest.raises(ValueError, match=r"Could not interpret regularizer identifier: .* of type"):
        regularizers.get(identifier)


def test_deserialize_unknown_class():
    with pytest.raises(TypeError, match="cannot find class 'Bogus'"):
        regularizers.deserialize({"class_name": "Bogus", "config": {}})


@pytest.mark.parametrize("value", [-1, -0.01, math.nan, math.inf, "a", [0.1], True])
@pytest.mark.parametrize(
    ("make", "owner", "argument"),
    [
        (lambda v: regularizers.L1(v), "L1", "l1"),
        (lambda v: regularizers.L2(v), "L2", "l2"),
        (lambda v: regularizers.L1L2(l1=v), "L1L2", "l1"),
        (lambda v: regularizers.L1L2(l2=v), "L1L2", "l2"),
        (lambda v: regularizers.OrthogonalRegularizer(v), "OrthogonalRegularizer", "factor"),
    ],
    ids=["L1", "L2", "L1L2-l1", "L1L2-l2", "Orthogonal"],
)
def test_bad_factor(make, owner, argument, value):
    with pytest.raises(ValueError) as error:
        make(value)
    message = str(error.value)
    assert message.startswith(f"{owner}: invalid value for argument {argument}")
    assert "finite, non-negative float" in message and f"{argument}={value!r}" in message


def test_numpy_scalar_factors_are_accepted():
    assert regularizers.L2(np.float32(0.5)).get_config() == {"l2": 0.5}
    assert regularizers.L1(np.float64(0.5)).get_config() == {"l1": 0.5}


def test_bad_mode():
    with pytest.raises(
        ValueError,
        match=r"OrthogonalRegularizer: invalid value for argument mode: expected one of "
        r"\('rows', 'columns'\), received mode='diag'",
    ):
        regularizers.OrthogonalRegularizer(mode="diag")
    with pytest.raises(ValueError, match="received factor=None"):
        regularizers.OrthogonalRegularizer(None)
