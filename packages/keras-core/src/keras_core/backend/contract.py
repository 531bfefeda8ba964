"""What a backend implementation package must provide, and what the core composes for it.

The implementation package (``BackendSpec.module``) holds one submodule per op namespace.
For each namespace, the functions in ``REQUIRED`` must be defined there. Every function of
the matching module in ``keras_core.backend.composed`` is optional: when the backend does
not define it, the core's composition of required ops is used instead. A backend defines
one anyway when its framework has a faster native version.

A required function that a backend leaves out is bound to a stub that raises
:class:`~keras_core.backend.errors.UnsupportedOpError` naming the backend and the op, so
that a partial backend still runs everything else.
"""

NAMESPACES = ("core", "numpy", "nn")

REQUIRED = {
    "core": (
        "convert_to_tensor",
        "convert_to_numpy",
        "is_tensor",
        "cast",
        "shape",
    ),
    "numpy": (
        "add",
        "subtract",
        "multiply",
        "divide",
        "maximum",
        "exp",
        "matmul",
        "sum",
        "max",
        "reshape",
        "transpose",
        "concatenate",
    ),
    "nn": (),
}
