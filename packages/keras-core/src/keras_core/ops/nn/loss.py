"""Cross-entropies, CTC loss and decoding, PSNR (``keras_core.ops.nn``).

Probabilities are clipped to ``[epsilon, 1 - epsilon]`` (``keras_core.config.epsilon()``)
before their logarithm, as in Keras, so that a confident wrong answer costs about 16, not
infinity.
"""

from keras_core.backend import settings
from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = [
    "binary_crossentropy",
    "categorical_crossentropy",
    "ctc_decode",
    "ctc_loss",
    "psnr",
    "sparse_categorical_crossentropy",
]

_impl = table("nn.loss")

_CTC_STRATEGIES = ("greedy", "beam_search")


def _same_shapes(op, target, output):
    target_shape, output_shape = shape_of(target), shape_of(output)
    compatible = len(target_shape) == len(output_shape) and all(
        a is None or b is None or a == b for a, b in zip(target_shape, output_shape, strict=True)
    )
    if not compatible:
        raise ValueError(
            f"ops.{op}: target and output must have the same shape; received target.shape="
            f"{target_shape} and output.shape={output_shape}."
        )
    return tuple(a if a is not None else b for a, b in zip(target_shape, output_shape, strict=True))


def _loss_dtype(target, output):
    return rules.float_dtype(result_type(dtype_of(target), dtype_of(output)))


def _binary_crossentropy_rule(op, target, output):
    return KerasTensor(_same_shapes(op, target, output), _loss_dtype(target, output))


def _categorical_crossentropy_rule(op, target, output, axis=-1):
    shape = _same_shapes(op, target, output)
    rules.canonical_axis(op, axis, len(shape), shape)
    return KerasTensor(rules.reduced_shape(op, shape, axis, False), _loss_dtype(target, output))


def _sparse_categorical_crossentropy_rule(op, target, output, axis=-1):
    target_shape, output_shape = shape_of(target), shape_of(output)
    position = rules.canonical_axis(op, axis, len(output_shape), output_shape)
    expected = output_shape[:position] + output_shape[position + 1 :]
    if len(target_shape) == len(output_shape) and target_shape and target_shape[-1] == 1:
        target_shape = target_shape[:-1]
    compatible = len(target_shape) == len(expected) and all(
        a is None or b is None or a == b for a, b in zip(target_shape, expected, strict=True)
    )
    if not compatible:
        raise ValueError(
            f"ops.{op}: target must have the shape of output without its class axis "
            f"{axis}, {expected}; received target.shape={shape_of(target)} and "
            f"output.shape={output_shape}."
        )
    return KerasTensor(expected, rules.float_dtype(dtype_of(output)))


def _psnr_rule(op, x1, x2, max_val):
    _same_shapes(op, x1, x2)
    return KerasTensor((), _loss_dtype(x1, x2))


def _ctc_dtype(output):
    return result_type(rules.float_dtype(dtype_of(output)), "float32")


def _check_ctc_ranks(op, target, output):
    target_shape, output_shape = shape_of(target), shape_of(output)
    if len(target_shape) != 2 or len(output_shape) != 3:
        raise ValueError(
            f"ops.{op}: target must have shape (batch, max_label_length) and output shape "
            f"(batch, max_time, num_classes); received target.shape={target_shape} and "
            f"output.shape={output_shape}."
        )


def _ctc_loss_rule(op, target, output, target_length, output_length, mask_index=0):
    _check_ctc_ranks(op, target, output)
    return KerasTensor((shape_of(output)[0],), _ctc_dtype(output))


def _ctc_decode_rule(
    op, inputs, sequence_lengths, strategy, beam_width, top_paths, merge_repeated, mask_index
):
    shape = shape_of(inputs)
    if len(shape) != 3:
        raise ValueError(
            f"ops.{op}: inputs must have shape (batch, max_time, num_classes); received "
            f"shape {shape}."
        )
    if strategy not in _CTC_STRATEGIES:
        raise ValueError(
            f"ops.{op}: strategy must be one of {_CTC_STRATEGIES}, received {strategy!r}."
        )
    paths = 1 if strategy == "greedy" else top_paths
    batch, time = shape[0], shape[1]
    return (
        KerasTensor((paths, batch, time), "int32"),
        KerasTensor((batch, paths), _ctc_dtype(inputs)),
    )


def binary_crossentropy(target, output, from_logits=False):
    """Element-wise ``-(target * log(output) + (1 - target) * log(1 - output))``.

    Args:
        target: Labels in ``[0, 1]``, of the shape of ``output``.
        output: Probabilities, or logits when ``from_logits``.
        from_logits: Whether ``output`` holds logits (computed stably, without clipping).

    Example:
        >>> keras_core.ops.binary_crossentropy([1.0], [0.8])   # [0.2231]
    """
    _same_shapes("binary_crossentropy", target, output)
    try:
        return _impl.binary_crossentropy(
            target, output, from_logits=from_logits, epsilon=settings.epsilon()
        )
    except Exception as error:
        return recover(error, _binary_crossentropy_rule, "binary_crossentropy", target, output)


def categorical_crossentropy(target, output, from_logits=False, axis=-1):
    """``-sum(target * log(output))`` over the class ``axis``.

    Args:
        target: One-hot (or soft) labels, of the shape of ``output``.
        output: Probabilities (rescaled to sum to 1), or logits when ``from_logits``.
        from_logits: Whether ``output`` holds logits.
        axis: The class axis.

    Example:
        >>> keras_core.ops.categorical_crossentropy([[0.0, 1.0]], [[0.2, 0.8]])   # [0.2231]
    """
    _same_shapes("categorical_crossentropy", target, output)
    try:
        return _impl.categorical_crossentropy(
            target, output, from_logits=from_logits, axis=axis, epsilon=settings.epsilon()
        )
    except Exception as error:
        return recover(
            error, _categorical_crossentropy_rule, "categorical_crossentropy", target, output, axis
        )


def sparse_categorical_crossentropy(target, output, from_logits=False, axis=-1):
    """Categorical cross-entropy with integer class indices as ``target``.

    Args:
        target: Integer labels, of the shape of ``output`` without ``axis`` (a trailing
            axis of size 1 is allowed).
        output: Probabilities, or logits when ``from_logits``.
        from_logits: Whether ``output`` holds logits.
        axis: The class axis of ``output``.

    Example:
        >>> keras_core.ops.sparse_categorical_crossentropy([1], [[0.2, 0.8]])   # [0.2231]
    """
    try:
        return _impl.sparse_categorical_crossentropy(
            target, output, from_logits=from_logits, axis=axis, epsilon=settings.epsilon()
        )
    except Exception as error:
        return recover(
            error,
            _sparse_categorical_crossentropy_rule,
            "sparse_categorical_crossentropy",
            target,
            output,
            axis,
        )


def psnr(x1, x2, max_val):
    """Peak signal-to-noise ratio, ``20 * log10(max_val) - 10 * log10(mean((x1 - x2)**2))``.

    Example:
        >>> keras_core.ops.psnr([1.0, 1.0], [0.5, 0.5], 1.0)   # 6.0206
    """
    _same_shapes("psnr", x1, x2)
    try:
        return _impl.psnr(x1, x2, max_val)
    except Exception as error:
        return recover(error, _psnr_rule, "psnr", x1, x2, max_val)


def ctc_loss(target, output, target_length, output_length, mask_index=0):
    """Connectionist temporal classification loss of each sequence of a batch.

    Args:
        target: Integer labels, shape ``(batch, max_label_length)``.
        output: Logits, shape ``(batch, max_time, num_classes)``.
        target_length: Label lengths, shape ``(batch,)``.
        output_length: Sequence lengths, shape ``(batch,)``.
        mask_index: The class index of the blank.

    Returns:
        The negative log-likelihood of each label sequence, shape ``(batch,)``.

    Example:
        >>> keras_core.ops.ctc_loss([[1]], [[[0.0, 0.0]]], [1], [1])   # [0.6931]
    """
    # torch would read a rank-1 target as concatenated labels.
    _check_ctc_ranks("ctc_loss", target, output)
    try:
        return _impl.ctc_loss(target, output, target_length, output_length, mask_index=mask_index)
    except Exception as error:
        return recover(
            error,
            _ctc_loss_rule,
            "ctc_loss",
            target,
            output,
            target_length,
            output_length,
            mask_index,
        )


def ctc_decode(
    inputs,
    sequence_lengths,
    strategy="greedy",
    beam_width=100,
    top_paths=1,
    merge_repeated=True,
    mask_index=0,
):
    """Decodes CTC logits into label sequences, greedily or by prefix beam search.

    Args:
        inputs: Logits, shape ``(batch, max_time, num_classes)``.
        sequence_lengths: Length of each sequence, shape ``(batch,)``.
        strategy: ``"greedy"`` or ``"beam_search"``.
        beam_width: Prefixes kept at each step of the beam search.
        top_paths: Decodings returned per sequence by the beam search.
        merge_repeated: Whether repeated labels (not separated by a blank) are merged.
        mask_index: The class index of the blank.

    Returns:
        ``(decoded, log_probabilities)``: int32 labels of shape ``(paths, batch, max_time)``
        padded with -1, and the log-probability of each path, shape ``(batch, paths)``
        (``paths`` is 1 for greedy decoding). Greedy scores are the negative sum of the
        best frame log-probabilities, as in Keras.

    Example:
        >>> decoded, scores = keras_core.ops.ctc_decode(logits, [5, 4])
    """
    try:
        return _impl.ctc_decode(
            inputs,
            sequence_lengths,
            strategy=strategy,
            beam_width=beam_width,
            top_paths=top_paths,
            merge_repeated=merge_repeated,
            mask_index=mask_index,
        )
    except Exception as error:
        return recover(
            error,
            _ctc_decode_rule,
            "ctc_decode",
            inputs,
            sequence_lengths,
            strategy,
            beam_width,
            top_paths,
            merge_repeated,
            mask_index,
        )
