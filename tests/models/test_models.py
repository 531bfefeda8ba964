"""Functional, Sequential and subclassed models: graphs, sharing, nesting, lookups, errors."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import ops


class Linear(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="ones", name="bias")

    def call(self, x):
        return ops.matmul(x, self.kernel) + self.bias

    def get_config(self):
        return {**super().get_config(), "units": self.units}


def _np(x):
    return ops.convert_to_numpy(x)


def _affine(layer, x):
    return x @ layer.kernel.numpy() + layer.bias.numpy()


RNG = np.random.default_rng(0)
A = RNG.normal(size=(3, 4)).astype("float32")
B = RNG.normal(size=(3, 4)).astype("float32")


def test_functional_multi_input_multi_output_with_shared_layer():
    a, b = keras.Input((4,), name="a"), keras.Input((4,), name="b")
    shared = Linear(2, name="shared")
    head = Linear(1, name="head")
    summed = shared(a) + shared(b)
    model = keras.Model([a, b], [summed, head(summed)])
    assert [layer.name for layer in model.layers] == ["a", "b", "shared", "head"]
    assert len(shared._inbound_nodes) == 2
    out_sum, out_head = model([A, B])
    expected_sum = _affine(shared, A) + _affine(shared, B)
    np.testing.assert_allclose(_np(out_sum), expected_sum, rtol=1e-5)
    np.testing.assert_allclose(_np(out_head), _affine(head, expected_sum), rtol=1e-5)
    assert model.count_params() == (4 * 2 + 2) + (2 + 1)


def test_functional_dict_inputs_and_outputs():
    inputs = {"x": keras.Input((4,), name="x"), "y": keras.Input((4,), name="y")}
    layer = Linear(3)
    model = keras.Model(inputs, {"out": layer(inputs["x"] - inputs["y"])})
    result = model({"y": B, "x": A})
    np.testing.assert_allclose(_np(result["out"]), _affine(layer, A - B), rtol=1e-5)
    with pytest.raises(ValueError, match=r"expects inputs named \['x', 'y'\], missing \['y'\]"):
        model({"x": A})


def test_ops_and_slicing_between_layers_are_replayed():
    inputs = keras.Input((4,))
    first = Linear(3)
    hidden = first(inputs)
    outputs = ops.concatenate([ops.relu(hidden) * 2.0, inputs[:, 1:3]], axis=-1)
    model = keras.Model(inputs, outputs)
    assert outputs.shape == (None, 5)
    assert [layer.name for layer in model.layers][1:] == [first.name]
    expected = np.concatenate([np.maximum(_affine(first, A), 0) * 2, A[:, 1:3]], axis=-1)
    np.testing.assert_allclose(_np(model(A)), expected, rtol=1e-5)


def test_nested_models_compose():
    inner_in = keras.Input((4,))
    inner_layer = Linear(3)
    inner = keras.Model(inner_in, inner_layer(inner_in), name="inner")
    outer_in = keras.Input((4,))
    head = Linear(2)
    outer = keras.Model(outer_in, head(inner(outer_in)))
    np.testing.assert_allclose(_np(outer(A)), _affine(head, _affine(inner_layer, A)), rtol=1e-5)
    assert [w.path for w in outer.weights] == [
        f"{inner_layer.name}/kernel",
        f"{inner_layer.name}/bias",
        f"{head.name}/kernel",
        f"{head.name}/bias",
    ]
    sequential = keras.Sequential([keras.Input((4,)), inner, Linear(1)])
    assert sequential(A).shape == (3, 1)


def test_disconnected_graph_names_the_missing_input():
    a, b = keras.Input((4,), name="in_a"), keras.Input((4,), name="in_b")
    output = Linear(1)(a + b)
    with pytest.raises(ValueError, match=r"graph disconnected.*'in_b'"):
        keras.Model(a, output)


def test_model_input_count_is_checked():
    a, b = keras.Input((4,)), keras.Input((4,))
    model = keras.Model([a, b], a + b)
    with pytest.raises(ValueError, match=r"expects 2 input\(s\), but it received 3"):
        model([A, B, A])


def test_sequential_with_input_is_built_at_once():
    first, second = Linear(5), Linear(1)
    model = keras.Sequential([keras.Input((4,)), first, second], name="seq")
    assert model.built and model.name == "seq"
    assert model.layers == [first, second]
    assert model.output_shape == (None, 1)
    np.testing.assert_allclose(_np(model(A)), _affine(second, _affine(first, A)), rtol=1e-5)
    assert model.get_layer(index=1) is second
    assert model.get_layer(first.name) is first
    with pytest.raises(ValueError, match="has no layer named 'nope'"):
        model.get_layer("nope")


def test_sequential_without_input_builds_on_first_call_and_supports_add_pop():
    model = keras.Sequential()
    model.add(Linear(3))
    model.add(Linear(2))
    assert not model.built
    assert model(A).shape == (3, 2)
    assert model.built and model.count_params() == (4 * 3 + 3) + (3 * 2 + 2)
    popped = model.pop()
    assert popped.units == 2 and len(model.layers) == 1
    with pytest.raises(ValueError, match=r"expected a Layer or keras_core\.Input"):
        model.add("dense")


def test_sequential_input_shape_argument_on_first_layer():
    model = keras.Sequential([Linear(2, input_shape=(4,))])
    assert model.built and model.input_shape == (None, 4)


def test_subclassed_model_tracks_its_layers():
    class TwoLayers(keras.Model):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.hidden = Linear(3)
            self.out = Linear(1)

        def call(self, x):
            return self.out(ops.relu(self.hidden(x)))

    model = TwoLayers()
    y = model(A)
    assert model.layers == [model.hidden, model.out]
    expected = _affine(model.out, np.maximum(_affine(model.hidden, A), 0))
    np.testing.assert_allclose(_np(y), expected, rtol=1e-5)
    assert model.count_params() == 15 + 4


def test_model_weights_follow_layer_order_and_set_weights():
    model = keras.Sequential([keras.Input((4,)), Linear(3), Linear(2)])
    weights = [np.full(w.shape, i + 1.0, "float32") for i, w in enumerate(model.weights)]
    model.set_weights(weights)
    expected = (A @ weights[0] + weights[1]) @ weights[2] + weights[3]
    np.testing.assert_allclose(_np(model(A)), expected, rtol=1e-5)
