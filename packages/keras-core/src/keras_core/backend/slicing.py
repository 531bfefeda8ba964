"""Index arithmetic shared by backends that slice with Python integers."""


def slice_window(dims, start_indices, sizes) -> list:
    """Start offsets of a ``sizes`` window in a tensor of shape ``dims``, as ``lax.dynamic_slice``
    places it: negative starts count from the end, then starts are clamped so the window fits.

    Raises ValueError when ``sizes`` does not fit ``dims``.
    """
    if len(sizes) != len(dims) or len(start_indices) != len(dims):
        raise ValueError("slice: start_indices and shape must have one entry per dimension.")
    starts = []
    for dim, start, size in zip(dims, start_indices, sizes, strict=True):
        if not 0 <= size <= dim:
            raise ValueError("slice: the window does not fit the input.")
        start = int(start)
        if start < 0:
            start += dim
        starts.append(min(max(start, 0), dim - size))
    return starts
