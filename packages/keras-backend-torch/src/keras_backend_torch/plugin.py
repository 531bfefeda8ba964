"""Announces the PyTorch backend to keras-core (imports no torch)."""

from keras_backend_torch import __version__
from keras_core.backend.hookspecs import BackendSpec, hookimpl


@hookimpl
def register_backends(register):
    register(
        BackendSpec(
            name="torch",
            module="keras_backend_torch",
            version=__version__,
            framework="torch",
            trainable=True,
            jit=True,
            devices=("cpu", "gpu"),
        )
    )
