"""``keras_core.ops``: every op as a function over the active backend's native tensors.

The flat namespace re-exports the ops of the submodules ``core``, ``numpy`` and ``nn``, as
``keras.ops`` does.
"""

from keras_core.ops import core, nn, numpy
from keras_core.ops.core import cast, convert_to_numpy, convert_to_tensor, is_tensor, shape
from keras_core.ops.nn import relu, sigmoid, softmax
from keras_core.ops.numpy import (
    add,
    concatenate,
    divide,
    exp,
    matmul,
    max,
    maximum,
    mean,
    multiply,
    reshape,
    subtract,
    sum,
    transpose,
)
