"""Under PyTorch every layer is a ``torch.nn.Module``: a keras-core model trains in a plain
PyTorch loop."""

import numpy as np
import pytest

import keras_core as keras
from keras_core import ops

pytestmark = pytest.mark.skipif(
    keras.config.backend() != "torch", reason="torch.nn.Module interop is torch-only"
)


class Linear(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")
        self.calls = self.add_weight(shape=(), initializer="zeros", trainable=False, name="calls")

    def call(self, x):
        return ops.matmul(x, self.kernel) + self.bias


def test_parameters_are_the_trainable_weights_and_buffers_the_rest():
    import torch

    model = keras.Sequential([keras.Input((4,)), Linear(3), Linear(1)])
    assert isinstance(model, torch.nn.Module)
    assert all(isinstance(layer, torch.nn.Module) for layer in model.layers)
    parameters = list(model.parameters())
    assert [tuple(p.shape) for p in parameters] == [(4, 3), (3,), (3, 1), (1,)]
    assert all(p is w.value for p, w in zip(parameters, model.trainable_weights, strict=False))
    assert [tuple(b.shape) for b in model.buffers()] == [(), ()]
    assert len(model.state_dict()) == 6


def test_plain_pytorch_loop_fits_linear_regression():
    import torch

    rng = np.random.default_rng(0)
    x = rng.normal(size=(64, 2)).astype("float32")
    y = x @ np.array([[2.0], [-3.0]], "float32") + 0.5
    model = keras.Sequential([keras.Input((2,)), Linear(1)])
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    inputs, targets = torch.from_numpy(x), torch.from_numpy(y)
    for _ in range(200):
        optimizer.zero_grad()
        loss = torch.mean((model(inputs) - targets) ** 2)
        loss.backward()
        optimizer.step()
    layer = model.layers[0]
    np.testing.assert_allclose(layer.kernel.numpy(), [[2.0], [-3.0]], atol=1e-3)
    np.testing.assert_allclose(layer.bias.numpy(), [0.5], atol=1e-3)


def test_frozen_layer_stops_requiring_gradients():
    layer = Linear(2)
    layer(np.ones((1, 3), "float32"))
    layer.trainable = False
    assert not any(p.requires_grad for p in layer.parameters())
    layer.trainable = True
    assert all(p.requires_grad for p in layer.parameters())
