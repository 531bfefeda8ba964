"""Model.summary(): the exact text Keras 3.15.1 prints (every expected table below was
printed by keras==3.15.1 for the same models built with the same test layers, with
COLUMNS=300 so that the default width is not capped by the terminal)."""

# ruff: noqa: E501 (the expected tables are Keras output, wider than our lines)

import io

import numpy as np
import pytest

import keras_core as keras
from keras_core import ops
from keras_core.models import summary


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

    def compute_output_shape(self, shapes):
        return (*shapes[0][:-1], sum(shape[-1] for shape in shapes))


class Noise(keras.layers.Layer):
    def call(self, x, training=False):
        return x


class Norm(keras.layers.Layer):
    def build(self, input_shape):
        self.gamma = self.add_weight(shape=(input_shape[-1],), initializer="ones", name="gamma")
        self.mean = self.add_weight(
            shape=(input_shape[-1],), initializer="zeros", name="mean", trainable=False
        )

    def call(self, x):
        return (x - self.mean) * self.gamma


class MaskZero(keras.layers.Layer):
    def call(self, x):
        return x * 1.0

    def compute_mask(self, inputs, mask=None):
        return ops.not_equal(inputs, 0)


class Carrier(keras.layers.Layer):
    def call(self, x, mask=None):
        return x


class Typed(keras.layers.Layer):
    """Weights of three dtypes: Keras counts a bool as 1 bit, int8 as 1 byte, float16 as 2."""

    def build(self, input_shape):
        self.flags = self.add_weight(
            shape=(3,), dtype="bool", initializer="zeros", trainable=False, name="flags"
        )
        self.codes = self.add_weight(
            shape=(1000,), dtype="int8", initializer="zeros", trainable=False, name="codes"
        )
        self.half = self.add_weight(shape=(5,), dtype="float16", initializer="zeros", name="half")

    def call(self, x):
        return x


@pytest.fixture(autouse=True)
def wide_console(monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")


@pytest.fixture(autouse=True)
def fresh_names():
    # Ops get automatic names ("add", "add_1", ...) that the expected texts spell out.
    keras.backend.clear_session(free_memory=False)


def _summary(model, **kwargs):
    calls = []
    model.summary(print_fn=calls.append, **kwargs)
    assert len(calls) == 1, "Keras hands print_fn the whole text in one call"
    return calls[0]


def _mlp():
    x = keras.Input((8,), name="x")
    return keras.Model(x, Affine(3, name="out")(Affine(16, name="hidden")(x)), name="mlp")


def _twin():
    a, b = keras.Input((4,), name="a"), keras.Input((4,), name="b")
    shared = Affine(3, name="shared")
    joined = Join(name="join")([shared(a), shared(b)])
    return keras.Model([a, b], Affine(1, name="head")(joined), name="twin")


EXPECTED_MLP = """\
Model: "mlp"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩
│ x (InputLayer)                       │ (None, 8)                   │               0 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ hidden (Affine)                      │ (None, 16)                  │             144 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ out (Affine)                         │ (None, 3)                   │              51 │
└──────────────────────────────────────┴─────────────────────────────┴─────────────────┘
 Total params: 195 (780.00 B)
 Trainable params: 195 (780.00 B)
 Non-trainable params: 0 (0.00 B)
"""

EXPECTED_MLP_80 = """\
Model: "mlp"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
┃ Layer (type)                      ┃ Output Shape             ┃       Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
│ x (InputLayer)                    │ (None, 8)                │             0 │
├───────────────────────────────────┼──────────────────────────┼───────────────┤
│ hidden (Affine)                   │ (None, 16)               │           144 │
├───────────────────────────────────┼──────────────────────────┼───────────────┤
│ out (Affine)                      │ (None, 3)                │            51 │
└───────────────────────────────────┴──────────────────────────┴───────────────┘
 Total params: 195 (780.00 B)
 Trainable params: 195 (780.00 B)
 Non-trainable params: 0 (0.00 B)
"""

EXPECTED_MLP_50 = """\
Model: "mlp"
┏━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┳━━━━━━━┳━━━━┓
┃                   ┃               ┃ Param ┃    ┃
┃ Layer (type)      ┃ Output Shape  ┃     # ┃ T… ┃
┡━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━╇━━━━━━━╇━━━━┩
│ x (InputLayer)    │ (None, 8)     │     0 │ -  │
├───────────────────┼───────────────┼───────┼────┤
│ hidden (Affine)   │ (None, 16)    │   144 │ Y  │
├───────────────────┼───────────────┼───────┼────┤
│ out (Affine)      │ (None, 3)     │    51 │ Y  │
└───────────────────┴───────────────┴───────┴────┘
 Total params: 195 (780.00 B)
 Trainable params: 195 (780.00 B)
 Non-trainable params: 0 (0.00 B)
"""

EXPECTED_SEQ_TRAINABLE = """\
Model: "seq"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━┳━━━━━━━━━┓
┃ Layer (type)                          ┃ Output Shape                  ┃        Param # ┃ Traina… ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━╇━━━━━━━━━┩
│ s1 (Affine)                           │ (None, 5)                     │             25 │    N    │
├───────────────────────────────────────┼───────────────────────────────┼────────────────┼─────────┤
│ noise (Noise)                         │ (None, 5)                     │              0 │    -    │
├───────────────────────────────────────┼───────────────────────────────┼────────────────┼─────────┤
│ norm (Norm)                           │ (None, 5)                     │             10 │    Y    │
├───────────────────────────────────────┼───────────────────────────────┼────────────────┼─────────┤
│ s2 (Affine)                           │ (None, 2)                     │             12 │    Y    │
└───────────────────────────────────────┴───────────────────────────────┴────────────────┴─────────┘
 Total params: 47 (188.00 B)
 Trainable params: 17 (68.00 B)
 Non-trainable params: 30 (120.00 B)
"""

EXPECTED_TWIN = """\
Model: "twin"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                  ┃ Output Shape              ┃         Param # ┃ Connected to               ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩
│ a (InputLayer)                │ (None, 4)                 │               0 │ -                          │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ b (InputLayer)                │ (None, 4)                 │               0 │ -                          │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ shared (Affine)               │ (None, 3)                 │              15 │ a[0][0], b[0][0]           │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ join (Join)                   │ (None, 6)                 │               0 │ shared[0][0], shared[1][0] │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ head (Affine)                 │ (None, 1)                 │               7 │ join[0][0]                 │
└───────────────────────────────┴───────────────────────────┴─────────────────┴────────────────────────────┘
 Total params: 22 (88.00 B)
 Trainable params: 22 (88.00 B)
 Non-trainable params: 0 (0.00 B)
"""

EXPECTED_TWIN_TRAINABLE = """\
Model: "twin"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━┓
┃ Layer (type)                  ┃ Output Shape              ┃          Param # ┃ Connected to              ┃ Trainable ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━┩
│ a (InputLayer)                │ (None, 4)                 │                0 │ -                         │     -     │
├───────────────────────────────┼───────────────────────────┼──────────────────┼───────────────────────────┼───────────┤
│ b (InputLayer)                │ (None, 4)                 │                0 │ -                         │     -     │
├───────────────────────────────┼───────────────────────────┼──────────────────┼───────────────────────────┼───────────┤
│ shared (Affine)               │ (None, 3)                 │               15 │ a[0][0], b[0][0]          │     Y     │
├───────────────────────────────┼───────────────────────────┼──────────────────┼───────────────────────────┼───────────┤
│ join (Join)                   │ (None, 6)                 │                0 │ shared[0][0],             │     -     │
│                               │                           │                  │ shared[1][0]              │           │
├───────────────────────────────┼───────────────────────────┼──────────────────┼───────────────────────────┼───────────┤
│ head (Affine)                 │ (None, 1)                 │                7 │ join[0][0]                │     Y     │
└───────────────────────────────┴───────────────────────────┴──────────────────┴───────────────────────────┴───────────┘
 Total params: 22 (88.00 B)
 Trainable params: 22 (88.00 B)
 Non-trainable params: 0 (0.00 B)
"""

EXPECTED_UNBUILT = """\
Model: "unbuilt"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩
│ u1 (Affine)                          │ ?                           │     0 (unbuilt) │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ u2 (Affine)                          │ ?                           │     0 (unbuilt) │
└──────────────────────────────────────┴─────────────────────────────┴─────────────────┘
 Total params: 0 (0.00 B)
 Trainable params: 0 (0.00 B)
 Non-trainable params: 0 (0.00 B)
"""

EXPECTED_LONG = """\
Model: "long_names"
┏━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━┓
┃ Layer (type)       ┃ Output Shape    ┃  Param # ┃ Connected to     ┃
┡━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━┩
│ x (InputLayer)     │ (None, 3)       │        0 │ -                │
├────────────────────┼─────────────────┼──────────┼──────────────────┤
│ a_layer_with_a_re… │ (None, 5)       │       20 │ x[0][0]          │
│ (Affine)           │                 │          │                  │
├────────────────────┼─────────────────┼──────────┼──────────────────┤
│ short (Affine)     │ (None, 5)       │       20 │ x[0][0]          │
├────────────────────┼─────────────────┼──────────┼──────────────────┤
│ join (Join)        │ (None, 10)      │        0 │ a_layer_with_a_… │
│                    │                 │          │ short[0][0]      │
└────────────────────┴─────────────────┴──────────┴──────────────────┘
 Total params: 40 (160.00 B)
 Trainable params: 40 (160.00 B)
 Non-trainable params: 0 (0.00 B)
"""

EXPECTED_NESTED_PLAIN = """\
Model: "nested"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                  ┃ Output Shape              ┃         Param # ┃ Connected to               ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩
│ xo (InputLayer)               │ (None, 4)                 │               0 │ -                          │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ inner_seq (Sequential)        │ (None, 2)                 │              23 │ xo[0][0]                   │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ mid (Functional)              │ (None, 2)                 │               6 │ inner_seq[0][0], mid[0][0] │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ o (Affine)                    │ (None, 1)                 │               3 │ mid[1][0]                  │
└───────────────────────────────┴───────────────────────────┴─────────────────┴────────────────────────────┘
 Total params: 32 (128.00 B)
 Trainable params: 32 (128.00 B)
 Non-trainable params: 0 (0.00 B)
"""

EXPECTED_NESTED = """\
Model: "nested"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                  ┃ Output Shape              ┃         Param # ┃ Connected to               ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩
│ xo (InputLayer)               │ (None, 4)                 │               0 │ -                          │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ inner_seq (Sequential)        │ (None, 2)                 │              23 │ xo[0][0]                   │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│    └ i1 (Affine)              │ (None, 3)                 │              15 │ -                          │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│    └ i2 (Affine)              │ (None, 2)                 │               8 │ -                          │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ mid (Functional)              │ (None, 2)                 │               6 │ inner_seq[0][0], mid[0][0] │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│    └ mid_in (InputLayer)      │ (None, 2)                 │               0 │ -                          │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│    └ m1 (Affine)              │ (None, 2)                 │               6 │ -                          │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ o (Affine)                    │ (None, 1)                 │               3 │ mid[1][0]                  │
└───────────────────────────────┴───────────────────────────┴─────────────────┴────────────────────────────┘
 Total params: 32 (128.00 B)
 Trainable params: 32 (128.00 B)
 Non-trainable params: 0 (0.00 B)
"""

EXPECTED_RANGE = """\
Model: "chain"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩
│ h2 (Affine)                          │ (None, 4)                   │              20 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ h3 (Affine)                          │ (None, 4)                   │              20 │
└──────────────────────────────────────┴─────────────────────────────┴─────────────────┘
 Total params: 65 (260.00 B)
 Trainable params: 65 (260.00 B)
 Non-trainable params: 0 (0.00 B)
"""

EXPECTED_OPS = """\
Model: "withops"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩
│ x (InputLayer)                       │ (None, 5)                   │               0 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ q (Affine)                           │ (None, 5)                   │              30 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ add (Add)                            │ (None, 5)                   │               0 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ multiply (Multiply)                  │ (None, 5)                   │               0 │
└──────────────────────────────────────┴─────────────────────────────┴─────────────────┘
 Total params: 30 (120.00 B)
 Trainable params: 30 (120.00 B)
 Non-trainable params: 0 (0.00 B)
"""

EXPECTED_TYPED = """\
Model: "typed"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩
│ x (InputLayer)                       │ (None, 4)                   │               0 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ typed (Typed)                        │ (None, 4)                   │           1,008 │
└──────────────────────────────────────┴─────────────────────────────┴─────────────────┘
 Total params: 1,008 (1010.38 B)
 Trainable params: 5 (10.00 B)
 Non-trainable params: 1,003 (1000.38 B)
"""

EXPECTED_BIG = """\
Model: "big"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩
│ x (InputLayer)                       │ (None, 1000)                │               0 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ wide (Affine)                        │ (None, 3000)                │       3,003,000 │
└──────────────────────────────────────┴─────────────────────────────┴─────────────────┘
 Total params: 3,003,000 (11.46 MB)
 Trainable params: 3,003,000 (11.46 MB)
 Non-trainable params: 0 (0.00 B)
"""

EXPECTED_SUB_UNBUILT = """\
Model: "sub"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩
│ first (Affine)                       │ ?                           │     0 (unbuilt) │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ second (Affine)                      │ ?                           │     0 (unbuilt) │
└──────────────────────────────────────┴─────────────────────────────┴─────────────────┘
 Total params: 0 (0.00 B)
 Trainable params: 0 (0.00 B)
 Non-trainable params: 0 (0.00 B)
"""

EXPECTED_SUB_CALLED = """\
Model: "sub"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩
│ first (Affine)                       │ (3, 4)                      │              24 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ second (Affine)                      │ (3, 2)                      │              10 │
└──────────────────────────────────────┴─────────────────────────────┴─────────────────┘
 Total params: 34 (136.00 B)
 Trainable params: 34 (136.00 B)
 Non-trainable params: 0 (0.00 B)
"""


EXPECTED_MASKED = """\
Model: "masked"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                  ┃ Output Shape              ┃         Param # ┃ Connected to               ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩
│ x (InputLayer)                │ (None, 3)                 │               0 │ -                          │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ mz (MaskZero)                 │ (None, 3)                 │               0 │ x[0][0]                    │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ not_equal (NotEqual)          │ (None, 3)                 │               0 │ x[0][0]                    │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ carrier (Carrier)             │ (None, 3)                 │               0 │ mz[0][0], not_equal[0][0]  │
└───────────────────────────────┴───────────────────────────┴─────────────────┴────────────────────────────┘
 Total params: 0 (0.00 B)
 Trainable params: 0 (0.00 B)
 Non-trainable params: 0 (0.00 B)
"""


def test_functional_mlp_default_width():
    assert _summary(_mlp()) == EXPECTED_MLP


def test_line_length_80():
    assert _summary(_mlp(), line_length=80) == EXPECTED_MLP_80


def test_narrow_table_wraps_headers_and_truncates_with_ellipsis():
    assert _summary(_mlp(), line_length=50, show_trainable=True) == EXPECTED_MLP_50


def test_sequential_lists_layers_without_input_and_trainable_column():
    model = keras.Sequential(
        [
            keras.Input((4,)),
            Affine(5, name="s1"),
            Noise(name="noise"),
            Norm(name="norm"),
            Affine(2, name="s2"),
        ],
        name="seq",
    )
    model.layers[0].trainable = False
    assert _summary(model, show_trainable=True) == EXPECTED_SEQ_TRAINABLE


def test_shared_layer_adds_connected_to_column():
    assert _summary(_twin()) == EXPECTED_TWIN
    assert _summary(_twin(), show_trainable=True) == EXPECTED_TWIN_TRAINABLE


def test_linear_chain_with_two_outputs_has_no_connected_to_column():
    x = keras.Input((5,), name="x")
    h = Affine(5, name="h")(x)
    text = _summary(keras.Model(x, [Affine(2, name="z")(h), h]))
    assert "Connected to" not in text
    assert "│ h (Affine)" in text


def test_unbuilt_sequential():
    model = keras.Sequential([Affine(5, name="u1"), Affine(2, name="u2")], name="unbuilt")
    assert _summary(model) == EXPECTED_UNBUILT


def test_long_cells_wrap_and_long_words_end_in_ellipsis():
    x = keras.Input((3,), name="x")
    y1 = Affine(5, name="a_layer_with_a_really_long_name_that_cannot_fit")(x)
    y2 = Affine(5, name="short")(x)
    model = keras.Model(x, [Join(name="join")([y1, y2]), y2], name="long_names")
    assert _summary(model, line_length=70) == EXPECTED_LONG


def _nested():
    inner_seq = keras.Sequential(
        [keras.Input((4,)), Affine(3, name="i1"), Affine(2, name="i2")], name="inner_seq"
    )
    mid_in = keras.Input((2,), name="mid_in")
    mid = keras.Model(mid_in, Affine(2, name="m1")(mid_in), name="mid")
    xo = keras.Input((4,), name="xo")
    once = mid(inner_seq(xo))
    return keras.Model(xo, Affine(1, name="o")(mid(once)), name="nested")


def test_nested_models_collapsed_and_expanded():
    model = _nested()
    assert _summary(model) == EXPECTED_NESTED_PLAIN
    assert _summary(model, expand_nested=True) == EXPECTED_NESTED


def _chain():
    x = keras.Input((4,), name="x")
    h = Affine(4, name="h3")(Affine(4, name="h2")(Affine(4, name="h1")(x)))
    return keras.Model(x, Affine(1, name="h4")(h), name="chain")


def test_layer_range_in_either_order():
    assert _summary(_chain(), layer_range=["h3", "h2"]) == EXPECTED_RANGE
    assert _summary(_chain(), layer_range=["h2", "h3"]) == EXPECTED_RANGE


def test_layer_range_errors_match_keras():
    model = _chain()
    expected = r"list or tuple of length 2. Received: layer_range = \['h1'\] of length 1"
    with pytest.raises(ValueError, match=expected):
        model.summary(layer_range=["h1"])
    with pytest.raises(ValueError, match=r"string type only. Received: \[1, 2\]"):
        model.summary(layer_range=[1, 2])
    with pytest.raises(ValueError, match=r"do not match the layer names in the model"):
        model.summary(layer_range=["nope", "h2"])


def test_ops_on_symbolic_tensors_are_rows():
    x = keras.Input((5,), name="x")
    y = ops.add(Affine(5, name="q")(x), 1.0) * 2.0
    assert _summary(keras.Model(x, y, name="withops")) == EXPECTED_OPS


def test_sizes_follow_each_weight_dtype():
    x = keras.Input((4,), name="x")
    assert _summary(keras.Model(x, Typed(name="typed")(x), name="typed")) == EXPECTED_TYPED


def test_megabytes():
    x = keras.Input((1000,), name="x")
    assert _summary(keras.Model(x, Affine(3000, name="wide")(x), name="big")) == EXPECTED_BIG


class _Sub(keras.Model):
    def __init__(self):
        super().__init__(name="sub")
        self.first = Affine(4, name="first")
        self.second = Affine(2, name="second")

    def call(self, x):
        return self.second(self.first(x))


def test_subclassed_model_before_and_after_a_call():
    model = _Sub()
    assert _summary(model) == EXPECTED_SUB_UNBUILT
    model(np.ones((3, 5), "float32"))
    assert _summary(model) == EXPECTED_SUB_CALLED


class _BuiltOptimizer:
    built = True

    def __init__(self):
        self.variables = [
            keras.Variable(0, dtype="int32", name="iteration"),
            keras.Variable(0.01, dtype="float32", name="learning_rate"),
        ]


def test_optimizer_params_join_the_total():
    # What Keras prints for Input(4) -> Dense(3) with a built SGD optimizer.
    model = keras.Sequential([keras.Input((4,)), Affine(3, name="b1")], name="s2")
    model.optimizer = _BuiltOptimizer()
    lines = _summary(model).splitlines()[-4:]
    assert lines == [
        " Total params: 17 (68.00 B)",
        " Trainable params: 15 (60.00 B)",
        " Non-trainable params: 0 (0.00 B)",
        " Optimizer params: 2 (8.00 B)",
    ]


def test_default_print_goes_to_stdout(capsys):
    _mlp().summary()
    assert capsys.readouterr().out == EXPECTED_MLP


def test_default_width_follows_the_terminal_and_wide_lines_are_cropped(monkeypatch):
    monkeypatch.setenv("COLUMNS", "50")
    narrow = _summary(_mlp())
    # Keras caps the default width at the terminal width minus 4...
    assert {len(line) for line in narrow.splitlines()[1:-3]} == {46}
    # ...and crops lines of an explicit wider table at the terminal width.
    cropped = _summary(_mlp(), line_length=80).splitlines()
    assert cropped[1] == EXPECTED_MLP_80.splitlines()[1][:50]
    assert max(len(line) for line in cropped) == 50


def test_too_narrow_raises():
    with pytest.raises(ValueError, match="Insufficient console width"):
        _summary(_twin(), line_length=16)


def test_positions_must_cover_every_column():
    with pytest.raises(ValueError, match=r"a right edge for each of the 4 columns"):
        _summary(_twin(), positions=[0.3, 0.6, 1.0])


def test_summary_text_is_what_print_summary_prints():
    out = io.StringIO()
    summary.print_summary(_mlp(), print_fn=out.write)
    assert out.getvalue() == summary.summary_text(_mlp())


def test_mask_producer_is_a_row_and_an_input_of_the_masked_call():
    # Keras records the input's mask as an argument of a layer whose call takes one.
    x = keras.Input((3,), name="x")
    model = keras.Model(x, Carrier(name="carrier")(MaskZero(name="mz")(x)), name="masked")
    assert _summary(model) == EXPECTED_MASKED
