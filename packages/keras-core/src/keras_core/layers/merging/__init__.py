"""Merging layers: element-wise combinations, concatenation and dot products of tensor
lists."""

from keras_core.layers.merging.concatenate import Concatenate
from keras_core.layers.merging.dot import Dot
from keras_core.layers.merging.elementwise import (
    Add,
    Average,
    Maximum,
    Minimum,
    Multiply,
    Subtract,
)

__all__ = [
    "Add",
    "Subtract",
    "Multiply",
    "Average",
    "Maximum",
    "Minimum",
    "Concatenate",
    "Dot",
]
