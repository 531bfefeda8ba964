"""The Layer base class: naming, weights, tracking, training, masks, losses, state, config."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import ops
from keras_core.layers.layer import to_snake_case


class Affine(keras.layers.Layer):
    """x @ kernel + bias, with an optional non-trainable counter of calls in training."""

    def __init__(self, units, kernel_regularizer=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.kernel_regularizer = kernel_regularizer

    def build(self, input_shape):
        self.kernel = self.add_weight(
            shape=(input_shape[-1], self.units),
            regularizer=self.kernel_regularizer,
            name="kernel",
        )
        self.steps = self.add_weight(shape=(), initializer="zeros", trainable=False, name="steps")
        self.bias = self.add_weight(shape=(self.units,), initializer="ones", name="bias")
        self.input_spec = keras.layers.InputSpec(min_ndim=2, axes={-1: input_shape[-1]})

    def call(self, x, training=None):
        if training:
            self.steps.assign(self.steps + 1.0)
        return ops.matmul(x, self.kernel) + self.bias

    def get_config(self):
        return {**super().get_config(), "units": self.units}


class Block(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.first = Affine(3, name="first")
        self.rest = [Affine(2, name="second"), Affine(1, name="third")]

    def build(self, input_shape):
        self.scale = self.add_weight(shape=(), initializer="ones", name="scale")

    def call(self, x, training=None):
        x = self.first(x)
        for layer in self.rest:
            x = layer(x)
        return x * self.scale


def _np(x):
    return ops.convert_to_numpy(x)


X = np.arange(8, dtype="float32").reshape(2, 4) / 8


@pytest.mark.parametrize(
    "cls_name, expected",
    [
        ("Dense", "dense"),
        ("Conv2DTranspose", "conv2d_transpose"),
        ("LSTMCell", "lstm_cell"),
        ("ReLU", "re_lu"),
        ("PReLU", "p_re_lu"),
        ("GlobalAveragePooling2D", "global_average_pooling2d"),
        ("SimpleRNN", "simple_rnn"),
        ("ConvLSTM2D", "conv_lstm2d"),
        ("MultiHeadAttention", "multi_head_attention"),
    ],
)
def test_snake_case_names_match_keras(cls_name, expected):
    assert to_snake_case(cls_name) == expected


def test_automatic_names_count_per_class():
    keras.backend.clear_session()
    names = [Affine(1).name, Affine(1).name, Block().name, Affine(1).name]
    assert names == ["affine", "affine_1", "block", "affine_2"]


def test_call_builds_and_computes_with_own_weights():
    layer = Affine(3)
    y = layer(X)
    assert layer.built
    kernel, bias = layer.kernel.numpy(), layer.bias.numpy()
    np.testing.assert_allclose(_np(y), X @ kernel + bias, rtol=1e-5, atol=1e-6)
    assert layer.get_build_config() == {"input_shape": (2, 4)}


def test_weight_order_is_trainable_then_non_trainable_then_sublayers():
    block = Block()
    block(X)
    paths = [w.path for w in block.weights]
    assert paths == [
        "block/scale" if block.name == "block" else f"{block.name}/scale",
        "first/kernel",
        "first/bias",
        "first/steps",
        "second/kernel",
        "second/bias",
        "second/steps",
        "third/kernel",
        "third/bias",
        "third/steps",
    ]
    assert [w.name for w in block.non_trainable_weights] == ["steps"] * 3
    assert len(block.trainable_weights) == 7
    assert block.count_params() == 1 + (4 * 3 + 3 + 1) + (3 * 2 + 2 + 1) + (2 * 1 + 1 + 1)


def test_lists_and_dicts_assigned_later_are_tracked():
    holder = keras.layers.Layer()
    holder.items = []
    holder.items.append(Affine(2))
    holder.table = {}
    holder.table["a"] = Affine(1)
    holder.items[0](X)
    holder.table["a"](X)
    assert len(holder.weights) == 6


def test_freezing_a_layer_moves_its_weights_to_non_trainable():
    block = Block()
    block(X)
    block.first.trainable = False
    assert len(block.trainable_weights) == 5
    block.trainable = False
    assert block.trainable_weights == []
    assert len(block.non_trainable_weights) == 10
    block.trainable = True
    assert len(block.trainable_weights) == 7


def test_set_weights_round_trip_and_errors():
    layer = Affine(3)
    layer(X)
    values = [np.full(w.shape, i, dtype="float32") for i, w in enumerate(layer.weights)]
    layer.set_weights(values)
    for got, expected in zip(layer.get_weights(), values, strict=False):
        np.testing.assert_array_equal(got, expected)
    with pytest.raises(ValueError, match=r"Layer 'affine\w*' has 3 weights, but set_weights"):
        layer.set_weights(values[:2])
    with pytest.raises(
        ValueError, match=r"has shape \(4, 3\), but set_weights received .*\(3, 4\)"
    ):
        layer.set_weights([np.zeros((3, 4)), *values[1:]])


def test_wrong_last_dimension_names_the_layer_and_shapes():
    layer = Affine(3, name="proj")
    layer(X)
    expected = r"Input 0 of layer 'proj' is incompatible .* axis -1 .* value 4, .* shape \(2, 5\)"
    with pytest.raises(ValueError, match=expected):
        layer(np.ones((2, 5), "float32"))
    with pytest.raises(ValueError, match=expected.replace(r"\(2, 5\)", r"\(None, 5\)")):
        layer(keras.Input((5,)))


def test_training_flag_propagates_to_inner_layers():
    block = Block()
    block(X)
    block(X, training=True)
    assert [float(layer.steps.numpy()) for layer in (block.first, *block.rest)] == [1, 1, 1]
    block(X)
    block(X, training=False)
    assert float(block.first.steps.numpy()) == 1


def test_losses_from_weight_regularizers_and_add_loss():
    class WithLoss(keras.layers.Layer):
        def call(self, x):
            self.add_loss(ops.sum(x))
            return x

    layer = WithLoss()
    layer(X)
    layer(X)
    assert len(layer.losses) == 1
    np.testing.assert_allclose(_np(layer.losses[0]), X.sum(), rtol=1e-6)

    regularized = Affine(2, kernel_regularizer=keras.regularizers.L2(0.5))
    regularized(X)
    (loss,) = regularized.losses
    np.testing.assert_allclose(_np(loss), 0.5 * np.sum(regularized.kernel.numpy() ** 2), rtol=1e-5)


def test_activity_regularizer_adds_its_value():
    layer = Affine(2, activity_regularizer=keras.regularizers.L1(0.1))
    y = layer(X)
    (loss,) = layer.losses
    np.testing.assert_allclose(_np(loss), 0.1 * np.abs(_np(y)).sum(), rtol=1e-5)


def test_stateless_call_changes_no_variable():
    layer = Affine(2)
    layer(X)
    before = layer.get_weights()
    kernel = np.ones((4, 2), "float32")
    bias = np.zeros((2,), "float32")
    outputs, state = layer.stateless_call([kernel, bias], [np.float32(5.0)], X, training=True)
    np.testing.assert_allclose(_np(outputs), X @ kernel, rtol=1e-6)
    np.testing.assert_allclose(_np(state[0]), 6.0)
    for got, expected in zip(layer.get_weights(), before, strict=False):
        np.testing.assert_array_equal(got, expected)
    with pytest.raises(ValueError, match="expected 2 trainable variable values, received 1"):
        layer.stateless_call([kernel], [np.float32(0)], X)


@pytest.mark.compositions
def test_masks_flow_to_layers_that_take_them():
    class MakeMask(keras.layers.Layer):
        def call(self, x):
            return x

        def compute_mask(self, inputs, previous_mask=None):
            return ops.not_equal(inputs[..., 0], 0)

    class MaskedSum(keras.layers.Layer):
        def call(self, x, mask=None):
            weights = ops.cast(mask, x.dtype)[..., None]
            return ops.sum(x * weights, axis=1)

    data = np.array([[[1.0], [2.0], [0.0]], [[3.0], [0.0], [0.0]]], "float32")
    model = keras.Sequential([keras.Input((3, 1)), MakeMask(), MaskedSum()])
    np.testing.assert_allclose(_np(model(data)), [[3.0], [3.0]])
    inputs = keras.Input((3, 1))
    functional = keras.Model(inputs, MaskedSum()(MakeMask()(inputs)))
    np.testing.assert_allclose(_np(functional(data)), [[3.0], [3.0]])


def test_mixed_precision_keeps_float32_weights_and_computes_in_float16():
    layer = Affine(2, dtype="mixed_float16")
    y = layer(X)
    assert layer.kernel.dtype == "float32"
    assert layer.compute_dtype == "float16"
    assert keras.backend.standardize_dtype(y.dtype) == "float16"
    expected = X @ layer.kernel.numpy() + layer.bias.numpy()
    np.testing.assert_allclose(_np(y).astype("float32"), expected, rtol=2e-3, atol=2e-3)


def test_float64_numpy_inputs_are_cast_to_the_compute_dtype():
    layer = Affine(2)
    y = layer(X.astype("float64"))
    assert keras.backend.standardize_dtype(y.dtype) == "float32"


@pytest.mark.compositions
def test_config_of_plain_subclass_is_recorded_automatically():
    class Scale(keras.layers.Layer):
        def __init__(self, factor=2.0, **kwargs):
            super().__init__(**kwargs)
            self.factor = factor

        def call(self, x):
            return x * self.factor

    config = Scale(3.0, name="s").get_config()
    assert config["factor"] == 3.0
    assert config["name"] == "s"
    assert config["dtype"]["config"] == {"name": "float32"}
    clone = Scale.from_config(config)
    np.testing.assert_allclose(_np(clone(X)), 3 * X)

    class Holder(keras.layers.Layer):
        def __init__(self, thing, **kwargs):
            super().__init__(**kwargs)

    with pytest.raises(NotImplementedError, match="must override get_config"):
        Holder(object()).get_config()


def test_custom_layer_config_round_trip():
    layer = Affine(5, name="custom", trainable=False)
    config = layer.get_config()
    assert config == {
        "name": "custom",
        "trainable": False,
        "dtype": {
            "module": "keras",
            "class_name": "DTypePolicy",
            "config": {"name": "float32"},
            "registered_name": None,
        },
        "units": 5,
    }
    assert Affine.from_config(config).get_config() == config


def test_unknown_constructor_argument_is_rejected():
    with pytest.raises(ValueError, match=r"arguments passed to Affine: \['colour'\]"):
        Affine(2, colour="red")


def test_count_params_before_build_says_how_to_build():
    with pytest.raises(ValueError, match="is not built yet"):
        Affine(2).count_params()


def test_direct_build_marks_built_and_records_the_shape():
    layer = Affine(2)
    layer.build((None, 4))
    assert layer.built and layer.get_build_config() == {"input_shape": (None, 4)}
    kernel = layer.kernel
    layer(X)
    assert layer.kernel is kernel


def test_compute_output_shape_traces_call_symbolically():
    layer = Affine(7)
    assert layer.compute_output_shape((None, 4)) == (None, 7)
