"""The conformance tests: every :class:`OpCase` against NumPy and against its symbolic rule.

Collected by pytest from ``--pyargs keras_core.testing.suite`` or imported by a test module.
"""

import importlib
import pkgutil

import numpy as np
import pytest

import keras_core
from keras_core.backend.dtypes import standardize_dtype
from keras_core.backend.errors import UnsupportedOpError
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.testing import cases as _cases_package
from keras_core.testing.case import Arr, OpCase

UNSUPPORTED = "unsupported by this backend"
_LOW_PRECISION = ("float16", "bfloat16")


def all_cases() -> list[OpCase]:
    found = []
    prefix = _cases_package.__name__ + "."
    for info in pkgutil.walk_packages(_cases_package.__path__, prefix):
        found.extend(getattr(importlib.import_module(info.name), "CASES", ()))
    ids = [case.id for case in found]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise ValueError(f"conformance case ids must be unique; repeated: {repeated}")
    return found


CASES = all_cases()


def op_function(path: str):
    """``"add"`` -> ``keras_core.ops.add``; ``"random.normal"`` -> ``keras_core.random.normal``."""
    if path.startswith("random."):
        return getattr(importlib.import_module("keras_core.random"), path.split(".", 1)[1])
    target = keras_core.ops
    for part in path.split("."):
        target = getattr(target, part)
    return target


def _backend_value(value):
    if isinstance(value, (list, tuple)):
        return type(value)(_backend_value(item) for item in value)
    return keras_core.ops.convert_to_tensor(value) if isinstance(value, np.ndarray) else value


def _symbolic_value(value, none_first_dim: bool):
    if isinstance(value, (list, tuple)):
        return type(value)(_symbolic_value(item, none_first_dim) for item in value)
    if not isinstance(value, np.ndarray):
        return value
    shape = value.shape
    if none_first_dim and shape:
        shape = (None, *shape[1:])
    return KerasTensor(shape, standardize_dtype(value.dtype))


def _call(case: OpCase, args, kwargs):
    """Converts the NumPy inputs to backend tensors and calls the op; skips what the backend
    does not support (the op, or the dtype of an input)."""
    try:
        return op_function(case.op)(
            *(_backend_value(a) for a in args),
            **{k: _backend_value(v) for k, v in kwargs.items()},
        )
    except UnsupportedOpError as error:
        pytest.skip(f"{UNSUPPORTED}: {error}")


def _expected_dtypes(case: OpCase, args, kwargs):
    if case.dtype is not None:
        return [case.dtype]
    symbolic = op_function(case.op)(
        *(_symbolic_value(a, False) for a in args),
        **{k: _symbolic_value(v, False) for k, v in kwargs.items()},
    )
    return [t.dtype for t in keras_core.tree.flatten(symbolic)]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_op_matches_reference(case: OpCase):
    args, kwargs = case.numpy_inputs()
    result = _call(case, args, kwargs)
    outputs = keras_core.tree.flatten(result)
    for output, dtype in zip(outputs, _expected_dtypes(case, args, kwargs), strict=False):
        assert keras_core.ops.is_tensor(output), f"{case.id}: not a native tensor: {output!r}"
        assert keras_core.ops.dtype(output) == dtype, f"{case.id}: dtype"
    if not case.values:
        return
    reference = case.reference or getattr(np, case.op.rsplit(".", 1)[-1])
    expected = keras_core.tree.flatten(reference(*args, **kwargs))
    assert len(outputs) == len(expected), f"{case.id}: number of outputs"
    for output, wanted in zip(outputs, expected, strict=True):
        got = keras_core.ops.convert_to_numpy(output)
        wanted = np.asarray(wanted)
        assert got.shape == wanted.shape, f"{case.id}: shape {got.shape} != {wanted.shape}"
        loose = keras_core.ops.dtype(output) in _LOW_PRECISION
        np.testing.assert_allclose(
            got.astype(wanted.dtype) if got.dtype != wanted.dtype and loose else got,
            wanted,
            rtol=1e-2 if loose else case.rtol,
            atol=1e-2 if loose else case.atol,
            err_msg=case.id,
        )


SYMBOLIC_CASES = [case for case in CASES if case.symbolic]


@pytest.mark.parametrize("none_first_dim", [False, True], ids=["static", "unknown-dim"])
@pytest.mark.parametrize("case", SYMBOLIC_CASES, ids=[case.id for case in SYMBOLIC_CASES])
def test_op_symbolic_matches_real(case: OpCase, none_first_dim: bool):
    args, kwargs = case.numpy_inputs()
    real = keras_core.tree.flatten(_call(case, args, kwargs))
    symbolic = keras_core.tree.flatten(
        op_function(case.op)(
            *(_symbolic_value(a, none_first_dim) for a in args),
            **{k: _symbolic_value(v, none_first_dim) for k, v in kwargs.items()},
        )
    )
    assert len(symbolic) == len(real)
    for sym, out in zip(symbolic, real, strict=True):
        assert isinstance(sym, KerasTensor), f"{case.id}: symbolic call returned {sym!r}"
        shape = tuple(keras_core.ops.shape(out))
        assert len(sym.shape) == len(shape), f"{case.id}: rank {sym.shape} vs {shape}"
        for s, r in zip(sym.shape, shape, strict=True):
            assert s == r or (none_first_dim and s is None), f"{case.id}: {sym.shape} vs {shape}"
        assert sym.dtype == keras_core.ops.dtype(out), f"{case.id}: symbolic dtype"


__all__ = ["Arr", "OpCase", "test_op_matches_reference", "test_op_symbolic_matches_real"]
