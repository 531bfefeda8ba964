"""Layer cases: a predict-style forward pass of keras-core layers against hand-written math.

Each case builds a keras-core layer (or model), gives every weight random values, and
writes the same forward pass with the framework's own functions on the very same weight
tensors (``layer.kernel.value``). Both versions run eagerly and in inference
(``training=False``); under PyTorch both run inside ``torch.no_grad()``, as a PyTorch user
predicts. The ratio keras/native is then what keras-core's layer machinery costs on top of
the math. ``prepare`` compares both outputs once, so a version that is fast because it
computes something else fails the case instead of winning it.

Frameworks are imported inside ``prepare``, in the benchmark subprocess.
"""

import numpy as np

from keras_bench.cases import BenchCase, SkipCase, Workload
from keras_core import ops

# Tolerances of the one-time check that keras-core and native outputs agree (float32).
RTOL = 1e-4
ATOL = 1e-5

MLP_UNITS = (512, 512, 10)
MLP_FEATURES = 784
CONV_INPUT_SHAPE = (32, 64, 64, 3)
CONV_FILTERS = 32
LSTM_INPUT_SHAPE = (32, 50, 32)
LSTM_UNITS = 64
BATCH_NORM_INPUT_SHAPE = (256, 512)
BATCH_NORM_EPSILON = 1e-3


class OutputMismatchError(AssertionError):
    """The keras-core and native versions of a case computed different numbers."""


def check_same_outputs(case_name: str, backend: str, keras_output, native_output) -> None:
    """Raises :class:`OutputMismatchError` unless both outputs agree to ``RTOL``/``ATOL``.

    Args:
        case_name: The case, named in the error.
        backend: The active backend, named in the error.
        keras_output: What the keras-core version returned (NumPy or a native tensor).
        native_output: What the native version returned, in the same layout.

    Example:
        >>> check_same_outputs("layers.mlp_b1", "numpy", np.ones(3), np.ones(3))
    """
    keras_output = np.asarray(ops.convert_to_numpy(keras_output))
    native_output = np.asarray(ops.convert_to_numpy(native_output))
    try:
        np.testing.assert_allclose(keras_output, native_output, rtol=RTOL, atol=ATOL)
    except AssertionError as mismatch:
        raise OutputMismatchError(
            f"case {case_name!r} on backend {backend!r}: the keras-core and native outputs "
            f"differ beyond rtol={RTOL}, atol={ATOL}; one of the two versions computes "
            f"something else:{mismatch}"
        ) from None


def _layer_class(case_name: str, backend: str, class_name: str):
    """``keras_core.layers.<class_name>``, or :class:`SkipCase` where it cannot be used."""
    if backend == "openvino":
        # An inference-only backend with no eager framework API to write the native side in.
        raise SkipCase(
            f"case {case_name!r} compares against eager framework code; the inference-only "
            f"openvino backend has none"
        )
    import keras_core.layers

    layer_class = getattr(keras_core.layers, class_name, None)
    if layer_class is None:
        raise SkipCase(
            f"case {case_name!r} needs keras_core.layers.{class_name}, which this keras-core "
            f"does not define"
        )
    return layer_class


def _set_random_weights(layer, rng: np.random.Generator) -> None:
    """Gives every weight of ``layer`` random values, variances positive.

    Biases start at zero and statistics at zero and one; a native version that forgot
    one of them would still agree with keras-core on those.
    """
    values = []
    for weight in layer.weights:
        shape = tuple(weight.shape)
        if weight.name.endswith("variance"):
            value = rng.uniform(0.5, 2.0, shape)
        elif len(shape) > 1:
            # Within 1/sqrt(fan_in), so that activations stay near one through the layers.
            value = rng.uniform(-1.0, 1.0, shape) / np.sqrt(np.prod(shape[:-1]))
        else:
            value = rng.uniform(-0.5, 0.5, shape)
        values.append(value.astype(weight.dtype))
    layer.set_weights(values)


def _random_input(rng: np.random.Generator, shape: tuple[int, ...]):
    return ops.convert_to_tensor(rng.standard_normal(shape).astype("float32"))


def _in_inference(backend: str, function):
    """``function`` run under ``torch.no_grad()`` on torch; unchanged elsewhere."""
    if backend != "torch":
        return function
    import torch

    def call(*args):
        with torch.no_grad():
            return function(*args)

    return call


def _checked_workload(
    case_name, backend, keras, native, args, items_per_call, native_to_keras_layout=None
) -> Workload:
    """The case's workload, after checking once that both versions give the same output.

    ``native_to_keras_layout`` turns the native output (a NumPy array) into keras-core's
    layout where they differ (NCHW to NHWC for a torch convolution).
    """
    keras = _in_inference(backend, keras)
    if native is not None:
        native = _in_inference(backend, native)
        native_output = ops.convert_to_numpy(native(*args))
        if native_to_keras_layout is not None:
            native_output = native_to_keras_layout(native_output)
        check_same_outputs(case_name, backend, keras(*args), native_output)
    return Workload(keras=keras, native=native, args=args, items_per_call=items_per_call)


# MLP -----------------------------------------------------------------------------------


def _native_mlp(backend: str, weights):
    """The MLP's forward pass with the framework's ops, or ``None`` for another backend.

    ``weights`` is ``[(kernel, bias), ...]`` per Dense layer, native tensors; every layer
    but the last applies relu.
    """
    *hidden, (last_kernel, last_bias) = weights
    if backend == "numpy":

        def forward(x):
            for kernel, bias in hidden:
                x = np.maximum(np.matmul(x, kernel) + bias, 0.0)
            return np.matmul(x, last_kernel) + last_bias

    elif backend == "jax":
        import jax
        import jax.numpy as jnp

        def forward(x):
            for kernel, bias in hidden:
                x = jax.nn.relu(jnp.matmul(x, kernel) + bias)
            return jnp.matmul(x, last_kernel) + last_bias

    elif backend == "torch":
        import torch
        import torch.nn.functional as F  # noqa: N812 - PyTorch's own convention

        # torch.nn.Linear's (out, in) layout, as views of the same storage, made once.
        hidden = [(kernel.T, bias) for kernel, bias in hidden]
        last_kernel = last_kernel.T

        def forward(x):
            for kernel, bias in hidden:
                x = torch.relu(F.linear(x, kernel, bias))
            return F.linear(x, last_kernel, last_bias)

    elif backend == "tensorflow":
        import tensorflow as tf

        def forward(x):
            for kernel, bias in hidden:
                x = tf.nn.relu(tf.matmul(x, kernel) + bias)
            return tf.matmul(x, last_kernel) + last_bias

    else:
        return None
    return forward


def mlp_case(batch_size: int) -> BenchCase:
    """``layers.mlp_b<batch_size>``: a 784-512-512-10 relu MLP ``Sequential`` in inference."""
    name = f"layers.mlp_b{batch_size}"

    def prepare(backend: str) -> Workload:
        dense = _layer_class(name, backend, "Dense")
        import keras_core

        model = keras_core.Sequential(
            [
                keras_core.Input((MLP_FEATURES,)),
                dense(MLP_UNITS[0], activation="relu"),
                dense(MLP_UNITS[1], activation="relu"),
                dense(MLP_UNITS[2]),
            ]
        )
        rng = np.random.default_rng(0)
        for layer in model.layers:
            _set_random_weights(layer, rng)

        def keras_forward(x):
            return model(x, training=False)

        weights = [(layer.kernel.value, layer.bias.value) for layer in model.layers]
        args = (_random_input(rng, (batch_size, MLP_FEATURES)),)
        native = _native_mlp(backend, weights)
        return _checked_workload(name, backend, keras_forward, native, args, batch_size)

    return BenchCase(
        name=name,
        suite="layers",
        description=f"Sequential MLP 784-512-512-10 (relu), batch {batch_size}, inference",
        prepare=prepare,
    )


# Conv2D --------------------------------------------------------------------------------


def _native_conv2d(backend: str, kernel, bias):
    """The valid, stride-1 convolution plus bias with the framework's op, or ``None``.

    Called as ``forward(x_nhwc, x_nchw)``: PyTorch convolves NCHW images (and returns
    NCHW), the others NHWC ones.
    """
    if backend == "jax":
        from jax import lax

        def forward(x, _):
            dimensions = ("NHWC", "HWIO", "NHWC")
            y = lax.conv_general_dilated(x, kernel, (1, 1), "VALID", dimension_numbers=dimensions)
            return y + bias

    elif backend == "torch":
        import torch.nn.functional as F  # noqa: N812 - PyTorch's own convention

        # A PyTorch user holds an OIHW kernel: made once, here.
        kernel_oihw = kernel.detach().permute(3, 2, 0, 1).contiguous()

        def forward(_, x_nchw):
            return F.conv2d(x_nchw, kernel_oihw, bias)

    elif backend == "tensorflow":
        import tensorflow as tf

        def forward(x, _):
            return tf.nn.bias_add(tf.nn.conv2d(x, kernel, strides=1, padding="VALID"), bias)

    else:
        # NumPy has no convolution of its own: the case times keras-core alone there.
        return None
    return forward


def _nchw_to_nhwc(y: np.ndarray) -> np.ndarray:
    return np.transpose(y, (0, 2, 3, 1))


def _prepare_conv2d(backend: str) -> Workload:
    name = "layers.conv2d"
    layer = _layer_class(name, backend, "Conv2D")(CONV_FILTERS, 3)
    layer.build(CONV_INPUT_SHAPE)
    rng = np.random.default_rng(0)
    _set_random_weights(layer, rng)
    images = rng.standard_normal(CONV_INPUT_SHAPE).astype("float32")
    # Both versions get both layouts, made once; each reads the one its users hold.
    args = (
        ops.convert_to_tensor(images),
        ops.convert_to_tensor(np.ascontiguousarray(np.transpose(images, (0, 3, 1, 2)))),
    )

    def keras_forward(x, _):
        return layer(x, training=False)

    native = _native_conv2d(backend, layer.kernel.value, layer.bias.value)
    to_keras_layout = _nchw_to_nhwc if backend == "torch" else None
    return _checked_workload(
        name, backend, keras_forward, native, args, CONV_INPUT_SHAPE[0], to_keras_layout
    )


# LSTM ----------------------------------------------------------------------------------


def _lstm_step(kernel, recurrent_kernel, bias, matmul, sigmoid, tanh, split):
    """One LSTM time step ``step(h, c, x_t) -> (h, c)`` with Keras's gate order i, f, c, o."""

    def step(h, c, x_t):
        z = matmul(x_t, kernel) + matmul(h, recurrent_kernel) + bias
        i, f, g, o = split(z, 4, axis=-1)
        c = sigmoid(f) * c + sigmoid(i) * tanh(g)
        return sigmoid(o) * tanh(c), c

    return step


def _numpy_sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _native_lstm(backend: str, kernel, recurrent_kernel, bias):
    """The LSTM's last output, written the way each framework's users write it."""
    units = recurrent_kernel.shape[0]
    if backend == "numpy":
        step = _lstm_step(
            kernel, recurrent_kernel, bias, np.matmul, _numpy_sigmoid, np.tanh, np.split
        )

        def forward(x):
            h = c = np.zeros((x.shape[0], units), np.float32)
            for t in range(x.shape[1]):
                h, c = step(h, c, x[:, t])
            return h

    elif backend == "jax":
        import jax
        import jax.numpy as jnp

        step = _lstm_step(
            kernel, recurrent_kernel, bias, jnp.matmul, jax.nn.sigmoid, jnp.tanh, jnp.split
        )

        def scan_step(carry, x_t):
            return step(*carry, x_t), None

        def forward(x):
            zeros = jnp.zeros((x.shape[0], units), jnp.float32)
            (h, _), _ = jax.lax.scan(scan_step, (zeros, zeros), jnp.swapaxes(x, 0, 1))
            return h

    elif backend == "torch":
        import torch

        lstm = torch.nn.LSTM(kernel.shape[0], units, batch_first=True).eval()
        # Keras's gates i, f, c, o are torch's i, f, g, o: only the layouts are transposed.
        with torch.no_grad():
            lstm.weight_ih_l0.copy_(kernel.T)
            lstm.weight_hh_l0.copy_(recurrent_kernel.T)
            lstm.bias_ih_l0.copy_(bias)
            lstm.bias_hh_l0.zero_()

        def forward(x):
            _, (h, _) = lstm(x)
            return h[0]

    elif backend == "tensorflow":
        import tensorflow as tf

        step = _lstm_step(kernel, recurrent_kernel, bias, tf.matmul, tf.sigmoid, tf.tanh, tf.split)

        def forward(x):
            h = c = tf.zeros((x.shape[0], units), tf.float32)
            for x_t in tf.unstack(x, axis=1):
                h, c = step(h, c, x_t)
            return h

    else:
        return None
    return forward


def _prepare_lstm(backend: str) -> Workload:
    name = "layers.lstm"
    layer = _layer_class(name, backend, "LSTM")(LSTM_UNITS)
    layer.build(LSTM_INPUT_SHAPE)
    rng = np.random.default_rng(0)
    _set_random_weights(layer, rng)
    x = _random_input(rng, LSTM_INPUT_SHAPE)
    cell = layer.cell

    def keras_forward(x):
        return layer(x, training=False)

    native = _native_lstm(backend, cell.kernel.value, cell.recurrent_kernel.value, cell.bias.value)
    return _checked_workload(name, backend, keras_forward, native, (x,), LSTM_INPUT_SHAPE[0])


# BatchNormalization --------------------------------------------------------------------


def _native_batch_norm(backend: str, gamma, beta, mean, variance):
    """Inference batch normalization with the moving statistics, in the framework's ops."""
    if backend in ("numpy", "jax"):
        if backend == "numpy":
            sqrt = np.sqrt
        else:
            import jax.numpy as jnp

            sqrt = jnp.sqrt

        def forward(x):
            # The statistics folded into one scale and one shift leave two elementwise ops
            # on ``x`` instead of four, as in the frameworks' fused kernels.
            scale = gamma / sqrt(variance + BATCH_NORM_EPSILON)
            return x * scale + (beta - mean * scale)

    elif backend == "torch":
        import torch.nn.functional as F  # noqa: N812 - PyTorch's own convention

        def forward(x):
            return F.batch_norm(
                x, mean, variance, gamma, beta, training=False, eps=BATCH_NORM_EPSILON
            )

    elif backend == "tensorflow":
        import tensorflow as tf

        def forward(x):
            return tf.nn.batch_normalization(x, mean, variance, beta, gamma, BATCH_NORM_EPSILON)

    else:
        return None
    return forward


def _prepare_batch_norm(backend: str) -> Workload:
    name = "layers.batch_norm"
    layer_class = _layer_class(name, backend, "BatchNormalization")
    layer = layer_class(epsilon=BATCH_NORM_EPSILON)
    layer.build(BATCH_NORM_INPUT_SHAPE)
    rng = np.random.default_rng(0)
    _set_random_weights(layer, rng)
    x = _random_input(rng, BATCH_NORM_INPUT_SHAPE)

    def keras_forward(x):
        return layer(x, training=False)

    native = _native_batch_norm(
        backend,
        layer.gamma.value,
        layer.beta.value,
        layer.moving_mean.value,
        layer.moving_variance.value,
    )
    return _checked_workload(name, backend, keras_forward, native, (x,), BATCH_NORM_INPUT_SHAPE[0])


def register_bench_cases(register):
    register(mlp_case(1))
    register(mlp_case(128))
    register(
        BenchCase(
            "layers.conv2d",
            "layers",
            "Conv2D(32, 3) on (32, 64, 64, 3) float32, channels_last, inference",
            _prepare_conv2d,
        )
    )
    register(
        BenchCase(
            "layers.lstm",
            "layers",
            "LSTM(64), last output, on (32, 50, 32) float32, inference",
            _prepare_lstm,
        )
    )
    register(
        BenchCase(
            "layers.batch_norm",
            "layers",
            "BatchNormalization on (256, 512) float32, inference (moving statistics)",
            _prepare_batch_norm,
        )
    )
