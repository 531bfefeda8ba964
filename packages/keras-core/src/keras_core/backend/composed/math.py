"""``math``: special functions, FFTs, segment reductions, top-k and signal framing.

``fft2``/``ifft2`` are two passes of ``fft`` (with conjugation for the inverse),
``logdet`` is ``slogdet``'s log-magnitude, and ``rearrange`` is a reshape, transpose,
reshape planned from the pattern by :func:`_rearrange_plan`.
"""

import math
import re

from keras_core.backend.dispatch import table

REQUIRED = (
    "cdist",
    "erf",
    "erfc",
    "erfinv",
    "extract_sequences",
    "fft",
    "in_top_k",
    "irfft",
    "istft",
    "logsumexp",
    "rfft",
    "rsqrt",
    "segment_max",
    "segment_min",
    "segment_prod",
    "segment_sum",
    "stft",
    "top_k",
    "view_as_complex",
    "view_as_real",
)

_core = table("core")
_binary = table("numpy.binary")
_manipulation = table("numpy.manipulation")
_products = table("numpy.products")
_math = table("math")

_TOKENS = re.compile(r"\.\.\.|[()]|[A-Za-z_][A-Za-z0-9_]*|\d+|\S")


def _swap_last_two(x):
    rank = len(_core.shape(x))
    return _manipulation.transpose(x, (*range(rank - 2), rank - 1, rank - 2))


def fft2(x):
    real, imag = _math.fft(x)
    real, imag = _math.fft((_swap_last_two(real), _swap_last_two(imag)))
    return _swap_last_two(real), _swap_last_two(imag)


def ifft2(x):
    # ifft2(z) = conj(fft2(conj(z))) / (rows * cols)
    real, imag = x
    real, imag = fft2((real, _binary.multiply(imag, -1)))
    size = float(math.prod(_core.shape(real)[-2:]))
    return _binary.divide(real, size), _binary.divide(_binary.multiply(imag, -1), size)


def logdet(x):
    return _products.slogdet(x)[1]


def rearrange(tensor, pattern, **axes_lengths):
    # While tracing, unknown sizes come back as tensors: plan with None for them.
    shape = tuple(d if isinstance(d, int) else None for d in _core.shape(tensor))
    elementary, permutation, output = _rearrange_plan("rearrange", shape, pattern, axes_lengths)
    x = _manipulation.reshape(tensor, _reshape_target(elementary))
    x = _manipulation.transpose(x, permutation)
    return _manipulation.reshape(x, _reshape_target(output))


def _reshape_target(shape):
    """``shape`` for reshape: one unknown size becomes -1."""
    if shape.count(None) > 1:
        raise ValueError(
            f"rearrange: cannot reshape to {shape}, which has more than one unknown size."
        )
    return tuple(-1 if d is None else d for d in shape)


def _parse_side(op, side, pattern):
    """Items of one side of an einops pattern: names, ``"..."``, ``"1"`` and groups."""
    items, group = [], None
    for token in _TOKENS.findall(side):
        if token == "(":
            if group is not None:
                raise ValueError(f"ops.{op}: nested parentheses in pattern {pattern!r}.")
            group = []
        elif token == ")":
            if group is None:
                raise ValueError(f"ops.{op}: unbalanced ')' in pattern {pattern!r}.")
            items.append(tuple(group))
            group = None
        elif token == "..." or token == "1" or token.isidentifier():
            (items if group is None else group).append(token)
        else:
            raise ValueError(f"ops.{op}: unexpected {token!r} in pattern {pattern!r}.")
    if group is not None:
        raise ValueError(f"ops.{op}: unbalanced '(' in pattern {pattern!r}.")
    return items


def _names(items):
    found = []
    for item in items:
        for name in item if isinstance(item, tuple) else (item,):
            if name != "1":
                found.append(name)
    return found


def _group_sizes(op, group, size, lengths, pattern):
    """Sizes of the names in ``group``, an axis of ``size``; one may be inferred."""
    names = [n for n in group if n != "1"]
    unknown = [n for n in names if n not in lengths]
    if len(unknown) > 1:
        raise ValueError(
            f"ops.{op}: cannot infer the sizes of {unknown} in pattern {pattern!r}; pass them "
            f"as keyword arguments."
        )
    known = math.prod(lengths[n] for n in names if n in lengths)
    sizes = {n: lengths[n] for n in names if n in lengths}
    if unknown:
        if size is not None and (known == 0 or size % known):
            raise ValueError(
                f"ops.{op}: an axis of size {size} cannot be split into {group} with "
                f"{sizes} in pattern {pattern!r}."
            )
        sizes[unknown[0]] = None if size is None else size // known
    elif size is not None and known != size:
        raise ValueError(
            f"ops.{op}: an axis of size {size} does not match {group} = {known} in pattern "
            f"{pattern!r}."
        )
    return sizes


def _rearrange_plan(op, shape, pattern, axes_lengths):
    """``(elementary_shape, permutation, output_shape)`` of ``rearrange`` on ``shape``.

    Sizes may be ``None`` (unknown); the shapes then hold ``None`` where they depend on it.
    """
    if not isinstance(pattern, str) or pattern.count("->") != 1:
        raise ValueError(
            f"ops.{op}: pattern must be a string 'inputs -> outputs', got {pattern!r}."
        )
    left, right = (_parse_side(op, side, pattern) for side in pattern.split("->"))
    left_names, right_names = _names(left), _names(right)
    for side_names in (left_names, right_names):
        if len(set(side_names)) != len(side_names):
            raise ValueError(f"ops.{op}: pattern {pattern!r} repeats an axis name on one side.")
    if set(left_names) != set(right_names):
        raise ValueError(
            f"ops.{op}: pattern {pattern!r} must name the same axes on both sides, left has "
            f"{sorted(set(left_names))} and right {sorted(set(right_names))}."
        )
    if ("..." in left) != ("..." in right):
        raise ValueError(f"ops.{op}: pattern {pattern!r} has '...' on one side only.")
    ellipsis_rank = len(shape) - (len(left) - 1)
    if ("..." in left and ellipsis_rank < 0) or ("..." not in left and len(left) != len(shape)):
        raise ValueError(
            f"ops.{op}: the left side of {pattern!r} has {len(left)} axes, the tensor has shape "
            f"{tuple(shape)}."
        )
    sizes, elementary, position = {}, [], 0
    for item in left:
        if item == "...":
            for i in range(ellipsis_rank):
                sizes[f"...{i}"] = shape[position + i]
                elementary.append(f"...{i}")
            position += ellipsis_rank
            continue
        group = item if isinstance(item, tuple) else (item,)
        sizes.update(_group_sizes(op, group, shape[position], axes_lengths, pattern))
        elementary.extend(n for n in group if n != "1")
        position += 1
    order, output = [], []
    for item in right:
        if item == "...":
            names = [f"...{i}" for i in range(ellipsis_rank)]
            order.extend(names)
            output.extend(sizes[n] for n in names)
            continue
        group = [n for n in (item if isinstance(item, tuple) else (item,)) if n != "1"]
        order.extend(group)
        group_sizes = [sizes[n] for n in group]
        output.append(None if None in group_sizes else math.prod(group_sizes))
    permutation = tuple(elementary.index(n) for n in order)
    return tuple(sizes[n] for n in elementary), permutation, tuple(output)
