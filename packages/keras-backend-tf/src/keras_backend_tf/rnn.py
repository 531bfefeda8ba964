"""Fused LSTM on TensorFlow: ``BlockLSTMV2``, TensorFlow's whole-sequence LSTM op.

``BlockLSTMV2`` takes the input and recurrent kernels stacked as one ``(features + units,
4 * units)`` matrix whose gate blocks are in Keras's order (i, f, c, o: unlike
``BlockLSTM``, the V2 op uses Keras's layout and adds no forget bias), a time-major input,
and peephole weights that are unused here; ``cell_clip=0`` disables clipping.

Its registered gradient (``BlockLSTMGradV2``) disagrees with its forward pass (checked
against finite differences, TensorFlow 2.x), so the gradient here is that of the same
recurrence written with ``tf.scan``, recomputed in the backward pass: the fused op speeds up
inference and the forward pass of training, and gradients stay exact.

TensorFlow has no whole-sequence GRU with Keras's ``reset_after=True`` semantics, so
``gru`` is left to the core (the step loop).
"""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor

# The dtypes BlockLSTMV2 has kernels for.
_FUSED_DTYPES = (tf.float32, tf.float16)


def lstm(inputs, initial_h, initial_c, kernel, recurrent_kernel, bias, go_backwards=False):
    x = convert_to_tensor(inputs)
    if x.dtype not in _FUSED_DTYPES:
        raise NotImplementedError(f"BlockLSTMV2 has no {x.dtype.name} kernel")
    kernel = convert_to_tensor(kernel)
    recurrent_kernel = convert_to_tensor(recurrent_kernel)
    units = recurrent_kernel.shape[0]
    bias = tf.zeros((4 * units,), x.dtype) if bias is None else convert_to_tensor(bias)
    x = tf.transpose(x, (1, 0, 2))
    if go_backwards:
        x = tf.reverse(x, (0,))
    hidden, h, c = _block_lstm(
        x,
        convert_to_tensor(initial_h),
        convert_to_tensor(initial_c),
        kernel,
        recurrent_kernel,
        bias,
    )
    return tf.transpose(hidden, (1, 0, 2)), h, c


@tf.custom_gradient
def _block_lstm(x, h0, c0, kernel, recurrent_kernel, bias):
    """Time-major LSTM: ``(hidden states of every step, last h, last c)``."""
    unused_peephole = tf.zeros_like(bias[: tf.shape(recurrent_kernel)[0]])
    _, cells, _, _, _, _, hidden = tf.raw_ops.BlockLSTMV2(
        seq_len_max=tf.cast(tf.shape(x)[0], tf.int64),
        x=x,
        cs_prev=c0,
        h_prev=h0,
        w=tf.concat([kernel, recurrent_kernel], axis=0),
        wci=unused_peephole,
        wcf=unused_peephole,
        wco=unused_peephole,
        b=bias,
        cell_clip=0.0,
        use_peephole=False,
    )

    def gradient(*output_gradients):
        arguments = (x, h0, c0, kernel, recurrent_kernel, bias)
        with tf.GradientTape() as tape:
            tape.watch(arguments)
            outputs = _scanned_lstm(*arguments)
        return tape.gradient(outputs, arguments, output_gradients=list(output_gradients))

    return (hidden, hidden[-1], cells[-1]), gradient


def _scanned_lstm(x, h0, c0, kernel, recurrent_kernel, bias):
    """The same recurrence as ``BlockLSTMV2`` with ``tf.scan`` (differentiable)."""
    projected = tf.einsum("tbf,fg->tbg", x, kernel) + bias

    def step(carry, z_x):
        h, c = carry
        z_input, z_forget, z_cell, z_output = tf.split(z_x + h @ recurrent_kernel, 4, axis=-1)
        c = tf.sigmoid(z_forget) * c + tf.sigmoid(z_input) * tf.tanh(z_cell)
        return tf.sigmoid(z_output) * tf.tanh(c), c

    hidden, cells = tf.scan(step, projected, initializer=(h0, c0))
    return hidden, hidden[-1], cells[-1]
