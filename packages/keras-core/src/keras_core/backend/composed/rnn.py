"""``rnn``: optional fused recurrent kernels (cuDNN-style LSTM/GRU) that layers use when a
backend provides them and the layer's configuration allows; nothing here is required.

A backend that has a fused kernel defines ``lstm`` / ``gru`` with the signatures below. The
defaults here raise ``NotImplementedError``, which ``keras_core.layers.LSTM`` / ``GRU`` take
as "no fused kernel": they then run their step loop (``keras_core.ops.scan``). A backend's
kernel may raise it too, for inputs it cannot handle (a dtype, a device), with the same
effect. The layers call these only for the configuration every fused kernel implements:
``tanh`` activation, ``sigmoid`` recurrent activation, no recurrent dropout, no mask, not
unrolled, and (GRU) ``reset_after=True``; input dropout is applied to ``inputs`` before.

Weights arrive in Keras's layout, which is also what ``.keras`` files store:

- LSTM: ``kernel`` ``(features, 4 * units)``, ``recurrent_kernel`` ``(units, 4 * units)``,
  ``bias`` ``(4 * units,)`` or ``None``, gates in the order input, forget, cell, output.
- GRU: ``kernel`` ``(features, 3 * units)``, ``recurrent_kernel`` ``(units, 3 * units)``,
  ``bias`` ``(2, 3 * units)`` (input bias, recurrent bias) or ``None``, gates in the order
  update (z), reset (r), candidate (h), with the reset gate applied after the recurrent
  matmul: ``h~ = tanh(x W_h + b_h + r * (h U_h + c_h))``, ``h' = z * h + (1 - z) * h~``.
"""

REQUIRED = ()


def lstm(inputs, initial_h, initial_c, kernel, recurrent_kernel, bias, go_backwards=False):
    """Runs an LSTM over a whole batch-major sequence with a fused kernel.

    Args:
        inputs: ``(batch, timesteps, features)``.
        initial_h, initial_c: ``(batch, units)`` initial hidden and cell states.
        kernel, recurrent_kernel, bias: The weights in Keras's layout (module docstring).
        go_backwards: Process the time steps from last to first.

    Returns:
        ``(outputs, h, c)``: the hidden state of every step ``(batch, timesteps, units)``
        in processing order, and the final hidden and cell states.

    Example:
        >>> outputs, h, c = table("rnn").lstm(x, h0, c0, kernel, recurrent_kernel, bias)
    """
    raise NotImplementedError("this backend has no fused LSTM kernel")


def gru(inputs, initial_h, kernel, recurrent_kernel, bias, go_backwards=False):
    """Runs a GRU (``reset_after=True``) over a whole batch-major sequence with a fused
    kernel.

    Args:
        inputs: ``(batch, timesteps, features)``.
        initial_h: ``(batch, units)`` initial state.
        kernel, recurrent_kernel, bias: The weights in Keras's layout (module docstring).
        go_backwards: Process the time steps from last to first.

    Returns:
        ``(outputs, h)``: the state of every step ``(batch, timesteps, units)`` in
        processing order, and the final state.

    Example:
        >>> outputs, h = table("rnn").gru(x, h0, kernel, recurrent_kernel, bias)
    """
    raise NotImplementedError("this backend has no fused GRU kernel")
