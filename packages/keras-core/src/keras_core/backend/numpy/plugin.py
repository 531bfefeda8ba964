"""Announces the NumPy backend to the registry."""

from keras_core.backend.hookspecs import BackendSpec, hookimpl
from keras_core.version import __version__


@hookimpl
def register_backends(register):
    register(
        BackendSpec(
            name="numpy",
            module="keras_core.backend.numpy",
            version=__version__,
            framework="numpy",
            trainable=False,
            jit=False,
            devices=("cpu",),
        )
    )
