"""Models for the saving tests, written against the Keras 3 API.

Each builder takes the library module and returns ``(model, inputs)`` with the model built.
``KERAS_LAYOUTS`` holds the weights-file layout Keras 3.15.1 writes for the same builder
run in a fresh Keras process (jax backend): ``{vars group: (name attribute, [shapes])}``.
"""

import functools

import numpy as np


def sequential_mlp(k):
    L = k.layers
    model = k.Sequential(
        [k.Input((5,)), L.Dense(3, activation="relu", name="d1"), L.Dropout(0.1), L.Dense(1)]
    )
    return model, floats((4, 5))


def functional_cnn(k):
    L = k.layers
    inputs = k.Input((12, 12, 3))
    x = L.Conv2D(6, 3)(inputs)
    x = L.BatchNormalization()(x)
    x = L.Flatten()(x)
    return k.Model(inputs, L.Dense(4)(x)), floats((2, 12, 12, 3))


def nested(k):
    L = k.layers
    block_class = custom_classes(k)["Block"]
    inner = k.Sequential([k.Input((4,)), L.Dense(3)], name="inner")
    inputs = k.Input((4,))
    x = block_class(2)(inner(inputs))
    # Named: Keras's Sequential takes an automatic "functional" name of its own.
    return k.Model(inputs, L.Dense(1)(x), name="outer"), floats((3, 4))


def subclassed(k):
    model = custom_classes(k)["Twin"](units=3, name="twin")
    x = floats((4, 5))
    model(x)
    return model, x


def containers(k):
    layer = custom_classes(k)["Containers"]()
    layer.build((None, 2))
    return layer, floats((3, 2))


def recurrent(k):
    L = k.layers
    inputs = k.Input((6,), dtype="int32")
    x = L.Embedding(10, 4, mask_zero=True)(inputs)
    x = L.LSTM(3, return_sequences=True)(x)
    x = L.Bidirectional(L.GRU(2))(x)
    tokens = np.array([[1, 2, 3, 0, 0, 0], [4, 5, 6, 7, 8, 9]], "int32")
    return k.Model(inputs, x), tokens


def attention(k):
    L = k.layers
    query, value = k.Input((4, 8)), k.Input((5, 8))
    outputs = L.MultiHeadAttention(2, 3)(query, value)
    return k.Model([query, value], outputs), [floats((2, 4, 8), 1), floats((2, 5, 8), 2)]


BUILDERS = {
    "sequential_mlp": sequential_mlp,
    "functional_cnn": functional_cnn,
    "nested": nested,
    "subclassed": subclassed,
    "containers": containers,
    "recurrent": recurrent,
    "attention": attention,
}


def floats(shape, seed=0):
    return np.random.default_rng(seed).normal(size=shape).astype("float32")


@functools.cache
def custom_classes(k) -> dict:
    """Registered custom layers and a subclassed model, defined on library ``k``."""
    register = k.saving.register_keras_serializable(package="SavingTests")

    @register
    class Scale(k.layers.Layer):
        def build(self, input_shape):
            self.w = self.add_weight(shape=(input_shape[-1],), initializer="ones", name="w")

        def call(self, x):
            return x * self.w

    @register
    class Block(k.layers.Layer):
        def __init__(self, units, **kwargs):
            super().__init__(**kwargs)
            self.units = units
            self.subs = [k.layers.Dense(3), k.layers.Dense(units)]
            self.norm = k.layers.LayerNormalization()

        def build(self, input_shape):
            self.subs[0].build(input_shape)
            self.subs[1].build((*input_shape[:-1], 3))
            self.norm.build((*input_shape[:-1], self.units))

        def call(self, x):
            return self.norm(self.subs[1](self.subs[0](x)))

        def get_config(self):
            return {**super().get_config(), "units": self.units}

    @register
    class Twin(k.Model):
        """Reaches its Dense first through ``d`` (so ``layers`` skips it) and its Scale
        through ``layers`` (before ``sc``)."""

        def __init__(self, units, **kwargs):
            super().__init__(**kwargs)
            self.units = units
            self.d = k.layers.Dense(units)
            self.sc = Scale()

        def call(self, x):
            return self.sc(self.d(x))

        def get_config(self):
            return {"units": self.units, "name": self.name}

    @register
    class Containers(k.layers.Layer):
        """Every container rule at once: an item reached earlier still takes its name,
        nested containers are ``container_<n>``, attributes sort upper case first and
        ``_``-prefixed last, and own variables are trainable first."""

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            D = k.layers.Dense
            self.a = D(2)
            self.subs = [self.a, D(2), D(2)]
            self.nested = [[1, 2], 3, [D(2)], {"x": D(2), "y": k.layers.LayerNormalization()}]
            self.Upper = D(2)
            self._private = D(2)

        def build(self, input_shape):
            self.w = self.add_weight(shape=(2,), name="w")
            self.frozen = self.add_weight(shape=(1,), name="frozen", trainable=False)
            self.v = self.add_weight(shape=(3,), name="v")
            dense = [self.a, *self.subs[1:], self.nested[2][0], self.nested[3]["x"]]
            for layer in [*dense, self.Upper, self._private]:
                layer.build(input_shape)
            self.nested[3]["y"].build(input_shape)

        def call(self, x):
            return x

    return {"Scale": Scale, "Block": Block, "Twin": Twin, "Containers": Containers}


# Written by Keras 3.15.1 (jax) for the builders above, each in a fresh process.
KERAS_LAYOUTS = {
    "sequential_mlp": {
        "layers/dense/vars": ("d1", [(5, 3), (3,)]),
        "layers/dense_1/vars": ("dense", [(3, 1), (1,)]),
        "layers/dropout/vars": ("dropout", []),
        "vars": ("sequential", []),
    },
    "functional_cnn": {
        "layers/batch_normalization/vars": ("batch_normalization", [(6,), (6,), (6,), (6,)]),
        "layers/conv2d/vars": ("conv2d", [(3, 3, 3, 6), (6,)]),
        "layers/dense/vars": ("dense", [(600, 4), (4,)]),
        "layers/flatten/vars": ("flatten", []),
        "layers/input_layer/vars": ("input_layer", []),
        "vars": ("functional", []),
    },
    "nested": {
        "layers/block/norm/vars": ("layer_normalization", [(2,), (2,)]),
        "layers/block/subs/dense/vars": ("dense_1", [(3, 3), (3,)]),
        "layers/block/subs/dense_1/vars": ("dense_2", [(3, 2), (2,)]),
        "layers/block/vars": ("block", []),
        "layers/dense/vars": ("dense_3", [(2, 1), (1,)]),
        "layers/input_layer/vars": ("input_layer_1", []),
        "layers/sequential/layers/dense/vars": ("dense", [(4, 3), (3,)]),
        "layers/sequential/vars": ("inner", []),
        "vars": ("outer", []),
    },
    "subclassed": {
        "d/vars": ("dense", [(5, 3), (3,)]),
        "layers/scale/vars": ("scale", [(3,)]),
        "vars": ("twin", []),
    },
    "containers": {
        "Upper/vars": ("dense_5", [(2, 2), (2,)]),
        "_private/vars": ("dense_6", [(2, 2), (2,)]),
        "a/vars": ("dense", [(2, 2), (2,)]),
        "nested/container_1/dense/vars": ("dense_3", [(2, 2), (2,)]),
        "nested/container_2/dense/vars": ("dense_4", [(2, 2), (2,)]),
        "nested/container_2/layer_normalization/vars": ("layer_normalization", [(2,), (2,)]),
        "subs/dense_1/vars": ("dense_1", [(2, 2), (2,)]),
        "subs/dense_2/vars": ("dense_2", [(2, 2), (2,)]),
        "vars": ("containers", [(2,), (3,), (1,)]),
    },
    "recurrent": {
        "layers/bidirectional/backward_layer/cell/vars": ("gru_cell", [(3, 6), (2, 6), (2, 6)]),
        "layers/bidirectional/backward_layer/vars": ("backward_gru", []),
        "layers/bidirectional/forward_layer/cell/vars": ("gru_cell", [(3, 6), (2, 6), (2, 6)]),
        "layers/bidirectional/forward_layer/vars": ("forward_gru", []),
        "layers/bidirectional/vars": ("bidirectional", []),
        "layers/embedding/vars": ("embedding", [(10, 4)]),
        "layers/input_layer/vars": ("input_layer", []),
        "layers/lstm/cell/vars": ("lstm_cell", [(4, 12), (3, 12), (12,)]),
        "layers/lstm/vars": ("lstm", []),
        "vars": ("functional", []),
    },
    "attention": {
        "layers/input_layer/vars": ("input_layer", []),
        "layers/input_layer_1/vars": ("input_layer_1", []),
        "layers/multi_head_attention/_dropout_layer/vars": ("dropout", []),
        "layers/multi_head_attention/_softmax/vars": ("softmax", []),
        "layers/multi_head_attention/key_dense/vars": ("key", [(8, 2, 3), (2, 3)]),
        "layers/multi_head_attention/output_dense/vars": ("attention_output", [(2, 3, 8), (8,)]),
        "layers/multi_head_attention/query_dense/vars": ("query", [(8, 2, 3), (2, 3)]),
        "layers/multi_head_attention/value_dense/vars": ("value", [(8, 2, 3), (2, 3)]),
        "layers/multi_head_attention/vars": ("multi_head_attention", []),
        "vars": ("functional", []),
    },
}
