"""keras-core: the Keras 3 API over pluggable backends. Use it as ``import keras_core as keras``.

Importing this package imports no array framework; the selected backend is imported on
the first op.
"""

from keras_core import backend, config, ops
from keras_core.version import __version__, version

__all__ = ["__version__", "backend", "config", "ops", "version"]
