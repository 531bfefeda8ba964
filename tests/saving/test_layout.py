"""Files keras-core writes have Keras 3.15.1's exact layout (zip members, HDF5 tree)."""

import json
import zipfile

import h5py
import numpy as np
import pytest
import saving_models

import keras_core as keras
from keras_core import backend


def weights_layout(path) -> dict:
    """``{vars group: (name attribute, [dataset shapes])}``; also checks that nothing else
    (datasets outside ``vars``, other attributes, non-float32 data) is in the file."""
    layout = {}
    with h5py.File(path, "r") as handle:
        assert dict(handle.attrs) == {}

        def visit(name, obj):
            if isinstance(obj, h5py.Dataset):
                assert name.split("/")[-2] == "vars" and obj.dtype == np.float32, name
                assert dict(obj.attrs) == {}, name
            elif name.split("/")[-1] == "vars":
                assert set(obj.attrs) <= {"name"}, name
                keys = sorted(obj, key=int)
                layout[name] = (obj.attrs.get("name"), [tuple(obj[key].shape) for key in keys])
            else:
                assert dict(obj.attrs) == {}, name

        handle.visititems(visit)
    return layout


@pytest.mark.parametrize("name", sorted(saving_models.KERAS_LAYOUTS))
def test_weights_file_layout_equals_keras(name, tmp_path):
    backend.clear_session(free_memory=False)
    model, _ = saving_models.BUILDERS[name](keras)
    path = tmp_path / "model.weights.h5"

    keras.saving.save_weights(model, path)

    assert weights_layout(path) == saving_models.KERAS_LAYOUTS[name]


def test_keras_archive_members_and_metadata(tmp_path):
    backend.clear_session(free_memory=False)
    model, _ = saving_models.functional_cnn(keras)
    path = tmp_path / "model.keras"

    model.save(path)

    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        assert [info.filename for info in infos] == [
            "metadata.json",
            "config.json",
            "model.weights.h5",
        ]
        assert {info.compress_type for info in infos} == {zipfile.ZIP_STORED}
        assert [info.date_time[0] == 1980 for info in infos] == [True, True, False]
        metadata = json.loads(archive.read("metadata.json"))
        config_text = archive.read("config.json").decode()
        weights = archive.read("model.weights.h5")
    assert list(metadata) == ["keras_version", "date_saved"]
    assert metadata["keras_version"] == "3.15.1"
    assert len(metadata["date_saved"]) == 19 and metadata["date_saved"][10] == "@"
    assert "\n" not in config_text
    config = json.loads(config_text)
    assert (config["module"], config["class_name"], config["registered_name"]) == (
        "keras.src.models.functional",
        "Functional",
        "Functional",
    )
    (tmp_path / "inner.weights.h5").write_bytes(weights)
    assert (
        weights_layout(tmp_path / "inner.weights.h5")
        == saving_models.KERAS_LAYOUTS["functional_cnn"]
    )


def _bfloat16_model():
    pytest.importorskip("ml_dtypes")
    try:
        return keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, dtype="bfloat16")])
    except (TypeError, ValueError, NotImplementedError) as error:
        pytest.skip(f"bfloat16 weights are not available on this backend: {error}")


KERNEL = np.arange(6, dtype="float32").reshape(3, 2) / 4


def test_bfloat16_weights_are_written_as_two_byte_values_with_a_dtype_attribute(tmp_path):
    pytest.importorskip("ml_dtypes", reason="bfloat16 arrays in NumPy come from ml_dtypes")
    import ml_dtypes

    model = _bfloat16_model()
    model.layers[0].kernel.assign(KERNEL.astype(ml_dtypes.bfloat16))
    if model.layers[0].kernel.numpy().dtype != ml_dtypes.bfloat16:
        pytest.skip("this backend hands bfloat16 variables to NumPy as another dtype")
    path = tmp_path / "model.weights.h5"

    model.save_weights(path)

    with h5py.File(path, "r") as handle:
        dataset = handle["layers/dense/vars/0"]
        assert dataset.dtype == np.dtype("V2")
        assert dict(dataset.attrs) == {"dtype": "bfloat16"}
        stored = dataset[()].view(ml_dtypes.bfloat16).astype("float32")
    np.testing.assert_array_equal(stored, KERNEL)


def test_bfloat16_weights_written_by_keras_are_read(tmp_path):
    pytest.importorskip("ml_dtypes", reason="bfloat16 arrays in NumPy come from ml_dtypes")
    import ml_dtypes

    model = _bfloat16_model()
    path = tmp_path / "keras.weights.h5"
    with h5py.File(path, "w") as handle:
        group = handle.create_group("layers/dense/vars")
        group.attrs["name"] = "dense"
        kernel = group.create_dataset("0", data=KERNEL.astype(ml_dtypes.bfloat16).view("V2"))
        kernel.attrs["dtype"] = "bfloat16"
        group.create_dataset("1", data=np.ones(2, ml_dtypes.bfloat16).view("V2"))
        group["1"].attrs["dtype"] = "bfloat16"
        handle.create_group("vars").attrs["name"] = model.name

    model.load_weights(path)

    loaded = keras.ops.convert_to_numpy(keras.ops.cast(model.layers[0].kernel, "float32"))
    np.testing.assert_array_equal(loaded, KERNEL)
