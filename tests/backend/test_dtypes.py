"""Keras's dtype names and promotion lattice, checked against closed-form expectations."""

import itertools

import numpy as np
import pytest

from keras_core.backend import is_float_dtype, is_int_dtype, result_type, standardize_dtype
from keras_core.backend.dtypes import ALLOWED_DTYPES


@pytest.mark.parametrize(
    ("dtypes", "expected"),
    [
        ((), "float32"),
        (("int32", float), "float32"),
        (("uint8", "int8"), "int16"),
        (("uint32", "int32"), "int64"),
        (("int64", "uint64"), "float32"),
        (("int32", "float16"), "float16"),
        (("bfloat16", "float16"), "float32"),
        (("int64", "float16"), "float16"),
        ((int, float), "float32"),
        (("uint8", int), "uint8"),
        ((bool, "uint32"), "uint32"),
        ((int,), "int32"),
        ((bool,), "bool"),
        (("float32", complex), "complex64"),
        (("float64", "complex64"), "complex128"),
        (("float32", "float64"), "float64"),
        (("int8", "int16", "uint16"), "int32"),
    ],
)
def test_result_type(dtypes, expected):
    assert result_type(*dtypes) == expected


def test_result_type_is_symmetric_and_idempotent():
    names = [d for d in ALLOWED_DTYPES if d not in ("string", "float8_e4m3fn", "float8_e5m2")]
    for a, b in itertools.product(names, repeat=2):
        assert result_type(a, b) == result_type(b, a)
    for a in names:
        assert result_type(a, a) == a


def test_float8_is_never_promoted_implicitly():
    with pytest.raises(ValueError, match="no implicit conversion between float8_e4m3fn"):
        result_type("float8_e4m3fn", "float32")
    assert result_type("float8_e5m2", "float8_e5m2") == "float8_e5m2"


# Keras 3.15 narrows some results per backend (float64 -> float32 outside TensorFlow, uint64 ->
# uint32 and complex128 -> complex64 everywhere); keras-core keeps the lattice's answer, so the
# comparison covers the pairs whose result is not one of those.
_NARROWED_BY_KERAS = {"float64", "int64", "uint64", "complex128"}


def test_result_type_matches_keras_when_installed():
    keras = pytest.importorskip("keras")
    names = [d for d in ALLOWED_DTYPES if d not in ("string", "float8_e4m3fn", "float8_e5m2")]
    compared = 0
    for a, b in itertools.product([*names, int, float, bool], repeat=2):
        ours = result_type(a, b)
        if ours not in _NARROWED_BY_KERAS:
            assert ours == keras.backend.result_type(a, b), (a, b)
            compared += 1
    assert compared == 218


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, "float32"),
        (float, "float32"),
        (int, "int32"),
        (bool, "bool"),
        ("int", "int32"),
        (np.float64, "float64"),
        (np.dtype("uint16"), "uint16"),
        ("bfloat16", "bfloat16"),
    ],
)
def test_standardize_dtype(given, expected):
    assert standardize_dtype(given) == expected


def test_standardize_dtype_reads_framework_dtype_objects():
    class TorchLikeDtype:
        def __str__(self):
            return "torch.float16"

    assert standardize_dtype(TorchLikeDtype()) == "float16"


def test_unknown_dtype_is_rejected_with_the_choices():
    with pytest.raises(ValueError, match=r"Invalid dtype: 'float31'. Expected one of .*float32"):
        standardize_dtype("float31")


def test_dtype_kinds():
    assert is_float_dtype("bfloat16") and not is_float_dtype("int8")
    assert is_int_dtype("uint64") and not is_int_dtype("bool")
