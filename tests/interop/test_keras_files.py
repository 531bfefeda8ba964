"""``.keras`` and ``.weights.h5`` files move both ways between Keras 3 and keras-core.

Every zoo model is built and saved by one library and loaded by the other, which must
predict the same numbers; the weights file the loader writes back must have exactly the
saver's HDF5 layout. Both libraries run on the backend ``KERAS_BACKEND`` selects. Skipped
when the PyPI ``keras`` is not installed (the ``interop`` nox session installs it).
"""

import io
import zipfile

import h5py
import numpy as np
import pytest

keras = pytest.importorskip("keras")

import interop_zoo as zoo  # noqa: E402

import keras_core  # noqa: E402

LIBRARIES = {"keras": keras, "keras_core": keras_core}
# Keras's own convert_to_numpy triggers this NumPy 2 warning on its own tensors.
pytestmark = pytest.mark.filterwarnings("ignore:__array__ implementation:DeprecationWarning")
DIRECTIONS = [("keras", "keras_core"), ("keras_core", "keras")]


@pytest.fixture(autouse=True)
def _fresh_names():
    # Sublayers created in __init__ (MultiHeadAttention's softmax...) are named from the
    # session's counters; fresh counters in both libraries give both the same names.
    keras.backend.clear_session()
    keras_core.backend.clear_session(free_memory=False)


def _predict(library, model, inputs):
    outputs = model(inputs)
    if isinstance(outputs, (list, tuple)):
        return [library.ops.convert_to_numpy(output) for output in outputs]
    return [library.ops.convert_to_numpy(outputs)]


def h5_listing(data: bytes) -> list:
    """Every group (with its attributes) and dataset (shape, dtype) of an HDF5 file."""
    entries = []

    def visit(name, obj):
        if isinstance(obj, h5py.Group):
            entries.append((name, "group", dict(obj.attrs)))
        else:
            entries.append((name, obj.shape, str(obj.dtype), dict(obj.attrs)))

    with h5py.File(io.BytesIO(data), "r") as handle:
        handle.visititems(visit)
    return entries


def _weights_member(path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("model.weights.h5")


@pytest.mark.parametrize("direction", DIRECTIONS, ids=lambda d: f"{d[0]}-to-{d[1]}")
@pytest.mark.parametrize("name", sorted(zoo.ZOO))
def test_model_archive_moves_between_libraries(name, direction, tmp_path):
    saver, loader = (LIBRARIES[side] for side in direction)
    model, inputs = zoo.ZOO[name](saver)
    zoo.set_seeded_weights(model)
    expected = _predict(saver, model, inputs)
    saved = tmp_path / "saved.keras"
    model.save(saved)
    zoo.custom_classes(loader)  # registers the custom classes the subclassed model uses

    restored = loader.models.load_model(saved)

    for got, want in zip(_predict(loader, restored, inputs), expected, strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
    resaved = tmp_path / "resaved.keras"
    restored.save(resaved)
    assert h5_listing(_weights_member(resaved)) == h5_listing(_weights_member(saved))


@pytest.mark.parametrize("direction", DIRECTIONS, ids=lambda d: f"{d[0]}-to-{d[1]}")
@pytest.mark.parametrize("name", sorted(zoo.ZOO))
def test_weights_file_moves_between_libraries(name, direction, tmp_path):
    saver, loader = (LIBRARIES[side] for side in direction)
    model, inputs = zoo.ZOO[name](saver)
    zoo.set_seeded_weights(model)
    expected = _predict(saver, model, inputs)
    path = tmp_path / "model.weights.h5"
    model.save_weights(path)
    twin, _ = zoo.ZOO[name](loader)

    twin.load_weights(path)

    for got, want in zip(_predict(loader, twin, inputs), expected, strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
    written = tmp_path / "twin.weights.h5"
    twin.save_weights(written)
    assert h5_listing(written.read_bytes()) == h5_listing(path.read_bytes())


def test_metadata_and_zip_entries_match_keras(tmp_path):
    ours, _ = zoo.sequential_mlp(keras_core)
    theirs, _ = zoo.sequential_mlp(keras)
    ours.save(tmp_path / "ours.keras")
    theirs.save(tmp_path / "theirs.keras")

    def entries(path):
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            metadata = archive.read("metadata.json").decode()
        layout = [
            (i.filename, i.compress_type, i.external_attr, i.date_time[0] == 1980) for i in infos
        ]
        return layout, sorted(__import__("json").loads(metadata))

    assert entries(tmp_path / "ours.keras") == entries(tmp_path / "theirs.keras")


def test_a_compiled_and_trained_keras_model_loads_uncompiled_with_a_warning(tmp_path):
    if keras.backend.backend() not in ("jax", "torch", "tensorflow"):
        pytest.skip(f"Keras cannot train on the {keras.backend.backend()} backend")
    model, inputs = zoo.functional_cnn(keras)
    model.compile(optimizer="adam", loss="mse")
    model.fit(inputs, np.ones((2, 4), "float32"), epochs=1, verbose=0)
    expected = _predict(keras, model, inputs)
    model.save(tmp_path / "trained.keras")
    with h5py.File(io.BytesIO(_weights_member(tmp_path / "trained.keras")), "r") as handle:
        assert len(handle["optimizer/vars"]) > 2  # iteration, learning rate, slots

    with pytest.warns(UserWarning, match="cannot be compiled yet"):
        restored = keras_core.models.load_model(tmp_path / "trained.keras")
    uncompiled = keras_core.models.load_model(tmp_path / "trained.keras", compile=False)

    for loaded in (restored, uncompiled):
        got = _predict(keras_core, loaded, inputs)
        np.testing.assert_allclose(got[0], expected[0], rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("direction", DIRECTIONS, ids=lambda d: f"{d[0]}-to-{d[1]}")
def test_a_python_lambda_needs_safe_mode_off_in_both_libraries(direction, tmp_path):
    saver, loader = (LIBRARIES[side] for side in direction)
    inputs = saver.Input((3,))
    model = saver.Model(inputs, saver.layers.Lambda(lambda x: x * 2.0)(inputs))
    x = np.arange(6, dtype="float32").reshape(2, 3)
    model.save(tmp_path / "lambda.keras")

    with pytest.raises(ValueError, match="safe_mode=False"):
        loader.models.load_model(tmp_path / "lambda.keras")
    restored = loader.models.load_model(tmp_path / "lambda.keras", safe_mode=False)

    np.testing.assert_allclose(_predict(loader, restored, x)[0], x * 2.0)
