"""The toy's ``keras_core.ops.numpy`` ops: the required ones only."""
