"""Constructor arguments shared by the attention layers: checks, and initializer copies."""


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
