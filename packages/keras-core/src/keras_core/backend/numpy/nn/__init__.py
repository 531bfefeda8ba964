"""The ops of ``keras_core.ops.nn``, one module per topic."""
