"""Functional configs in Keras 3's format, and models rebuilt from them. The expected configs
were written by keras==3.15.1's ``Model.get_config()`` for the same models built with the same
test layers (classes defined in ``__main__`` there, hence ``"module": None``)."""

import json

import numpy as np
import pytest

import keras_core as keras
from keras_core import ops
from keras_core.models import Functional
from keras_core.models.functional_config import functional_config, functional_from_config


class Affine(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")

    def call(self, x):
        return ops.matmul(x, self.kernel) + self.bias

    def compute_output_shape(self, input_shape):
        return (*input_shape[:-1], self.units)

    def get_config(self):
        return {**super().get_config(), "units": self.units}


class Join(keras.layers.Layer):
    def call(self, inputs):
        return ops.concatenate(inputs, axis=-1)

    def get_config(self):
        return super().get_config()


class Noise(keras.layers.Layer):
    def call(self, x, training=False):
        return x

    def get_config(self):
        return super().get_config()


class Carrier(keras.layers.Layer):
    def call(self, x, mask=None):
        return x

    def get_config(self):
        return super().get_config()


class MaskZero(keras.layers.Layer):
    def call(self, x):
        return x * 1.0

    def compute_mask(self, inputs, mask=None):
        return ops.not_equal(inputs, 0)

    def get_config(self):
        return super().get_config()


class Scale(keras.layers.Layer):
    def call(self, x, factor=1.0):
        return x * factor

    def get_config(self):
        return super().get_config()


CUSTOM = {cls.__name__: cls for cls in (Affine, Join, Noise, Carrier, MaskZero, Scale)}
RNG = np.random.default_rng(0)


@pytest.fixture(autouse=True)
def fresh_names():
    # Ops get automatic names ("add", "add_1", ...) that the expected texts spell out.
    keras.backend.clear_session(free_memory=False)


def _as_json(config):
    """The config as the JSON file holds it, test classes named as Keras wrote them."""

    def unmodule(x):
        if isinstance(x, dict):
            return {
                key: None if key == "module" and value == __name__ else unmodule(value)
                for key, value in x.items()
            }
        if isinstance(x, list):
            return [unmodule(item) for item in x]
        return x

    return unmodule(json.loads(json.dumps(config)))


def _np(x):
    return ops.convert_to_numpy(x)


def _affine(layer, x):
    return x @ layer.kernel.numpy() + layer.bias.numpy()


def _rebuild(model):
    """The model rebuilt from its JSON config, with the same weights."""
    config = json.loads(json.dumps(functional_config(model)))
    clone = functional_from_config(Functional, config, custom_objects=CUSTOM)
    clone.set_weights(model.get_weights())
    return clone


# Models -----------------------------------------------------------------------------------


def _mlp():
    x = keras.Input((3,), name="x")
    return keras.Model(x, Affine(2, name="out")(Affine(4, name="hidden")(x)), name="mlp")


def _twin():
    a, b = keras.Input((4,), name="a"), keras.Input((4,), name="b")
    shared = Affine(3, name="shared")
    return keras.Model([a, b], Join(name="join")([shared(a), shared(b)]), name="twin")


def _kwargs_model():
    x = keras.Input((3,), name="x")
    masked = MaskZero(name="mz")(x)
    plain = Noise(name="noise")(masked)
    carried = Carrier(name="carrier")(masked)
    forced = Noise(name="noise_on")(carried, training=True)
    scaled = Scale(name="scale")(forced, factor=2.5)
    return keras.Model(x, Join(name="join")([plain, scaled]), name="kwargs")


def _ops_model():
    x = keras.Input((5,), name="x")
    z = ops.add(x, 1.0) * 2.0
    total = ops.sum(z, axis=-1, keepdims=True)
    part = z[:, 1:3]
    return keras.Model(x, [total, ops.where(part > 0.5, part, -part)], name="ops")


def _dict_model():
    u, v = keras.Input((2,), name="u"), keras.Input((3,), name="v")
    outputs = {
        "sum": Affine(1, name="s_head")(Join(name="uv")([u, v])),
        "echo": Affine(2, name="e_head")(u),
    }
    return keras.Model({"v": v, "u": u}, outputs, name="dict_io")


def _nested_model():
    inner = keras.Sequential([keras.Input((3,)), Affine(3, name="i1")], name="inner")
    mid_in = keras.Input((3,), name="mid_in")
    mid = keras.Model(mid_in, Affine(3, name="m1")(mid_in), name="mid")
    x = keras.Input((3,), name="x")
    return keras.Model(x, mid(mid(inner(x))), name="nested")


# Writing ----------------------------------------------------------------------------------

EXPECTED_MLP = {
    "name": "mlp",
    "trainable": True,
    "layers": [
        {
            "module": "keras.layers",
            "class_name": "InputLayer",
            "config": {
                "batch_shape": [None, 3],
                "dtype": "float32",
                "sparse": False,
                "ragged": False,
                "name": "x",
                "optional": False,
            },
            "registered_name": None,
            "name": "x",
            "inbound_nodes": [],
        },
        {
            "module": None,
            "class_name": "Affine",
            "config": {
                "name": "hidden",
                "trainable": True,
                "dtype": {
                    "module": "keras",
                    "class_name": "DTypePolicy",
                    "config": {"name": "float32"},
                    "registered_name": None,
                },
                "units": 4,
            },
            "registered_name": "Affine",
            "build_config": {"input_shape": [None, 3]},
            "name": "hidden",
            "inbound_nodes": [
                {
                    "args": [
                        {
                            "class_name": "__keras_tensor__",
                            "config": {
                                "shape": [None, 3],
                                "dtype": "float32",
                                "keras_history": ["x", 0, 0],
                            },
                        }
                    ],
                    "kwargs": {},
                }
            ],
        },
        {
            "module": None,
            "class_name": "Affine",
            "config": {
                "name": "out",
                "trainable": True,
                "dtype": {
                    "module": "keras",
                    "class_name": "DTypePolicy",
                    "config": {"name": "float32"},
                    "registered_name": None,
                },
                "units": 2,
            },
            "registered_name": "Affine",
            "build_config": {"input_shape": [None, 4]},
            "name": "out",
            "inbound_nodes": [
                {
                    "args": [
                        {
                            "class_name": "__keras_tensor__",
                            "config": {
                                "shape": [None, 4],
                                "dtype": "float32",
                                "keras_history": ["hidden", 0, 0],
                            },
                        }
                    ],
                    "kwargs": {},
                }
            ],
        },
    ],
    "input_layers": ["x", 0, 0],
    "output_layers": ["out", 0, 0],
}

EXPECTED_DENSE = {
    "name": "dense_model",
    "trainable": True,
    "layers": [
        {
            "module": "keras.layers",
            "class_name": "InputLayer",
            "config": {
                "batch_shape": [None, 3],
                "dtype": "float32",
                "sparse": False,
                "ragged": False,
                "name": "x",
                "optional": False,
            },
            "registered_name": None,
            "name": "x",
            "inbound_nodes": [],
        },
        {
            "module": "keras.layers",
            "class_name": "Dense",
            "config": {
                "name": "d",
                "trainable": True,
                "dtype": {
                    "module": "keras",
                    "class_name": "DTypePolicy",
                    "config": {"name": "float32"},
                    "registered_name": None,
                },
                "units": 2,
                "activation": "linear",
                "use_bias": True,
                "kernel_initializer": {
                    "module": "keras.initializers",
                    "class_name": "GlorotUniform",
                    "config": {"seed": None, "input_axes": None, "output_axes": None},
                    "registered_name": None,
                },
                "bias_initializer": {
                    "module": "keras.initializers",
                    "class_name": "Zeros",
                    "config": {},
                    "registered_name": None,
                },
                "kernel_regularizer": None,
                "bias_regularizer": None,
                "kernel_constraint": None,
                "bias_constraint": None,
                "quantization_config": None,
            },
            "registered_name": None,
            "build_config": {"input_shape": [None, 3]},
            "name": "d",
            "inbound_nodes": [
                {
                    "args": [
                        {
                            "class_name": "__keras_tensor__",
                            "config": {
                                "shape": [None, 3],
                                "dtype": "float32",
                                "keras_history": ["x", 0, 0],
                            },
                        }
                    ],
                    "kwargs": {},
                }
            ],
        },
    ],
    "input_layers": ["x", 0, 0],
    "output_layers": ["d", 0, 0],
}

EXPECTED_OP_ENTRIES = [
    {
        "module": "keras.src.ops.numpy",
        "class_name": "Add",
        "config": {"name": "add"},
        "registered_name": "Add",
        "name": "add",
        "inbound_nodes": [
            {
                "args": [
                    {
                        "class_name": "__keras_tensor__",
                        "config": {
                            "shape": [None, 5],
                            "dtype": "float32",
                            "keras_history": ["x", 0, 0],
                        },
                    },
                    1.0,
                ],
                "kwargs": {},
            }
        ],
    },
    {
        "module": "keras.src.ops.numpy",
        "class_name": "Multiply",
        "config": {"name": "multiply"},
        "registered_name": "Multiply",
        "name": "multiply",
        "inbound_nodes": [
            {
                "args": [
                    {
                        "class_name": "__keras_tensor__",
                        "config": {
                            "shape": [None, 5],
                            "dtype": "float32",
                            "keras_history": ["add", 0, 0],
                        },
                    },
                    2.0,
                ],
                "kwargs": {},
            }
        ],
    },
    {
        "module": "keras.src.ops.numpy",
        "class_name": "GetItem",
        "config": {"name": "get_item"},
        "registered_name": "GetItem",
        "name": "get_item",
        "inbound_nodes": [
            {
                "args": [
                    {
                        "class_name": "__keras_tensor__",
                        "config": {
                            "shape": [None, 5],
                            "dtype": "float32",
                            "keras_history": ["multiply", 0, 0],
                        },
                    },
                    [
                        {
                            "class_name": "__slice__",
                            "config": {"start": None, "stop": None, "step": None},
                        },
                        {
                            "class_name": "__slice__",
                            "config": {"start": 1, "stop": 3, "step": None},
                        },
                    ],
                ],
                "kwargs": {},
            }
        ],
    },
    {
        "module": "keras.src.ops.numpy",
        "class_name": "Greater",
        "config": {"name": "greater"},
        "registered_name": "Greater",
        "name": "greater",
        "inbound_nodes": [
            {
                "args": [
                    {
                        "class_name": "__keras_tensor__",
                        "config": {
                            "shape": [None, 2],
                            "dtype": "float32",
                            "keras_history": ["get_item", 0, 0],
                        },
                    },
                    0.5,
                ],
                "kwargs": {},
            }
        ],
    },
    {
        "module": "keras.src.ops.numpy",
        "class_name": "Negative",
        "config": {"name": "negative"},
        "registered_name": "Negative",
        "name": "negative",
        "inbound_nodes": [
            {
                "args": [
                    {
                        "class_name": "__keras_tensor__",
                        "config": {
                            "shape": [None, 2],
                            "dtype": "float32",
                            "keras_history": ["get_item", 0, 0],
                        },
                    }
                ],
                "kwargs": {},
            }
        ],
    },
    {
        "module": "keras.src.ops.numpy",
        "class_name": "Sum",
        "config": {"name": "sum", "axis": -1, "keepdims": True},
        "registered_name": "Sum",
        "name": "sum",
        "inbound_nodes": [
            {
                "args": [
                    {
                        "class_name": "__keras_tensor__",
                        "config": {
                            "shape": [None, 5],
                            "dtype": "float32",
                            "keras_history": ["multiply", 0, 0],
                        },
                    }
                ],
                "kwargs": {},
            }
        ],
    },
    {
        "module": "keras.src.ops.numpy",
        "class_name": "Where",
        "config": {"name": "where"},
        "registered_name": "Where",
        "name": "where",
        "inbound_nodes": [
            {
                "args": [
                    {
                        "class_name": "__keras_tensor__",
                        "config": {
                            "shape": [None, 2],
                            "dtype": "bool",
                            "keras_history": ["greater", 0, 0],
                        },
                    },
                    {
                        "class_name": "__keras_tensor__",
                        "config": {
                            "shape": [None, 2],
                            "dtype": "float32",
                            "keras_history": ["get_item", 0, 0],
                        },
                    },
                    {
                        "class_name": "__keras_tensor__",
                        "config": {
                            "shape": [None, 2],
                            "dtype": "float32",
                            "keras_history": ["negative", 0, 0],
                        },
                    },
                ],
                "kwargs": {},
            }
        ],
    },
]


def test_config_equals_keras_config():
    assert _as_json(functional_config(_mlp())) == EXPECTED_MLP


def test_config_with_dense_equals_keras_config():
    x = keras.Input((3,), name="x")
    model = keras.Model(x, keras.layers.Dense(2, name="d")(x), name="dense_model")
    assert _as_json(functional_config(model)) == EXPECTED_DENSE


def _history(record, position=0):
    return record["args"][position]["config"]["keras_history"]


def test_shared_layer_has_one_entry_with_a_record_per_call():
    config = _as_json(functional_config(_twin()))
    assert [layer["name"] for layer in config["layers"]] == ["a", "b", "shared", "join"]
    shared, join = config["layers"][2], config["layers"][3]
    assert [_history(record) for record in shared["inbound_nodes"]] == [["a", 0, 0], ["b", 0, 0]]
    tensors = join["inbound_nodes"][0]["args"][0]
    assert [t["config"]["keras_history"] for t in tensors] == [["shared", 0, 0], ["shared", 1, 0]]
    assert config["input_layers"] == [["a", 0, 0], ["b", 0, 0]]
    assert config["output_layers"] == ["join", 0, 0]


def test_calls_outside_the_model_are_not_counted():
    pre = Affine(3, name="pre")
    pre(keras.Input((3,), name="elsewhere"))
    x = keras.Input((3,), name="x")
    config = _as_json(functional_config(keras.Model(x, pre(x), name="renum")))
    assert [_history(record) for record in config["layers"][1]["inbound_nodes"]] == [["x", 0, 0]]
    assert config["output_layers"] == ["pre", 0, 0]


def test_call_keyword_arguments_are_recorded_like_keras():
    config = _as_json(functional_config(_kwargs_model()))
    mask = {
        "class_name": "__keras_tensor__",
        "config": {"shape": [None, 3], "dtype": "bool", "keras_history": ["not_equal", 0, 0]},
    }
    recorded = [
        (layer["name"], [record["kwargs"] for record in layer["inbound_nodes"]])
        for layer in config["layers"]
    ]
    assert recorded == [
        ("x", []),
        ("mz", [{}]),
        ("not_equal", [{}]),
        ("carrier", [{"mask": mask}]),
        ("noise_on", [{"training": True}]),
        ("noise", [{"training": False}]),
        ("scale", [{"factor": 2.5}]),
        ("join", [{}]),
    ]


def test_ops_on_symbolic_tensors_are_written_as_keras_op_classes():
    config = _as_json(functional_config(_ops_model()))
    assert config["layers"][1:] == EXPECTED_OP_ENTRIES
    assert config["output_layers"] == [["sum", 0, 0], ["where", 0, 0]]


def test_dict_inputs_and_outputs_keep_their_keys():
    config = _as_json(functional_config(_dict_model()))
    # Outputs are walked in sorted-key order, as Keras flattens dicts.
    assert [layer["name"] for layer in config["layers"]] == ["u", "v", "uv", "e_head", "s_head"]
    assert config["input_layers"] == {"v": ["v", 0, 0], "u": ["u", 0, 0]}
    assert config["output_layers"] == {"sum": ["s_head", 0, 0], "echo": ["e_head", 0, 0]}


def test_nested_models_and_their_call_numbering():
    config = _as_json(functional_config(_nested_model()))
    calls = [
        (layer["name"], layer["class_name"], [_history(r) for r in layer["inbound_nodes"]])
        for layer in config["layers"]
    ]
    assert calls == [
        ("x", "InputLayer", []),
        ("inner", "Sequential", [["x", 0, 0]]),
        ("mid", "Functional", [["inner", 0, 0], ["mid", 0, 0]]),
    ]
    # Keras numbers a nested functional model's calls from 1 in output_layers.
    assert config["output_layers"] == ["mid", 2, 0]
    assert [layer["name"] for layer in config["layers"][2]["config"]["layers"]] == ["mid_in", "m1"]


# Reading ----------------------------------------------------------------------------------


def _random_inputs(model):
    return keras.tree.map_structure(
        lambda t: RNG.normal(size=(2, *t.shape[1:])).astype("float32"), model.input
    )


def _assert_same_outputs(model, clone):
    inputs = _random_inputs(model)
    for expected, got in zip(
        keras.tree.flatten(model(inputs)), keras.tree.flatten(clone(inputs)), strict=True
    ):
        np.testing.assert_allclose(_np(got), _np(expected), rtol=1e-6, atol=1e-6)


@pytest.mark.compositions
@pytest.mark.parametrize("build", [_mlp, _twin, _kwargs_model, _ops_model, _dict_model])
def test_round_trip_gives_the_same_config_and_outputs(build):
    model = build()
    clone = _rebuild(model)
    assert _as_json(functional_config(clone)) == _as_json(functional_config(model))
    _assert_same_outputs(model, clone)


def test_nested_models_round_trip():
    model = _nested_model()
    clone = _rebuild(model)
    _assert_same_outputs(model, clone)
    config, rebuilt = _as_json(functional_config(model)), _as_json(functional_config(clone))
    assert rebuilt["output_layers"] == config["output_layers"] == ["mid", 2, 0]
    for entry, rebuilt_entry in zip(config["layers"], rebuilt["layers"], strict=True):
        assert rebuilt_entry["inbound_nodes"] == entry["inbound_nodes"]
    assert rebuilt["layers"][2]["config"] == config["layers"][2]["config"]


def test_rebuilt_shared_layer_computes_both_calls_with_one_set_of_weights():
    clone = _rebuild(_twin())
    a, b = RNG.normal(size=(2, 4)).astype("float32"), RNG.normal(size=(2, 4)).astype("float32")
    shared = clone.get_layer("shared")
    assert len(clone.weights) == 2
    expected = np.concatenate([_affine(shared, a), _affine(shared, b)], axis=-1)
    np.testing.assert_allclose(_np(clone([a, b])), expected, rtol=1e-5, atol=1e-6)


def test_keras_written_configs_load():
    model = functional_from_config(Functional, EXPECTED_MLP, custom_objects=CUSTOM)
    x = RNG.normal(size=(2, 3)).astype("float32")
    hidden, out = model.get_layer("hidden"), model.get_layer("out")
    np.testing.assert_allclose(_np(model(x)), _affine(out, _affine(hidden, x)), rtol=1e-5)

    x_ops = keras.Input((5,), name="x")
    ops_config = {
        "name": "ops",
        "trainable": True,
        "layers": [functional_config(keras.Model(x_ops, x_ops))["layers"][0], *EXPECTED_OP_ENTRIES],
        "input_layers": ["x", 0, 0],
        "output_layers": [["sum", 0, 0], ["where", 0, 0]],
    }
    total, picked = functional_from_config(Functional, json.loads(json.dumps(ops_config)))(
        np.array([[0.0, -1.0, -0.2, 3.0, 1.0]], "float32")
    )
    z = (np.array([[0.0, -1.0, -0.2, 3.0, 1.0]]) + 1.0) * 2.0
    np.testing.assert_allclose(_np(total), z.sum(axis=-1, keepdims=True), rtol=1e-6)
    np.testing.assert_allclose(_np(picked), np.where(z[:, 1:3] > 0.5, z[:, 1:3], -z[:, 1:3]))


def test_layers_listed_before_their_inputs_still_rebuild():
    model = _twin()
    config = json.loads(json.dumps(functional_config(model)))
    config["layers"].reverse()
    clone = functional_from_config(Functional, config, custom_objects=CUSTOM)
    clone.set_weights(model.get_weights())
    a, b = RNG.normal(size=(2, 4)).astype("float32"), RNG.normal(size=(2, 4)).astype("float32")
    np.testing.assert_allclose(_np(clone([a, b])), _np(model([a, b])), rtol=1e-6)


def test_model_get_config_and_from_config_round_trip():
    model = _mlp()
    clone = Functional.from_config(model.get_config(), custom_objects=CUSTOM)
    assert isinstance(clone, Functional)
    assert _as_json(clone.get_config()) == EXPECTED_MLP | {"name": "mlp"}


def test_untrainable_model_stays_untrainable():
    model = _mlp()
    model.trainable = False
    clone = _rebuild(model)
    assert clone.trainable is False
    assert clone.trainable_weights == []


def test_missing_producer_is_reported():
    config = json.loads(json.dumps(functional_config(_mlp())))
    config["layers"][2]["inbound_nodes"][0]["args"][0]["config"]["keras_history"] = ["gone", 0, 0]
    with pytest.raises(ValueError, match=r"'out': \[\['gone', 0\]\]"):
        functional_from_config(Functional, config, custom_objects=CUSTOM)


def test_keras2_inbound_nodes_are_refused_clearly():
    config = json.loads(json.dumps(functional_config(_mlp())))
    config["layers"][1]["inbound_nodes"] = [[["x", 0, 0, {}]]]
    with pytest.raises(ValueError, match="Keras 2 format"):
        functional_from_config(Functional, config, custom_objects=CUSTOM)


def test_duplicate_layer_names_are_refused():
    config = json.loads(json.dumps(functional_config(_mlp())))
    config["layers"][2]["name"] = "hidden"
    with pytest.raises(ValueError, match="two layers named 'hidden'"):
        functional_from_config(Functional, config, custom_objects=CUSTOM)


def test_unknown_op_is_reported():
    config = json.loads(json.dumps(functional_config(_ops_model())))
    config["layers"][1]["class_name"] = "NoSuchOp"
    with pytest.raises(ValueError, match="op 'NoSuchOp'"):
        functional_from_config(Functional, config)
