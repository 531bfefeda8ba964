"""Matrix and tensor products on torch.Tensor."""

import torch

from keras_backend_torch.core import (
    convert_to_tensor,
    operand_dtype,
    promoted,
    to_torch_dtype,
    unwrapped,
)
from keras_core.backend.dtypes import result_type

_Tensor = torch.Tensor

_INT8 = torch.int8

# Traces of small integers accumulate in 32 bits, as sums do.
_TRACE_DTYPES = {
    torch.bool: torch.int32,
    torch.int8: torch.int32,
    torch.int16: torch.int32,
    torch.uint8: torch.uint32,
    torch.uint16: torch.uint32,
}


# The dtype in which a product of two tensors of a dtype runs where torch's matmul would not
# give Keras's answer: int8 accumulates in int32 (Keras's rule, as quantized matmuls do), and
# torch has no bool or uint16/32/64 products; wrapping int64 arithmetic gives the unsigned
# products modulo 2**bits, and bool sums of products become `any` again.
_MATMUL_COMPUTE_DTYPES = {
    torch.bool: torch.int32,
    torch.int8: torch.int32,
    torch.uint16: torch.int64,
    torch.uint32: torch.int64,
    torch.uint64: torch.int64,
}


def _matmul():
    # Closure variables are cheaper than globals on this hot path. The guard reads one
    # dtype, the costliest part of it (a tensor attribute is ~40 ns): two tensors of one
    # dtype go straight to torch, and mixed dtypes make torch raise. Products torch has no
    # kernel for raise too (NotImplementedError is a RuntimeError) and take the slow path.
    tensor, int8, torch_matmul = torch.Tensor, torch.int8, torch.matmul

    def matmul(x1, x2):
        if type(x1) is tensor and type(x2) is tensor:
            if x1.dtype is not int8:
                try:
                    return torch_matmul(x1, x2)
                except RuntimeError:
                    pass
        else:
            # Layer weights: Parameters and Variables are tensors too.
            x1, x2 = unwrapped(x1), unwrapped(x2)
            if isinstance(x1, tensor) and isinstance(x2, tensor) and x1.dtype is not int8:
                try:
                    return torch_matmul(x1, x2)
                except RuntimeError:
                    pass
        return _matmul_promoted(x1, x2)

    return matmul


def _matmul_promoted(x1, x2):
    x1, x2 = promoted(x1, x2)
    dtype = x1.dtype
    compute_dtype = _MATMUL_COMPUTE_DTYPES.get(dtype)
    if compute_dtype is None:
        return torch.matmul(x1, x2)
    result = torch.matmul(x1.to(compute_dtype), x2.to(compute_dtype))
    if dtype is torch.bool:
        return result != 0
    # int8 products stay int32, as quantized matmuls do in Keras.
    return result if dtype is torch.int8 else result.to(dtype)


matmul = _matmul()


def _contract(function, operands, dtype):
    """``function(*operands)`` in ``dtype``; bool sums of products run as int32 (torch has
    no bool matrix products) and become ``any`` again."""
    if dtype == torch.bool:
        result = function(*(x.to(torch.int32) for x in operands))
        return result != 0
    return function(*(x.to(dtype) for x in operands))


def tensordot(x1, x2, axes=2):
    x1, x2 = promoted(x1, x2)
    if not isinstance(axes, int):
        axes = [[a] if isinstance(a, int) else list(a) for a in axes]
    return _contract(lambda a, b: torch.tensordot(a, b, dims=axes), (x1, x2), x1.dtype)


def einsum(subscripts, *operands, **kwargs):
    operands = [convert_to_tensor(x) for x in operands]
    if all(x.dtype == _INT8 for x in operands):
        # int8 products accumulate in int32, as in matmul.
        dtype = torch.int32
    else:
        dtype = to_torch_dtype(result_type(*(x.dtype for x in operands)))
    return _contract(lambda *xs: torch.einsum(subscripts, *xs, **kwargs), operands, dtype)


def cross(x1, x2, axisa=-1, axisb=-1, axisc=-1, axis=None):
    x1, x2 = promoted(x1, x2)
    if x1.dtype == torch.bool:
        raise TypeError("cross: bool inputs are not supported")
    if axis is not None:
        axisa = axisb = axisc = axis
    a, b = torch.movedim(x1, axisa, -1), torch.movedim(x2, axisb, -1)
    if a.shape[-1] == 2 and b.shape[-1] == 2:
        return a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0]
    a, b = _as_3d(a), _as_3d(b)
    components = [
        a[..., 1] * b[..., 2] - a[..., 2] * b[..., 1],
        a[..., 2] * b[..., 0] - a[..., 0] * b[..., 2],
        a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0],
    ]
    return torch.movedim(torch.stack(components, dim=-1), -1, axisc)


def _as_3d(vectors):
    if vectors.shape[-1] == 3:
        return vectors
    if vectors.shape[-1] != 2:
        raise ValueError(f"cross: vectors must have 2 or 3 components, got {vectors.shape[-1]}")
    return torch.cat([vectors, torch.zeros_like(vectors[..., :1])], dim=-1)


def trace(x, offset=0, axis1=0, axis2=1):
    x = convert_to_tensor(x)
    dtype = _TRACE_DTYPES.get(x.dtype, x.dtype)
    diagonal = torch.diagonal(x, offset=offset, dim1=axis1, dim2=axis2)
    if dtype in (torch.uint32, torch.int32) and x.dtype != dtype:
        # torch sums small integers into int64 and has few uint32 kernels.
        return diagonal.to(torch.int64).sum(-1).to(dtype)
    return diagonal.sum(-1, dtype=dtype)


def correlate(x1, x2, mode="valid"):
    if mode not in ("valid", "same", "full"):
        raise ValueError(f"correlate: unknown mode {mode!r}")
    x1, x2 = promoted(x1, x2, float)
    n, m = x1.shape[0], x2.shape[0]
    # conv1d is a cross-correlation; padding by m - 1 on both sides gives the full one.
    full = torch.nn.functional.conv1d(x1[None, None], x2[None, None], padding=m - 1)[0, 0]
    if mode == "full":
        return full
    if mode == "valid":
        return full[min(n, m) - 1 : max(n, m)]
    start = (m - 1) // 2 if n >= m else n // 2
    return full[start : start + max(n, m)]


def slogdet(x):
    x = convert_to_tensor(x)
    if not x.dtype.is_floating_point and not x.dtype.is_complex:
        x = x.to(to_torch_dtype(result_type(operand_dtype(x), float)))
    elif x.dtype.itemsize < 4:
        raise TypeError(f"slogdet: {x.dtype} matrices are not supported")
    sign, logabsdet = torch.linalg.slogdet(x)
    return sign, logabsdet
