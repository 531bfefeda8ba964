"""keras_core.initializers: values against closed forms and NumPy, Keras 3's seeding,
configs equal to the ones Keras 3.15.1 writes, and get/serialize/deserialize."""

import math

import numpy as np
import pytest

import keras_core
from keras_core import initializers, ops, random
from keras_core.initializers.stft import window_values
from keras_core.initializers.variance_scaling import compute_fans

# Standard deviation of a standard normal truncated to [-2, 2].
TRUNCATED_STD = 0.87962566103423978
# Without jax_enable_x64, JAX keeps float64 values in 32 bits.
WIDE = "float32" if keras_core.config.backend() == "jax" else "float64"


def _np(x):
    return ops.convert_to_numpy(x)


@pytest.fixture
def restore_floatx():
    previous = keras_core.config.floatx()
    yield
    keras_core.config.set_floatx(previous)


# --- fixed values -------------------------------------------------------------------------


def test_zeros_ones_constant_values_and_dtypes():
    zeros = initializers.Zeros()((2, 3))
    assert ops.dtype(zeros) == "float32"
    np.testing.assert_array_equal(_np(zeros), np.zeros((2, 3)))
    np.testing.assert_array_equal(_np(initializers.Ones()((4,), dtype="int32")), [1, 1, 1, 1])
    np.testing.assert_array_equal(_np(initializers.Constant(2.5)((2, 2))), np.full((2, 2), 2.5))
    broadcast = initializers.Constant([1.0, 2.0, 3.0])((2, 3))
    np.testing.assert_array_equal(_np(broadcast), [[1, 2, 3], [1, 2, 3]])
    as_int = initializers.Constant(7)((3,), dtype="int32")
    assert ops.dtype(as_int) == "int32"
    np.testing.assert_array_equal(_np(as_int), [7, 7, 7])
    assert _np(initializers.Zeros()(())).shape == ()


def test_default_dtype_follows_floatx(restore_floatx):
    keras_core.config.set_floatx("float16")
    for initializer in (initializers.Ones(), initializers.GlorotUniform(seed=1)):
        assert ops.dtype(initializer((2, 2))) == "float16"


def test_identity():
    np.testing.assert_array_equal(_np(initializers.Identity()((3, 3))), np.eye(3))
    np.testing.assert_array_equal(
        _np(initializers.Identity(gain=2.0)((2, 3))), [[2, 0, 0], [0, 2, 0]]
    )
    np.testing.assert_array_equal(_np(initializers.Identity()((3, 2))), np.eye(3, 2))
    as_int = initializers.Identity(gain=3)((2, 2), dtype="int32")
    assert ops.dtype(as_int) == "int32"
    np.testing.assert_array_equal(_np(as_int), [[3, 0], [0, 3]])


def test_constant_array_value_round_trips_as_tensor_config():
    constant = initializers.Constant(np.array([1.0, 2.0]))
    config = constant.get_config()
    assert config == {
        "value": {"class_name": "__tensor__", "config": {"value": [1.0, 2.0], "dtype": "float64"}}
    }
    rebuilt = initializers.Constant.from_config(config)
    np.testing.assert_array_equal(_np(rebuilt((3, 2))), [[1, 2]] * 3)


# --- random values ------------------------------------------------------------------------


def test_random_normal_and_uniform_moments():
    normal = _np(initializers.RandomNormal(mean=1.0, stddev=2.0, seed=3)((200, 100)))
    assert abs(normal.mean() - 1.0) < 4 * 2.0 / math.sqrt(normal.size)
    assert abs(normal.std() - 2.0) < 0.03 * 2.0
    uniform = _np(initializers.RandomUniform(minval=-1.0, maxval=3.0, seed=3)((200, 100)))
    assert uniform.min() >= -1.0 and uniform.max() < 3.0
    assert abs(uniform.mean() - 1.0) < 0.05
    assert abs(uniform.std() - 4 / math.sqrt(12)) < 0.02


def test_truncated_normal_bounds_and_spread():
    values = _np(initializers.TruncatedNormal(mean=1.0, stddev=0.5, seed=4)((200, 100)))
    assert np.abs(values - 1.0).max() <= 2 * 0.5 + 1e-6
    assert abs(values.mean() - 1.0) < 0.01
    assert abs(values.std() - 0.5 * TRUNCATED_STD) < 0.02 * 0.5


@pytest.mark.parametrize(
    ("shape", "fans"),
    [
        ((), (1, 1)),
        ((7,), (7, 7)),
        ((5, 7), (5, 7)),
        ((3, 5, 7), (15, 21)),
        ((3, 3, 16, 32), (144, 288)),
        ((2, 3, 3, 4, 8), (72, 144)),
    ],
)
def test_compute_fans(shape, fans):
    assert compute_fans(shape) == fans


def test_compute_fans_with_axes():
    assert compute_fans((30, 50, 70), [0], [2]) == (30, 70)
    assert compute_fans((30, 50, 70), [-1], [0, 1]) == (70, 1500)
    assert compute_fans((30, 50, 70), [0], None) == (1500, 2100)  # both are needed
    with pytest.raises(ValueError, match="out of range"):
        compute_fans((30, 50), [0], [2])


# Conv kernel (3, 3, 32, 64): receptive field 9, fan_in 288, fan_out 576.
_FAN_IN, _FAN_OUT = 288, 576


@pytest.mark.parametrize(
    ("initializer", "variance", "distribution"),
    [
        (initializers.GlorotUniform, 2 / (_FAN_IN + _FAN_OUT), "uniform"),
        (initializers.GlorotNormal, 2 / (_FAN_IN + _FAN_OUT), "truncated"),
        (initializers.HeUniform, 2 / _FAN_IN, "uniform"),
        (initializers.HeNormal, 2 / _FAN_IN, "truncated"),
        (initializers.LecunUniform, 1 / _FAN_IN, "uniform"),
        (initializers.LecunNormal, 1 / _FAN_IN, "truncated"),
    ],
    ids=lambda p: getattr(p, "__name__", None),
)
def test_variance_scaling_presets(initializer, variance, distribution):
    values = _np(initializer(seed=5)((3, 3, 32, 64)))
    assert abs(values.var() / variance - 1) < 0.05
    assert abs(values.mean()) < 4 * math.sqrt(variance / values.size)
    if distribution == "uniform":
        limit = math.sqrt(3 * variance)
        assert np.abs(values).max() <= limit and np.abs(values).max() > 0.99 * limit
    else:
        assert np.abs(values).max() <= 2 * math.sqrt(variance) / TRUNCATED_STD + 1e-6


@pytest.mark.parametrize(("mode", "fan"), [("fan_in", 200), ("fan_out", 100), ("fan_avg", 150)])
@pytest.mark.parametrize("distribution", ["truncated_normal", "untruncated_normal", "uniform"])
def test_variance_scaling_modes_and_distributions(mode, fan, distribution):
    initializer = initializers.VarianceScaling(3.0, mode, distribution, seed=6)
    values = _np(initializer((200, 100)))
    assert abs(values.var() / (3.0 / fan) - 1) < 0.05
    if distribution == "uniform":
        assert np.abs(values).max() <= math.sqrt(9.0 / fan)


def test_variance_scaling_axes_set_the_fans():
    initializer = initializers.GlorotUniform(seed=7, input_axes=[0], output_axes=[2])
    values = _np(initializer((30, 50, 70)))
    limit = math.sqrt(6 / (30 + 70))
    assert np.abs(values).max() <= limit and np.abs(values).max() > 0.99 * limit


def test_variance_scaling_normal_means_truncated():
    initializer = initializers.VarianceScaling(distribution="Normal")
    assert initializer.get_config()["distribution"] == "truncated_normal"


@pytest.mark.parametrize(
    ("shape", "gain"), [((6, 4), 1.0), ((4, 6), 2.0), ((3, 3, 4, 8), 1.0), ((5, 5), 0.5)]
)
def test_orthogonal(shape, gain):
    values = _np(initializers.Orthogonal(gain=gain, seed=8)(shape))
    assert values.shape == shape
    matrix = values.reshape(-1, shape[-1])
    gram = matrix.T @ matrix if matrix.shape[0] >= matrix.shape[1] else matrix @ matrix.T
    np.testing.assert_allclose(gram, gain**2 * np.eye(gram.shape[0]), atol=1e-5)


def test_orthogonal_half_precision():
    values = initializers.Orthogonal(seed=9)((4, 4), dtype="float16")
    assert ops.dtype(values) == "float16"
    matrix = _np(values).astype("float64")
    np.testing.assert_allclose(matrix.T @ matrix, np.eye(4), atol=5e-3)


# --- STFT ---------------------------------------------------------------------------------


def _reference_window(window, length, periodic):
    """NumPy's symmetric windows (a periodic window drops the last of length + 1)."""
    numpy_windows = {"hann": np.hanning, "hamming": np.hamming, "blackman": np.blackman}
    if window is None:
        return None
    if not isinstance(window, str):
        return np.asarray(window)
    return numpy_windows[window](length + 1)[:-1] if periodic else numpy_windows[window](length)


@pytest.mark.parametrize(
    ("window", "scaling", "periodic"),
    [
        ("hann", "density", False),
        ("hann", "spectrum", True),
        ("hamming", None, False),
        ("blackman", "density", True),
        (None, "density", False),
        ([0.5, 1.0, 1.5, 2.0, 1.5, 1.0], "spectrum", False),
    ],
)
@pytest.mark.parametrize("frequencies", [4, 5])
def test_stft_matches_a_numpy_dft(window, scaling, periodic, frequencies):
    frame_length, fft_length = 6, 2 * (frequencies - 1)
    frame = np.random.default_rng(0).normal(size=frame_length)
    weights = _reference_window(window, frame_length, periodic)
    windowed = frame if weights is None else frame * weights
    spectrum = np.fft.rfft(windowed, n=fft_length)
    if weights is not None and scaling == "density":
        spectrum = spectrum / np.sqrt(np.sum(weights**2))
    elif weights is not None and scaling == "spectrum":
        spectrum = spectrum / np.sum(weights)
    for side, expected in (("real", spectrum.real), ("imag", spectrum.imag)):
        initializer = initializers.STFT(side, window, scaling, periodic)
        kernel = _np(initializer((frame_length, 1, frequencies), dtype=WIDE))
        assert kernel.shape == (frame_length, 1, frequencies)
        atol = 1e-12 if WIDE == "float64" else 1e-5
        np.testing.assert_allclose(frame @ kernel[:, 0, :], expected, atol=atol)


def test_stft_scipy_named_windows():
    # Values of scipy.signal.get_window(name, 5, fftbins=False).
    expected = {
        "boxcar": [1, 1, 1, 1, 1],
        "triang": [1 / 3, 2 / 3, 1, 2 / 3, 1 / 3],
        "bartlett": [0, 0.5, 1, 0.5, 0],
        "cosine": [0.3090169944, 0.8090169944, 1, 0.8090169944, 0.3090169944],
        "nuttall": [3.628e-04, 2.269824e-01, 1, 2.269824e-01, 3.628e-04],
        "blackmanharris": [6.0e-05, 2.1747e-01, 1, 2.1747e-01, 6.0e-05],
        "flattop": [-4.21051e-04, -5.473684e-02, 1.000000003, -5.473684e-02, -4.21051e-04],
    }
    for name, values in expected.items():
        np.testing.assert_allclose(window_values(name, 5, periodic=False), values, atol=1e-9)
        np.testing.assert_allclose(window_values(name, 4, periodic=True), values[:4], atol=1e-9)
    np.testing.assert_allclose(window_values("triang", 4, periodic=False), [0.25, 0.75, 0.75, 0.25])


def test_stft_default_dtype_is_floatx():
    kernel = initializers.STFT()((8, 1, 5))
    assert ops.dtype(kernel) == "float32"


# --- seeding ------------------------------------------------------------------------------

_RANDOM = [
    initializers.RandomNormal,
    initializers.RandomUniform,
    initializers.TruncatedNormal,
    initializers.VarianceScaling,
    initializers.GlorotUniform,
    initializers.HeNormal,
    initializers.Orthogonal,
]


@pytest.mark.parametrize("cls", _RANDOM, ids=lambda c: c.__name__)
def test_int_seed_repeats_across_calls_objects_and_clones(cls):
    initializer = cls(seed=11)
    first = _np(initializer((4, 5)))
    np.testing.assert_array_equal(_np(initializer((4, 5))), first)
    np.testing.assert_array_equal(_np(cls(seed=11)((4, 5))), first)
    np.testing.assert_array_equal(_np(initializer.clone()((4, 5))), first)
    assert not np.allclose(_np(cls(seed=12)((4, 5))), first)


@pytest.mark.parametrize("cls", _RANDOM, ids=lambda c: c.__name__)
def test_unseeded_repeats_per_object_and_clones_differ(cls):
    # As in Keras 3: seed=None fixes a seed when the initializer is made.
    initializer = cls()
    first = _np(initializer((4, 5)))
    np.testing.assert_array_equal(_np(initializer((4, 5))), first)
    assert not np.allclose(_np(initializer.clone()((4, 5))), first)
    assert not np.allclose(_np(cls()((4, 5))), first)
    assert initializer.get_config()["seed"] is None


def test_seed_generator_gives_new_values_each_call_and_serializes():
    initializer = initializers.RandomNormal(seed=random.SeedGenerator(3))
    first, second = _np(initializer((5,))), _np(initializer((5,)))
    assert not np.allclose(first, second)
    config = initializer.get_config()
    assert config == {
        "seed": {
            "module": "keras.random",
            "class_name": "SeedGenerator",
            "config": {"seed": 3, "name": "seed_generator"},
            "registered_name": None,
        },
        "mean": 0.0,
        "stddev": 0.05,
    }
    replay = initializers.RandomNormal.from_config(config)
    assert isinstance(replay.seed, random.SeedGenerator)
    np.testing.assert_array_equal(_np(replay((5,))), first)


# --- configs ------------------------------------------------------------------------------

_SEED_AXES = {"seed": None, "input_axes": None, "output_axes": None}
# What Keras 3.15.1's `serialize` writes for each class at default arguments.
_KERAS_DEFAULT_CONFIGS = {
    "Zeros": {},
    "Ones": {},
    "Constant": {"value": 0.0},
    "Identity": {},
    "RandomNormal": {"seed": None, "mean": 0.0, "stddev": 0.05},
    "RandomUniform": {"seed": None, "minval": -0.05, "maxval": 0.05},
    "TruncatedNormal": {"seed": None, "mean": 0.0, "stddev": 0.05},
    "VarianceScaling": {
        "seed": None,
        "scale": 1.0,
        "mode": "fan_in",
        "distribution": "truncated_normal",
        "input_axes": None,
        "output_axes": None,
    },
    "GlorotNormal": _SEED_AXES,
    "GlorotUniform": _SEED_AXES,
    "HeNormal": _SEED_AXES,
    "HeUniform": _SEED_AXES,
    "LecunNormal": _SEED_AXES,
    "LecunUniform": _SEED_AXES,
    "Orthogonal": {"seed": None, "gain": 1.0},
    "STFT": {"side": "real", "window": "hann", "periodic": False, "scaling": "density"},
}


@pytest.mark.parametrize("class_name", sorted(_KERAS_DEFAULT_CONFIGS))
def test_serialized_defaults_equal_keras(class_name):
    initializer = getattr(initializers, class_name)()
    expected = {
        "module": "keras.initializers",
        "class_name": class_name,
        "config": _KERAS_DEFAULT_CONFIGS[class_name],
        "registered_name": None,
    }
    assert initializers.serialize(initializer) == expected
    rebuilt = initializers.deserialize(expected)
    assert type(rebuilt) is type(initializer)
    assert rebuilt.get_config() == expected["config"]


@pytest.mark.parametrize(
    ("initializer", "config"),
    [
        (initializers.GlorotUniform(seed=3), {"seed": 3, "input_axes": None, "output_axes": None}),
        (
            initializers.VarianceScaling(2.0, "fan_avg", "uniform", 4, [0], [1]),
            {
                "seed": 4,
                "scale": 2.0,
                "mode": "fan_avg",
                "distribution": "uniform",
                "input_axes": [0],
                "output_axes": [1],
            },
        ),
        (initializers.Orthogonal(gain=2.0, seed=5), {"seed": 5, "gain": 2.0}),
        (
            initializers.STFT("imag", "hamming", "spectrum", True),
            {"side": "imag", "window": "hamming", "periodic": True, "scaling": "spectrum"},
        ),
        (initializers.Constant(2.5), {"value": 2.5}),
        (initializers.RandomUniform(-1.0, 1.0, seed=2), {"seed": 2, "minval": -1.0, "maxval": 1.0}),
    ],
    ids=lambda v: type(v).__name__ if not isinstance(v, dict) else "",
)
def test_configs_equal_keras_and_round_trip(initializer, config):
    assert initializer.get_config() == config
    rebuilt = type(initializer).from_config(config)
    assert rebuilt.get_config() == config
    shape = (8, 1, 5) if isinstance(initializer, initializers.STFT) else (3, 4)
    np.testing.assert_array_equal(_np(rebuilt(shape)), _np(initializer(shape)))


def test_identity_keeps_a_non_default_gain():
    # Keras 3.15.1 writes {} for Identity whatever the gain; a gain other than 1 is kept.
    assert initializers.Identity().get_config() == {}
    rebuilt = initializers.Identity.from_config(initializers.Identity(gain=3.0).get_config())
    np.testing.assert_array_equal(_np(rebuilt((2, 2))), 3 * np.eye(2))


def test_stft_window_values_are_stored_as_a_list():
    config = initializers.STFT(window=np.array([1.0, 2.0])).get_config()
    assert config["window"] == [1.0, 2.0]


# --- get / serialize / deserialize --------------------------------------------------------

_ALIASES = {
    "IdentityInitializer": "Identity",
    "OrthogonalInitializer": "Orthogonal",
    "STFTInitializer": "STFT",
    "constant": "Constant",
    "glorot_normal": "GlorotNormal",
    "glorot_uniform": "GlorotUniform",
    "he_normal": "HeNormal",
    "he_uniform": "HeUniform",
    "identity": "Identity",
    "lecun_normal": "LecunNormal",
    "lecun_uniform": "LecunUniform",
    "ones": "Ones",
    "orthogonal": "Orthogonal",
    "random_normal": "RandomNormal",
    "random_uniform": "RandomUniform",
    "stft": "STFT",
    "truncated_normal": "TruncatedNormal",
    "variance_scaling": "VarianceScaling",
    "zeros": "Zeros",
    # Short names Keras also reads.
    "uniform": "RandomUniform",
    "normal": "RandomNormal",
    "one": "Ones",
    "zero": "Zeros",
}


@pytest.mark.parametrize("name", sorted(_ALIASES))
def test_get_by_alias(name):
    cls = getattr(initializers, _ALIASES[name])
    assert type(initializers.get(name)) is cls
    assert type(initializers.deserialize(name)) is cls
    if hasattr(initializers, name):
        assert getattr(initializers, name) is cls


@pytest.mark.parametrize("class_name", sorted(_KERAS_DEFAULT_CONFIGS))
def test_get_by_class_name_and_class(class_name):
    cls = getattr(initializers, class_name)
    assert type(initializers.get(class_name)) is cls
    assert type(initializers.get(cls)) is cls


def test_get_identifier_kinds():
    assert initializers.get(None) is None
    instance = initializers.HeUniform(seed=1)
    assert initializers.get(instance) is instance

    def halves(shape, dtype=None):
        return ops.full(shape, 0.5, dtype=dtype)

    assert initializers.get(halves) is halves
    from_dict = initializers.get({"class_name": "RandomNormal", "config": {"stddev": 2.0}})
    assert from_dict.get_config() == {"seed": None, "mean": 0.0, "stddev": 2.0}
    lower_case = initializers.get({"class_name": "zeros", "config": {}})
    assert isinstance(lower_case, initializers.Zeros)
    assert initializers.serialize(halves) == {
        "module": "builtins",
        "class_name": "function",
        "config": "halves",
        "registered_name": "function",
    }
    assert initializers.serialize(None) is None


def test_get_registered_custom_initializer():
    @keras_core.saving.register_keras_serializable(package="InitTest")
    class Fives(initializers.Initializer):
        def __call__(self, shape, dtype=None):
            return ops.full(shape, 5.0, dtype=dtype)

    config = initializers.serialize(Fives())
    assert config["registered_name"] == "InitTest>Fives"
    np.testing.assert_array_equal(_np(initializers.get(config)((2,))), [5.0, 5.0])
    assert isinstance(initializers.get("InitTest>Fives"), Fives)
    assert isinstance(initializers.deserialize("Local", custom_objects={"Local": Fives}), Fives)


@pytest.mark.parametrize(
    ("identifier", "message"),
    [
        ("bogus", "Could not interpret initializer identifier: 'bogus'"),
        ({"class_name": "Bogus", "config": {}}, "Could not interpret initializer identifier"),
        ({"foo": 1}, "has no 'class_name' and 'config' keys"),
        (5, "Could not interpret initializer identifier: 5 of type int"),
    ],
)
def test_get_errors(identifier, message):
    with pytest.raises(ValueError, match=message):
        initializers.get(identifier)


def test_deserialize_unknown_name():
    with pytest.raises(ValueError, match="Unknown initializer 'bogus'"):
        initializers.deserialize("bogus")


# --- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "initializer",
    [
        initializers.RandomNormal(),
        initializers.GlorotUniform(),
        initializers.Orthogonal(),
        initializers.STFT(),
    ],
    ids=lambda i: type(i).__name__,
)
def test_non_float_dtype_is_refused(initializer):
    name = type(initializer).__name__
    shape = (4, 1, 3) if name == "STFT" else (2, 2)
    with pytest.raises(ValueError, match=f"{name} initializer only makes float tensors.*int32"):
        initializer(shape, dtype="int32")


@pytest.mark.parametrize("dtype", ["float16", "bfloat16", WIDE])
def test_random_initializers_draw_in_every_float_dtype(dtype):
    if dtype == "bfloat16" and keras_core.config.backend() == "numpy":
        pytest.importorskip("ml_dtypes", reason="NumPy's bfloat16 comes from ml_dtypes")
    values = initializers.GlorotUniform(seed=1)((20, 30), dtype=dtype)
    assert ops.dtype(values) == dtype
    limit = math.sqrt(6 / 50)
    assert np.abs(_np(ops.cast(values, "float32"))).max() <= limit * 1.01


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: initializers.RandomNormal(seed="a"), "RandomNormal initializer expected seed"),
        (lambda: initializers.HeNormal(seed=-1), "HeNormal initializer expected seed"),
        (lambda: initializers.Orthogonal(seed=1.5), "Orthogonal initializer expected seed"),
        (lambda: initializers.VarianceScaling(scale=0), "positive float scale"),
        (lambda: initializers.VarianceScaling(mode="FAN_IN"), "expected mode"),
        (lambda: initializers.VarianceScaling(distribution="x"), "expected distribution"),
        (lambda: initializers.GlorotUniform(input_axes=0), "input_axes to be a list"),
        (lambda: initializers.STFT(side="complex"), "side 'real' or 'imag'"),
        (lambda: initializers.STFT(window="hanning"), "does not know window 'hanning'"),
        (lambda: initializers.STFT(scaling="power"), "expected scaling"),
        (lambda: initializers.Constant("a"), "Constant initializer expected a number"),
        (lambda: initializers.Zeros()((2, -1)), "Zeros initializer expected a shape"),
        (lambda: initializers.Identity()((2, 2, 2)), "only makes 2D matrices.*rank 3"),
        (lambda: initializers.Orthogonal(seed=1)((3,)), "rank 2 or more"),
        (lambda: initializers.STFT()((4, 3)), r"kernels of shape \(frame_length, 1"),
        (lambda: initializers.STFT(window=[1.0, 2.0])((4, 1, 3)), "expected 4 window values"),
        (lambda: initializers.Constant([1.0, 2.0])((3,)), "cannot fill shape"),
    ],
)
def test_argument_errors(make, message):
    with pytest.raises(ValueError, match=message):
        make()


def test_base_initializer_must_be_subclassed():
    with pytest.raises(NotImplementedError, match="Initializer must implement __call__"):
        initializers.Initializer()((2,))
    assert initializers.Initializer().get_config() == {}
