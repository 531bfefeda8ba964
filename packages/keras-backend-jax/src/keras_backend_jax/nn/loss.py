"""Losses and CTC decoding on jax.Array."""

import jax
import jax.numpy as jnp
import numpy as np

from keras_backend_jax.core import convert_to_tensor
from keras_core.backend.ctc_decoding import beam_search_decode
from keras_core.backend.dtypes import result_type
from keras_core.backend.settings import floatx

_FLOATS = ("bfloat16", "float16", "float32", "float64")


def _as_floats(*tensors):
    tensors = [convert_to_tensor(t) for t in tensors]
    dtype = result_type(*(t.dtype for t in tensors))
    dtype = dtype if dtype in _FLOATS else floatx()
    return [t.astype(dtype) for t in tensors]


def _ctc_dtype(x):
    return result_type(_as_floats(x)[0].dtype, "float32")


def binary_crossentropy(target, output, from_logits=False, epsilon=1e-7):
    target, output = _as_floats(target, output)
    if from_logits:
        return jax.nn.softplus(output) - output * target
    output = jnp.clip(output, epsilon, 1 - epsilon)
    return -(target * jnp.log(output) + (1 - target) * jnp.log1p(-output))


def categorical_crossentropy(target, output, from_logits=False, axis=-1, epsilon=1e-7):
    target, output = _as_floats(target, output)
    if from_logits:
        log_probabilities = jax.nn.log_softmax(output, axis=axis)
    else:
        output = output / jnp.sum(output, axis=axis, keepdims=True)
        log_probabilities = jnp.log(jnp.clip(output, epsilon, 1 - epsilon))
    return -jnp.sum(target * log_probabilities, axis=axis)


def sparse_categorical_crossentropy(target, output, from_logits=False, axis=-1, epsilon=1e-7):
    target, output = convert_to_tensor(target), convert_to_tensor(output)
    if target.ndim == output.ndim and target.shape[-1] == 1:
        target = jnp.squeeze(target, -1)
    classes = output.shape[axis]
    one_hot = jax.nn.one_hot(target.astype("int32"), classes, axis=axis, dtype=output.dtype)
    return categorical_crossentropy(one_hot, output, from_logits, axis, epsilon)


def psnr(x1, x2, max_val):
    x1, x2 = _as_floats(x1, x2)
    error = jnp.mean(jnp.square(x1 - x2))
    return (20 * jnp.log10(jnp.asarray(max_val, x1.dtype)) - 10 * jnp.log10(error)).astype(x1.dtype)


def _shift(alpha, steps):
    return jnp.pad(alpha[:, :-steps], ((0, 0), (steps, 0)), constant_values=-jnp.inf)


def ctc_loss(target, output, target_length, output_length, mask_index=0):
    target = convert_to_tensor(target).astype("int32")
    output = convert_to_tensor(output)
    dtype = _ctc_dtype(output)
    log_probabilities = jax.nn.log_softmax(output.astype(dtype), axis=-1)
    batch, time = output.shape[:2]
    target_length = convert_to_tensor(target_length).astype("int32")
    output_length = convert_to_tensor(output_length).astype("int32")
    # The label sequence with a blank before, between and after its labels.
    extended = jnp.full((batch, 2 * target.shape[1] + 1), mask_index, "int32")
    extended = extended.at[:, 1::2].set(target)
    emissions = jnp.take_along_axis(log_probabilities, extended[:, None, :], axis=2)
    previous = jnp.pad(extended[:, :-2], ((0, 0), (2, 0)), constant_values=mask_index)
    skippable = (extended != mask_index) & (extended != previous)
    alpha = jnp.full(extended.shape, -jnp.inf, dtype).at[:, :2].set(emissions[:, 0, :2])

    def step(alpha, frame):
        emission, t = frame
        skip = jnp.where(skippable, _shift(alpha, 2), -jnp.inf)
        advanced = jnp.logaddexp(jnp.logaddexp(alpha, _shift(alpha, 1)), skip) + emission
        return jnp.where((t < output_length)[:, None], advanced, alpha), None

    frames = (jnp.moveaxis(emissions, 1, 0)[1:], jnp.arange(1, time))
    alpha, _ = jax.lax.scan(step, alpha, frames)
    last = 2 * target_length
    end_blank = jnp.take_along_axis(alpha, last[:, None], axis=1)[:, 0]
    end_label = jnp.take_along_axis(alpha, jnp.maximum(last - 1, 0)[:, None], axis=1)[:, 0]
    end_label = jnp.where(target_length > 0, end_label, -jnp.inf)
    return -jnp.logaddexp(end_blank, end_label)


def _greedy_decode(inputs, sequence_lengths, merge_repeated, mask_index):
    labels = jnp.argmax(inputs, axis=-1).astype("int32")
    time = inputs.shape[1]
    valid = jnp.arange(time) < sequence_lengths[:, None]
    keep = valid & (labels != mask_index)
    if merge_repeated:
        previous = jnp.pad(labels[:, :-1], ((0, 0), (1, 0)), constant_values=-1)
        keep = keep & (labels != previous)
    # A stable sort moves the kept labels to the front, in order.
    order = jnp.argsort(~keep, axis=1, stable=True)
    decoded = jnp.take_along_axis(labels, order, axis=1)
    decoded = jnp.where(jnp.arange(time) < keep.sum(axis=1, keepdims=True), decoded, -1)
    scores = -jnp.sum(jnp.max(inputs, axis=-1) * valid, axis=1, keepdims=True)
    return decoded[None], scores


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
    dtype = _ctc_dtype(inputs)
    inputs = inputs.astype(dtype)
    sequence_lengths = convert_to_tensor(sequence_lengths).astype("int32")
    if strategy == "greedy":
        return _greedy_decode(inputs, sequence_lengths, merge_repeated, mask_index)
    if strategy != "beam_search":
        raise ValueError(f"ctc_decode: unknown strategy {strategy!r}")
    batch, time = inputs.shape[:2]
    # The beam search is a data-dependent loop over prefixes; run it on the host.
    shapes = (
        jax.ShapeDtypeStruct((top_paths, batch, time), jnp.int32),
        jax.ShapeDtypeStruct((batch, top_paths), dtype),
    )

    def search(logits, lengths):
        decoded, scores = beam_search_decode(
            logits, lengths, beam_width, top_paths, merge_repeated, mask_index
        )
        return decoded, scores.astype(np.dtype(dtype))

    return jax.pure_callback(search, shapes, inputs, sequence_lengths)
