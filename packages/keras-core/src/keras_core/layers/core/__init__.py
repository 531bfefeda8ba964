"""Core layers: the functional input and the basic building blocks."""

from keras_core.layers.core.dense import Dense
from keras_core.layers.core.einsum_dense import EinsumDense
from keras_core.layers.core.embedding import Embedding
from keras_core.layers.core.identity import Identity
from keras_core.layers.core.input_layer import Input, InputLayer
from keras_core.layers.core.lambda_layer import Lambda
from keras_core.layers.core.masking import Masking
from keras_core.layers.core.reversible_embedding import ReversibleEmbedding
from keras_core.layers.core.wrapper import Wrapper

__all__ = [
    "Dense",
    "EinsumDense",
    "Embedding",
    "Identity",
    "Input",
    "InputLayer",
    "Lambda",
    "Masking",
    "ReversibleEmbedding",
    "Wrapper",
]
