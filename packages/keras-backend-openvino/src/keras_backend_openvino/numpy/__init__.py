"""The ops of ``keras_core.ops.numpy``, one module per topic."""
