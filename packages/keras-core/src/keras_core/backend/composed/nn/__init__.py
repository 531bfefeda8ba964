"""Compositions for ``keras_core.ops.nn``'s namespaces."""
