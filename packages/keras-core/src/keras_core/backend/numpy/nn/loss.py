"""Losses and CTC decoding on NumPy arrays; the CTC beam search here serves every backend."""

import numpy as np

from keras_core.backend.ctc_decoding import beam_search_decode, log_softmax
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.numpy.core import convert_to_tensor, to_numpy_dtype
from keras_core.backend.settings import floatx


def _float_dtype(*arrays):
    dtype = result_type(*(a.dtype for a in arrays))
    if dtype not in ("bfloat16", "float16", "float32", "float64"):
        dtype = floatx()
    return to_numpy_dtype(dtype)


def binary_crossentropy(target, output, from_logits=False, epsilon=1e-7):
    target, output = convert_to_tensor(target), convert_to_tensor(output)
    dtype = _float_dtype(target, output)
    target, output = target.astype(dtype), output.astype(dtype)
    if from_logits:
        # max(x, 0) - x * z + log(1 + exp(-|x|)) is the stable form of the sigmoid loss.
        return np.maximum(output, 0) - output * target + np.log1p(np.exp(-np.abs(output)))
    output = np.clip(output, epsilon, 1 - epsilon)
    return -(target * np.log(output) + (1 - target) * np.log(1 - output))


def categorical_crossentropy(target, output, from_logits=False, axis=-1, epsilon=1e-7):
    target, output = convert_to_tensor(target), convert_to_tensor(output)
    dtype = _float_dtype(target, output)
    target, output = target.astype(dtype), output.astype(dtype)
    if from_logits:
        log_probabilities = log_softmax(output, axis)
    else:
        output = output / np.sum(output, axis=axis, keepdims=True)
        log_probabilities = np.log(np.clip(output, epsilon, 1 - epsilon))
    return -np.sum(target * log_probabilities, axis=axis)


def sparse_categorical_crossentropy(target, output, from_logits=False, axis=-1, epsilon=1e-7):
    target, output = convert_to_tensor(target), convert_to_tensor(output)
    if target.ndim == output.ndim and target.shape[-1] == 1:
        target = np.squeeze(target, -1)
    axis = axis % output.ndim
    classes = np.arange(output.shape[axis]).reshape((-1,) + (1,) * (output.ndim - axis - 1))
    one_hot = (np.expand_dims(target.astype(np.int64), axis) == classes).astype(output.dtype)
    return categorical_crossentropy(one_hot, output, from_logits, axis, epsilon)


def psnr(x1, x2, max_val):
    x1, x2 = convert_to_tensor(x1), convert_to_tensor(x2)
    dtype = _float_dtype(x1, x2)
    error = np.mean(np.square(x1.astype(dtype) - x2.astype(dtype)))
    return (20 * np.log10(dtype.type(max_val)) - 10 * np.log10(error)).astype(dtype)


def _sequence_ctc_loss(log_probabilities, labels, blank):
    """Negative log-likelihood of ``labels`` under ``(time, classes)`` log-probabilities."""
    extended = np.full(2 * len(labels) + 1, blank)
    extended[1::2] = labels
    # A label may be skipped over the blank before it unless it repeats the previous label.
    skippable = np.zeros(len(extended), bool)
    skippable[2:] = (extended[2:] != blank) & (extended[2:] != extended[:-2])
    alpha = np.full(len(extended), -np.inf)
    alpha[:2] = log_probabilities[0, extended[:2]]
    for frame in log_probabilities[1:]:
        stay = alpha
        advance = np.concatenate([[-np.inf], alpha[:-1]])
        skip = np.where(skippable, np.concatenate([[-np.inf, -np.inf], alpha[:-2]]), -np.inf)
        alpha = np.logaddexp(np.logaddexp(stay, advance), skip) + frame[extended]
    return -np.logaddexp(alpha[-1], alpha[-2] if len(alpha) > 1 else -np.inf)


def ctc_loss(target, output, target_length, output_length, mask_index=0):
    target, output = convert_to_tensor(target), convert_to_tensor(output)
    dtype = result_type(standardize_dtype(_float_dtype(output)), "float32")
    log_probabilities = log_softmax(output.astype(np.float64))
    losses = [
        _sequence_ctc_loss(log_probabilities[b, :time], target[b, :length], mask_index)
        for b, (time, length) in enumerate(
            zip(np.asarray(output_length), np.asarray(target_length), strict=True)
        )
    ]
    return np.asarray(losses, dtype=to_numpy_dtype(dtype))


def _greedy_decode(inputs, sequence_lengths, merge_repeated, mask_index):
    labels = np.argmax(inputs, axis=-1)
    valid = np.arange(inputs.shape[1]) < np.asarray(sequence_lengths)[:, None]
    keep = valid & (labels != mask_index)
    if merge_repeated:
        previous = np.concatenate([np.full_like(labels[:, :1], -1), labels[:, :-1]], axis=1)
        keep &= labels != previous
    # A stable sort moves the kept labels to the front, in order.
    order = np.argsort(~keep, axis=1, kind="stable")
    decoded = np.take_along_axis(labels, order, axis=1)
    decoded[np.arange(labels.shape[1]) >= keep.sum(axis=1, keepdims=True)] = -1
    scores = -np.sum(np.max(inputs, axis=-1) * valid, axis=1, keepdims=True)
    return decoded[None].astype(np.int32), scores


def ctc_decode(
    inputs,
    sequence_lengths,
    strategy="greedy",
    beam_width=100,
    top_paths=1,
    merge_repeated=True,
    mask_index=0,
):
    inputs = convert_to_tensor(inputs)
    dtype = to_numpy_dtype(result_type(standardize_dtype(_float_dtype(inputs)), "float32"))
    if strategy == "greedy":
        decoded, scores = _greedy_decode(inputs, sequence_lengths, merge_repeated, mask_index)
    elif strategy == "beam_search":
        decoded, scores = beam_search_decode(
            inputs, sequence_lengths, beam_width, top_paths, merge_repeated, mask_index
        )
    else:
        raise ValueError(f"ctc_decode: unknown strategy {strategy!r}")
    return decoded, scores.astype(dtype)
