"""CTC beam search on NumPy arrays; backends run it on the host (it has no kernels)."""

import numpy as np


def log_softmax(x, axis=-1):
    shifted = x - np.max(x, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def _extend(beams, prefix, blank_score, label_score):
    old_blank, old_label = beams.get(prefix, (-np.inf, -np.inf))
    beams[prefix] = (np.logaddexp(old_blank, blank_score), np.logaddexp(old_label, label_score))


def _beam_search_sequence(log_probabilities, beam_width, merge_repeated, blank):
    """Prefix beam search over ``(time, classes)`` log-probabilities.

    Returns:
        ``{prefix: (log p ending in blank, log p ending in its last label)}`` after the
        last frame, pruned to ``beam_width`` prefixes.
    """
    beams = {(): (0.0, -np.inf)}
    for frame in log_probabilities:
        extended = {}
        for prefix, (blank_score, label_score) in beams.items():
            total = np.logaddexp(blank_score, label_score)
            _extend(extended, prefix, total + frame[blank], -np.inf)
            for label, score in enumerate(frame):
                if label == blank:
                    continue
                if merge_repeated and prefix and prefix[-1] == label:
                    _extend(extended, prefix, -np.inf, label_score + score)
                    _extend(extended, (*prefix, label), -np.inf, blank_score + score)
                else:
                    _extend(extended, (*prefix, label), -np.inf, total + score)
        ranked = sorted(extended.items(), key=lambda item: -np.logaddexp(*item[1]))
        beams = dict(ranked[:beam_width])
    return beams


def beam_search_decode(inputs, sequence_lengths, beam_width, top_paths, merge_repeated, blank):
    """CTC prefix beam search of a batch: ``(decoded, log_probabilities)`` as ``ctc_decode``."""
    inputs = np.asarray(inputs)
    log_probabilities = log_softmax(inputs.astype(np.float64))
    batch, time = inputs.shape[:2]
    decoded = np.full((top_paths, batch, time), -1, np.int32)
    scores = np.full((batch, top_paths), -np.inf)
    for b, length in enumerate(np.asarray(sequence_lengths)):
        beams = _beam_search_sequence(
            log_probabilities[b, :length], beam_width, merge_repeated, blank
        )
        ranked = sorted(beams.items(), key=lambda item: -np.logaddexp(*item[1]))
        for path, (prefix, (blank_score, label_score)) in enumerate(ranked[:top_paths]):
            decoded[path, b, : len(prefix)] = prefix
            scores[b, path] = np.logaddexp(blank_score, label_score)
    return decoded, scores
