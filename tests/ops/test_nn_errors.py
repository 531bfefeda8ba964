"""``keras_core.ops.nn``: the same clear error for bad input on every backend, tracing under
``jax.jit`` and ``tf.function``, special values, and the composed defaults.

The tests run once per backend (``KERAS_BACKEND``).
"""

import re

import numpy as np
import pytest

from keras_core import ops
from keras_core.backend import contract, dispatch
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.testing.suite import CASES, op_function

RNG = np.random.default_rng(3)
X = RNG.normal(size=(2, 3)).astype("float32")
IMG = np.ones((1, 5, 5, 2), "float32")
NN_NAMESPACES = tuple(n for n in contract.NAMESPACES if n.startswith("nn."))


def _native(value):
    return ops.convert_to_tensor(value)


def _numpy(value):
    return ops.convert_to_numpy(value)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: ops.softmax(_native(X), axis=2),
            ValueError,
            "ops.softmax: axis=2 is out of range for an input of shape (2, 3) (valid: -2 to 1).",
        ),
        (
            lambda: ops.glu(_native(X)),
            ValueError,
            "ops.glu: the size of axis -1 must be even to split it in two halves; received an "
            "input of shape (2, 3).",
        ),
        (
            lambda: ops.sparsemax(_native(X), axis=(0, 1)),
            TypeError,
            "ops.sparsemax: axis must be an int, received (0, 1).",
        ),
        (
            lambda: ops.batch_normalization(
                _native(X), _native(np.zeros(2, "float32")), _native(np.ones(3, "float32")), axis=-1
            ),
            ValueError,
            "ops.batch_normalization: mean must be a vector of size 3 (the size of the normalized "
            "axis); received shape (2,).",
        ),
        (
            lambda: ops.layer_normalization(_native(X), axis=5),
            ValueError,
            "ops.layer_normalization: axis=5 is out of range for an input of shape (2, 3) (valid: "
            "-2 to 1).",
        ),
        (
            lambda: ops.normalize(_native(X), order=0),
            ValueError,
            "ops.normalize: order must be a positive number, received 0.",
        ),
        (
            lambda: ops.moments(_native(X), axes=[0, 0]),
            ValueError,
            "ops.moments: axis=[0, 0] repeats an axis.",
        ),
        (
            lambda: ops.one_hot(_native(np.array([1, 2])), -1),
            ValueError,
            "ops.one_hot: num_classes must be a non-negative int, received -1.",
        ),
        (
            lambda: ops.one_hot(_native(np.array([1, 2])), 3, sparse=True),
            ValueError,
            "ops.one_hot: sparse=True is not supported; keras_core returns dense tensors.",
        ),
        (
            lambda: ops.multi_hot(_native(np.array(1)), 3),
            ValueError,
            "ops.multi_hot: inputs must have at least one axis, received a scalar.",
        ),
        (
            lambda: ops.binary_crossentropy(_native(X), _native(X.T)),
            ValueError,
            "ops.binary_crossentropy: target and output must have the same shape; received "
            "target.shape=(2, 3) and output.shape=(3, 2).",
        ),
        (
            lambda: ops.categorical_crossentropy(_native(X), _native(X), axis=2),
            ValueError,
            "ops.categorical_crossentropy: axis=2 is out of range for an input of shape (2, 3) "
            "(valid: -2 to 1).",
        ),
        (
            lambda: ops.sparse_categorical_crossentropy(
                _native(np.zeros((3,), "int32")), _native(X)
            ),
            ValueError,
            "ops.sparse_categorical_crossentropy: target must have the shape of output without "
            "its class axis -1, (2,); received target.shape=(3,) and output.shape=(2, 3).",
        ),
        (
            lambda: ops.psnr(_native(X), _native(X[0]), 1.0),
            ValueError,
            "ops.psnr: target and output must have the same shape; received target.shape=(2, 3) "
            "and output.shape=(3,).",
        ),
        (
            lambda: ops.ctc_loss(
                _native(np.zeros((2,), "int32")),
                _native(np.zeros((2, 4, 3), "float32")),
                _native(np.ones(2, "int32")),
                _native(np.ones(2, "int32")),
            ),
            ValueError,
            "ops.ctc_loss: target must have shape (batch, max_label_length) and output shape "
            "(batch, max_time, num_classes); received target.shape=(2,) and output.shape=(2, 4, "
            "3).",
        ),
        (
            lambda: ops.ctc_decode(
                _native(np.zeros((2, 4, 3), "float32")),
                _native(np.ones(2, "int32")),
                strategy="best",
            ),
            ValueError,
            "ops.ctc_decode: strategy must be one of ('greedy', 'beam_search'), received 'best'.",
        ),
        (
            lambda: ops.nn.dot_product_attention(
                _native(np.ones((1, 2, 3, 4), "float32")),
                _native(np.ones((1, 2, 2, 4), "float32")),
                _native(np.ones((1, 2, 2, 4), "float32")),
            ),
            ValueError,
            "ops.dot_product_attention: the query heads must be a multiple of the key/value "
            "heads, which must be equal; received {'query': (1, 2, 3, 4), 'key': (1, 2, 2, 4), "
            "'value': (1, 2, 2, 4)}.",
        ),
        (
            lambda: ops.nn.dot_product_attention(
                _native(np.ones((1, 2, 4), "float32")),
                _native(np.ones((1, 2, 2, 4), "float32")),
                _native(np.ones((1, 2, 2, 4), "float32")),
            ),
            ValueError,
            "ops.dot_product_attention: query, key and value must all have shape (batch, length, "
            "heads, head_dim) or (batch, length, head_dim); received {'query': (1, 2, 4), 'key': "
            "(1, 2, 2, 4), 'value': (1, 2, 2, 4)}.",
        ),
        (
            lambda: ops.conv(_native(IMG), _native(np.ones((3, 2, 4), "float32"))),
            ValueError,
            "ops.conv: kernel must have 4 axes for inputs of shape (1, 5, 5, 2); received "
            "kernel.shape=(3, 2, 4).",
        ),
        (
            lambda: ops.conv(_native(IMG), _native(np.ones((3, 3, 3, 4), "float32"))),
            ValueError,
            "ops.conv: the input channels (2) must be a multiple of kernel.shape[-2] (3); "
            "received inputs.shape=(1, 5, 5, 2) and kernel.shape=(3, 3, 3, 4).",
        ),
        (
            lambda: ops.conv(
                _native(IMG), _native(np.ones((3, 3, 2, 4), "float32")), padding="full"
            ),
            ValueError,
            "ops.conv: padding must be 'valid' or 'same', received 'full'.",
        ),
        (
            lambda: ops.conv(
                _native(IMG), _native(np.ones((3, 3, 2, 4), "float32")), data_format="NHWC"
            ),
            ValueError,
            "ops.conv: data_format must be one of ('channels_last', 'channels_first'), received "
            "'NHWC'.",
        ),
        (
            lambda: ops.conv(
                _native(IMG), _native(np.ones((3, 3, 2, 4), "float32")), strides=(1, 2, 3)
            ),
            ValueError,
            "ops.conv: strides must be a positive int or 2 positive ints, received (1, 2, 3).",
        ),
        (
            lambda: ops.conv(
                _native(np.ones((5, 2), "float32")), _native(np.ones((3, 2, 4), "float32"))
            ),
            ValueError,
            "ops.conv: inputs must have 3 to 5 axes (batch, 1 to 3 spatial axes, channels); "
            "received shape (5, 2).",
        ),
        (
            lambda: ops.depthwise_conv(_native(IMG), _native(np.ones((3, 3, 3, 1), "float32"))),
            ValueError,
            "ops.depthwise_conv: kernel must have shape (*kernel_size, channels, multiplier) with "
            "the input's 2 channels; received kernel.shape=(3, 3, 3, 1).",
        ),
        (
            lambda: ops.conv_transpose(_native(IMG), _native(np.ones((3, 3, 4, 3), "float32"))),
            ValueError,
            "ops.conv_transpose: kernel must have shape (*kernel_size, filters, input_channels) "
            "with the input's 2 channels; received kernel.shape=(3, 3, 4, 3).",
        ),
        (
            lambda: ops.conv_transpose(
                _native(IMG), _native(np.ones((3, 3, 4, 2), "float32")), output_padding=-1
            ),
            ValueError,
            "ops.conv_transpose: output_padding must be a non-negative int or 2 of them, received "
            "-1.",
        ),
        (
            lambda: ops.max_pool(_native(IMG), 0),
            ValueError,
            "ops.max_pool: pool_size must be a positive int or 2 positive ints, received 0.",
        ),
        (
            lambda: ops.adaptive_average_pool(_native(IMG), (2, 2, 2)),
            ValueError,
            "ops.adaptive_average_pool: output_size must be a positive int or 2 positive ints, "
            "received (2, 2, 2).",
        ),
        (
            lambda: ops.unfold(_native(np.ones((3, 4, 4), "float32")), 2),
            ValueError,
            "ops.unfold: x must have shape (batch, channels, height, width); received (3, 4, 4).",
        ),
        (
            lambda: ops.fold(_native(np.ones((1, 6, 4), "float32")), (3, 3), 2),
            ValueError,
            "ops.fold: x must have shape (batch, channels * 4, blocks) for kernel_size (2, 2); "
            "received (1, 6, 4).",
        ),
        (
            lambda: ops.depth_to_space(_native(np.ones((1, 2, 2, 6), "float32")), 2),
            ValueError,
            "ops.depth_to_space: the channels (6) must be a multiple of block_size**2 (4); "
            "received shape (1, 2, 2, 6).",
        ),
        (
            lambda: ops.space_to_depth(_native(np.ones((1, 3, 4, 2), "float32")), 2),
            ValueError,
            "ops.space_to_depth: height and width must be multiples of block_size (2); received "
            "shape (1, 3, 4, 2).",
        ),
    ],
)
def test_bad_input_gives_the_same_error_on_every_backend(call, error, message):
    with pytest.raises(error, match=re.escape(message)):
        call()


def test_unknown_keyword_arguments_are_refused():
    with pytest.raises(TypeError, match=re.escape("unexpected arguments ['center']")):
        ops.layer_normalization(_native(X), center=True)
    with pytest.raises(TypeError, match=re.escape("unexpected arguments ['depth']")):
        ops.multi_hot(_native(np.array([[0, 1]])), 3, depth=2)


def test_multi_hot_accepts_num_tokens():
    encoded = ops.multi_hot(_native(np.array([[0, 2]])), num_tokens=3)
    np.testing.assert_array_equal(_numpy(encoded), [[1.0, 0.0, 1.0]])


@pytest.mark.parametrize(
    ("call", "shapes", "dtypes"),
    [
        (
            lambda: ops.conv(KerasTensor((None, None, None, 3)), KerasTensor((3, 3, 3, 8)), 2),
            [(None, None, None, 8)],
            ["float32"],
        ),
        (
            lambda: ops.conv_transpose(
                KerasTensor((None, 4, 5, 3)), KerasTensor((3, 3, 8, 3)), 2, "same"
            ),
            [(None, 8, 10, 8)],
            ["float32"],
        ),
        (
            lambda: ops.max_pool(KerasTensor((None, 3, 7, 6)), 2, data_format="channels_first"),
            [(None, 3, 3, 3)],
            ["float32"],
        ),
        (
            lambda: ops.average_pool(KerasTensor((None, 7, 2), "int32"), 3, 2, "same"),
            [(None, 4, 2)],
            ["float32"],
        ),
        (
            lambda: ops.unfold(KerasTensor((None, 3, 6, 6)), 3, stride=3),
            [(None, 27, 4)],
            ["float32"],
        ),
        (
            lambda: ops.one_hot(KerasTensor((None, 5), "int32"), 4, axis=1),
            [(None, 4, 5)],
            ["float32"],
        ),
        (
            lambda: ops.moments(KerasTensor((None, 5, 4), "float16"), axes=[0, 1]),
            [(4,), (4,)],
            ["float16", "float16"],
        ),
        (
            lambda: ops.ctc_decode(
                KerasTensor((None, 9, 5)), KerasTensor((None,), "int32"), "beam_search", top_paths=3
            ),
            [(3, None, 9), (None, 3)],
            ["int32", "float32"],
        ),
        (
            lambda: ops.nn.dot_product_attention(
                KerasTensor((None, 4, 8, 16)),
                KerasTensor((None, 6, 2, 16)),
                KerasTensor((None, 6, 2, 32)),
            ),
            [(None, 4, 8, 32)],
            ["float32"],
        ),
        (
            lambda: ops.sparse_categorical_crossentropy(
                KerasTensor((None, 1), "int32"), KerasTensor((None, 10))
            ),
            [(None,)],
            ["float32"],
        ),
    ],
)
def test_symbolic_outputs(call, shapes, dtypes):
    outputs = call()
    outputs = list(outputs) if isinstance(outputs, (tuple, list)) else [outputs]
    assert [o.shape for o in outputs] == shapes
    assert [o.dtype for o in outputs] == dtypes


def test_special_values():
    probabilities = _numpy(ops.softmax(_native(np.array([0.0, -np.inf], "float32"))))
    np.testing.assert_array_equal(probabilities, [1.0, 0.0])
    log_probabilities = _numpy(ops.log_softmax(_native(np.array([1000.0, 0.0], "float32"))))
    np.testing.assert_allclose(log_probabilities, [0.0, -1000.0])
    extremes = _native(np.array([-100.0, 100.0], "float32"))
    np.testing.assert_allclose(_numpy(ops.softplus(extremes)), [0.0, 100.0], atol=1e-6)
    np.testing.assert_allclose(_numpy(ops.log_sigmoid(extremes)), [-100.0, 0.0], atol=1e-6)
    loss = ops.binary_crossentropy(_native(np.array([0.0, 0.0], "float32")), extremes, True)
    np.testing.assert_allclose(_numpy(loss), [0.0, 100.0], atol=1e-5)
    # A certain wrong answer costs -log(epsilon), not infinity.
    clipped = ops.categorical_crossentropy(
        _native(np.array([[0.0, 1.0]], "float32")), _native(np.array([[1.0, 0.0]], "float32"))
    )
    np.testing.assert_allclose(_numpy(clipped), [-np.log(1e-7)], rtol=1e-4)


def _first_case_of_each_composed_op():
    composed = {
        name: (namespace, function)
        for namespace in NN_NAMESPACES
        for name, function in contract.composed(namespace).items()
    }
    chosen = {}
    for case in CASES:
        name = case.op.rsplit(".", 1)[-1]
        if name in composed and name not in chosen:
            chosen[name] = (case, *composed[name])
    return sorted(chosen.values(), key=lambda item: item[0].id)


COMPOSED_CASES = _first_case_of_each_composed_op()


@pytest.mark.compositions
@pytest.mark.parametrize(
    ("case", "namespace", "function"),
    COMPOSED_CASES,
    ids=[case.id for case, *_ in COMPOSED_CASES],
)
def test_composed_default_matches_the_backend(case, namespace, function, monkeypatch):
    """The core's composition (what a backend without its own version runs) gives the
    backend's values and dtype."""
    args, kwargs = case.numpy_inputs()
    args = tuple(_native(a) if isinstance(a, np.ndarray) else a for a in args)
    kwargs = {k: _native(v) if isinstance(v, np.ndarray) else v for k, v in kwargs.items()}
    expected = op_function(case.op)(*args, **kwargs)
    monkeypatch.setitem(dispatch.table(namespace).__dict__, function.__name__, function)
    composed = op_function(case.op)(*args, **kwargs)
    pairs = zip(
        composed if isinstance(composed, tuple) else (composed,),
        expected if isinstance(expected, tuple) else (expected,),
        strict=True,
    )
    for got, wanted in pairs:
        assert got.dtype == wanted.dtype
        np.testing.assert_allclose(
            _numpy(got).astype("complex128"),
            _numpy(wanted).astype("complex128"),
            rtol=1e-3,
            atol=1e-3,
        )


def _traced_calls():
    logits = RNG.normal(size=(2, 6, 4)).astype("float32")
    lengths = np.array([6, 4], "int32")
    image = RNG.normal(size=(2, 7, 6, 3)).astype("float32")
    return [
        (
            "conv",
            lambda x, k: ops.conv(x, k, (2, 1), "same", dilation_rate=1),
            image,
            RNG.normal(size=(3, 3, 3, 4)).astype("float32"),
        ),
        (
            "conv_transpose",
            lambda x, k: ops.conv_transpose(x, k, 2, "same", 1),
            image,
            RNG.normal(size=(3, 3, 4, 3)).astype("float32"),
        ),
        (
            "pools",
            lambda x, _: ops.average_pool(ops.max_pool(x, 2, 1, "same"), 3, 2, "same"),
            image,
            None,
        ),
        (
            "fold",
            lambda x, _: ops.fold(ops.unfold(x, 2, padding=1), (3, 6), 2, padding=1),
            np.moveaxis(image, -1, 1)[:, :, :3],
            None,
        ),
        ("sparsemax", lambda x, _: ops.sparsemax(x, axis=1), logits, None),
        (
            "ctc_loss",
            lambda x, t: ops.ctc_loss(t, x, np.array([2, 1]), lengths),
            logits,
            np.array([[1, 2], [3, 0]], "int32"),
        ),
        ("ctc_decode", lambda x, n: ops.ctc_decode(x, n)[0], logits, lengths),
        (
            "ctc_beam_search",
            lambda x, n: ops.ctc_decode(x, n, "beam_search", beam_width=8, top_paths=2)[1],
            logits,
            lengths,
        ),
        (
            "attention",
            lambda q, m: ops.nn.dot_product_attention(q, q, q, mask=m, is_causal=True),
            RNG.normal(size=(2, 5, 2, 4)).astype("float32"),
            RNG.random((2, 1, 5, 5)) < 0.6,
        ),
    ]


TRACED = _traced_calls()
# Calls whose second input has the batch size of the first: they are traced with it known.
UNBATCHED_EXTRA = ("ctc_loss", "ctc_decode", "ctc_beam_search", "attention")


@pytest.mark.parametrize(("name", "call", "x", "extra"), TRACED, ids=[t[0] for t in TRACED])
def test_ops_trace_under_jit(name, call, x, extra, backend_name):
    """The ops run inside ``jax.jit`` / ``tf.function`` and give the eager values; under
    ``tf.function`` also with the batch size unknown while tracing."""
    extra_value = None if extra is None else _native(extra)
    eager = _numpy(call(_native(x), extra_value))
    if backend_name == "jax":
        import jax

        traced = [jax.jit(call)(_native(x), extra_value)]
    elif backend_name == "tensorflow":
        import tensorflow as tf

        traced = [tf.function(call)(_native(x), extra_value)]
        if name not in UNBATCHED_EXTRA:
            spec = tf.TensorSpec((None, *x.shape[1:]), x.dtype)
            unknown_batch = tf.function(lambda value: call(value, extra_value), [spec])
            traced.append(unknown_batch(_native(x)))
    else:
        pytest.skip(f"no tracing compiler to check on the {backend_name} backend")
    for result in traced:
        np.testing.assert_allclose(_numpy(result), eager, rtol=1e-5, atol=1e-5)
