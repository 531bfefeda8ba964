"""Element-wise functions of one tensor on torch.Tensor."""

import torch

from keras_backend_torch.core import convert_to_tensor, to_torch_dtype
from keras_core.backend.dtypes import standardize_dtype


def _float_dtype_for(x):
    dtype = standardize_dtype(x.dtype)
    if dtype == "bool" or "int" in dtype:
        return to_torch_dtype(None)
    return None


def exp(x):
    x = convert_to_tensor(x)
    dtype = _float_dtype_for(x)
    return torch.exp(x if dtype is None else x.to(dtype))
