"""keras-core: the Keras 3 API over pluggable backends. Use it as ``import keras_core as keras``.

Importing this package imports no array framework; the selected backend is imported on
the first op.
"""

from keras_core import backend, config, ops, random, tree
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.version import __version__, version

__all__ = [
    "KerasTensor",
    "Variable",
    "__version__",
    "backend",
    "config",
    "ops",
    "random",
    "tree",
    "version",
]


def __getattr__(name):
    # The Variable class is the active backend's, so asking for it activates the backend.
    if name == "Variable":
        from keras_core.backend.dispatch import table

        return table("variables").Variable
    raise AttributeError(f"module 'keras_core' has no attribute {name!r}")
