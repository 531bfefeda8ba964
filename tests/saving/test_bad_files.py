"""Corrupt, incomplete, hostile or code-carrying files give an error that names the file
and the problem, and never a half-loaded model."""

import io
import json
import zipfile

import h5py
import numpy as np
import pytest

import keras_core as keras
from keras_core import config, ops
from keras_core.saving import archive


def _mlp():
    return keras.Sequential(
        [keras.Input((4,)), keras.layers.Dense(3), keras.layers.Dense(2)], name="mlp"
    )


@pytest.fixture
def saved(tmp_path):
    """A valid archive's members: ``{name: bytes}``."""
    path = tmp_path / "valid.keras"
    _mlp().save(path)
    with zipfile.ZipFile(path) as source:
        return {info.filename: source.read(info) for info in source.infolist()}


def _write_zip(path, members, compression=zipfile.ZIP_STORED):
    with zipfile.ZipFile(path, "w", compression=compression) as target:
        for name, data in members.items():
            target.writestr(name, data)
    return path


def _weights_with(saved, edit):
    """The archive's weights file after ``edit(h5 file)``."""
    buffer = io.BytesIO(saved["model.weights.h5"])
    with h5py.File(buffer, "a") as handle:
        edit(handle)
    return buffer.getvalue()


def test_a_file_that_is_not_a_zip_is_rejected(tmp_path):
    path = tmp_path / "model.keras"
    path.write_text("not a zip archive")

    with pytest.raises(ValueError, match=r"model\.keras is not a valid \.keras archive"):
        keras.models.load_model(path)


def test_a_truncated_archive_is_rejected(tmp_path):
    _mlp().save(tmp_path / "model.keras")
    data = (tmp_path / "model.keras").read_bytes()
    (tmp_path / "cut.keras").write_bytes(data[: len(data) // 2])

    with pytest.raises(ValueError, match=r"cut\.keras is not a valid .*truncated"):
        keras.models.load_model(tmp_path / "cut.keras")


def test_a_corrupted_member_is_rejected(tmp_path, saved):
    path = _write_zip(tmp_path / "model.keras", saved)
    data = bytearray(path.read_bytes())
    offset = data.index(b"\x89HDF") + 2000  # inside the weights member's data
    data[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))

    with pytest.raises(ValueError, match=r"model\.weights\.h5 cannot be read .*CRC"):
        keras.models.load_model(path)


def test_a_weights_member_that_is_not_hdf5_is_rejected(tmp_path, saved):
    path = _write_zip(tmp_path / "model.keras", {**saved, "model.weights.h5": b"garbage"})

    with pytest.raises(ValueError, match=r"model\.keras \(model\.weights\.h5\) is not a readable"):
        keras.models.load_model(path)


@pytest.mark.parametrize("member", ["../evil.txt", "assets/../../evil.txt", "/etc/evil.txt"])
def test_members_with_absolute_or_parent_paths_are_rejected(member, tmp_path, saved):
    path = _write_zip(tmp_path / "model.keras", {**saved, member: b"x"})

    with pytest.raises(ValueError, match=r"absolute path or a '\.\.' component"):
        keras.models.load_model(path)


@pytest.mark.parametrize("member", ["config.json", "model.weights.h5"])
def test_a_missing_member_is_named(member, tmp_path, saved):
    members = {name: data for name, data in saved.items() if name != member}
    path = _write_zip(tmp_path / "model.keras", members)

    with pytest.raises(ValueError, match=rf"model\.keras: the archive has no {member}"):
        keras.models.load_model(path)


def test_a_member_present_twice_is_rejected(tmp_path, saved):
    path = tmp_path / "model.keras"
    with pytest.warns(UserWarning, match="Duplicate name"):
        _write_zip(path, saved)
        with zipfile.ZipFile(path, "a") as target:
            target.writestr("config.json", b"{}")

    with pytest.raises(ValueError, match=r"'config\.json' appears twice"):
        keras.models.load_model(path)


def test_a_zip_bomb_member_is_refused_before_decompressing(tmp_path, saved, monkeypatch):
    monkeypatch.setattr(archive, "_EXPANSION_FLOOR_BYTES", 1000)
    members = {**saved, "assets/zeros.bin": bytes(200_000)}
    path = _write_zip(tmp_path / "model.keras", members, compression=zipfile.ZIP_DEFLATED)

    with pytest.raises(ValueError, match=r"'assets/zeros\.bin' expands from \d+ to 200000"):
        keras.models.load_model(path)


def test_invalid_config_json_is_rejected(tmp_path, saved):
    path = _write_zip(tmp_path / "model.keras", {**saved, "config.json": b"{not json"})

    with pytest.raises(ValueError, match=r"model\.keras: config\.json is not valid JSON"):
        keras.models.load_model(path)


def test_a_config_naming_an_unknown_class_is_rejected(tmp_path, saved):
    model_config = json.loads(saved["config.json"])
    model_config["config"]["layers"][1]["class_name"] = "NoSuchLayer"
    members = {**saved, "config.json": json.dumps(model_config).encode()}
    path = _write_zip(tmp_path / "model.keras", members)

    with pytest.raises(ValueError, match=r"model\.keras.*'NoSuchLayer'.*register_keras_serial"):
        keras.models.load_model(path)


def test_weights_of_the_wrong_shape_are_rejected(tmp_path, saved):
    def replace_kernel(handle):
        del handle["layers/dense/vars/0"]
        handle["layers/dense/vars"].create_dataset("0", data=np.zeros((5, 3), "float32"))

    members = {**saved, "model.weights.h5": _weights_with(saved, replace_kernel)}
    path = _write_zip(tmp_path / "model.keras", members)

    with pytest.raises(ValueError, match=r"(?s)model\.keras.*shape \(4, 3\).*shape \(5, 3\)"):
        keras.models.load_model(path)


def test_missing_weights_are_rejected(tmp_path, saved):
    def drop_layer(handle):
        del handle["layers/dense_1"]

    members = {**saved, "model.weights.h5": _weights_with(saved, drop_layer)}
    path = _write_zip(tmp_path / "model.keras", members)

    with pytest.raises(ValueError, match=r"(?s)model\.keras.*'layers/dense_1/vars'"):
        keras.models.load_model(path)


def _soft_link(handle):
    del handle["layers/dense_1/vars/0"]
    handle["layers/dense_1/vars/0"] = h5py.SoftLink("/layers/dense/vars/0")


def _external_link(handle):
    del handle["layers/dense_1"]
    handle["layers/dense_1"] = h5py.ExternalLink("/etc/passwd.h5", "/layers")


def _external_dataset(handle):
    del handle["layers/dense_1/vars/1"]
    handle["layers/dense_1/vars"].create_dataset(
        "1", shape=(2,), dtype="float32", external=[("/dev/zero", 0, 8)]
    )


def _virtual_dataset(handle):
    layout = h5py.VirtualLayout(shape=(2,), dtype="float32")
    layout[:] = h5py.VirtualSource("other.h5", "data", shape=(2,))
    del handle["layers/dense_1/vars/1"]
    handle["layers/dense_1/vars"].create_virtual_dataset("1", layout)


def _shape_bomb(handle):
    del handle["layers/dense_1/vars/1"]
    handle["layers/dense_1/vars"].create_dataset("1", shape=(2**30,), dtype="float32")


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (_soft_link, r"vars/0 is a SoftLink"),
        (_external_link, r"/layers/dense_1 is a ExternalLink"),
        (_external_dataset, r"vars/1 is an external dataset"),
        (_virtual_dataset, r"vars/1 is a virtual dataset"),
        (_shape_bomb, r"declares shape \(1073741824,\).*refusing to expand it"),
    ],
)
def test_unsafe_hdf5_content_is_refused_and_the_model_left_unchanged(
    edit, message, tmp_path, saved
):
    path = tmp_path / "hostile.weights.h5"
    path.write_bytes(_weights_with(saved, edit))
    model = _mlp()
    before = model.get_weights()

    with pytest.raises(ValueError, match=rf"hostile\.weights\.h5: .*{message}"):
        model.load_weights(path)

    # The first layer loaded before the hostile entry was reached; it was rolled back.
    for got, want in zip(model.get_weights(), before, strict=True):
        np.testing.assert_array_equal(got, want)


def test_missing_files_and_unsupported_formats(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"nothing\.keras"):
        keras.models.load_model(tmp_path / "nothing.keras")
    (tmp_path / "legacy.h5").write_bytes(b"")
    with pytest.raises(ValueError, match="legacy Keras 2 HDF5 format is not supported"):
        keras.models.load_model(tmp_path / "legacy.h5")
    with pytest.raises(ValueError, match="legacy Keras 2 HDF5 format is not supported"):
        _mlp().load_weights(tmp_path / "legacy.h5")
    (tmp_path / "sharded.weights.json").write_text("{}")
    with pytest.raises(ValueError, match="sharded weights"):
        _mlp().load_weights(tmp_path / "sharded.weights.json")


# Safe mode -----------------------------------------------------------------------------


def _lambda_model():
    inputs = keras.Input((3,))
    return keras.Model(inputs, keras.layers.Lambda(lambda x: x * 2.0)(inputs))


X = np.arange(6, dtype="float32").reshape(2, 3)


def test_safe_mode_refuses_a_python_lambda_and_says_how_to_opt_out(tmp_path):
    _lambda_model().save(tmp_path / "lambda.keras")

    with pytest.raises(ValueError, match=r"(?s)lambda\.keras.*safe_mode=False.*enable_unsafe"):
        keras.models.load_model(tmp_path / "lambda.keras")


@pytest.mark.compositions
def test_safe_mode_false_loads_a_python_lambda(tmp_path):
    _lambda_model().save(tmp_path / "lambda.keras")

    model = keras.models.load_model(tmp_path / "lambda.keras", safe_mode=False)

    np.testing.assert_allclose(ops.convert_to_numpy(model(X)), X * 2.0)


@pytest.mark.compositions
def test_enable_unsafe_deserialization_loads_a_python_lambda(tmp_path, monkeypatch):
    _lambda_model().save(tmp_path / "lambda.keras")
    monkeypatch.setitem(config._flags, "unsafe_deserialization", False)

    config.enable_unsafe_deserialization()
    model = keras.models.load_model(tmp_path / "lambda.keras")

    np.testing.assert_allclose(ops.convert_to_numpy(model(X)), X * 2.0)
