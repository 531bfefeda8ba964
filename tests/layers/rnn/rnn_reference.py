"""NumPy references of the recurrent cells and of the RNN time loop (Keras 3's semantics),
written from the equations, for the tests to compare layers against."""

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def simple_rnn_step(kernel, recurrent_kernel, bias=None, activation=np.tanh):
    def step(x, states):
        z = x @ kernel + states[0] @ recurrent_kernel
        if bias is not None:
            z = z + bias
        h = activation(z)
        return h, [h]

    return step


def lstm_step(kernel, recurrent_kernel, bias=None):
    def step(x, states):
        h, c = states
        z = x @ kernel + h @ recurrent_kernel
        if bias is not None:
            z = z + bias
        i, f, g, o = np.split(z, 4, axis=-1)
        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
        h = sigmoid(o) * np.tanh(c)
        return h, [h, c]

    return step


def gru_step(kernel, recurrent_kernel, bias=None, reset_after=True):
    units = recurrent_kernel.shape[0]

    def step(x, states):
        h = states[0]
        input_bias = recurrent_bias = 0.0
        if bias is not None:
            input_bias, recurrent_bias = (bias[0], bias[1]) if reset_after else (bias, 0.0)
        xz = x @ kernel + input_bias
        x_z, x_r, x_h = np.split(xz, 3, axis=-1)
        u_z, u_r, u_h = np.split(recurrent_kernel, 3, axis=-1)
        if reset_after:
            hz = h @ recurrent_kernel + recurrent_bias
            h_z, h_r, h_h = np.split(hz, 3, axis=-1)
            z, r = sigmoid(x_z + h_z), sigmoid(x_r + h_r)
            candidate = np.tanh(x_h + r * h_h)
        else:
            z, r = sigmoid(x_z + h @ u_z), sigmoid(x_r + h @ u_r)
            candidate = np.tanh(x_h + (r * h) @ u_h)
        assert candidate.shape[-1] == units
        h = z * h + (1 - z) * candidate
        return h, [h]

    return step


def run(step, x, states, mask=None, go_backwards=False, zero_output_for_mask=False):
    """Keras's RNN loop: returns ``(outputs in processing order, last_output, states)``.

    Masked steps keep the states and emit the previous output (zeros before the first
    kept step), or zeros with ``zero_output_for_mask``.
    """
    steps = range(x.shape[1] - 1, -1, -1) if go_backwards else range(x.shape[1])
    states = [np.asarray(s, np.float64) for s in states]
    previous = None
    outputs = []
    for t in steps:
        output, new_states = step(x[:, t].astype(np.float64), states)
        if previous is None:
            previous = np.zeros_like(output)
        if mask is None:
            states, previous = new_states, output
            outputs.append(output)
            continue
        keep = mask[:, t].reshape((-1,) + (1,) * (output.ndim - 1))
        states = [np.where(keep, n, o) for n, o in zip(new_states, states, strict=True)]
        previous = np.where(keep, output, previous)
        outputs.append(np.where(keep, output, 0.0) if zero_output_for_mask else previous)
    return np.stack(outputs, axis=1), outputs[-1], states


def conv_nd(x, kernel, strides, padding, dilation=None):
    """Channels-last N-D cross-correlation: ``x`` ``(batch, *spatial, in)``, ``kernel``
    ``(*size, in, out)``."""
    rank = kernel.ndim - 2
    dilation = dilation or (1,) * rank
    pads = [(0, 0)]
    for axis in range(rank):
        size, k, s, d = x.shape[1 + axis], kernel.shape[axis], strides[axis], dilation[axis]
        extent = (k - 1) * d + 1
        if padding == "same":
            total = max((-(-size // s) - 1) * s + extent - size, 0)
            pads.append((total // 2, total - total // 2))
        else:
            pads.append((0, 0))
    x = np.pad(x, [*pads, (0, 0)])
    out_sizes = [
        (x.shape[1 + a] - (kernel.shape[a] - 1) * dilation[a] - 1) // strides[a] + 1
        for a in range(rank)
    ]
    out = np.zeros((x.shape[0], *out_sizes, kernel.shape[-1]))
    for offset in np.ndindex(*kernel.shape[:rank]):
        window = tuple(
            slice(
                offset[a] * dilation[a],
                offset[a] * dilation[a] + strides[a] * (n - 1) + 1,
                strides[a],
            )
            for a, n in enumerate(out_sizes)
        )
        out += x[(slice(None), *window)] @ kernel[offset]
    return out


def conv_lstm_step(kernel, recurrent_kernel, bias, strides, padding, dilation=None):
    rank = kernel.ndim - 2

    def step(x, states):
        h, c = states
        z = conv_nd(x, kernel, strides, padding, dilation)
        z = z + conv_nd(h, recurrent_kernel, (1,) * rank, "same") + bias
        i, f, g, o = np.split(z, 4, axis=-1)
        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
        h = sigmoid(o) * np.tanh(c)
        return h, [h, c]

    return step
