"""``numpy.indexing``: indexing, gathering and selecting by condition."""

import itertools
import re

from keras_core.backend.dispatch import table

REQUIRED = (
    "get_item",
    "take",
    "take_along_axis",
    "where",
    "nonzero",
    "isin",
    "diagonal",
    "unravel_index",
)

_core = table("core")
_indexing = table("numpy.indexing")
_manipulation = table("numpy.manipulation")


def select(condlist, choicelist, default=0):
    result = _indexing.where(condlist[-1], choicelist[-1], default)
    for condition, choice in zip(reversed(condlist[:-1]), reversed(choicelist[:-1]), strict=True):
        result = _indexing.where(condition, choice, result)
    return result


def _core_ranks(signature):
    """How many trailing (core) axes each input has, from a ``numpy.vectorize`` signature."""
    inputs = signature.replace(" ", "").split("->")[0]
    return [len([d for d in group.split(",") if d]) for group in re.findall(r"\((.*?)\)", inputs)]


def vectorize(pyfunc, *, excluded=None, signature=None):
    excluded = set(excluded or ())
    input_ranks = None if signature is None else _core_ranks(signature)

    def vectorized(*args, **kwargs):
        mapped = [i for i in range(len(args)) if i not in excluded]
        tensors = {i: _core.convert_to_tensor(args[i]) for i in mapped}
        ranks = dict(zip(mapped, input_ranks or [0] * len(mapped), strict=True))
        leading = {i: len(_core.shape(t)) - ranks[i] for i, t in tensors.items()}
        batch = _broadcast_batch([tuple(_core.shape(t))[: leading[i]] for i, t in tensors.items()])
        tensors = {
            i: _manipulation.broadcast_to(t, batch + tuple(_core.shape(t))[leading[i] :])
            for i, t in tensors.items()
        }
        results = []
        for position in itertools.product(*(range(n) for n in batch)):
            call_args = [
                _indexing.get_item(tensors[i], position) if i in tensors else a
                for i, a in enumerate(args)
            ]
            results.append(_core.convert_to_tensor(pyfunc(*call_args, **kwargs)))
        stacked = _manipulation.stack(results, axis=0)
        return _manipulation.reshape(stacked, batch + tuple(_core.shape(stacked))[1:])

    return vectorized


def _broadcast_batch(shapes):
    rank = max((len(s) for s in shapes), default=0)
    padded = [(1,) * (rank - len(s)) + s for s in shapes]
    return tuple(max(sizes) for sizes in zip(*padded, strict=True))
