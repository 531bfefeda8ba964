"""Listing backends: what is found, and that nothing heavy is imported to find it."""

from keras_core.backend import list_backends
from keras_core.backend.hookspecs import BackendSpec

OFFICIAL = ("numpy", "jax", "torch", "tensorflow", "openvino")


def test_numpy_backend_is_registered_by_keras_core_itself():
    rows = {row.name: row for row in list_backends()}
    numpy_row = rows["numpy"]
    assert numpy_row.ok
    assert numpy_row.distribution == "keras-core"
    assert numpy_row.spec.module == "keras_core.backend.numpy"
    assert numpy_row.spec.capabilities == ("inference-only", "cpu")


def test_installed_official_backends_announce_their_capabilities():
    rows = {row.name: row for row in list_backends() if row.ok}
    expected = {
        "jax": ("keras-backend-jax", True, True),
        "torch": ("keras-backend-torch", True, True),
        "tensorflow": ("keras-backend-tf", True, True),
        "openvino": ("keras-backend-openvino", False, False),
    }
    for name, (dist, trainable, jit) in expected.items():
        if name in rows:
            spec = rows[name].spec
            assert (rows[name].distribution, spec.trainable, spec.jit) == (dist, trainable, jit)
            assert rows[name].framework_version is not None


def test_listing_imports_no_framework(run_json, empty_keras_home):
    imported = run_json(
        """
        import json, sys
        import keras_core
        names = [b.name for b in keras_core.backend.list_backends()]
        heavy = ("jax", "jaxlib", "torch", "tensorflow", "openvino")
        print(json.dumps({"names": names, "heavy": [m for m in heavy if m in sys.modules]}))
        """,
        keras_home=empty_keras_home,
    )
    assert "numpy" in imported["names"]
    assert imported["heavy"] == []


def test_cli_table_lists_every_backend_and_marks_the_selected_one(run_python, empty_keras_home):
    done = run_python(
        "from keras_core.__main__ import main; main(['backends'])",
        env={"KERAS_BACKEND": "numpy"},
        keras_home=empty_keras_home,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == [
        "name",
        "distribution",
        "version",
        "framework",
        "capabilities",
        "status",
    ]
    numpy_line = next(line for line in lines if line.split()[:2] == ["*", "numpy"])
    assert "keras-core" in numpy_line and numpy_line.rstrip().endswith("ok")
    assert "selected: numpy (by the KERAS_BACKEND environment variable)" in done.stdout


def test_cli_imports_no_framework(run_json, empty_keras_home):
    result = run_json(
        """
        import contextlib, io, json, sys
        from keras_core.__main__ import main
        with contextlib.redirect_stdout(io.StringIO()):
            main(["backends"])
        heavy = ("jax", "torch", "tensorflow", "openvino")
        print(json.dumps([m for m in heavy if m in sys.modules]))
        """,
        keras_home=empty_keras_home,
    )
    assert result == []


def test_capability_labels():
    spec = BackendSpec("x", "x_impl", "1.0", trainable=True, jit=True, devices=("cpu", "gpu"))
    assert spec.capabilities == ("trainable", "jit", "cpu", "gpu")
    assert BackendSpec("y", "y_impl", "1.0").capabilities == ("inference-only", "cpu")
