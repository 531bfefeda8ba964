"""Announces the toy backend."""

from keras_backend_toy import __version__
from keras_core.backend.hookspecs import BackendSpec, hookimpl


@hookimpl
def register_backends(register):
    register(
        BackendSpec(
            name="toy",
            module="keras_backend_toy",
            version=__version__,
            framework="numpy",
            trainable=False,
        )
    )
