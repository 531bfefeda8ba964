"""Announces the JAX backend to keras-core (imports no JAX)."""

from keras_backend_jax import __version__
from keras_core.backend.hookspecs import BackendSpec, hookimpl


@hookimpl
def register_backends(register):
    register(
        BackendSpec(
            name="jax",
            module="keras_backend_jax",
            version=__version__,
            framework="jax",
            trainable=True,
            jit=True,
            devices=("cpu", "gpu", "tpu"),
        )
    )
