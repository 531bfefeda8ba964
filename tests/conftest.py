"""Shared fixtures: every test runs on the backend that ``KERAS_BACKEND`` selects."""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from keras_core.backend.errors import UnsupportedOpError


def _run_python(code: str, *, env: dict | None = None, pythonpath=(), keras_home=None):
    """Runs ``code`` in a fresh interpreter and returns the completed process.

    The child gets an empty ``KERAS_HOME`` (so the developer's ``~/.keras/keras.json`` never
    leaks in) and no ``KERAS_BACKEND`` unless ``env`` sets them.
    """
    child_env = {k: v for k, v in os.environ.items() if k not in ("KERAS_BACKEND", "KERAS_HOME")}
    if keras_home is not None:
        child_env["KERAS_HOME"] = str(keras_home)
    child_env.update(env or {})
    if pythonpath:
        child_env["PYTHONPATH"] = os.pathsep.join(
            [*map(str, pythonpath), child_env.get("PYTHONPATH", "")]
        )
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=child_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _run_json(code: str, **kwargs):
    """Runs ``code``, which must print one JSON document last, and returns it decoded."""
    done = _run_python(code, **kwargs)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def empty_keras_home(tmp_path):
    home = tmp_path / "keras_home"
    home.mkdir()
    return home


@pytest.fixture(scope="session")
def backend_name():
    import keras_core

    return keras_core.config.backend()


@pytest.fixture
def run_python():
    """``run_python(code, env=..., pythonpath=..., keras_home=...)`` in a fresh interpreter."""
    return _run_python


@pytest.fixture
def run_json():
    """Like ``run_python``, returning the JSON document the child printed last."""
    return _run_json


def pytest_collection_modifyitems(config, items):
    from keras_core.backend import active_backend

    if active_backend().info.spec.compositions:
        return
    skip = pytest.mark.skip(reason="the active backend's tensors have no array operators")
    for item in items:
        if item.get_closest_marker("compositions"):
            item.add_marker(skip)


def _skip_if_unsupported(outcome):
    error = outcome.excinfo[1] if outcome.excinfo else None
    if isinstance(error, UnsupportedOpError):
        outcome.force_exception(pytest.skip.Exception(f"unsupported by this backend: {error}"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    """A fixture that needs what the active backend lacks (OpenVINO has no Variable) skips."""
    _skip_if_unsupported((yield))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """A test that reaches an op the active backend does not support is skipped, not failed:
    the conformance table lists such ops, and e.g. OpenVINO runs only part of the surface."""
    _skip_if_unsupported((yield))
