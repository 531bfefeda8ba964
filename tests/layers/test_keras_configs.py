"""Every layer's ``get_config()`` has Keras 3.15's keys and default values.

``data/keras_3_15_layer_configs.json`` was read off ``keras==3.15.1``: for each layer, its
config at default arguments (required arguments set to small values), with nested objects
written as ``"<ClassName>"``. Equal keys and defaults are what lets ``.keras`` files move
between Keras and keras-core.
"""

import json
import pathlib

import pytest

import keras_core as keras

CONFIGS = json.loads(
    (pathlib.Path(__file__).parent / "data" / "keras_3_15_layer_configs.json").read_text()
)


def _wrapped_dense():
    return keras.layers.Dense(2)


def _wrapped_lstm():
    return keras.layers.LSTM(4)


# Required constructor arguments that the recorded configs show only as placeholders.
PLACEHOLDER_ARGUMENTS = {
    "Bidirectional": lambda: {"layer": _wrapped_lstm()},
    "TimeDistributed": lambda: {"layer": _wrapped_dense()},
    "SpectralNormalization": lambda: {"layer": _wrapped_dense()},
    "Wrapper": lambda: {"layer": _wrapped_dense()},
    "RNN": lambda: {"cell": keras.layers.LSTMCell(4)},
    "EinsumDense": lambda: {"output_shape": (4,)},
    "Permute": lambda: {"dims": (2, 1)},
    "Reshape": lambda: {"target_shape": (2, -1)},
    **{
        name: lambda: {"pool_size": 2}
        for name in (
            *("AveragePooling1D", "AveragePooling2D", "AveragePooling3D"),
            *("AvgPool1D", "AvgPool2D", "AvgPool3D"),
        )
    },
    "StackedRNNCells": lambda: {"cells": [keras.layers.LSTMCell(3)]},
}
KERNEL_SIZE_LAYERS = ("Conv", "Convolution", "DepthwiseConv", "SeparableConv", "ConvLSTM")


def _constructor_arguments(name, recorded):
    import inspect

    cls = getattr(keras.layers, name)
    arguments = PLACEHOLDER_ARGUMENTS.get(name, dict)()
    for parameter in list(inspect.signature(cls.__init__).parameters.values())[1:]:
        if parameter.default is not inspect.Parameter.empty or parameter.name in arguments:
            continue
        if parameter.kind in (parameter.VAR_KEYWORD, parameter.VAR_POSITIONAL):
            continue
        value = recorded.get(parameter.name)
        if parameter.name == "kernel_size" and name.startswith(KERNEL_SIZE_LAYERS):
            value = 3
        arguments[parameter.name] = value
    return cls, arguments


def _matches(expected, received) -> bool:
    if isinstance(expected, str) and expected.startswith("<") and expected.endswith(">"):
        kind = expected[1:-1]
        if kind in ("tuple", "list"):
            return isinstance(received, (tuple, list))
        return isinstance(received, dict) and received.get("class_name") == kind
    if isinstance(expected, list) and expected and isinstance(expected[0], dict):
        # Nested layer configs (StackedRNNCells' cells): the same classes in order.
        return [item["class_name"] for item in expected] == [
            item["class_name"] for item in received
        ]
    if isinstance(expected, list) and isinstance(received, tuple):
        received = list(received)
    return expected == received


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_config_keys_and_defaults_equal_keras(name):
    if not hasattr(keras.layers, name):
        pytest.fail(f"keras_core.layers has no {name}")
    recorded = CONFIGS[name]
    cls, arguments = _constructor_arguments(name, recorded)
    config = cls(**arguments).get_config()
    assert sorted(config) == sorted(recorded), f"{name}: config keys differ from Keras's"
    differing = {
        key: (recorded[key], config[key])
        for key in recorded
        if key != "name" and not _matches(recorded[key], config[key])
    }
    assert not differing, f"{name}: (Keras, keras-core) values differ: {differing}"
