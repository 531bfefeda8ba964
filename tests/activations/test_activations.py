"""keras_core.activations: every function against NumPy, and names/configs as Keras 3 writes
them (the expected values were read off keras==3.15.1)."""

import inspect
import math

import numpy as np
import pytest

import keras_core
from keras_core import activations, ops
from keras_core.saving import register_keras_serializable
from keras_core.saving.serialization_lib import SafeModeScope

# No input sits on a kink (|x| = 0.5 for the shrinks, x = +-1 for the sparse functions).
X = np.array([-3.0, -1.2, -0.4, 0.0, 0.3, 0.9, 2.0, 7.0], dtype="float32")
X2 = X.reshape(2, 4)


def _np(x):
    return ops.convert_to_numpy(x)


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _softplus(x):
    return np.log1p(np.exp(x))


def _softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def _elu(x, alpha=1.0):
    return np.where(x > 0, x, alpha * np.expm1(x))


def _gelu(x):
    return 0.5 * x * (1.0 + np.vectorize(math.erf)(x / math.sqrt(2.0)))


def _gelu_tanh(x):
    return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x**3)))


def _hard_sigmoid(x):
    return np.clip(x / 6.0 + 0.5, 0.0, 1.0)


def _sparsemax_1d(z):
    # Projection onto the simplex: keep the k largest inputs, shifted by a common tau.
    ordered = np.sort(z)[::-1]
    cumulative = np.cumsum(ordered)
    ks = np.arange(1, len(z) + 1)
    k = ks[1 + ks * ordered > cumulative].max()
    tau = (cumulative[k - 1] - 1.0) / k
    return np.maximum(z - tau, 0.0)


_SELU_ALPHA, _SELU_SCALE = 1.6732632423543772, 1.0507009873554805

# (function name, keyword arguments, NumPy reference taking (x, **kwargs)).
ELEMENTWISE = [
    ("relu", {}, lambda x: np.maximum(x, 0.0)),
    ("relu6", {}, lambda x: np.clip(x, 0.0, 6.0)),
    ("leaky_relu", {}, lambda x: np.where(x >= 0, x, 0.2 * x)),
    (
        "leaky_relu",
        {"negative_slope": 0.5},
        lambda x, negative_slope: np.where(x >= 0, x, negative_slope * x),
    ),
    ("elu", {}, _elu),
    ("elu", {"alpha": 2.0}, _elu),
    ("selu", {}, lambda x: _SELU_SCALE * _elu(x, _SELU_ALPHA)),
    (
        "celu",
        {"alpha": 2.0},
        lambda x, alpha: np.maximum(x, 0.0) + np.minimum(0.0, alpha * np.expm1(x / alpha)),
    ),
    ("softplus", {}, _softplus),
    ("softsign", {}, lambda x: x / (1.0 + np.abs(x))),
    ("soft_shrink", {}, lambda x: np.sign(x) * np.maximum(np.abs(x) - 0.5, 0.0)),
    (
        "soft_shrink",
        {"threshold": 1.0},
        lambda x, threshold: np.sign(x) * np.maximum(np.abs(x) - threshold, 0.0),
    ),
    ("sparse_plus", {}, lambda x: np.where(x <= -1, 0.0, np.where(x < 1, (x + 1) ** 2 / 4, x))),
    ("silu", {}, lambda x: x * _sigmoid(x)),
    ("swish", {}, lambda x: x * _sigmoid(x)),
    ("squareplus", {}, lambda x: (x + np.sqrt(x**2 + 4.0)) / 2.0),
    ("squareplus", {"b": 1}, lambda x, b: (x + np.sqrt(x**2 + b)) / 2.0),
    ("gelu", {}, _gelu),
    ("gelu", {"approximate": True}, lambda x, approximate: _gelu_tanh(x)),
    ("tanh", {}, np.tanh),
    ("tanh_shrink", {}, lambda x: x - np.tanh(x)),
    ("hard_tanh", {}, lambda x: np.clip(x, -1.0, 1.0)),
    ("hard_shrink", {}, lambda x: np.where(np.abs(x) > 0.5, x, 0.0)),
    (
        "hard_shrink",
        {"threshold": 1.0},
        lambda x, threshold: np.where(np.abs(x) > threshold, x, 0.0),
    ),
    (
        "threshold",
        {"threshold": 0.5, "default_value": -9.0},
        lambda x, threshold, default_value: np.where(x > threshold, x, default_value),
    ),
    ("sigmoid", {}, _sigmoid),
    ("exponential", {}, np.exp),
    ("hard_sigmoid", {}, _hard_sigmoid),
    ("hard_silu", {}, lambda x: x * _hard_sigmoid(x)),
    ("hard_swish", {}, lambda x: x * _hard_sigmoid(x)),
    ("sparse_sigmoid", {}, lambda x: np.clip((x + 1.0) / 2.0, 0.0, 1.0)),
    ("linear", {}, lambda x: x),
    ("mish", {}, lambda x: x * np.tanh(_softplus(x))),
    ("log_sigmoid", {}, lambda x: -_softplus(-x)),
]


@pytest.mark.parametrize(
    ("name", "kwargs", "reference"),
    ELEMENTWISE,
    ids=[f"{name}-{'-'.join(map(str, kw.values())) or 'default'}" for name, kw, _ in ELEMENTWISE],
)
def test_elementwise_matches_numpy(name, kwargs, reference):
    result = getattr(activations, name)(X, **kwargs)
    expected = reference(X.astype("float64"), **kwargs)
    assert ops.dtype(result) == "float32"
    np.testing.assert_allclose(_np(result), expected, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        # Below the threshold: negative_slope * (x - threshold); above: min(x, max_value).
        ({"negative_slope": 0.1}, [-0.3, -0.12, -0.04, 0.0, 0.3, 0.9, 2.0, 7.0]),
        ({"max_value": 1.5}, [0.0, 0.0, 0.0, 0.0, 0.3, 0.9, 1.5, 1.5]),
        ({"threshold": 0.5}, [0.0, 0.0, 0.0, 0.0, 0.0, 0.9, 2.0, 7.0]),
        ({"threshold": -2.0}, [0.0, -1.2, -0.4, 0.0, 0.3, 0.9, 2.0, 7.0]),
        (
            {"negative_slope": 0.1, "max_value": 1.5, "threshold": 0.5},
            [-0.35, -0.17, -0.09, -0.05, -0.02, 0.9, 1.5, 1.5],
        ),
    ],
)
def test_relu_options(kwargs, expected):
    result = activations.relu(X, **kwargs)
    assert ops.dtype(result) == "float32"
    np.testing.assert_allclose(_np(result), expected, rtol=1e-5, atol=1e-6)


def test_relu_options_keep_integer_dtype():
    ints = np.array([-1, 2, 9], dtype="int32")
    result = activations.relu(ints, max_value=3)
    assert ops.dtype(result) == "int32"
    np.testing.assert_array_equal(_np(result), [0, 2, 3])


@pytest.mark.parametrize("axis", [-1, 0, (0, 1)])
def test_softmax_and_log_softmax_over_axes(axis):
    expected = _softmax(X2.astype("float64"), axis=axis)
    np.testing.assert_allclose(_np(activations.softmax(X2, axis=axis)), expected, rtol=1e-5)
    np.testing.assert_allclose(
        _np(activations.log_softmax(X2, axis=axis)), np.log(expected), rtol=1e-5, atol=1e-6
    )


@pytest.mark.parametrize("axis", [-1, 0])
def test_glu_splits_along_axis(axis):
    x = X2.astype("float64")
    a, b = np.split(x, 2, axis=axis)
    result = activations.glu(X2, axis=axis)
    np.testing.assert_allclose(_np(result), a * _sigmoid(b), rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("axis", [-1, 0])
def test_sparsemax_projects_onto_simplex(axis):
    x = (X2 / 3.0).astype("float32")
    expected = np.apply_along_axis(_sparsemax_1d, axis, x.astype("float64"))
    result = _np(activations.sparsemax(x, axis=axis))
    np.testing.assert_allclose(result, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(result.sum(axis=axis), 1.0, rtol=1e-5)


def test_activations_accept_keras_tensors():
    x = keras_core.KerasTensor((None, 4), dtype="float32")
    for name in ("relu", "mish", "softmax", "gelu", "exponential", "tanh", "sparsemax"):
        result = getattr(activations, name)(x)
        assert isinstance(result, keras_core.KerasTensor), name
        assert result.shape == (None, 4) and result.dtype == "float32", name
    relu = activations.relu(x, negative_slope=0.1, max_value=2.0, threshold=0.5)
    assert relu.shape == (None, 4) and relu.dtype == "float32"
    assert activations.glu(x).shape == (None, 2)
    assert activations.linear(x) is x


KERAS_SIGNATURES = {
    "celu": "(x, alpha=1.0)",
    "elu": "(x, alpha=1.0)",
    "exponential": "(x)",
    "gelu": "(x, approximate=False)",
    "glu": "(x, axis=-1)",
    "hard_shrink": "(x, threshold=0.5)",
    "hard_sigmoid": "(x)",
    "hard_silu": "(x)",
    "hard_swish": "(x)",
    "hard_tanh": "(x)",
    "leaky_relu": "(x, negative_slope=0.2)",
    "linear": "(x)",
    "log_sigmoid": "(x)",
    "log_softmax": "(x, axis=-1)",
    "mish": "(x)",
    "relu": "(x, negative_slope=0.0, max_value=None, threshold=0.0)",
    "relu6": "(x)",
    "selu": "(x)",
    "sigmoid": "(x)",
    "silu": "(x)",
    "soft_shrink": "(x, threshold=0.5)",
    "softmax": "(x, axis=-1)",
    "softplus": "(x)",
    "softsign": "(x)",
    "sparse_plus": "(x)",
    "sparse_sigmoid": "(x)",
    "sparsemax": "(x, axis=-1)",
    "squareplus": "(x, b=4)",
    "swish": "(x)",
    "tanh": "(x)",
    "tanh_shrink": "(x)",
    "threshold": "(x, threshold, default_value)",
    "get": "(identifier)",
    "serialize": "(activation)",
    "deserialize": "(config, custom_objects=None)",
}

# What keras.activations.serialize returns for each built-in: its own name, so aliases give
# the name of the function they alias.
KERAS_NAMES = {name: name for name in KERAS_SIGNATURES if name not in ("get", "serialize")}
KERAS_NAMES.pop("deserialize")
KERAS_NAMES.update(swish="silu", hard_swish="hard_silu")


def test_public_names_and_signatures_match_keras():
    assert set(activations.__all__) == set(KERAS_SIGNATURES)
    for name, signature in KERAS_SIGNATURES.items():
        assert str(inspect.signature(getattr(activations, name))) == signature, name


@pytest.mark.parametrize(("name", "serialized"), sorted(KERAS_NAMES.items()))
def test_builtins_serialize_to_their_name_and_back(name, serialized):
    function = getattr(activations, name)
    assert activations.serialize(function) == serialized
    assert activations.deserialize(serialized) is function
    assert activations.get(name) is function


def test_function_config_dict_resolves_builtins():
    config = {
        "module": "builtins",
        "class_name": "function",
        "config": "relu",
        "registered_name": "function",
    }
    assert activations.deserialize(config) is activations.relu
    assert activations.get(config) is activations.relu


def _plain(x):
    return ops.multiply(x, 3.0)


@register_keras_serializable(package="ActivationsTest")
def _registered(x):
    return ops.multiply(x, 2.0)


def test_custom_functions_serialize_to_config_dicts():
    assert activations.serialize(_plain) == {
        "module": "builtins",
        "class_name": "function",
        "config": "_plain",
        "registered_name": "function",
    }
    registered = activations.serialize(_registered)
    assert registered == {
        "module": "builtins",
        "class_name": "function",
        "config": "ActivationsTest>_registered",
        "registered_name": "function",
    }
    assert activations.deserialize(registered) is _registered
    assert activations.get("ActivationsTest>_registered") is _registered
    restored = activations.deserialize(activations.serialize(_plain), {"_plain": _plain})
    assert restored is _plain
    assert activations.deserialize("_plain", custom_objects={"_plain": _plain}) is _plain
    with keras_core.saving.custom_object_scope({"_plain": _plain}):
        assert activations.get("_plain") is _plain


def test_lambda_round_trip_needs_unsafe_mode():
    # The restored lambda sees none of this module's globals, so it uses only Python.
    config = activations.serialize(lambda x: x * 4.0)
    assert config["class_name"] == "__lambda__"
    with pytest.raises(ValueError, match="Refusing to deserialize a Python lambda"):
        activations.deserialize(config)
    with SafeModeScope(False):
        function = activations.deserialize(config)
    np.testing.assert_allclose(function(X), 4.0 * X)


class _Scale:
    def __init__(self, factor=5.0):
        self.factor = factor

    def __call__(self, x):
        return ops.multiply(x, self.factor)


def test_get_identifier_kinds():
    assert activations.get(None) is activations.linear
    assert activations.get("relu") is activations.relu
    assert activations.get("swish") is activations.silu
    assert activations.get(_plain) is _plain
    scale = activations.get(_Scale)
    assert isinstance(scale, _Scale)
    np.testing.assert_allclose(_np(scale(X)), 5.0 * X)
    assert activations.deserialize(None) is None


@pytest.mark.parametrize("identifier", ["Relu", "softmax_v2", ""])
def test_get_unknown_name(identifier):
    with pytest.raises(
        ValueError, match=f"Could not interpret activation function identifier: '{identifier}'"
    ) as error:
        activations.get(identifier)
    assert "relu" in str(error.value) and "register_keras_serializable" in str(error.value)


@pytest.mark.parametrize("identifier", [3, ["relu"], 0.5])
def test_get_uninterpretable_value(identifier):
    with pytest.raises(
        ValueError, match=r"Could not interpret activation function identifier: .* of type"
    ):
        activations.get(identifier)


def test_deserialize_errors():
    with pytest.raises(ValueError, match="Unknown activation function 'bogus'"):
        activations.deserialize("bogus")
    unknown = {
        "module": "builtins",
        "class_name": "function",
        "config": "_no_such_activation",
        "registered_name": "function",
    }
    with pytest.raises(ValueError, match="Unknown activation function '_no_such_activation'"):
        activations.deserialize(unknown)
    with pytest.raises(ValueError, match="expected a name or a config dict, received 3"):
        activations.deserialize(3)


@pytest.mark.parametrize("activation", ["relu", None, 3])
def test_serialize_rejects_non_functions(activation):
    with pytest.raises(
        ValueError, match=r"activations\.serialize: expected an activation function"
    ):
        activations.serialize(activation)


def test_glu_needs_an_even_axis():
    with pytest.raises(ValueError, match="even"):
        activations.glu(X[:7])
