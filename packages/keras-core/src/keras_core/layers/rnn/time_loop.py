"""The loop every recurrent layer runs: a step function applied along the time axis.

It is written with ``keras_core.ops`` control flow (``ops.scan``), so it runs eagerly and
inside ``jax.jit`` / ``tf.function``; ``unroll=True`` writes the steps out in Python instead.
Masked steps keep the previous states, and emit the previous output (or zeros with
``zero_output_for_mask``), as Keras does.
"""

from keras_core import ops, tree


def time_loop(
    step,
    inputs,
    initial_states,
    initial_output,
    mask=None,
    go_backwards=False,
    unroll=False,
    zero_output_for_mask=False,
    return_sequences=True,
):
    """Runs ``step`` over axis 1 of ``inputs``.

    Args:
        step: ``step(x_t, states) -> (output_t, new_states)``; ``states`` keeps the
            structure of ``initial_states``.
        inputs: ``(batch, timesteps, ...)``.
        initial_states: A structure of ``(batch, ...)`` tensors.
        initial_output: Zeros shaped like one step's output: what a masked first step emits.
        mask: Optional ``(batch, timesteps)`` booleans; ``False`` skips a step.
        go_backwards: Process the steps from last to first.
        unroll: Write the loop out in Python (the number of steps must be known).
        zero_output_for_mask: Masked steps emit zeros instead of the previous output.
        return_sequences: Also return every step's output (else ``outputs`` is ``None``).

    Returns:
        ``(last_output, outputs, final_states)``; ``outputs`` is ``(batch, timesteps, ...)``
        in processing order (reversed with ``go_backwards``).

    Example:
        >>> last, outputs, states = time_loop(
        ...     lambda x, s: (x + s[0], [x + s[0]]), x, [zeros], zeros)
    """
    inputs = ops.moveaxis(inputs, 1, 0)
    if mask is not None:
        mask = ops.transpose(ops.cast(mask, "bool"))
    if go_backwards:
        inputs = ops.flip(inputs, axis=0)
        mask = None if mask is None else ops.flip(mask, axis=0)
    flat_states = tree.flatten(initial_states)

    def loop_step(carry, xs):
        states, previous_output = carry
        x, step_mask = xs if mask is not None else (xs, None)
        output, new_states = step(x, tree.pack_sequence_as(initial_states, states))
        new_states = tree.flatten(new_states)
        if step_mask is None:
            return (new_states, output), output if return_sequences else None
        new_states = [
            ops.where(_against(step_mask, new), new, old)
            for new, old in zip(new_states, states, strict=True)
        ]
        kept = _against(step_mask, output)
        carried = ops.where(kept, output, previous_output)
        emitted = (
            ops.where(kept, output, ops.zeros_like(output)) if zero_output_for_mask else carried
        )
        return (new_states, carried), emitted if return_sequences else None

    carry = (flat_states, initial_output)
    xs = inputs if mask is None else (inputs, mask)
    if unroll:
        (states, last_output), outputs = _unrolled(loop_step, carry, xs, return_sequences)
    else:
        (states, last_output), outputs = ops.scan(loop_step, carry, xs)
    if mask is not None and zero_output_for_mask:
        kept = _against(mask[-1], last_output)
        last_output = ops.where(kept, last_output, ops.zeros_like(last_output))
    if outputs is not None:
        outputs = ops.moveaxis(outputs, 0, 1)
    return last_output, outputs, tree.pack_sequence_as(initial_states, states)


def _against(step_mask, tensor):
    """``(batch,)`` mask reshaped to broadcast against ``tensor`` (batch first)."""
    return ops.reshape(step_mask, (-1,) + (1,) * (len(tensor.shape) - 1))


def _unrolled(loop_step, carry, xs, return_sequences):
    outputs = []
    for index in range(tree.flatten(xs)[0].shape[0]):
        step_xs = tree.map_structure(lambda x, index=index: x[index], xs)
        carry, output = loop_step(carry, step_xs)
        outputs.append(output)
    return carry, ops.stack(outputs) if return_sequences else None
