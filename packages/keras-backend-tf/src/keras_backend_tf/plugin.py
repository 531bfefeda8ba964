"""Announces the TensorFlow backend to keras-core (imports no TensorFlow)."""

from keras_backend_tf import __version__
from keras_core.backend.hookspecs import BackendSpec, hookimpl


@hookimpl
def register_backends(register):
    register(
        BackendSpec(
            name="tensorflow",
            module="keras_backend_tf",
            version=__version__,
            framework="tensorflow",
            trainable=True,
            jit=True,
            devices=("cpu", "gpu", "tpu"),
        )
    )
