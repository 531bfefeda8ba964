"""Cases for ``keras_core.ops.nn``, one module per topic."""
