"""Wrapper: holds the wrapped layer, builds it, nests its config and restores it."""

import numpy as np
import pytest

from keras_core import layers, ops
from keras_core.saving import deserialize_keras_object, serialize_keras_object


class Twice(layers.Wrapper):
    def call(self, inputs):
        return self.layer(self.layer(inputs))


def _np(x):
    return ops.convert_to_numpy(x)


def test_wrapper_owns_and_builds_the_wrapped_layer():
    inner = layers.Dense(4, use_bias=False)
    wrapper = Twice(inner)
    x = np.random.default_rng(0).normal(size=(2, 4)).astype("float32")
    y = wrapper(x)
    assert inner.built and wrapper.built
    assert [w.name for w in wrapper.weights] == ["kernel"]
    (kernel,) = wrapper.get_weights()
    np.testing.assert_allclose(_np(y), x @ kernel @ kernel, rtol=1e-5, atol=1e-5)
    wrapper.trainable = False
    assert not inner.trainable and wrapper.trainable_weights == []


def test_base_wrapper_config_nests_the_layer_and_round_trips():
    wrapper = layers.Wrapper(layers.Dense(3, name="inner"), name="wrapper")
    wrapper.build((None, 4))
    config = wrapper.get_config()
    assert sorted(config) == ["dtype", "layer", "name", "trainable"]
    assert config["layer"]["class_name"] == "Dense"
    assert config["layer"]["module"] == "keras.layers"
    assert config["layer"]["config"]["units"] == 3
    clone = layers.Wrapper.from_config(config)
    assert isinstance(clone.layer, layers.Dense) and clone.layer.name == "inner"
    assert clone.get_config() == {**config, "layer": serialize_keras_object(clone.layer)}


def test_subclass_round_trips_through_the_serialization_lib():
    wrapper = Twice(layers.Dense(2, name="inner_dense"))
    x = np.ones((1, 2), "float32")
    y = wrapper(x)
    restored = deserialize_keras_object(
        serialize_keras_object(wrapper), custom_objects={"Twice": Twice}
    )
    assert restored.layer.name == "inner_dense"
    restored(x)
    restored.set_weights(wrapper.get_weights())
    np.testing.assert_allclose(_np(restored(x)), _np(y), rtol=1e-6)


def test_non_layer_is_refused():
    with pytest.raises(ValueError, match=r"Wrapper '.*': layer must be a keras_core Layer.*int"):
        layers.Wrapper(3)
