"""Losses and CTC decoding on tf.Tensor."""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor
from keras_core.backend.ctc_decoding import beam_search_decode
from keras_core.backend.dtypes import result_type, standardize_dtype
from keras_core.backend.settings import floatx

_FLOATS = ("bfloat16", "float16", "float32", "float64")


def _as_floats(*tensors):
    tensors = [convert_to_tensor(t) for t in tensors]
    dtype = result_type(*(standardize_dtype(t.dtype) for t in tensors))
    dtype = dtype if dtype in _FLOATS else floatx()
    return [tf.cast(t, dtype) for t in tensors]


def _ctc_dtype(x):
    return result_type(standardize_dtype(_as_floats(x)[0].dtype), "float32")


def binary_crossentropy(target, output, from_logits=False, epsilon=1e-7):
    target, output = _as_floats(target, output)
    if from_logits:
        return tf.nn.sigmoid_cross_entropy_with_logits(labels=target, logits=output)
    output = tf.clip_by_value(output, epsilon, 1 - epsilon)
    return -(target * tf.math.log(output) + (1 - target) * tf.math.log1p(-output))


def categorical_crossentropy(target, output, from_logits=False, axis=-1, epsilon=1e-7):
    target, output = _as_floats(target, output)
    if from_logits:
        log_probabilities = tf.nn.log_softmax(output, axis=axis)
    else:
        output = output / tf.reduce_sum(output, axis=axis, keepdims=True)
        log_probabilities = tf.math.log(tf.clip_by_value(output, epsilon, 1 - epsilon))
    return -tf.reduce_sum(target * log_probabilities, axis=axis)


def sparse_categorical_crossentropy(target, output, from_logits=False, axis=-1, epsilon=1e-7):
    target, output = convert_to_tensor(target), convert_to_tensor(output)
    if len(target.shape) == len(output.shape) and target.shape[-1] == 1:
        target = tf.squeeze(target, -1)
    classes = output.shape[axis]
    one_hot = tf.one_hot(tf.cast(target, tf.int32), classes, axis=axis, dtype=output.dtype)
    return categorical_crossentropy(one_hot, output, from_logits, axis, epsilon)


def psnr(x1, x2, max_val):
    x1, x2 = _as_floats(x1, x2)
    error = tf.reduce_mean(tf.square(x1 - x2))
    peak = tf.constant(max_val, x1.dtype)
    ten = tf.constant(10, x1.dtype)
    return (20 * tf.math.log(peak) - 10 * tf.math.log(error)) / tf.math.log(ten)


def ctc_loss(target, output, target_length, output_length, mask_index=0):
    output = convert_to_tensor(output)
    logits = tf.cast(output, _ctc_dtype(output))
    return tf.nn.ctc_loss(
        labels=tf.cast(convert_to_tensor(target), tf.int32),
        logits=logits,
        label_length=tf.cast(convert_to_tensor(target_length), tf.int32),
        logit_length=tf.cast(convert_to_tensor(output_length), tf.int32),
        logits_time_major=False,
        blank_index=mask_index,
    )


def _greedy_decode(inputs, sequence_lengths, merge_repeated, mask_index):
    labels = tf.argmax(inputs, axis=-1, output_type=tf.int32)
    time = tf.shape(inputs)[1]
    positions = tf.range(time)
    valid = positions < sequence_lengths[:, None]
    keep = valid & (labels != mask_index)
    if merge_repeated:
        previous = tf.pad(labels[:, :-1], [[0, 0], [1, 0]], constant_values=-1)
        keep = keep & (labels != previous)
    # A stable sort moves the kept labels to the front, in order.
    order = tf.argsort(tf.cast(~keep, tf.int32), axis=1, stable=True)
    decoded = tf.gather(labels, order, batch_dims=1)
    kept = tf.reduce_sum(tf.cast(keep, tf.int32), axis=1, keepdims=True)
    decoded = tf.where(positions < kept, decoded, -1)
    best = tf.reduce_max(inputs, axis=-1) * tf.cast(valid, inputs.dtype)
    return decoded[None], -tf.reduce_sum(best, axis=1, keepdims=True)


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
    inputs = tf.cast(inputs, dtype)
    sequence_lengths = tf.cast(convert_to_tensor(sequence_lengths), tf.int32)
    if strategy == "greedy":
        return _greedy_decode(inputs, sequence_lengths, merge_repeated, mask_index)
    if strategy != "beam_search":
        raise ValueError(f"ctc_decode: unknown strategy {strategy!r}")

    def search(logits, lengths):
        decoded, scores = beam_search_decode(
            logits, lengths, beam_width, top_paths, merge_repeated, mask_index
        )
        return decoded, scores.astype(dtype)

    # The beam search is a data-dependent loop over prefixes; run it as a host function.
    decoded, scores = tf.numpy_function(
        search, [inputs, sequence_lengths], [tf.int32, tf.as_dtype(dtype)]
    )
    batch, time = inputs.shape[0], inputs.shape[1]
    decoded.set_shape((top_paths, batch, time))
    scores.set_shape((batch, top_paths))
    return decoded, scores
