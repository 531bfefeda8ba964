"""The fused LSTM/GRU kernels (``table("rnn")``: torch.lstm / torch.gru on torch,
BlockLSTMV2 on TensorFlow) give the step loop's numbers, forwards and in gradients, and
layers use them exactly when their configuration allows."""

import numpy as np
import pytest
import rnn_reference as ref

import keras_core as keras
from keras_core import ops
from keras_core.backend.dispatch import table

# Which backends ship which fused kernel.
FUSED = {"torch": {"LSTM", "GRU"}, "tensorflow": {"LSTM"}}


def _np(x):
    return ops.convert_to_numpy(x)


def _pair(name, **kwargs):
    """The same layer twice, with equal weights: fused where possible, and step loop."""
    x = np.random.default_rng(0).standard_normal((3, 6, 4)).astype("float32")
    fused = getattr(keras.layers, name)(5, **kwargs)
    generic = getattr(keras.layers, name)(5, use_cudnn=False, **kwargs)
    fused.build(x.shape)
    generic.build(x.shape)
    rng = np.random.default_rng(1)
    weights = [rng.standard_normal(w.shape).astype("float32") * 0.5 for w in fused.weights]
    fused.set_weights(weights)
    generic.set_weights(weights)
    return x, fused, generic, weights


def _close(a, b):
    np.testing.assert_allclose(_np(a), _np(b), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("name", ["LSTM", "GRU"])
@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"return_sequences": True, "return_state": True},
        {"return_sequences": True, "go_backwards": True},
        {"use_bias": False, "return_state": True},
    ],
)
def test_fused_and_step_loop_give_the_same_numbers(name, kwargs):
    x, fused, generic, _ = _pair(name, **kwargs)
    for a, b in zip(keras.tree.flatten(fused(x)), keras.tree.flatten(generic(x)), strict=True):
        _close(a, b)


@pytest.mark.parametrize("name", ["LSTM", "GRU"])
def test_fused_path_with_initial_state_and_input_dropout_at_inference(name):
    x, fused, generic, _ = _pair(name, dropout=0.3, return_state=True)
    states = [
        np.full((3, 5), 0.1 * (i + 1), "float32")
        for i in range(len(fused.cell.state_size) if isinstance(fused.cell.state_size, list) else 1)
    ]
    for a, b in zip(
        keras.tree.flatten(fused(x, initial_state=states)),
        keras.tree.flatten(generic(x, initial_state=states)),
        strict=True,
    ):
        _close(a, b)


@pytest.mark.parametrize("name", ["LSTM", "GRU"])
def test_use_cudnn_true_runs_only_where_a_fused_kernel_exists(name, backend_name):
    x, _, _, _ = _pair(name)
    layer = getattr(keras.layers, name)(5, use_cudnn=True, name="fused")
    if name in FUSED.get(backend_name, set()):
        assert tuple(layer(x).shape) == (3, 5)
    else:
        with pytest.raises(ValueError, match=r"'fused': use_cudnn=True, but the fused kernel"):
            layer(x)


@pytest.mark.parametrize(
    "name, kwargs, reason",
    [
        ("LSTM", {"activation": "relu"}, "activation is not 'tanh'"),
        ("LSTM", {"recurrent_activation": "hard_sigmoid"}, "recurrent_activation"),
        ("GRU", {"recurrent_dropout": 0.2}, "recurrent_dropout is not 0"),
        ("GRU", {"reset_after": False}, "reset_after=False"),
        ("LSTM", {"unroll": True}, "unroll=True"),
    ],
)
def test_configurations_without_a_fused_kernel_fall_back_or_refuse(name, kwargs, reason):
    x = np.ones((2, 3, 4), "float32")
    assert tuple(getattr(keras.layers, name)(5, **kwargs)(x).shape) == (2, 5)
    strict = getattr(keras.layers, name)(5, use_cudnn=True, **kwargs)
    with pytest.raises(ValueError, match=reason):
        strict(x)


def test_masks_and_training_dropout_use_the_step_loop():
    x = np.ones((2, 3, 4), "float32")
    strict = keras.layers.LSTM(5, use_cudnn=True, dropout=0.5)
    with pytest.raises(ValueError, match="a mask was given"):
        strict(x, mask=np.array([[1, 1, 0], [1, 0, 0]], bool))
    with pytest.raises(ValueError, match="input dropout is active"):
        strict(x, training=True)


def test_use_cudnn_is_validated_and_not_in_the_config():
    with pytest.raises(
        ValueError, match=r"GRU 'g': use_cudnn must be one of 'auto', True or False"
    ):
        keras.layers.GRU(2, use_cudnn="yes", name="g")
    assert "use_cudnn" not in keras.layers.LSTM(2, use_cudnn=False).get_config()


@pytest.mark.parametrize("go_backwards", [False, True])
def test_backend_lstm_kernel_matches_numpy(backend_name, go_backwards):
    if "LSTM" not in FUSED.get(backend_name, set()):
        with pytest.raises(NotImplementedError):
            table("rnn").lstm(np.ones((1, 1, 1)), None, None, None, None, None)
        return
    rng = np.random.default_rng(2)
    x = rng.standard_normal((2, 4, 3)).astype("float32")
    h0, c0 = (rng.standard_normal((2, 5)).astype("float32") for _ in range(2))
    kernel, recurrent, bias = (
        rng.standard_normal(shape).astype("float32") * 0.5 for shape in ((3, 20), (5, 20), (20,))
    )
    outputs, h, c = table("rnn").lstm(x, h0, c0, kernel, recurrent, bias, go_backwards)
    expected, _, (expected_h, expected_c) = ref.run(
        ref.lstm_step(kernel, recurrent, bias), x, [h0, c0], go_backwards=go_backwards
    )
    for actual, wanted in ((outputs, expected), (h, expected_h), (c, expected_c)):
        np.testing.assert_allclose(_np(actual), wanted, rtol=1e-5, atol=1e-5)


def test_backend_gru_kernel_matches_numpy(backend_name):
    if "GRU" not in FUSED.get(backend_name, set()):
        with pytest.raises(NotImplementedError):
            table("rnn").gru(np.ones((1, 1, 1)), None, None, None, None)
        return
    rng = np.random.default_rng(3)
    x = rng.standard_normal((2, 4, 3)).astype("float32")
    h0 = rng.standard_normal((2, 5)).astype("float32")
    kernel, recurrent, bias = (
        rng.standard_normal(shape).astype("float32") * 0.5 for shape in ((3, 15), (5, 15), (2, 15))
    )
    outputs, h = table("rnn").gru(x, h0, kernel, recurrent, bias)
    expected, _, (expected_h,) = ref.run(ref.gru_step(kernel, recurrent, bias), x, [h0])
    np.testing.assert_allclose(_np(outputs), expected, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(_np(h), expected_h, rtol=1e-5, atol=1e-5)


def _gradients(backend_name, layer, x):
    """d(sum(outputs ** 2)) / d(weights) with the backend's autodiff."""
    if backend_name == "torch":
        import torch

        loss = torch.sum(layer(x) ** 2)
        return [_np(g) for g in torch.autograd.grad(loss, [w.value for w in layer.weights])]
    import tensorflow as tf

    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(layer(x) ** 2)
    return [_np(g) for g in tape.gradient(loss, [w.value for w in layer.weights])]


@pytest.mark.parametrize("name", ["LSTM", "GRU"])
def test_fused_gradients_equal_the_step_loop_gradients(name, backend_name):
    if name not in FUSED.get(backend_name, set()):
        pytest.skip(f"no fused {name} kernel on {backend_name}")
    x, fused, generic, _ = _pair(name, return_sequences=True, go_backwards=True)
    for a, b in zip(
        _gradients(backend_name, fused, x), _gradients(backend_name, generic, x), strict=True
    ):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-5)
