"""Selection order: set_backend, then KERAS_BACKEND, then keras.json, then the default order."""

import json

import pytest

from keras_core.backend import list_backends
from keras_core.backend.selection import DEFAULT_ORDER

CHOSEN = """
import json, keras_core
from keras_core.backend.selection import chosen_backend
print(json.dumps(chosen_backend()))
"""


def _write_keras_json(home, **settings):
    (home / "keras.json").write_text(json.dumps(settings))


def _installed():
    return [row.name for row in list_backends() if row.ok]


def test_default_is_first_installed_of_jax_torch_tensorflow_numpy(run_json, empty_keras_home):
    expected = next(name for name in DEFAULT_ORDER if name in _installed())
    name, source = run_json(CHOSEN, keras_home=empty_keras_home)
    assert name == expected
    assert "default order" in source


def test_keras_json_beats_the_default(run_json, empty_keras_home):
    _write_keras_json(empty_keras_home, backend="numpy", floatx="float32")
    name, source = run_json(CHOSEN, keras_home=empty_keras_home)
    assert name == "numpy"
    assert source == str(empty_keras_home / "keras.json")


def test_environment_beats_keras_json(run_json, empty_keras_home):
    _write_keras_json(empty_keras_home, backend="no-such-backend")
    name, source = run_json(CHOSEN, env={"KERAS_BACKEND": "numpy"}, keras_home=empty_keras_home)
    assert (name, source) == ("numpy", "the KERAS_BACKEND environment variable")


def test_set_backend_beats_the_environment(run_json, empty_keras_home):
    code = """
    import json, keras_core
    keras_core.config.set_backend("numpy")
    from keras_core.backend.selection import chosen_backend
    print(json.dumps(chosen_backend()))
    """
    name, source = run_json(code, env={"KERAS_BACKEND": "no-such"}, keras_home=empty_keras_home)
    assert (name, source) == ("numpy", "keras_core.config.set_backend()")


def test_keras_json_is_read_but_never_written(run_json, empty_keras_home):
    run_json(
        "import json, keras_core; keras_core.ops.add(1, 2); print(json.dumps(1))",
        env={"KERAS_BACKEND": "numpy"},
        keras_home=empty_keras_home,
    )
    assert list(empty_keras_home.iterdir()) == []


def test_keras_json_settings_apply(run_json, empty_keras_home):
    _write_keras_json(
        empty_keras_home,
        backend="numpy",
        floatx="float16",
        epsilon=1e-5,
        image_data_format="channels_first",
    )
    values = run_json(
        """
        import json, keras_core as k
        print(json.dumps([k.config.floatx(), k.config.epsilon(), k.config.image_data_format(),
                          str(k.ops.convert_to_tensor(1.5).dtype)]))
        """,
        keras_home=empty_keras_home,
    )
    assert values == ["float16", 1e-5, "channels_first", "float16"]


def test_first_op_activates_the_backend_and_imports_only_it(run_json, empty_keras_home):
    result = run_json(
        """
        import json, sys, keras_core
        before = keras_core.backend.activation.is_active()
        y = keras_core.ops.add([1.0], [2.0])
        print(json.dumps({"before": before, "after": keras_core.backend.activation.is_active(),
                          "type": type(y).__module__,
                          "heavy": [m for m in ("jax", "torch", "tensorflow", "openvino")
                                    if m in sys.modules]}))
        """,
        env={"KERAS_BACKEND": "numpy"},
        keras_home=empty_keras_home,
    )
    assert result == {"before": False, "after": True, "type": "numpy", "heavy": []}


def test_switching_after_first_use_is_refused_with_instructions(run_python, empty_keras_home):
    done = run_python(
        """
        import keras_core
        keras_core.ops.add(1, 2)
        keras_core.config.set_backend("numpy")   # the same one: allowed
        keras_core.config.set_backend("jax")
        """,
        env={"KERAS_BACKEND": "numpy"},
        keras_home=empty_keras_home,
    )
    assert done.returncode != 0
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("keras_core.backend.errors.BackendAlreadySelectedError")
    assert "'numpy' (chosen by the KERAS_BACKEND environment variable) is already in use" in last
    assert "before any keras_core op" in last and "KERAS_BACKEND=jax" in last


@pytest.mark.parametrize("how", ["env", "set_backend"])
def test_unknown_name_lists_installed_backends_and_install_lines(run_python, empty_keras_home, how):
    code = "import keras_core\n"
    env = {}
    if how == "env":
        env["KERAS_BACKEND"] = "nope"
        code += "keras_core.ops.add(1, 2)\n"
    else:
        code += "keras_core.config.set_backend('nope')\n"
    done = run_python(code, env=env, keras_home=empty_keras_home)
    assert done.returncode != 0
    assert "BackendNotFoundError: Unknown keras_core backend 'nope'." in done.stderr
    installed = ", ".join(_installed())
    assert f"Installed backends: {installed}." in done.stderr
    for name, line in {
        "jax": "pip install keras-backend-jax",
        "torch": "pip install keras-backend-torch",
        "tensorflow": "pip install keras-backend-tf",
        "openvino": "pip install keras-backend-openvino",
    }.items():
        assert (f"{name}: {line}" in done.stderr) == (name not in _installed())


def test_config_backend_names_the_active_backend(run_json, empty_keras_home):
    result = run_json(
        "import json, keras_core; print(json.dumps(keras_core.config.backend()))",
        env={"KERAS_BACKEND": "numpy"},
        keras_home=empty_keras_home,
    )
    assert result == "numpy"


def test_invalid_keras_json_is_an_error_naming_the_file(run_python, empty_keras_home):
    (empty_keras_home / "keras.json").write_text("{not json")
    done = run_python("import keras_core; keras_core.config.backend()", keras_home=empty_keras_home)
    assert done.returncode != 0
    assert f"Keras config file {empty_keras_home / 'keras.json'} is not valid JSON" in done.stderr
