"""Arguments shared by the multi-head attention layers: checks, the projections built from
the weights' arguments, and their config."""

from keras_core import constraints, initializers, regularizers
from keras_core.layers import tracking
from keras_core.layers.core.einsum_dense import EinsumDense

# The projections' weight arguments, in Keras's config order (the activity regularizer,
# the layer's own, stands between the regularizers and the constraints).
_WEIGHT_ARGUMENTS = (
    ("kernel_initializer", initializers),
    ("bias_initializer", initializers),
    ("kernel_regularizer", regularizers),
    ("bias_regularizer", regularizers),
    ("kernel_constraint", constraints),
    ("bias_constraint", constraints),
)


def check_dropout(layer, dropout) -> None:
    """Raises ``ValueError`` unless ``dropout`` is a number in ``[0, 1]``."""
    if (
        isinstance(dropout, bool)
        or not isinstance(dropout, (int, float))
        or not (0 <= dropout <= 1)
    ):
        raise ValueError(
            f"{type(layer).__name__} '{layer.name}': dropout must be a number in [0, 1], "
            f"received {dropout!r}"
        )


def positive_int(layer, name, value) -> int:
    """``value`` when it is a positive int; raises ``ValueError`` naming ``name`` else."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(
            f"{type(layer).__name__} '{layer.name}': {name} must be a positive int, received "
            f"{name}={value!r}"
        )
    return value


def check_sliding_window(layer, sliding_window):
    """``sliding_window`` when it is ``None`` or a positive int."""
    if sliding_window is None:
        return None
    return positive_int(layer, "sliding_window", sliding_window)


def check_flash_attention(layer, flash_attention, dropout):
    """``flash_attention`` (``None`` or a bool); the fused kernel has no dropout."""
    if flash_attention is not None and not isinstance(flash_attention, bool):
        raise ValueError(
            f"{type(layer).__name__} '{layer.name}': flash_attention must be None, True or "
            f"False, received {flash_attention!r}"
        )
    if flash_attention and dropout > 0:
        raise ValueError(
            f"{type(layer).__name__} '{layer.name}': flash attention has no dropout; create "
            f"the layer with dropout=0.0 to use flash_attention=True (received "
            f"dropout={dropout})"
        )
    return flash_attention


def copied(initializer):
    """A fresh initializer with ``initializer``'s config: each projection gets its own, so
    that seeded initializers share no state."""
    return type(initializer).from_config(initializer.get_config())


def check_scores_request(layer, return_attention_scores) -> None:
    """Raises ``ValueError`` when scores are asked of a layer that runs flash attention."""
    if return_attention_scores and layer._flash_attention:
        raise ValueError(
            f"{type(layer).__name__} '{layer.name}': return_attention_scores=True needs the "
            f"attention weights, which flash attention does not compute; create the "
            f"layer with flash_attention=False"
        )


def check_key_shape(layer, value_shape, key_shape) -> None:
    """Raises ``ValueError`` unless ``value`` and ``key`` differ at most in their last axis."""
    if tuple(value_shape[:-1]) != tuple(key_shape[:-1]):
        raise ValueError(
            f"{type(layer).__name__} '{layer.name}': all dimensions of value and key except "
            f"the last must be equal; received value_shape={tuple(value_shape)}, "
            f"key_shape={tuple(key_shape)}"
        )


def projection(layer, equation, output_shape, bias_axes, name, prefix=""):
    """An ``EinsumDense`` sublayer of ``layer`` named ``name``, tracked, with the layer's
    weight arguments (its attributes ``{prefix}kernel_initializer`` ...; each projection
    gets its own initializers); ``bias_axes`` ``None`` for no bias."""
    arguments = {argument: getattr(layer, prefix + argument) for argument, _ in _WEIGHT_ARGUMENTS}
    for key in ("kernel_initializer", "bias_initializer"):
        arguments[key] = copied(arguments[key])
    sublayer = EinsumDense(
        equation,
        output_shape=output_shape,
        bias_axes=bias_axes,
        dtype=layer.dtype_policy,
        name=name,
        **arguments,
    )
    return tracking.track(layer, sublayer)


def weights_config(layer, prefix="") -> dict:
    """The serialized weight arguments (attributes ``{prefix}kernel_initializer`` ...) and
    activity regularizer of ``layer``, in Keras's config order."""
    config = {}
    for name, module in _WEIGHT_ARGUMENTS:
        if name == "kernel_constraint":
            config["activity_regularizer"] = regularizers.serialize(layer.activity_regularizer)
        config[name] = module.serialize(getattr(layer, prefix + name))
    return config
