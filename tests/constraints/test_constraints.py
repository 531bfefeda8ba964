"""keras_core.constraints: projections against NumPy, and configs as Keras 3 writes them (the
expected dicts were read off keras==3.15.1)."""

import math

import numpy as np
import pytest

from keras_core import constraints, ops
from keras_core.saving import register_keras_serializable

W = np.array([[1.0, -2.0, 0.0], [3.0, 4.0, 0.0]], dtype="float32")
EPSILON = 1e-7


def _np(x):
    return ops.convert_to_numpy(x)


def _norms(w, axis):
    return np.sqrt((w**2).sum(axis=axis, keepdims=True))


def _max_norm(w, max_value, axis):
    norms = _norms(w, axis)
    return w * np.clip(norms, 0, max_value) / (EPSILON + norms)


def _min_max_norm(w, min_value, max_value, rate, axis):
    norms = _norms(w, axis)
    desired = rate * np.clip(norms, min_value, max_value) + (1 - rate) * norms
    return w * desired / (EPSILON + norms)


W64 = W.astype("float64")


@pytest.mark.parametrize(
    ("constraint", "expected"),
    [
        (constraints.MaxNorm(), _max_norm(W64, 2, 0)),
        (constraints.MaxNorm(3.0, axis=1), _max_norm(W64, 3.0, 1)),
        (constraints.MaxNorm(1.5, axis=[0, 1]), _max_norm(W64, 1.5, (0, 1))),
        (constraints.MinMaxNorm(), _min_max_norm(W64, 0.0, 1.0, 1.0, 0)),
        (constraints.MinMaxNorm(3.5, 4.0), _min_max_norm(W64, 3.5, 4.0, 1.0, 0)),
        (constraints.MinMaxNorm(3.5, 4.0, rate=0.5), _min_max_norm(W64, 3.5, 4.0, 0.5, 0)),
        (constraints.MinMaxNorm(0.5, 2.0, 0.25, axis=1), _min_max_norm(W64, 0.5, 2.0, 0.25, 1)),
        (constraints.UnitNorm(), W64 / (EPSILON + _norms(W64, 0))),
        (constraints.UnitNorm(axis=-1), W64 / (EPSILON + _norms(W64, -1))),
        (constraints.NonNeg(), np.maximum(W64, 0.0)),
        (constraints.Constraint(), W64),
    ],
    ids=[
        "max_norm",
        "max_norm-axis1",
        "max_norm-axes",
        "min_max_norm",
        "min_max_norm-raise",
        "min_max_norm-rate",
        "min_max_norm-axis1",
        "unit_norm",
        "unit_norm-last",
        "non_neg",
        "constraint",
    ],
)
def test_projection_matches_numpy(constraint, expected):
    result = constraint(ops.convert_to_tensor(W))
    assert ops.dtype(result) == "float32" and tuple(ops.shape(result)) == W.shape
    np.testing.assert_allclose(_np(result), expected, rtol=1e-5, atol=1e-6)


def test_closed_forms():
    # The column (3, 4) has norm 5.
    column = np.array([[3.0], [4.0]], "float32")
    np.testing.assert_allclose(_np(constraints.UnitNorm()(column)), [[0.6], [0.8]], rtol=1e-5)
    np.testing.assert_allclose(_np(constraints.MaxNorm(1.0)(column)), [[0.6], [0.8]], rtol=1e-5)
    np.testing.assert_allclose(_np(constraints.MaxNorm(10.0)(column)), column, rtol=1e-5)
    doubled = constraints.MinMaxNorm(10.0, 20.0)(column)
    np.testing.assert_allclose(_np(doubled), [[6.0], [8.0]], rtol=1e-5)


def test_zero_slices_stay_zero():
    zeros = np.zeros((2, 2), "float32")
    for constraint in (
        constraints.MaxNorm(),
        constraints.MinMaxNorm(1.0, 2.0),
        constraints.UnitNorm(),
    ):
        np.testing.assert_array_equal(_np(constraint(zeros)), zeros)


def test_non_neg_keeps_integer_dtype():
    result = constraints.NonNeg()(np.array([-1, 2, 0], "int32"))
    assert ops.dtype(result) == "int32"
    np.testing.assert_array_equal(_np(result), [0, 2, 0])


def _keras(class_name, config):
    """The dict keras.constraints.serialize writes for a built-in constraint."""
    return {
        "module": "keras.constraints",
        "class_name": class_name,
        "config": config,
        "registered_name": None,
    }


KERAS_CONFIGS = [
    (constraints.Constraint(), _keras("Constraint", {})),
    (constraints.MaxNorm(), _keras("MaxNorm", {"max_value": 2, "axis": 0})),
    (constraints.MaxNorm(1.5, axis=[0, 1]), _keras("MaxNorm", {"max_value": 1.5, "axis": [0, 1]})),
    (
        constraints.MinMaxNorm(),
        _keras("MinMaxNorm", {"min_value": 0.0, "max_value": 1.0, "rate": 1.0, "axis": 0}),
    ),
    (
        constraints.MinMaxNorm(0.5, 2.0, 0.25, 1),
        _keras("MinMaxNorm", {"min_value": 0.5, "max_value": 2.0, "rate": 0.25, "axis": 1}),
    ),
    (constraints.NonNeg(), _keras("NonNeg", {})),
    (constraints.UnitNorm(), _keras("UnitNorm", {"axis": 0})),
    (constraints.UnitNorm(axis=-1), _keras("UnitNorm", {"axis": -1})),
]


@pytest.mark.parametrize(("constraint", "expected"), KERAS_CONFIGS)
def test_serialized_dicts_equal_keras(constraint, expected):
    assert constraints.serialize(constraint) == expected
    restored = constraints.deserialize(expected)
    assert type(restored) is type(constraint)
    assert restored.get_config() == expected["config"]
    assert constraints.get(expected).get_config() == expected["config"]


@pytest.mark.parametrize(("constraint", "_"), KERAS_CONFIGS)
def test_config_round_trip(constraint, _):
    config = constraint.get_config()
    restored = type(constraint).from_config(config)
    assert restored.get_config() == config
    np.testing.assert_allclose(_np(restored(W)), _np(constraint(W)), rtol=1e-6)


def test_lower_case_aliases_are_the_classes():
    assert constraints.max_norm is constraints.MaxNorm
    assert constraints.min_max_norm is constraints.MinMaxNorm
    assert constraints.non_neg is constraints.NonNeg
    assert constraints.unit_norm is constraints.UnitNorm


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("max_norm", constraints.MaxNorm),
        ("MaxNorm", constraints.MaxNorm),
        ("min_max_norm", constraints.MinMaxNorm),
        ("MinMaxNorm", constraints.MinMaxNorm),
        ("non_neg", constraints.NonNeg),
        ("NonNeg", constraints.NonNeg),
        ("unit_norm", constraints.UnitNorm),
        ("UnitNorm", constraints.UnitNorm),
        ("Constraint", constraints.Constraint),
    ],
)
def test_get_by_name_gives_a_default_instance(name, cls):
    constraint = constraints.get(name)
    assert type(constraint) is cls
    assert constraint.get_config() == cls().get_config()
    assert type(constraints.deserialize(name)) is cls


def _clip(w):
    return ops.clip(w, -1.0, 1.0)


@register_keras_serializable(package="ConstraintsTest")
class _Clip(constraints.Constraint):
    def __init__(self, bound=1.0):
        self.bound = bound

    def __call__(self, w):
        return ops.clip(w, -self.bound, self.bound)

    def get_config(self):
        return {"bound": self.bound}


def test_get_other_identifier_kinds():
    assert constraints.get(None) is None
    instance = constraints.MaxNorm(3.0)
    assert constraints.get(instance) is instance
    assert type(constraints.get(constraints.NonNeg)) is constraints.NonNeg
    assert constraints.get(_clip) is _clip
    assert constraints.serialize(None) is None
    assert constraints.serialize("max_norm") == "max_norm"


def test_custom_constraint_round_trip():
    config = constraints.serialize(_Clip(0.5))
    assert config["registered_name"] == "ConstraintsTest>_Clip"
    assert config["config"] == {"bound": 0.5}
    restored = constraints.get(config)
    assert isinstance(restored, _Clip) and restored.bound == 0.5
    np.testing.assert_allclose(_np(restored(W)), np.clip(W, -0.5, 0.5))
    assert isinstance(constraints.get("ConstraintsTest>_Clip"), _Clip)
    clip = constraints.deserialize(
        {"class_name": "Clip", "config": {"bound": 2.0}}, custom_objects={"Clip": _Clip}
    )
    assert clip.bound == 2.0


@pytest.mark.parametrize("identifier", ["maxnorm", "bogus", ""])
def test_get_unknown_name(identifier):
    with pytest.raises(
        ValueError, match=f"Could not interpret constraint identifier: '{identifier}'"
    ) as error:
        constraints.get(identifier)
    assert "max_norm" in str(error.value)
    with pytest.raises(ValueError, match=f"Unknown constraint '{identifier}'"):
        constraints.deserialize(identifier)


@pytest.mark.parametrize("identifier", [3, 0.5, ["max_norm"]])
def test_get_uninterpretable_value(identifier):
    with pytest.raises(ValueError, match=r"Could not interpret constraint identifier: .* of type"):
        constraints.get(identifier)


def test_deserialize_unknown_class():
    with pytest.raises(TypeError, match="cannot find class 'Bogus'"):
        constraints.deserialize({"class_name": "Bogus", "config": {}})


@pytest.mark.parametrize("value", [-1, math.nan, math.inf, None, "a", True])
@pytest.mark.parametrize(
    ("make", "owner", "argument"),
    [
        (lambda v: constraints.MaxNorm(v), "MaxNorm", "max_value"),
        (lambda v: constraints.MinMaxNorm(min_value=v), "MinMaxNorm", "min_value"),
        (lambda v: constraints.MinMaxNorm(max_value=v), "MinMaxNorm", "max_value"),
    ],
    ids=["MaxNorm", "MinMaxNorm-min", "MinMaxNorm-max"],
)
def test_bad_norm_bound(make, owner, argument, value):
    with pytest.raises(ValueError) as error:
        make(value)
    message = str(error.value)
    assert message.startswith(f"{owner}: invalid value for argument {argument}")
    assert "finite, non-negative number" in message and f"{argument}={value!r}" in message


def test_bad_min_max_norm_arguments():
    with pytest.raises(
        ValueError,
        match=r"MinMaxNorm: min_value must not exceed max_value, received min_value=2\.0, "
        r"max_value=1\.0",
    ):
        constraints.MinMaxNorm(2.0, 1.0)
    for rate in (-0.1, 1.5, math.nan, "a"):
        with pytest.raises(
            ValueError,
            match=r"MinMaxNorm: invalid value for argument rate: expected a number in \[0, 1\]",
        ):
            constraints.MinMaxNorm(rate=rate)


@pytest.mark.parametrize("axis", [None, 1.0, "0", [], [0, "1"], True])
@pytest.mark.parametrize("cls", [constraints.MaxNorm, constraints.MinMaxNorm, constraints.UnitNorm])
def test_bad_axis(cls, axis):
    with pytest.raises(
        ValueError,
        match=rf"{cls.__name__}: invalid value for argument axis: expected an int or a list of "
        rf"ints, received axis=",
    ):
        cls(axis=axis)
