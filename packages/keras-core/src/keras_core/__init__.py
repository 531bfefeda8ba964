"""keras-core: the Keras 3 API over pluggable backends. Use it as ``import keras_core as keras``.

Importing this package imports no array framework; the selected backend is imported on
the first op, or when a module that needs it (``layers``, ``models``) is first used.
"""

import importlib

from keras_core import backend, config, ops, random, tree
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.version import __version__, version

# Loaded on first access, so that `import keras_core` stays framework-free and fast.
_LAZY_MODULES = (
    "activations",
    "constraints",
    "dtype_policies",
    "initializers",
    "layers",
    "models",
    "regularizers",
    "saving",
)
_LAZY_NAMES = {
    "DTypePolicy": "keras_core.dtype_policies",
    "FloatDTypePolicy": "keras_core.dtype_policies",
    "Initializer": "keras_core.initializers",
    "Input": "keras_core.layers",
    "InputSpec": "keras_core.layers",
    "Layer": "keras_core.layers",
    "Model": "keras_core.models",
    "Operation": "keras_core.ops.operation",
    "Regularizer": "keras_core.regularizers",
    "Sequential": "keras_core.models",
    "StatelessScope": "keras_core.backend.value_scopes",
    "name_scope": "keras_core.backend.naming",
}

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
    *_LAZY_MODULES,
    *_LAZY_NAMES,
]


def __getattr__(name):
    if name in _LAZY_MODULES:
        return importlib.import_module(f"keras_core.{name}")
    if name in _LAZY_NAMES:
        return getattr(importlib.import_module(_LAZY_NAMES[name]), name)
    # The Variable class is the active backend's, so asking for it activates the backend.
    if name == "Variable":
        from keras_core.backend.dispatch import table

        return table("variables").Variable
    raise AttributeError(f"module 'keras_core' has no attribute {name!r}")
