"""Losses and CTC decoding on torch.Tensor."""

import torch
from torch.nn import functional

from keras_backend_torch.core import DEFAULT_DEVICE, convert_to_tensor, to_torch_dtype
from keras_core.backend.ctc_decoding import beam_search_decode
from keras_core.backend.dtypes import result_type
from keras_core.backend.settings import floatx

_FLOATS = ("bfloat16", "float16", "float32", "float64")


def _as_floats(*tensors):
    tensors = [convert_to_tensor(t) for t in tensors]
    dtype = result_type(*(t.dtype for t in tensors))
    dtype = to_torch_dtype(dtype if dtype in _FLOATS else floatx())
    return [t.to(dtype) for t in tensors]


def _ctc_dtype(x):
    return to_torch_dtype(result_type(_as_floats(x)[0].dtype, "float32"))


def binary_crossentropy(target, output, from_logits=False, epsilon=1e-7):
    target, output = _as_floats(target, output)
    if from_logits:
        return functional.binary_cross_entropy_with_logits(output, target, reduction="none")
    output = torch.clamp(output, epsilon, 1 - epsilon)
    return -(target * torch.log(output) + (1 - target) * torch.log1p(-output))


def categorical_crossentropy(target, output, from_logits=False, axis=-1, epsilon=1e-7):
    target, output = _as_floats(target, output)
    if from_logits:
        log_probabilities = torch.log_softmax(output, dim=axis)
    else:
        output = output / torch.sum(output, dim=axis, keepdim=True)
        log_probabilities = torch.log(torch.clamp(output, epsilon, 1 - epsilon))
    return -torch.sum(target * log_probabilities, dim=axis)


def sparse_categorical_crossentropy(target, output, from_logits=False, axis=-1, epsilon=1e-7):
    target, output = convert_to_tensor(target), convert_to_tensor(output)
    if target.ndim == output.ndim and target.shape[-1] == 1:
        target = torch.squeeze(target, -1)
    classes = output.shape[axis]
    one_hot = functional.one_hot(target.long().clamp(0, classes - 1), classes)
    # functional.one_hot rejects out-of-range labels; they match no class instead.
    in_range = ((target >= 0) & (target < classes)).unsqueeze(-1)
    one_hot = torch.movedim((one_hot * in_range).to(output.dtype), -1, axis)
    return categorical_crossentropy(one_hot, output, from_logits, axis, epsilon)


def psnr(x1, x2, max_val):
    x1, x2 = _as_floats(x1, x2)
    error = torch.mean(torch.square(x1 - x2))
    peak = torch.tensor(max_val, dtype=x1.dtype, device=x1.device)
    return 20 * torch.log10(peak) - 10 * torch.log10(error)


def ctc_loss(target, output, target_length, output_length, mask_index=0):
    target = convert_to_tensor(target).long()
    output = convert_to_tensor(output)
    dtype = _ctc_dtype(output)
    log_probabilities = torch.log_softmax(output.to(dtype), dim=-1).transpose(0, 1)
    return functional.ctc_loss(
        log_probabilities,
        target,
        convert_to_tensor(output_length).long(),
        convert_to_tensor(target_length).long(),
        blank=mask_index,
        reduction="none",
    )


def _greedy_decode(inputs, sequence_lengths, merge_repeated, mask_index):
    scores, labels = torch.max(inputs, dim=-1)
    labels = labels.to(torch.int32)
    time = inputs.shape[1]
    positions = torch.arange(time, device=inputs.device)
    valid = positions < sequence_lengths[:, None]
    keep = valid & (labels != mask_index)
    if merge_repeated:
        previous = functional.pad(labels[:, :-1], (1, 0), value=-1)
        keep = keep & (labels != previous)
    # A stable sort moves the kept labels to the front, in order.
    order = torch.sort((~keep).to(torch.int8), dim=1, stable=True).indices
    decoded = torch.gather(labels, 1, order)
    decoded = torch.where(positions < keep.sum(dim=1, keepdim=True), decoded, -1)
    return decoded[None], -torch.sum(scores * valid, dim=1, keepdim=True)


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
    inputs = inputs.to(_ctc_dtype(inputs))
    sequence_lengths = convert_to_tensor(sequence_lengths).long()
    if strategy == "greedy":
        return _greedy_decode(inputs, sequence_lengths, merge_repeated, mask_index)
    if strategy != "beam_search":
        raise ValueError(f"ctc_decode: unknown strategy {strategy!r}")
    decoded, scores = beam_search_decode(
        inputs.detach().cpu().numpy(),
        sequence_lengths.cpu().numpy(),
        beam_width,
        top_paths,
        merge_repeated,
        mask_index,
    )
    return (
        torch.as_tensor(decoded, device=DEFAULT_DEVICE),
        torch.as_tensor(scores, dtype=inputs.dtype, device=DEFAULT_DEVICE),
    )
