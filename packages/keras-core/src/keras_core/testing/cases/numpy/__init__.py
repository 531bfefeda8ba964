"""Cases for ``keras_core.ops.numpy``, one module per topic."""
