"""The NumPy reference backend: inference only, and the reference for the conformance kit.

Registered through the same entry point mechanism as any third-party backend
(``keras_core.backend.numpy.plugin``). Submodules mirror the op namespaces.
"""
