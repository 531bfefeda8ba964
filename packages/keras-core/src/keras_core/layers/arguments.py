"""Checks of the constructor arguments that layer families share, and of input ranks.

Each check returns the standardized value (ints as ``int``, sequences as tuples, strings
lower-cased: the form ``get_config`` reports, as Keras does) or raises an error that starts
with ``where``, the layer as its family names it in errors (``"Conv2D"``, or
``describe(layer)`` for ``"MaxPooling2D 'pool'"``), and names the argument, what it accepts
and the value received.
"""

import numbers

from keras_core.backend import image_data_format

DATA_FORMATS = ("channels_last", "channels_first")


def describe(layer) -> str:
    """How errors name a layer: its class and its name.

    Example:
        >>> describe(keras_core.layers.MaxPooling2D(name="pool"))
        "MaxPooling2D 'pool'"
    """
    return f"{type(layer).__name__} '{layer.name}'"


def is_int(value) -> bool:
    """Python and NumPy integers; ``bool`` is not a size.

    Example:
        >>> is_int(np.int64(3)), is_int(True)
        (True, False)
    """
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def integer(where: str, name: str, value) -> int:
    """``value`` as an ``int``, or a ``TypeError`` (as Keras raises) for any other type.

    Example:
        >>> integer("RepeatVector 'rv'", "n", np.int32(3))
        3
    """
    if not is_int(value):
        raise TypeError(
            f"{where}: {name} must be an int, received {value!r} of type {type(value).__name__}"
        )
    return int(value)


def positive_int(where: str, name: str, value) -> int:
    """``value`` as an ``int`` when it is an integer >= 1, else a ``ValueError``.

    Example:
        >>> positive_int("Conv2D", "filters", 8)
        8
    """
    if not is_int(value) or value < 1:
        raise ValueError(f"{where}: {name} must be a positive integer, received {value!r}.")
    return int(value)


def int_tuple(where: str, name: str, value, rank: int, minimum: int = 1) -> tuple:
    """``value`` (an int, or ``rank`` ints) as a tuple of ``rank`` ints >= ``minimum``.

    Example:
        >>> int_tuple("Conv2D", "strides", 2, 2)
        (2, 2)
    """
    values = (value,) * rank if is_int(value) else value
    try:
        values = tuple(values)
    except TypeError:
        values = None
    if values is None or len(values) != rank or not all(is_int(v) and v >= minimum for v in values):
        bound = "positive" if minimum == 1 else f">= {minimum}"
        raise ValueError(
            f"{where}: {name} must be an integer or a tuple of {rank} integers, all {bound}; "
            f"received {name}={value!r}."
        )
    return tuple(int(v) for v in values)


def int_pairs(where: str, name: str, value, rank: int) -> tuple:
    """``(before, after)`` amounts >= 0 for each of ``rank`` spatial axes, from an int (all
    sides), a tuple of ``rank`` ints (symmetric per axis) or a tuple of ``rank`` pairs.

    Example:
        >>> int_pairs("ZeroPadding2D 'pad'", "padding", (1, (2, 3)), 2)
        ((1, 1), (2, 3))
    """
    entries = (value,) * rank if is_int(value) else value
    if not isinstance(entries, (tuple, list)) or len(entries) != rank:
        raise ValueError(_pairs_message(where, name, value, rank))
    pairs = []
    for entry in entries:
        if is_int(entry):
            pairs.append((int(entry), int(entry)))
        elif (
            isinstance(entry, (tuple, list))
            and len(entry) == 2
            and all(is_int(item) for item in entry)
        ):
            pairs.append((int(entry[0]), int(entry[1])))
        else:
            raise ValueError(_pairs_message(where, name, value, rank))
    if min(min(pair) for pair in pairs) < 0:
        raise ValueError(f"{where}: {name} amounts must be >= 0, received {value!r}")
    return tuple(pairs)


def _pairs_message(where, name, value, rank) -> str:
    return (
        f"{where}: {name} must be an int, a tuple of {rank} ints (one symmetric amount per "
        f"spatial axis) or a tuple of {rank} (before, after) pairs, received {value!r}"
    )


def padding_mode(where: str, value, accepted: tuple) -> str:
    """``value`` lower-cased when it is one of ``accepted`` (``"valid"``, ``"same"``...).

    Example:
        >>> padding_mode("Conv1D", "SAME", ("valid", "same", "causal"))
        'same'
    """
    mode = value.lower() if isinstance(value, str) else value
    if mode not in accepted:
        raise ValueError(
            f"{where}: padding must be one of {', '.join(map(repr, accepted))}, "
            f"received padding={value!r}."
        )
    return mode


def data_format(where: str, value) -> str:
    """``value`` lower-cased, or ``keras_core.backend.image_data_format()`` when it is None.

    Example:
        >>> data_format("Conv2D", "Channels_First")
        'channels_first'
    """
    if value is None:
        return image_data_format()
    layout = value.lower() if isinstance(value, str) else value
    if layout not in DATA_FORMATS:
        raise ValueError(
            f"{where}: data_format must be 'channels_last' or 'channels_first', received "
            f"data_format={value!r}."
        )
    return layout


def no_strided_dilation(where: str, strides: tuple, dilation_rate: tuple) -> None:
    """Rejects ``strides > 1`` together with ``dilation_rate > 1``, as Keras does for
    convolutions and transposed convolutions.

    Example:
        >>> no_strided_dilation("Conv1D", (2,), (1,))   # passes; (2,), (2,) raises
    """
    if any(s > 1 for s in strides) and any(d > 1 for d in dilation_rate):
        raise ValueError(
            f"{where}: strides > 1 cannot be combined with dilation_rate > 1; received "
            f"strides={strides} and dilation_rate={dilation_rate}."
        )


def spatial_axes(layout: str, rank: int) -> tuple:
    """The axes of the ``rank`` spatial dimensions of a batched input in ``layout``
    (a standardized ``data_format``).

    Example:
        >>> spatial_axes("channels_first", 2)
        (2, 3)
    """
    first = 1 if layout == "channels_last" else 2
    return tuple(range(first, first + rank))


def check_rank(where: str, input_shape, rank: int) -> tuple:
    """``input_shape`` as a tuple, after checking that it has ``rank`` dimensions.

    Example:
        >>> check_rank("RepeatVector 'rv'", [None, 3], 2)
        (None, 3)
    """
    input_shape = tuple(input_shape)
    if len(input_shape) != rank:
        raise ValueError(
            f"{where} expects inputs of rank {rank}, received input shape {input_shape}"
        )
    return input_shape
