"""Matrix and tensor products on torch.Tensor."""

import torch

from keras_backend_torch.core import promoted

_Tensor = torch.Tensor

_INT8 = torch.int8


def matmul(x1, x2):
    if type(x1) is _Tensor and type(x2) is _Tensor and x1.dtype is not _INT8:
        try:
            return torch.matmul(x1, x2)
        except RuntimeError:
            # Mixed dtypes: torch's matmul does not promote.
            pass
    x1, x2 = promoted(x1, x2)
    if x1.dtype == torch.int8:
        # int8 products accumulate in int32, as quantized matmuls do in Keras.
        x1, x2 = x1.to(torch.int32), x2.to(torch.int32)
    return torch.matmul(x1, x2)
