"""Cases for cross-entropies, PSNR and CTC."""

import numpy as np

from keras_core.testing.case import Arr, OpCase

_EPSILON = 1e-7
_PROBABILITIES = Arr((3, 4), low=0.05, high=0.95)
_LABELS = Arr((3, 4), low=0.0, high=1.0)
_LOGITS = Arr((3, 4), low=-4, high=4)


def _float(*arrays):
    dtype = np.result_type(*arrays)
    return dtype if np.issubdtype(dtype, np.floating) else np.dtype("float32")


def _binary_crossentropy(target, output, from_logits=False):
    dtype = _float(target, output)
    target, output = target.astype(np.float64), output.astype(np.float64)
    if from_logits:
        output = 1 / (1 + np.exp(-output))
    # Clipped in the result dtype, where 1 - epsilon rounds, as the op does.
    output = np.clip(output.astype(dtype), _EPSILON, 1 - _EPSILON).astype(np.float64)
    return (-(target * np.log(output) + (1 - target) * np.log(1 - output))).astype(dtype)


def _categorical_crossentropy(target, output, from_logits=False, axis=-1):
    dtype = _float(target, output)
    target, output = target.astype(np.float64), output.astype(np.float64)
    if from_logits:
        output = np.exp(output - output.max(axis=axis, keepdims=True))
    output = np.clip(output / output.sum(axis=axis, keepdims=True), _EPSILON, 1 - _EPSILON)
    return (-np.sum(target * np.log(output), axis=axis)).astype(dtype)


def _sparse_categorical_crossentropy(target, output, from_logits=False, axis=-1):
    if target.ndim == output.ndim:
        target = target[..., 0]
    one_hot = np.moveaxis(np.eye(output.shape[axis])[target], -1, axis)
    return _categorical_crossentropy(one_hot, output, from_logits, axis).astype(_float(output))


def _psnr(x1, x2, max_val):
    error = np.mean((x1.astype(np.float64) - x2.astype(np.float64)) ** 2)
    return np.asarray(20 * np.log10(max_val) - 10 * np.log10(error), dtype=_float(x1, x2))


def _ctc_loss(target, output, target_length, output_length, mask_index=0):
    """Sums the probability of every alignment by brute force (tiny sizes only)."""
    probabilities = np.exp(output - output.max(-1, keepdims=True))
    probabilities /= probabilities.sum(-1, keepdims=True)
    losses = []
    for b in range(len(target)):
        time, labels = output_length[b], tuple(target[b, : target_length[b]])
        total = 0.0
        for path in np.ndindex(*(output.shape[-1],) * time):
            collapsed = [c for i, c in enumerate(path) if i == 0 or c != path[i - 1]]
            if tuple(c for c in collapsed if c != mask_index) == labels:
                total += np.prod(probabilities[b, np.arange(time), list(path)])
        losses.append(-np.log(total))
    return np.asarray(losses, np.float32)


def _greedy(inputs, sequence_lengths, merge_repeated=True, mask_index=0):
    batch, time = inputs.shape[:2]
    decoded = np.full((1, batch, time), -1, np.int32)
    scores = np.zeros((batch, 1), np.float32)
    for b in range(batch):
        best = inputs[b, : sequence_lengths[b]].argmax(-1)
        labels = [
            c
            for i, c in enumerate(best)
            if c != mask_index and not (merge_repeated and i > 0 and c == best[i - 1])
        ]
        decoded[0, b, : len(labels)] = labels
        scores[b, 0] = -inputs[b, : sequence_lengths[b]].max(-1).sum()
    return decoded, scores


def _beam_search(inputs, sequence_lengths, strategy, beam_width, top_paths):
    """Exact decoding by enumerating paths: a beam wide enough to keep every prefix."""
    log_probabilities = inputs - inputs.max(-1, keepdims=True)
    log_probabilities -= np.log(np.exp(log_probabilities).sum(-1, keepdims=True))
    batch, time = inputs.shape[:2]
    decoded = np.full((top_paths, batch, time), -1, np.int32)
    scores = np.zeros((batch, top_paths), np.float32)
    for b in range(batch):
        length = sequence_lengths[b]
        totals = {}
        for path in np.ndindex(*(inputs.shape[-1],) * length):
            collapsed = [c for i, c in enumerate(path) if i == 0 or c != path[i - 1]]
            labels = tuple(c for c in collapsed if c != 0)
            score = np.exp(log_probabilities[b, np.arange(length), list(path)].sum())
            totals[labels] = totals.get(labels, 0.0) + score
        ranked = sorted(totals.items(), key=lambda item: -item[1])[:top_paths]
        for path, (labels, total) in enumerate(ranked):
            decoded[path, b, : len(labels)] = labels
            scores[b, path] = np.log(total)
    return decoded, scores


_CTC_TARGET = Arr((2, 2), "int32", values=[[1, 2], [2, 2]])
_CTC_OUTPUT = Arr((2, 5, 3), low=-2, high=2)
_CTC_LENGTHS = (Arr((2,), "int32", values=[2, 2]), Arr((2,), "int32", values=[4, 5]))

CASES = [
    OpCase("binary_crossentropy", (_LABELS, _PROBABILITIES), reference=_binary_crossentropy),
    OpCase(
        "binary_crossentropy",
        (_LABELS, _LOGITS),
        {"from_logits": True},
        reference=_binary_crossentropy,
        name="logits",
    ),
    OpCase(
        "binary_crossentropy",
        (Arr((2, 3), "int32", 0, 2), Arr((2, 3), "float16", 0.05, 0.95)),
        reference=_binary_crossentropy,
        name="int-float16",
    ),
    OpCase(
        "binary_crossentropy",
        (Arr((2,), values=[1.0, 0.0]), Arr((2,), values=[0.0, 1.0])),
        reference=_binary_crossentropy,
        name="clipped",
        rtol=1e-4,
    ),
    OpCase(
        "categorical_crossentropy", (_LABELS, _PROBABILITIES), reference=_categorical_crossentropy
    ),
    OpCase(
        "categorical_crossentropy",
        (_LABELS, _LOGITS),
        {"from_logits": True},
        reference=_categorical_crossentropy,
        name="logits",
    ),
    OpCase(
        "categorical_crossentropy",
        (Arr((2, 3, 4), low=0, high=1), Arr((2, 3, 4), low=0.1, high=1)),
        {"axis": 1},
        reference=_categorical_crossentropy,
        name="axis1",
    ),
    OpCase(
        "sparse_categorical_crossentropy",
        (Arr((3,), "int32", 0, 4), _PROBABILITIES),
        reference=_sparse_categorical_crossentropy,
    ),
    OpCase(
        "sparse_categorical_crossentropy",
        (Arr((3, 1), "int64", 0, 4), _LOGITS),
        {"from_logits": True},
        reference=_sparse_categorical_crossentropy,
        name="logits-trailing-1",
    ),
    OpCase(
        "sparse_categorical_crossentropy",
        (Arr((2, 4), "int32", 0, 3), Arr((2, 3, 4), low=0.1, high=1)),
        {"axis": 1},
        reference=_sparse_categorical_crossentropy,
        name="axis1",
    ),
    OpCase("psnr", (Arr((4, 5), low=0, high=1), Arr((4, 5), low=0, high=1), 1.0), reference=_psnr),
    OpCase(
        "psnr",
        (Arr((3, 3), "int32", 0, 255), Arr((3, 3), "int32", 0, 255), 255),
        reference=_psnr,
        name="int",
    ),
    OpCase(
        "ctc_loss",
        (_CTC_TARGET, _CTC_OUTPUT, *_CTC_LENGTHS),
        reference=_ctc_loss,
        rtol=1e-4,
    ),
    OpCase(
        "ctc_loss",
        (_CTC_TARGET, _CTC_OUTPUT, *_CTC_LENGTHS),
        {"mask_index": 0},
        reference=_ctc_loss,
        name="blank-0",
        rtol=1e-4,
    ),
    OpCase(
        "ctc_loss",
        (Arr((2, 2), "int32", values=[[0, 1], [1, 1]]), _CTC_OUTPUT, *_CTC_LENGTHS),
        {"mask_index": 2},
        reference=_ctc_loss,
        name="blank-2",
        rtol=1e-4,
    ),
    OpCase(
        "ctc_decode",
        (Arr((3, 6, 4), low=-3, high=3), Arr((3,), "int32", values=[6, 4, 0])),
        reference=_greedy,
    ),
    OpCase(
        "ctc_decode",
        (Arr((2, 6, 4), low=-3, high=3), Arr((2,), "int32", values=[6, 5])),
        {"merge_repeated": False, "mask_index": 3},
        reference=_greedy,
        name="no-merge-blank-3",
    ),
    OpCase(
        "ctc_decode",
        (Arr((2, 4, 3), low=-2, high=2), Arr((2,), "int32", values=[4, 3])),
        {"strategy": "beam_search", "beam_width": 50, "top_paths": 2},
        reference=_beam_search,
        name="beam",
        rtol=1e-4,
    ),
]
