"""Announces the OpenVINO backend to keras-core (imports no OpenVINO)."""

from keras_backend_openvino import __version__
from keras_core.backend.hookspecs import BackendSpec, hookimpl


@hookimpl
def register_backends(register):
    register(
        BackendSpec(
            name="openvino",
            module="keras_backend_openvino",
            version=__version__,
            framework="openvino",
            trainable=False,
            jit=False,
            devices=("cpu", "gpu"),
            # openvino.Tensor has no dtype attribute and no arithmetic operators.
            compositions=False,
        )
    )
