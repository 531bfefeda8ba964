"""Layers of the PyTorch backend are ``torch.nn.Module``s.

A layer's trainable variables are its module parameters and its non-trainable ones its
buffers, and its sublayers are child modules, so ``parameters()``, ``state_dict()``,
``.to()`` and ``torch.optim`` see a keras-core model like any PyTorch model.
"""

import torch


class BackendLayer(torch.nn.Module):
    def __new__(cls, *args, **kwargs):
        layer = super().__new__(cls)
        # The module's own bookkeeping must exist before the Keras constructor sets
        # attributes, in whatever order a subclass calls super().__init__().
        torch.nn.Module.__init__(layer)
        return layer

    def __init__(self, *args, **kwargs):
        # torch.nn.Module was initialized in __new__; initializing again would drop what a
        # subclass tracked before calling super().__init__().
        pass

    def forward(self, *args, **kwargs):
        return self(*args, **kwargs)

    def _track_backend_variable(self, variable) -> None:
        name = _module_key(variable.name, self._parameters, self._buffers)
        if variable.trainable:
            self._parameters[name] = variable.value
        else:
            self._buffers[name] = variable.value

    def _track_backend_layer(self, layer) -> None:
        self._modules[_module_key(layer.name, self._modules)] = layer


def _module_key(name: str, *taken) -> str:
    # Module attribute keys may not contain dots; equal names get a numeric suffix.
    base = name.replace(".", "_")
    key, index = base, 1
    while any(key in keys for keys in taken):
        key, index = f"{base}_{index}", index + 1
    return key
