"""Control flow on torch: Python loops and branches (the core's defaults), except
``vectorized_map``, which batches with ``torch.vmap``."""

import torch

from keras_backend_torch.core import convert_to_tensor
from keras_core import tree


def vectorized_map(function, elements):
    elements = tree.map_structure(convert_to_tensor, elements)
    return torch.vmap(function)(elements)
