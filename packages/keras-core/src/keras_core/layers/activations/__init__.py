"""Activation layers: an activation function applied as a layer."""

from keras_core.layers.activations.activation import Activation
from keras_core.layers.activations.elu import ELU
from keras_core.layers.activations.leaky_relu import LeakyReLU
from keras_core.layers.activations.prelu import PReLU
from keras_core.layers.activations.relu import ReLU
from keras_core.layers.activations.softmax import Softmax

__all__ = ["ELU", "Activation", "LeakyReLU", "PReLU", "ReLU", "Softmax"]
