"""Add, Subtract, Multiply, Average, Maximum, Minimum, Concatenate and Dot against NumPy,
with Keras's broadcasting, shape checks and mask rules; shapes, configs, values and errors as
keras==3.15.1 gives them (read off it and written here)."""

import numpy as np
import pytest

import keras_core
from keras_core import layers, ops

RNG = np.random.default_rng(4)
DTYPE_POLICY = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}


def _np(x):
    return ops.convert_to_numpy(x)


def _inputs(*shapes):
    return [RNG.standard_normal(shape).astype("float32") for shape in shapes]


ELEMENTWISE = [
    (layers.Add, lambda xs: sum(xs)),
    (layers.Multiply, lambda xs: np.prod(np.broadcast_arrays(*xs), axis=0)),
    (layers.Average, lambda xs: sum(xs) / len(xs)),
    (layers.Maximum, lambda xs: np.maximum.reduce(np.broadcast_arrays(*xs))),
    (layers.Minimum, lambda xs: np.minimum.reduce(np.broadcast_arrays(*xs))),
]


@pytest.mark.parametrize(("cls", "reference"), ELEMENTWISE)
def test_elementwise_layers_match_numpy(cls, reference):
    xs = _inputs((2, 4, 3), (2, 4, 3), (2, 4, 3))
    layer = cls()
    y = _np(layer(xs))
    np.testing.assert_allclose(y, reference(xs), rtol=1e-5, atol=1e-6)
    assert layer.compute_output_shape([x.shape for x in xs]) == (2, 4, 3)
    symbolic = layer([keras_core.Input((4, 3)) for _ in xs])
    assert symbolic.shape == (None, 4, 3)
    assert layer.count_params() == 0
    assert layer.supports_masking


@pytest.mark.parametrize(("cls", "reference"), ELEMENTWISE)
def test_lower_rank_inputs_broadcast_after_the_batch_axis(cls, reference):
    # keras==3.15.1: (2, 3) with (2, 4, 3) -> (2, 4, 3), the smaller one gets axis 1.
    small, big = _inputs((2, 3), (2, 4, 3))
    y = _np(cls()([small, big]))
    np.testing.assert_allclose(y, reference([small[:, None, :], big]), rtol=1e-5, atol=1e-6)
    y = _np(cls()([big, small]))
    np.testing.assert_allclose(y, reference([big, small[:, None, :]]), rtol=1e-5, atol=1e-6)
    assert cls()([keras_core.Input((3,)), keras_core.Input((4, 3))]).shape == (None, 4, 3)


def test_size_one_axes_broadcast():
    a, b = _inputs((2, 1, 3), (2, 4, 1))
    np.testing.assert_allclose(_np(layers.Add()([a, b])), a + b, rtol=1e-6)
    # keras==3.15.1 shapes, unknown sizes included.
    add = layers.Add()
    assert add.compute_output_shape([(None, 1, 3), (2, 4, 1)]) == (2, 4, 3)
    assert add.compute_output_shape([(None, None, 3), (2, 4, 1)]) == (2, None, 3)
    assert add.compute_output_shape([(None, None, 3), (2, 1, 3)]) == (2, None, 3)


def test_subtract_and_average_values():
    a, b = _inputs((2, 3), (2, 3))
    np.testing.assert_allclose(_np(layers.Subtract()([a, b])), a - b, rtol=1e-6)
    ones = np.ones((2, 3), "float32")
    # keras==3.15.1: Average of 1, 2 and 4 is 7 / 3.
    y = _np(layers.Average()([ones, ones * 2, ones * 4]))
    np.testing.assert_allclose(y, np.full((2, 3), 7 / 3), rtol=1e-6)


def test_default_configs_equal_keras():
    keras_core.backend.clear_session()
    base = {"trainable": True, "dtype": DTYPE_POLICY}
    for cls, name in [
        (layers.Add, "add"),
        (layers.Subtract, "subtract"),
        (layers.Multiply, "multiply"),
        (layers.Average, "average"),
        (layers.Maximum, "maximum"),
        (layers.Minimum, "minimum"),
    ]:
        config = cls().get_config()
        assert config == {"name": name, **base}
        assert cls.from_config(config).get_config() == config
    assert layers.Concatenate().get_config() == {"name": "concatenate", **base, "axis": -1}
    assert layers.Dot(1).get_config() == {"name": "dot", **base, "axes": 1, "normalize": False}
    dot = layers.Dot([1, 2], normalize=True)
    assert dot.get_config()["axes"] == [1, 2]
    assert layers.Dot.from_config(dot.get_config()).get_config() == dot.get_config()


# Errors --------------------------------------------------------------------------------


def test_merge_errors_name_the_layer_and_shapes():
    message = r"Add 'a1' must be called on a list of tensors, received a single input of shape"
    with pytest.raises(ValueError, match=message + r" \(2, 3\)"):
        layers.Add(name="a1")(np.ones((2, 3), "float32"))
    with pytest.raises(
        ValueError,
        match=r"Add 'a2': inputs have incompatible shapes \[\(2, 3\), \(2, 4\)\]: sizes 3 and 4",
    ):
        layers.Add(name="a2")(_inputs((2, 3), (2, 4)))
    with pytest.raises(
        ValueError, match=r"Add 'a3': inputs have incompatible shapes \[\(None, 3\), \(None, 4\)\]"
    ):
        layers.Add(name="a3")([keras_core.Input((3,)), keras_core.Input((4,))])
    message = r"Maximum 'm' cannot merge tensors with different batch sizes, received shapes"
    with pytest.raises(ValueError, match=message + r" \[\(2, 3\), \(1, 3\)\]"):
        layers.Maximum(name="m")(_inputs((2, 3), (1, 3)))
    with pytest.raises(
        ValueError, match=r"Subtract 's' must be called on exactly 2 tensors, received 3"
    ):
        layers.Subtract(name="s")(_inputs((2, 3), (2, 3), (2, 3)))
    with pytest.raises(
        ValueError, match=r"Subtract 's1' must be called on exactly 2 tensors, received 1"
    ):
        layers.Subtract(name="s1")([keras_core.Input((3,))])
    with pytest.raises(ValueError, match=r"Add 'a4' must be called on a list of at least 1 tensor"):
        layers.Add(name="a4").compute_output_shape([])


def test_single_input_list_passes_through():
    (x,) = _inputs((2, 3))
    np.testing.assert_allclose(_np(layers.Add()([x])), x)
    np.testing.assert_allclose(_np(layers.Concatenate()([x])), x)


# Masks ---------------------------------------------------------------------------------

A = np.array([[[1.0, 5], [2, 2], [7, -1]]], "float32")
B = np.array([[[3.0, 1], [-4, 9], [6, 6]]], "float32")
C = np.array([[[0.0, 2], [8, 8], [-5, 5]]], "float32")
MASK_A = np.array([[True, False, False]])
MASK_B = np.array([[False, True, False]])
MASK_C = np.array([[True, True, False]])


@pytest.mark.parametrize(
    ("cls", "masks", "expected"),
    [
        # keras==3.15.1 outputs for A, B, C with masks attached to their tensors.
        (layers.Multiply, [MASK_A, MASK_B, MASK_C], [[0, 10], [-32, 72], [0, 0]]),
        (layers.Multiply, [None, MASK_B, MASK_C], [[0, 10], [-64, 144], [7, -1]]),
        (layers.Multiply, [MASK_A, None, MASK_C], [[0, 10], [-32, 72], [6, 6]]),
        (layers.Maximum, [MASK_A, MASK_B, MASK_C], [[1, 5], [8, 9], [7, -1]]),
        (layers.Maximum, [MASK_A, None, MASK_C], [[3, 5], [8, 9], [6, 6]]),
        (layers.Minimum, [MASK_A, MASK_B, MASK_C], [[0, 2], [-4, 8], [7, -1]]),
        (layers.Minimum, [None, MASK_B, MASK_C], [[0, 2], [-4, 2], [7, -1]]),
        (layers.Minimum, [MASK_A, None, MASK_C], [[0, 1], [-4, 8], [6, 6]]),
    ],
)
def test_masked_values_follow_keras(cls, masks, expected):
    y = _np(cls()([A, B, C], mask=masks))
    np.testing.assert_allclose(y, [expected], rtol=1e-6)


def test_output_mask_is_the_union_when_every_input_has_one():
    m1 = np.array([[True, False, False], [True, True, False]])
    m2 = np.array([[False, True, False], [False, False, False]])
    x = np.zeros((2, 3, 2), "float32")
    for cls in (layers.Add, layers.Multiply, layers.Maximum, layers.Average):
        mask = cls().compute_mask([x, x], [m1, m2])
        np.testing.assert_array_equal(_np(mask), [[True, True, False], [True, True, False]])
        assert cls().compute_mask([x, x], [m1, None]) is None
        assert cls().compute_mask([x, x], None) is None
    with pytest.raises(ValueError, match=r"Add '.*': received 2 inputs but 1 masks"):
        layers.Add().compute_mask([x, x], [m1])
    with pytest.raises(ValueError, match=r"inputs and mask must both be lists"):
        layers.Add().compute_mask([x, x], m1)


def test_concatenate_mask_follows_keras():
    m1 = np.array([[True, False, False], [True, True, False]])
    m2 = np.array([[False, True, False], [False, False, False]])
    x = np.zeros((2, 3, 2), "float32")
    last = layers.Concatenate().compute_mask([x, x], [m1, m2])
    np.testing.assert_array_equal(_np(last), [[True, True, False], [True, True, False]])
    steps = layers.Concatenate(axis=1).compute_mask([x, x], [m1, None])
    np.testing.assert_array_equal(
        _np(steps),
        [[True, False, False, True, True, True], [True, True, False, True, True, True]],
    )
    assert layers.Concatenate().compute_mask([x, x], [None, None]) is None
    assert layers.Dot(2).compute_mask([x, x], [m1, m2]) is None


class _ZeroStepMask(layers.Layer):
    """Masks the steps whose features are all zero (like keras.layers.Masking)."""

    def call(self, x):
        return x

    def compute_mask(self, x, previous_mask):
        return ops.any(ops.not_equal(x, 0), axis=-1)


@pytest.mark.parametrize(
    ("make", "expected_values", "expected_mask_shape"),
    [
        (layers.Add, [[1, 1], [5, 5], [4, 4]], (None, 3)),
        (layers.Concatenate, [[1, 1, 0, 0], [2, 2, 3, 3], [0, 0, 4, 4]], (None, 3)),
        (
            lambda: layers.Concatenate(axis=1),
            [[1, 1], [2, 2], [0, 0], [0, 0], [3, 3], [4, 4]],
            (None, 6),
        ),
    ],
)
def test_masks_flow_through_functional_models(make, expected_values, expected_mask_shape):
    first, second = keras_core.Input((3, 2)), keras_core.Input((3, 2))
    outputs = make()([_ZeroStepMask()(first), _ZeroStepMask()(second)])
    assert outputs._keras_mask.shape == expected_mask_shape
    model = keras_core.Model([first, second], outputs)
    x1 = np.array([[[1.0, 1], [2, 2], [0, 0]]], "float32")
    x2 = np.array([[[0.0, 0], [3, 3], [4, 4]]], "float32")
    np.testing.assert_allclose(_np(model([x1, x2])), [expected_values])


# Concatenate ---------------------------------------------------------------------------


def test_concatenate_values_and_shapes():
    a, b = _inputs((2, 4, 3), (2, 4, 5))
    layer = layers.Concatenate()
    np.testing.assert_array_equal(_np(layer([a, b])), np.concatenate([a, b], axis=-1))
    assert layer.compute_output_shape([a.shape, b.shape]) == (2, 4, 8)
    a, b = _inputs((2, 4, 3), (2, 1, 3))
    layer = layers.Concatenate(axis=1)
    np.testing.assert_array_equal(_np(layer([a, b])), np.concatenate([a, b], axis=1))
    # keras==3.15.1 shapes: unknown sizes, and the other sizes taken from the first input.
    assert layer.compute_output_shape([(None, 4, 3), (None, None, 3)]) == (None, None, 3)
    assert layers.Concatenate().compute_output_shape([(None, 4, 3), (2, 4, 5)]) == (None, 4, 8)
    symbolic = layers.Concatenate()([keras_core.Input((4, 3)), keras_core.Input((4, 5))])
    assert symbolic.shape == (None, 4, 8)


def test_concatenate_errors():
    message = (
        r"Concatenate 'c1': inputs must have the same rank and the same sizes except along "
        r"axis 1, received shapes \[\(2, 4, 3\), \(2, 4, 5\)\]"
    )
    with pytest.raises(ValueError, match=message):
        layers.Concatenate(axis=1, name="c1")(_inputs((2, 4, 3), (2, 4, 5)))
    with pytest.raises(ValueError, match=r"Concatenate 'c2': inputs must have the same rank"):
        layers.Concatenate(name="c2")([keras_core.Input((4, 3)), keras_core.Input((3,))])
    with pytest.raises(
        ValueError, match=r"Concatenate 'c3': axis=5 is out of range for inputs of rank 3"
    ):
        layers.Concatenate(axis=5, name="c3")(_inputs((2, 4, 3), (2, 4, 3)))
    with pytest.raises(TypeError, match=r"Concatenate '.*': axis must be an int, received 'a'"):
        layers.Concatenate(axis="a")
    with pytest.raises(ValueError, match=r"Concatenate 'c4' must be called on a list of tensors"):
        layers.Concatenate(name="c4")(np.ones((2, 3), "float32"))


# Dot -----------------------------------------------------------------------------------


def _batch_dot(x, y, axes):
    return np.stack(
        [np.tensordot(a, b, axes=(axes[0] - 1, axes[1] - 1)) for a, b in zip(x, y, strict=True)]
    )


@pytest.mark.parametrize(
    ("axes", "shapes", "resolved", "expected_shape"),
    [
        # (axes, input shapes, axes as non-negative numbers, keras==3.15.1 output shape)
        (1, [(2, 3), (2, 3)], (1, 1), (2, 1)),
        ((2, 1), [(2, 4, 3), (2, 3, 5)], (2, 1), (2, 4, 5)),
        (-1, [(2, 4, 3), (2, 5, 3)], (2, 2), (2, 4, 5)),
        ((3, 1), [(2, 4, 5, 3), (2, 3, 6)], (3, 1), (2, 4, 5, 6)),
        ((2, 1), [(2, 4, 3), (2, 3)], (2, 1), (2, 4)),
    ],
)
def test_dot_matches_numpy(axes, shapes, resolved, expected_shape):
    a, b = _inputs(*shapes)
    layer = layers.Dot(axes)
    y = _np(layer([a, b]))
    expected = _batch_dot(a, b, resolved).reshape(expected_shape)
    np.testing.assert_allclose(y, expected, rtol=1e-5, atol=1e-5)
    assert layer.compute_output_shape(shapes) == expected_shape
    symbolic = layer([keras_core.Input(shape[1:]) for shape in shapes])
    assert symbolic.shape == (None, *expected_shape[1:])


def test_dot_normalize_gives_cosine_similarity():
    # keras==3.15.1: [[3, 4]] . [[1, 0]] normalized -> [[0.6]].
    y = layers.Dot(1, normalize=True)([np.array([[3.0, 4.0]]), np.array([[1.0, 0.0]])])
    np.testing.assert_allclose(_np(y), [[0.6]], rtol=1e-6)
    a, b = _inputs((2, 4, 3), (2, 5, 3))
    y = _np(layers.Dot(2, normalize=True)([a, b]))
    unit_a = a / np.linalg.norm(a, axis=2, keepdims=True)
    unit_b = b / np.linalg.norm(b, axis=2, keepdims=True)
    np.testing.assert_allclose(y, np.einsum("bik,bjk->bij", unit_a, unit_b), rtol=1e-5, atol=1e-6)


def test_dot_shapes_with_unknown_sizes():
    assert layers.Dot(1).compute_output_shape([(None, None), (None, 3)]) == (None, 1)
    assert layers.Dot((2, 1)).compute_output_shape([(None, 4, 3), (None, 3, 5)]) == (None, 4, 5)


def test_dot_errors():
    message = (
        r"Dot 'd1': the contracted axes differ in size: 3 \(axis 1 of shape \(2, 3\)\) != 4 "
        r"\(axis 1 of shape \(2, 4\)\)"
    )
    with pytest.raises(ValueError, match=message):
        layers.Dot(1, name="d1")(_inputs((2, 3), (2, 4)))
    with pytest.raises(ValueError, match=r"Dot 'd2': the contracted axes differ in size"):
        layers.Dot(1, name="d2")([keras_core.Input((3,)), keras_core.Input((4,))])
    with pytest.raises(
        ValueError, match=r"Dot 'd3' must be called on exactly 2 tensors, received 3"
    ):
        layers.Dot(1, name="d3")(_inputs((2, 3), (2, 3), (2, 3)))
    with pytest.raises(ValueError, match=r"Dot 'd4': axes=0 does not name a non-batch axis"):
        layers.Dot(0, name="d4")(_inputs((2, 4, 3), (2, 5, 3)))
    with pytest.raises(
        ValueError,
        match=r"Dot 'd5': axes=1 does not name a non-batch axis of input 0 \(shape \(2,\)\)",
    ):
        layers.Dot(1, name="d5")(_inputs((2,), (2,)))
    with pytest.raises(
        TypeError, match=r"Dot '.*': axes must be an int or a pair of ints, received 'a'"
    ):
        layers.Dot("a")
    with pytest.raises(
        ValueError,
        match=r"Dot '.*': axes must be an int or a pair of ints, received axes=\(1, 2, 3\)",
    ):
        layers.Dot((1, 2, 3))
    with pytest.raises(ValueError, match=r"received axes=\(1.0, 2\)"):
        layers.Dot((1.0, 2))
