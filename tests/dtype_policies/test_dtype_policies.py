"""keras_core.dtype_policies: the dtypes of each policy name, the global policy, configs
equal to the ones Keras 3.15.1 writes, and get/serialize/deserialize."""

import numpy as np
import pytest

import keras_core
from keras_core import dtype_policies, ops
from keras_core.dtype_policies import (
    AWQDTypePolicy,
    DTypePolicy,
    DTypePolicyMap,
    FloatDTypePolicy,
    GPTQDTypePolicy,
    Int4DTypePolicy,
    QuantizedDTypePolicy,
    QuantizedFloat8DTypePolicy,
)


@pytest.fixture
def global_policy():
    """Lets a test set the global policy (and floatx); both go back to the defaults after."""
    floatx = keras_core.config.floatx()
    yield
    keras_core.config.set_dtype_policy(None)
    keras_core.config.set_floatx(floatx)


def _keras_envelope(class_name, config, module="keras.dtype_policies"):
    return {"module": module, "class_name": class_name, "config": config, "registered_name": None}


@pytest.mark.parametrize(
    ("name", "compute", "variable"),
    [
        ("float32", "float32", "float32"),
        ("float16", "float16", "float16"),
        ("bfloat16", "bfloat16", "bfloat16"),
        ("float64", "float64", "float64"),
        ("mixed_float16", "float16", "float32"),
        ("mixed_bfloat16", "bfloat16", "float32"),
        ("int32", "int32", "int32"),
    ],
)
def test_float_policy_dtypes_and_config(name, compute, variable):
    for cls in (DTypePolicy, FloatDTypePolicy):
        policy = cls(name)
        assert (policy.name, policy.compute_dtype, policy.variable_dtype) == (
            name,
            compute,
            variable,
        )
        assert policy.quantization_mode is None
        assert policy.get_config() == {"name": name}
        assert cls.from_config(policy.get_config()) == policy
        assert repr(policy) == f'<{cls.__name__} "{name}">'


def test_serialize_equals_keras():
    assert dtype_policies.serialize(DTypePolicy("mixed_float16")) == _keras_envelope(
        "DTypePolicy", {"name": "mixed_float16"}, module="keras"
    )
    assert dtype_policies.serialize(FloatDTypePolicy("float16")) == _keras_envelope(
        "FloatDTypePolicy", {"name": "float16"}, module="keras"
    )
    assert keras_core.saving.serialize_keras_object(DTypePolicy("float32")) == _keras_envelope(
        "DTypePolicy", {"name": "float32"}, module="keras"
    )


def test_global_policy_defaults_to_floatx_and_is_settable(global_policy):
    assert keras_core.config.dtype_policy() == DTypePolicy("float32")
    assert keras_core.config.dtype_policy() is keras_core.config.dtype_policy()
    keras_core.config.set_floatx("float16")
    assert keras_core.config.dtype_policy().name == "float16"
    keras_core.config.set_floatx("float32")

    keras_core.config.set_dtype_policy("mixed_bfloat16")
    policy = keras_core.config.dtype_policy()
    assert (policy.compute_dtype, policy.variable_dtype) == ("bfloat16", "float32")
    assert DTypePolicy().name == "mixed_bfloat16"
    assert dtype_policies.get(None) is policy
    assert QuantizedDTypePolicy("int8").get_config() == {
        "mode": "int8",
        "source_name": "mixed_bfloat16",
    }

    own = FloatDTypePolicy("float16")
    keras_core.config.set_dtype_policy(own)
    assert keras_core.config.dtype_policy() is own

    keras_core.config.set_dtype_policy("int8_from_mixed_bfloat16")
    assert keras_core.config.dtype_policy().quantization_mode == "int8"
    # The float policy behind a quantized global policy is what name=None means.
    assert DTypePolicy().name == "mixed_bfloat16"

    keras_core.config.set_dtype_policy(None)
    assert keras_core.config.dtype_policy().name == "float32"


def test_set_dtype_policy_errors(global_policy):
    with pytest.raises(ValueError, match=r"set_dtype_policy expected a policy name.*of type int"):
        keras_core.config.set_dtype_policy(3)
    with pytest.raises(ValueError, match="cannot interpret the policy name 'foo'"):
        keras_core.config.set_dtype_policy("foo")
    assert keras_core.config.dtype_policy().name == "float32"


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (lambda: DTypePolicy("float"), ValueError, "cannot interpret the policy name 'float'"),
        (lambda: DTypePolicy("mixed_float32"), ValueError, "Expected 'mixed_float16'"),
        (lambda: DTypePolicy(3), TypeError, "expected name to be a string.*of type int"),
        (
            lambda: DTypePolicy("int8_from_float32"),
            ValueError,
            "read by keras_core.dtype_policies.get",
        ),
    ],
)
def test_float_policy_errors(make, error, message):
    with pytest.raises(error, match=message):
        make()


# --- quantized policies -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("policy", "name", "mode", "config", "compute", "variable"),
    [
        (
            QuantizedDTypePolicy("int8"),
            "int8_from_float32",
            "int8",
            {"mode": "int8", "source_name": "float32"},
            "float32",
            "float32",
        ),
        (
            QuantizedDTypePolicy("int8", "mixed_bfloat16"),
            "int8_from_mixed_bfloat16",
            "int8",
            {"mode": "int8", "source_name": "mixed_bfloat16"},
            "bfloat16",
            "float32",
        ),
        (
            QuantizedDTypePolicy("int4", "float16"),
            "int4_from_float16",
            "int4",
            {"mode": "int4", "source_name": "float16"},
            "float16",
            "float16",
        ),
        (
            QuantizedFloat8DTypePolicy("float8", "mixed_float16", 64),
            "float8_from_mixed_float16",
            "float8",
            {"mode": "float8", "source_name": "mixed_float16", "amax_history_length": 64},
            "float16",
            "float32",
        ),
        (
            Int4DTypePolicy("int4/128"),
            "int4/128_from_float32",
            "int4",
            {"mode": "int4/128", "source_name": "float32"},
            "float32",
            "float32",
        ),
        (
            GPTQDTypePolicy("gptq/4/128", "mixed_bfloat16"),
            "gptq/4/128_from_mixed_bfloat16",
            "gptq",
            {"mode": "gptq/4/128", "source_name": "mixed_bfloat16"},
            "bfloat16",
            "float32",
        ),
        (
            AWQDTypePolicy("awq/4/-1"),
            "awq/4/-1_from_float32",
            "awq",
            {"mode": "awq/4/-1", "source_name": "float32"},
            "float32",
            "float32",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and "_from_" in v else "",
)
def test_quantized_policies(policy, name, mode, config, compute, variable):
    assert policy.name == name
    assert policy.quantization_mode == mode
    assert (policy.compute_dtype, policy.variable_dtype) == (compute, variable)
    assert policy.get_config() == config
    class_name = type(policy).__name__
    assert dtype_policies.serialize(policy) == _keras_envelope(class_name, config)
    rebuilt = dtype_policies.deserialize(_keras_envelope(class_name, config))
    assert type(rebuilt) is type(policy) and rebuilt == policy
    by_name = dtype_policies.get(name)
    assert type(by_name) is type(policy) and by_name.name == name


def test_quantized_parameters():
    assert QuantizedFloat8DTypePolicy("float8").amax_history_length == 1024
    assert Int4DTypePolicy("int4/-1").block_size == -1
    gptq = GPTQDTypePolicy("gptq/3/64")
    assert (gptq.weight_bits, gptq.group_size) == (3, 64)
    awq = AWQDTypePolicy("awq/4/32")
    assert (awq.weight_bits, awq.group_size) == (4, 32)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: QuantizedDTypePolicy("int2"), "expected mode to be one of"),
        (lambda: QuantizedDTypePolicy(8), "expected mode to be a string"),
        (lambda: QuantizedDTypePolicy("int8", "foo"), "cannot interpret the policy name 'foo'"),
        (lambda: QuantizedDTypePolicy("int8", "mixed_float16"), "not supported with compute"),
        (lambda: QuantizedFloat8DTypePolicy("int8"), "expected mode='float8'"),
        (lambda: Int4DTypePolicy("int4"), "format 'int4/<block_size>'"),
        (lambda: Int4DTypePolicy("int4/x"), "integer block_size"),
        (lambda: Int4DTypePolicy("int4/0"), "-1 \\(whole channel\\) or a positive"),
        (lambda: GPTQDTypePolicy("gptq/4"), "format 'gptq/<weight_bits>/<group_size>'"),
        (lambda: GPTQDTypePolicy("gptq/5/128"), "weight_bits 2, 3, 4 or 8"),
        (lambda: GPTQDTypePolicy("gptq/4/-2"), "group_size to be -1"),
        (lambda: AWQDTypePolicy("awq/8/128"), "4-bit weights only"),
        (lambda: AWQDTypePolicy("gptq/4/128"), "format 'awq/<weight_bits>/<group_size>'"),
    ],
)
def test_quantized_errors(make, message):
    with pytest.raises(ValueError, match=message):
        make()


def test_float8_history_length_must_be_an_int():
    with pytest.raises(TypeError, match="amax_history_length to be an int"):
        QuantizedFloat8DTypePolicy("float8", amax_history_length=1.5)


# --- DTypePolicyMap -----------------------------------------------------------------------


def test_policy_map_lookup():
    policies = DTypePolicyMap(
        "mixed_bfloat16",
        {"dense/kernel": "float16", "conv.*": QuantizedDTypePolicy("int8"), "dense.*": "int32"},
    )
    assert policies.name == "map_mixed_bfloat16"
    assert (policies.compute_dtype, policies.variable_dtype) == ("bfloat16", "float32")
    assert policies.quantization_mode is None
    assert policies["dense/kernel"] == DTypePolicy("float16")  # exact key before patterns
    assert policies["conv2d/kernel"].quantization_mode == "int8"
    assert policies["dense_1/bias"] == DTypePolicy("int32")
    assert policies["x/conv"] == DTypePolicy("mixed_bfloat16")  # patterns match whole paths
    assert policies.default_policy == DTypePolicy("mixed_bfloat16")
    assert len(policies) == 3 and list(policies) == ["dense/kernel", "conv.*", "dense.*"]
    assert "conv.*" in policies and "conv2d/kernel" not in policies

    policies["pool"] = "float64"
    assert policies["pool"] == DTypePolicy("float64")
    del policies["pool"]
    assert "pool" not in policies
    with pytest.raises(KeyError):
        del policies["pool"]


def test_policy_map_default_is_the_global_policy_at_construction(global_policy):
    keras_core.config.set_dtype_policy("mixed_float16")
    policies = DTypePolicyMap()
    keras_core.config.set_dtype_policy("float32")
    assert policies.default_policy == DTypePolicy("mixed_float16")
    assert policies.get_config() == {"default_policy": None, "policy_map": {}}


def test_policy_map_config_equals_keras_and_round_trips():
    policies = DTypePolicyMap(DTypePolicy("float16"), {"a": DTypePolicy("bfloat16")})
    expected = _keras_envelope(
        "DTypePolicyMap",
        {
            "default_policy": _keras_envelope("DTypePolicy", {"name": "float16"}, module="keras"),
            "policy_map": {
                "a": _keras_envelope("DTypePolicy", {"name": "bfloat16"}, module="keras")
            },
        },
    )
    assert dtype_policies.serialize(policies) == expected
    rebuilt = dtype_policies.deserialize(expected)
    assert isinstance(rebuilt, DTypePolicyMap)
    assert rebuilt.default_policy == DTypePolicy("float16")
    assert dict(rebuilt) == {"a": DTypePolicy("bfloat16")}
    assert rebuilt == policies


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (
            lambda: DTypePolicyMap(None, {"dense.*": "float16", ".*kernel": "float64"})[
                "dense_2/kernel"
            ],
            ValueError,
            "matches several keys",
        ),
        (lambda: DTypePolicyMap(DTypePolicyMap()), ValueError, "cannot itself be a"),
        (lambda: DTypePolicyMap(None, 3), TypeError, "policy_map to be a dict"),
        (lambda: DTypePolicyMap(None, {"k": "bogus"}), ValueError, r"DTypePolicyMap\['k'\]"),
        (lambda: DTypePolicyMap(None, {"[": "float16"}), ValueError, "not a valid regular"),
        (lambda: DTypePolicyMap(None, {1: "float16"}), TypeError, "keys are layer paths"),
    ],
)
def test_policy_map_errors(make, error, message):
    with pytest.raises(error, match=message):
        make()


def test_policy_map_refuses_to_overwrite_a_key():
    policies = DTypePolicyMap(None, {"a": "float16"})
    with pytest.raises(ValueError, match="already maps 'a'"):
        policies["a"] = "float32"


# --- get / deserialize / equality ---------------------------------------------------------


def test_get_identifier_kinds(global_policy):
    policy = DTypePolicy("float16")
    assert dtype_policies.get(policy) is policy
    assert dtype_policies.get("mixed_float16") == DTypePolicy("mixed_float16")
    assert dtype_policies.get({"class_name": "DTypePolicy", "config": {"name": "bfloat16"}}) == (
        DTypePolicy("bfloat16")
    )
    keras_dict = _keras_envelope("FloatDTypePolicy", {"name": "float16"}, module="keras")
    assert type(dtype_policies.get(keras_dict)) is FloatDTypePolicy
    assert dtype_policies.get(None) is keras_core.config.dtype_policy()
    assert dtype_policies.deserialize("bfloat16") == DTypePolicy("bfloat16")
    # A plain quantized mode without parameters stays a QuantizedDTypePolicy.
    assert type(dtype_policies.get("gptq_from_float32")) is QuantizedDTypePolicy


@pytest.mark.parametrize(
    ("identifier", "message"),
    [
        (3, "Could not interpret dtype policy identifier: 3 of type int"),
        (DTypePolicy, "Could not interpret dtype policy identifier"),
        ({"class_name": "Bogus", "config": {}}, "Could not interpret dtype policy identifier"),
        ({"foo": 1}, "Could not deserialize a dtype policy"),
        ("foo", "cannot interpret the policy name 'foo'"),
    ],
)
def test_get_errors(identifier, message):
    with pytest.raises(ValueError, match=message):
        dtype_policies.get(identifier)


def test_equality_and_hashing():
    assert DTypePolicy("float32") == FloatDTypePolicy("float32")
    assert DTypePolicy("float32") != DTypePolicy("float16")
    assert DTypePolicy("float32") != "float32"
    assert QuantizedDTypePolicy("int8") == QuantizedDTypePolicy("int8", "float32")
    assert QuantizedDTypePolicy("int8") != DTypePolicy("float32")
    assert len({DTypePolicy("float32"), FloatDTypePolicy("float32")}) == 1
    with pytest.raises(TypeError):
        hash(DTypePolicyMap())


def test_convert_input_casts_float_tensors_when_autocasting():
    policy = DTypePolicy("mixed_float16")
    x = np.array([1.5, 2.5], dtype="float32")
    cast = policy.convert_input(x, True, policy.compute_dtype)
    assert ops.dtype(cast) == "float16"
    np.testing.assert_array_equal(ops.convert_to_numpy(cast), [1.5, 2.5])
    kept = policy.convert_input(x, False, policy.compute_dtype)
    assert ops.dtype(kept) == "float32"
    integers = policy.convert_input(ops.ones((2,), dtype="int32"), True, "float16")
    assert ops.dtype(integers) == "int32"
    assert policy.convert_input(1.0, True, "float16") == 1.0
    symbolic = policy.convert_input(keras_core.KerasTensor((2,), "float32"), True, "float16")
    assert symbolic.dtype == "float16"
