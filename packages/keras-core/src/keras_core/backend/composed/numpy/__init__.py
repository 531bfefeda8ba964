"""Compositions for ``keras_core.ops.numpy``'s namespaces."""
