"""Models written once against the Keras 3 API and built with either Keras or keras-core.

Each builder takes the library module (``keras`` or ``keras_core``) and returns
``(model, inputs)``. Weights are then set from a seeded generator, so the same builder
gives the same numbers in both libraries.
"""

import functools

import numpy as np

RNG_SEED = 1234


def sequential_mlp(k):
    L = k.layers
    model = k.Sequential(
        [k.Input((5,)), L.Dense(8, activation="relu"), L.Dropout(0.1), L.Dense(3)], name="mlp"
    )
    return model, _floats((4, 5))


def functional_cnn(k):
    L = k.layers
    inputs = k.Input((12, 12, 3))
    x = L.Conv2D(6, 3, activation="relu")(inputs)
    x = L.BatchNormalization()(x)
    x = L.MaxPooling2D()(x)
    x = L.Flatten()(x)
    x = L.Dense(8, activation="relu")(x)
    x = L.Dropout(0.2)(x)
    outputs = L.Dense(4)(x)
    return k.Model(inputs, outputs, name="cnn"), _floats((2, 12, 12, 3))


def shared_two_inputs_outputs(k):
    L = k.layers
    a, b = k.Input((4,), name="a"), k.Input((4,), name="b")
    shared = L.Dense(4, activation="tanh", name="shared")
    sa, sb = shared(a), shared(b)
    left = L.Dense(3, name="left")(L.Dense(3, name="left_hidden")(sa))
    right = L.Dense(2, name="right")(sb)
    both = L.Dense(1, name="both")(L.Concatenate()([left, sb]))
    model = k.Model([a, b], [both, right], name="two_io")
    return model, [_floats((3, 4), 1), _floats((3, 4), 2)]


def nested_sequential(k):
    L = k.layers
    inner = k.Sequential([L.Dense(6, activation="relu"), L.Dense(4)], name="inner")
    inputs = k.Input((5,))
    x = L.Dense(5)(inputs)
    x = inner(x)
    outputs = L.Add()([x, L.Dense(4)(inputs)])
    return k.Model(inputs, outputs, name="nested"), _floats((3, 5))


def subclassed(k):
    classes = custom_classes(k)
    model = classes["ZooModel"](units=3, name="zoo_model")
    x = _floats((2, 4))
    model(x)
    return model, x


def rnn(k):
    L = k.layers
    inputs = k.Input((6,), dtype="int32")
    x = L.Embedding(10, 4, mask_zero=True)(inputs)
    x = L.LSTM(5, return_sequences=True)(x)
    x = L.Bidirectional(L.GRU(3))(x)
    outputs = L.Dense(2)(x)
    tokens = np.array([[1, 2, 3, 0, 0, 0], [4, 5, 6, 7, 8, 9], [9, 1, 0, 0, 0, 0]], "int32")
    return k.Model(inputs, outputs, name="rnn"), tokens


def attention(k):
    L = k.layers
    inputs = k.Input((5, 8))
    attended = L.MultiHeadAttention(num_heads=2, key_dim=4)(inputs, inputs)
    x = L.LayerNormalization()(L.Add()([inputs, attended]))
    outputs = L.Dense(3)(x)
    return k.Model(inputs, outputs, name="attention"), _floats((2, 5, 8))


def embedding_mask(k):
    L = k.layers
    inputs = k.Input((5,), dtype="int32")
    x = L.Embedding(12, 4, mask_zero=True)(inputs)
    x = L.GlobalAveragePooling1D()(x)
    outputs = L.Dense(2)(x)
    tokens = np.array([[3, 4, 0, 0, 0], [1, 2, 3, 4, 5]], "int32")
    return k.Model(inputs, outputs, name="embedding_mask"), tokens


def merging(k):
    L = k.layers
    a, b = k.Input((4,), name="a"), k.Input((4,), name="b")
    da, db = L.Dense(4)(a), L.Dense(4)(b)
    merged = [
        L.Add()([da, db]),
        L.Subtract()([da, db]),
        L.Multiply()([da, db]),
        L.Average()([da, db]),
        L.Maximum()([da, db]),
        L.Minimum()([da, db]),
        L.Dot(axes=1)([da, db]),
    ]
    outputs = L.Dense(2)(L.Concatenate()(merged))
    return k.Model([a, b], outputs, name="merging"), [_floats((3, 4), 3), _floats((3, 4), 4)]


ZOO = {
    "sequential_mlp": sequential_mlp,
    "functional_cnn": functional_cnn,
    "shared_two_inputs_outputs": shared_two_inputs_outputs,
    "nested_sequential": nested_sequential,
    "subclassed": subclassed,
    "rnn": rnn,
    "attention": attention,
    "embedding_mask": embedding_mask,
    "merging": merging,
}


def set_seeded_weights(model) -> None:
    """Gives every weight values drawn from one seeded generator (positive, so that
    variances stay valid), in ``model.weights`` order."""
    rng = np.random.default_rng(RNG_SEED)
    model.set_weights(
        [rng.uniform(0.2, 1.0, size=tuple(w.shape)).astype("float32") for w in model.weights]
    )


def _floats(shape, seed=0):
    return np.random.default_rng(seed).normal(size=shape).astype("float32")


@functools.cache
def custom_classes(k) -> dict:
    """A registered custom layer and model defined on library ``k`` (the same package and
    names in both libraries, so each loads the other's files)."""
    register = k.saving.register_keras_serializable(package="Zoo")

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
            self.subs = [k.layers.Dense(units, activation="relu"), k.layers.Dense(units)]
            self.norm = k.layers.LayerNormalization()

        def build(self, input_shape):
            self.subs[0].build(input_shape)
            self.subs[1].build((*input_shape[:-1], self.units))
            self.norm.build((*input_shape[:-1], self.units))

        def call(self, x):
            return self.norm(self.subs[1](self.subs[0](x)))

        def get_config(self):
            return {**super().get_config(), "units": self.units}

    @register
    class ZooModel(k.Model):
        def __init__(self, units, **kwargs):
            super().__init__(**kwargs)
            self.units = units
            self.d = k.layers.Dense(units)
            self.blocks = [Block(units), Block(units)]
            self.sc = Scale()

        def call(self, x):
            x = self.d(x)
            for block in self.blocks:
                x = block(x)
            return self.sc(x)

        def get_config(self):
            return {"units": self.units, "name": self.name}

    return {"Scale": Scale, "Block": Block, "ZooModel": ZooModel}
