"""``layer``: the base class under every ``keras_core.layers.Layer`` on this backend.

A backend whose layers must be framework objects overrides ``BackendLayer`` (PyTorch makes
every layer a ``torch.nn.Module``). The hooks tell it which variables and sublayers a layer
owns, in Keras's order, when they are tracked; they run when a layer is built, never per call.
"""

REQUIRED = ()


class BackendLayer:
    """Framework-neutral layer base: tracking needs no framework bookkeeping."""

    def _track_backend_variable(self, variable) -> None:
        """``variable`` now belongs to this layer."""

    def _track_backend_layer(self, layer) -> None:
        """``layer`` is now a direct sublayer of this layer."""
