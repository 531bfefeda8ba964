"""``clone_model``: same architecture, new layers and weights; hooks for layers and calls."""

import numpy as np
import pytest
import saving_models

import keras_core as keras
from keras_core import ops


def _predict(model, inputs):
    return ops.convert_to_numpy(model(inputs))


@pytest.mark.parametrize("name", ["sequential_mlp", "functional_cnn", "nested", "subclassed"])
def test_a_clone_has_the_same_config_and_new_weights(name):
    model, inputs = saving_models.BUILDERS[name](keras)

    clone = keras.models.clone_model(model)

    assert type(clone) is type(model)
    assert clone.get_config() == model.get_config()
    own_ids = {id(w) for w in model.weights}
    clone(inputs)  # a subclassed clone builds on its first call
    assert not own_ids & {id(w) for w in clone.weights}
    clone.set_weights(model.get_weights())
    np.testing.assert_allclose(_predict(clone, inputs), _predict(model, inputs), rtol=1e-6)


def test_a_shared_layer_stays_shared_in_the_clone():
    a, b = keras.Input((4,)), keras.Input((4,))
    shared = keras.layers.Dense(3)
    model = keras.Model([a, b], [shared(a), shared(b)])

    clone = keras.models.clone_model(model)

    assert len(clone.layers) == 3 and len(clone.weights) == 2


def test_clone_function_and_call_function_are_applied():
    model, _ = saving_models.sequential_mlp(keras)
    functional = keras.Model(model.inputs, model.outputs)
    calls = []

    def renamed(layer):
        config = layer.get_config()
        config["name"] = "copy_of_" + config["name"]
        return layer.__class__.from_config(config)

    def recording(layer, *args, **kwargs):
        calls.append(layer.name)
        return layer(*args, **kwargs)

    clone = keras.models.clone_model(functional, clone_function=renamed, call_function=recording)

    expected = ["copy_of_" + layer.name for layer in model.layers]
    assert [layer.name for layer in clone.layers[1:]] == expected
    assert calls == expected


def test_input_tensors_replace_the_inputs():
    model, inputs = saving_models.functional_cnn(keras)
    new_input = keras.Input((12, 12, 3), name="pictures")

    clone = keras.models.clone_model(model, input_tensors=new_input)

    assert clone.layers[0].name == "pictures"
    assert _predict(clone, inputs).shape == (2, 4)


def test_recursive_clones_inside_nested_models():
    model, _ = saving_models.nested(keras)
    seen = []

    def recording(layer):
        seen.append(layer.name)
        return layer.__class__.from_config(layer.get_config())

    keras.models.clone_model(model, clone_function=recording, recursive=True)

    inner_dense = model.get_layer("inner").layers[0].name
    assert inner_dense in seen


def test_subclassed_models_take_no_clone_function():
    model, _ = saving_models.subclassed(keras)

    with pytest.raises(ValueError, match="subclassed model"):
        keras.models.clone_model(model, clone_function=lambda layer: layer)
