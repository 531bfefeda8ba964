"""Models saved and loaded on the active backend come back with the same config, weights
and predictions; weights files load into twins, with ``skip_mismatch`` where shapes differ."""

import io
import json

import numpy as np
import pytest
import saving_models

import keras_core as keras
from keras_core import ops

MODEL_BUILDERS = sorted(set(saving_models.BUILDERS) - {"containers"})


def _seeded(model):
    rng = np.random.default_rng(7)
    model.set_weights(
        [rng.uniform(0.2, 1.0, size=tuple(w.shape)).astype("float32") for w in model.weights]
    )
    return model


def _predict(model, inputs) -> list:
    outputs = model(inputs)
    outputs = outputs if isinstance(outputs, (list, tuple)) else [outputs]
    return [ops.convert_to_numpy(output) for output in outputs]


def _assert_same_model(restored, model, inputs):
    assert type(restored) is type(model)
    assert restored.get_config() == model.get_config()
    assert [w.shape for w in restored.weights] == [w.shape for w in model.weights]
    for got, want in zip(restored.get_weights(), model.get_weights(), strict=True):
        np.testing.assert_array_equal(got, want)
    for got, want in zip(_predict(restored, inputs), _predict(model, inputs), strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("name", MODEL_BUILDERS)
def test_keras_archive_round_trip(name, tmp_path):
    model, inputs = saving_models.BUILDERS[name](keras)
    _seeded(model)
    path = tmp_path / "model.keras"

    model.save(path)
    restored = keras.models.load_model(path)

    _assert_same_model(restored, model, inputs)


def test_unzipped_folder_round_trip(tmp_path):
    model, inputs = saving_models.functional_cnn(keras)
    _seeded(model)
    folder = tmp_path / "saved_model"

    model.save(folder, zipped=False)
    restored = keras.saving.load_model(folder)

    assert sorted(p.name for p in folder.iterdir()) == [
        "assets",
        "config.json",
        "metadata.json",
        "model.weights.h5",
    ]
    _assert_same_model(restored, model, inputs)
    model.save(folder, zipped=False)  # replacing an existing folder
    _assert_same_model(keras.saving.load_model(folder), model, inputs)


def test_file_object_round_trip():
    model, inputs = saving_models.sequential_mlp(keras)
    _seeded(model)
    buffer = io.BytesIO()

    keras.saving.save_model(model, buffer)
    buffer.seek(0)
    restored = keras.saving.load_model(buffer)

    _assert_same_model(restored, model, inputs)


def test_to_json_and_model_from_json_give_the_same_architecture():
    model, inputs = saving_models.nested(keras)

    clone = keras.models.model_from_json(model.to_json())

    assert clone.get_config() == model.get_config()
    assert json.loads(model.to_json(indent=2)) == json.loads(model.to_json())
    assert _predict(clone, inputs)[0].shape == _predict(model, inputs)[0].shape


@pytest.mark.parametrize("name", sorted(saving_models.BUILDERS))
def test_weights_file_loads_into_a_twin(name, tmp_path):
    model, inputs = saving_models.BUILDERS[name](keras)
    _seeded(model)
    twin, _ = saving_models.BUILDERS[name](keras)
    path = tmp_path / "model.weights.h5"

    keras.saving.save_weights(model, path)
    keras.saving.load_weights(twin, path)

    for got, want in zip(twin.get_weights(), model.get_weights(), strict=True):
        np.testing.assert_array_equal(got, want)
    for got, want in zip(_predict(twin, inputs), _predict(model, inputs), strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-6)


def test_load_weights_reads_the_weights_of_a_keras_archive(tmp_path):
    model, inputs = saving_models.functional_cnn(keras)
    _seeded(model)
    twin, _ = saving_models.functional_cnn(keras)
    model.save(tmp_path / "model.keras")

    twin.load_weights(tmp_path / "model.keras")

    np.testing.assert_allclose(_predict(twin, inputs)[0], _predict(model, inputs)[0], rtol=1e-6)


def _mlp(hidden, out=2):
    return keras.Sequential(
        [keras.Input((4,)), keras.layers.Dense(hidden), keras.layers.Dense(out)], name="mlp"
    )


def test_skip_mismatch_loads_what_fits_and_warns_about_the_rest(tmp_path):
    source, target = _seeded(_mlp(3)), _mlp(3, out=5)
    source.save_weights(tmp_path / "source.weights.h5")
    before = target.layers[1].get_weights()

    with pytest.warns(UserWarning, match=r"Skipping variable loading.*shape \(3, 5\)"):
        target.load_weights(tmp_path / "source.weights.h5", skip_mismatch=True)

    for got, want in zip(
        target.layers[0].get_weights(), source.layers[0].get_weights(), strict=True
    ):
        np.testing.assert_array_equal(got, want)
    for got, want in zip(target.layers[1].get_weights(), before, strict=True):
        np.testing.assert_array_equal(got, want)


def test_mismatched_shapes_raise_and_leave_the_model_unchanged(tmp_path):
    source, target = _seeded(_mlp(3)), _mlp(5)
    source.save_weights(tmp_path / "small.weights.h5")
    before = target.get_weights()

    with pytest.raises(
        ValueError, match=r"(?s)small\.weights\.h5.*left unchanged.*has shape \(4, 5\).*\(4, 3\)"
    ):
        target.load_weights(tmp_path / "small.weights.h5")

    for got, want in zip(target.get_weights(), before, strict=True):
        np.testing.assert_array_equal(got, want)


def test_unbuilt_model_gets_a_hint(tmp_path):
    source = _seeded(_mlp(3))
    source.save_weights(tmp_path / "mlp.weights.h5")
    unbuilt = keras.Sequential([keras.layers.Dense(3), keras.layers.Dense(2)])

    with pytest.raises(ValueError, match="not built yet"):
        unbuilt.load_weights(tmp_path / "mlp.weights.h5")


def test_overwrite_false_refuses_to_replace_an_existing_file(tmp_path):
    model = _mlp(3)
    model.save(tmp_path / "m.keras")
    model.save_weights(tmp_path / "m.weights.h5")

    with pytest.raises(FileExistsError, match="overwrite=False"):
        model.save(tmp_path / "m.keras", overwrite=False)
    with pytest.raises(FileExistsError, match="overwrite=False"):
        model.save_weights(tmp_path / "m.weights.h5", overwrite=False)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda m, d: m.save(d / "model.h5"), "legacy Keras 2 HDF5"),
        (lambda m, d: m.save(d / "model"), r"ending in `\.keras`"),
        (lambda m, d: m.save(d / "model.keras", zipped=False), "must not end"),
        (lambda m, d: m.save(d / "model.keras", save_format="tf"), "save_format"),
        (lambda m, d: m.save_weights(d / "model.h5"), r"must end in `\.weights\.h5`"),
        (lambda m, d: m.save_weights(d / "m.weights.h5", max_shard_size=1), "sharded"),
    ],
)
def test_bad_save_arguments_raise(call, message, tmp_path):
    with pytest.raises(ValueError, match=message):
        call(_mlp(3), tmp_path)
    assert list(tmp_path.iterdir()) == []
