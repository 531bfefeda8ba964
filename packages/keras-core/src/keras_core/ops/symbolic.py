"""How an op answers when its backend call raised: symbolic result, clear error, or re-raise.

Public ops call the backend first, inside ``try``; only when that raises do they call
:func:`recover` with the op's output rule. A symbolic input (:class:`KerasTensor`) makes
the backend raise at once, and the rule computes the symbolic output. With real inputs,
the rule is run as a validator, so that bad input gets the same ``ValueError``/``TypeError``
naming the op, the argument and the offending shape or dtype on every backend; if the rule
finds nothing wrong, the backend's own error is re-raised. The common call, which succeeds,
pays for none of this.
"""

import sys

import numpy as np

from keras_core.backend.conversion import PYTHON_SCALARS, sequence_to_numpy
from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import standardize_dtype
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import operation


def recover(error: Exception, rule, *args, **kwargs):
    """Symbolic output of ``rule`` when any input is symbolic; else validate and re-raise.

    Args:
        error: What the backend raised.
        rule: The op's output rule, ``rule(*args, **kwargs) -> KerasTensor`` (or a
            structure of them); it raises ``ValueError``/``TypeError`` on invalid input.
    """
    if any_symbolic(args) or any_symbolic(kwargs):
        outputs = rule(*args, **kwargs)
        if not operation.state.symbolic_depth:
            operation.record_symbolic_call(sys._getframe(1), outputs)
        return outputs
    rule(*args, **kwargs)
    raise error


def any_symbolic(structure) -> bool:
    """Whether a (nested list/tuple/dict) structure holds a :class:`KerasTensor`."""
    if isinstance(structure, KerasTensor):
        return True
    if isinstance(structure, (list, tuple)):
        return any(any_symbolic(item) for item in structure)
    if isinstance(structure, dict):
        return any(any_symbolic(item) for item in structure.values())
    return False


def shape_of(x) -> tuple:
    """Static shape of a KerasTensor, backend tensor, array, scalar or nested list."""
    if isinstance(x, KerasTensor):
        return x.shape
    shape = getattr(x, "shape", None)
    if shape is None:
        return np.shape(x)
    if hasattr(shape, "as_list"):
        # tf.TensorShape; its unknown sizes are None, like ours.
        return tuple(shape.as_list()) if shape.rank is not None else None
    return tuple(None if d is None else int(d) for d in shape)


def dtype_of(x):
    """Dtype for promotion: a canonical name, or the Python type of a (weak) Python scalar."""
    if isinstance(x, KerasTensor):
        return x.dtype
    if type(x) in PYTHON_SCALARS:
        return type(x)
    dtype = getattr(x, "dtype", None)
    if dtype is not None:
        return standardize_dtype(dtype)
    if isinstance(x, (list, tuple)):
        return standardize_dtype(sequence_to_numpy(x).dtype)
    core = table("core")
    if core.is_tensor(x):
        # A native tensor without `.dtype` (openvino.Tensor): ask its backend.
        return core.dtype(x)
    return standardize_dtype(np.asarray(x).dtype)
