"""Core layers: the functional input and the basic building blocks."""

from keras_core.layers.core.input_layer import Input, InputLayer

__all__ = ["Input", "InputLayer"]
