"""Op dispatch cases: one eager keras-core op on small tensors against the framework's op.

On (8, 8) tensors an op costs microseconds, so these cases measure what keras-core adds on
the way from ``keras_core.ops.add`` to ``jnp.add`` (or ``torch.add``, ...): the dispatch
table lookup and the backend's dtype checks.
"""

import importlib

import numpy as np

from keras_bench.cases import BenchCase, Workload
from keras_core import ops

# The framework function each op is measured against, as "module:attribute", so that the
# framework is imported in the benchmark subprocess only.
NATIVE_OPS = {
    "add": {
        "numpy": "numpy:add",
        "jax": "jax.numpy:add",
        "torch": "torch:add",
        "tensorflow": "tensorflow:add",
    },
    "matmul": {
        "numpy": "numpy:matmul",
        "jax": "jax.numpy:matmul",
        "torch": "torch:matmul",
        "tensorflow": "tensorflow:matmul",
    },
}


def native_function(reference: str):
    """Imports ``"module:attribute.path"`` and returns the object it names.

    Example:
        >>> native_function("numpy:linalg.norm")
    """
    module_name, _, attribute = reference.partition(":")
    found = importlib.import_module(module_name)
    for part in attribute.split("."):
        found = getattr(found, part)
    return found


def binary_op_case(op: str, shape: tuple[int, ...]) -> BenchCase:
    """The case ``ops.<op>`` on two float32 tensors of ``shape``, against ``NATIVE_OPS[op]``."""

    def prepare(backend: str) -> Workload:
        rng = np.random.default_rng(0)
        args = tuple(
            ops.convert_to_tensor(rng.standard_normal(shape).astype("float32")) for _ in range(2)
        )
        reference = NATIVE_OPS[op].get(backend)
        native = native_function(reference) if reference else None
        return Workload(keras=getattr(ops, op), native=native, args=args)

    return BenchCase(
        name=f"ops.{op}",
        suite="ops",
        description=f"eager ops.{op} on two {shape} float32 tensors",
        prepare=prepare,
    )


def register_bench_cases(register):
    register(binary_op_case("add", (8, 8)))
    register(binary_op_case("matmul", (8, 8)))
