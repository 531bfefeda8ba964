"""The openvino backend of keras-core.

Importing this package does not import openvino: keras-core imports the implementation
submodules (`core`, `numpy`, `nn`, ...) only when this backend is activated.
"""

__version__ = "0.2.0"
