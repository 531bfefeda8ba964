"""Dtype names and Keras's type-promotion rules, independent of any framework.

Dtypes are handled as Keras's canonical strings (``"float32"``). Promotion follows a lattice
in which Python scalars are *weak*: ``int32 array + 1.5`` is ``float32``, not ``float64``.
Weak results resolve to the defaults: ``int32``, ``floatx()`` and ``complex64``.
"""

import functools

from keras_core.backend import settings

FLOAT8_TYPES = ("float8_e4m3fn", "float8_e5m2")
FLOAT_TYPES = ("bfloat16", "float16", "float32", "float64", *FLOAT8_TYPES)
INT_TYPES = ("uint8", "uint16", "uint32", "uint64", "int8", "int16", "int32", "int64")
COMPLEX_TYPES = ("complex64", "complex128")
ALLOWED_DTYPES = (*FLOAT_TYPES, *INT_TYPES, "bool", "string", *COMPLEX_TYPES)

_PYTHON_TYPES = {bool: "bool", int: "int32", float: "float32", str: "string", complex: "complex64"}
_ALIASES = {"int": "int32", "float": "float32", "double": "float64", "half": "float16"}

# Weak (Python-scalar) kinds in the lattice.
_WEAK_INT, _WEAK_FLOAT, _WEAK_COMPLEX = "int*", "float*", "complex*"
_WEAK_KIND_OF_PYTHON_TYPE = {int: _WEAK_INT, float: _WEAK_FLOAT, complex: _WEAK_COMPLEX}

# Each dtype points to the dtypes directly above it; the result type is the least upper bound.
_LATTICE = {
    "bool": (_WEAK_INT,),
    _WEAK_INT: ("uint8", "int8"),
    "uint8": ("uint16", "int16"),
    "uint16": ("uint32", "int32"),
    "uint32": ("uint64", "int64"),
    "uint64": (_WEAK_FLOAT,),
    "int8": ("int16",),
    "int16": ("int32",),
    "int32": ("int64",),
    "int64": (_WEAK_FLOAT,),
    _WEAK_FLOAT: ("float16", "bfloat16", _WEAK_COMPLEX),
    "float16": ("float32",),
    "bfloat16": ("float32",),
    "float32": ("float64", "complex64"),
    "float64": ("complex128",),
    _WEAK_COMPLEX: ("complex64",),
    "complex64": ("complex128",),
    "complex128": (),
}


def standardize_dtype(dtype=None) -> str:
    """Returns Keras's canonical name of ``dtype``.

    Accepts strings, Python types, NumPy dtypes and the dtype objects of JAX, PyTorch and
    TensorFlow. ``None`` means ``keras_core.config.floatx()``.

    Example:
        >>> standardize_dtype(float)
        'float32'
    """
    if dtype is None:
        return settings.floatx()
    name = _PYTHON_TYPES.get(dtype) if isinstance(dtype, type) else None
    if name is None:
        name = _dtype_name(dtype)
    name = _ALIASES.get(name, name)
    if name not in ALLOWED_DTYPES:
        raise ValueError(f"Invalid dtype: {dtype!r}. Expected one of {', '.join(ALLOWED_DTYPES)}.")
    return name


def _dtype_name(dtype) -> str:
    if isinstance(dtype, str):
        return dtype
    # NumPy, JAX and TensorFlow dtypes carry `.name`; NumPy scalar types carry `__name__`.
    name = getattr(dtype, "name", None)
    if isinstance(name, str):
        return name
    name = getattr(dtype, "__name__", None)
    if isinstance(name, str):
        return name
    # torch.float32 prints as "torch.float32".
    return str(dtype).rsplit(".", 1)[-1]


def is_float_dtype(dtype) -> bool:
    """Whether ``dtype`` is a floating-point dtype (float8 and bfloat16 included)."""
    return standardize_dtype(dtype) in FLOAT_TYPES


def is_int_dtype(dtype) -> bool:
    """Whether ``dtype`` is a signed or unsigned integer dtype (``bool`` is not)."""
    return standardize_dtype(dtype) in INT_TYPES


@functools.cache
def _upper_bounds(node: str) -> frozenset[str]:
    above = {node}
    for parent in _LATTICE[node]:
        above |= _upper_bounds(parent)
    return frozenset(above)


@functools.cache
def _join(nodes: tuple[str, ...]) -> str:
    for node in nodes:
        if node in FLOAT8_TYPES or node == "string":
            if len(set(nodes)) == 1:
                return node
            raise ValueError(
                f"result_type: there is no implicit conversion between {node} and other "
                f"dtypes; cast explicitly. Received: {nodes}"
            )
    common = functools.reduce(frozenset.intersection, (_upper_bounds(n) for n in nodes))
    # The least upper bound is the common bound that every other common bound lies above.
    return next(c for c in common if common <= _upper_bounds(c))


def _lattice_node(item) -> str:
    if isinstance(item, type) and item in _WEAK_KIND_OF_PYTHON_TYPE:
        return _WEAK_KIND_OF_PYTHON_TYPE[item]
    return standardize_dtype(item)


def result_type(*dtypes) -> str:
    """The dtype that an op over inputs of ``dtypes`` returns, by Keras's promotion rules.

    Python types (``int``, ``float``, ``complex``) count as weak: they take the kind of the
    other operands when they can. With no arguments, returns ``floatx()``.

    Example:
        >>> result_type("int32", float)
        'float32'
        >>> result_type("uint8", "int8")
        'int16'
    """
    if not dtypes:
        return settings.floatx()
    joined = _join(tuple(_lattice_node(d) for d in dtypes))
    if joined == _WEAK_INT:
        return "int32"
    if joined == _WEAK_FLOAT:
        return settings.floatx()
    if joined == _WEAK_COMPLEX:
        return "complex64"
    return joined
