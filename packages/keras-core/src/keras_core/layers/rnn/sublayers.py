"""Building the layers that a recurrent layer or wrapper owns."""


def build_sublayer(layer, input_shape) -> None:
    """Builds ``layer`` for ``input_shape`` once, and marks it built.

    ``Layer.build`` called directly does not set ``built``; ``build_from_config`` does, so
    a sublayer built here is not rebuilt (with fresh weights) when it is first called.
    """
    if not layer.built:
        layer.build_from_config({"input_shape": tuple(input_shape)})
