"""An interrupted save leaves the previous file intact: saves write a temporary file next
to the target and rename it into place only once it is complete."""

import os
import signal
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import keras_core as keras
from keras_core import ops
from keras_core.saving import h5_store

# The child saves model A, then starts saving model B over it and hangs halfway through
# writing B's weights; the parent kills it there.
_CHILD = textwrap.dedent(
    """
    import sys, time
    import numpy as np
    import keras_core as keras
    from keras_core.saving import h5_store

    path, x_path, a_path = sys.argv[1:4]
    model = keras.Sequential(
        [keras.Input((4,)), keras.layers.Dense(8), keras.layers.Dense(2)], name="mlp"
    )
    x = np.linspace(-1, 1, 12, dtype="float32").reshape(3, 4)
    model.save(path)
    np.save(x_path, x)
    np.save(a_path, keras.ops.convert_to_numpy(model(x)))
    model.set_weights([w * 0 + 7 for w in model.get_weights()])
    write = h5_store._VarsWriter.__setitem__
    written = []

    def hang_halfway(store, key, value):
        write(store, key, value)
        written.append(key)
        if len(written) == 2:
            print("halfway", flush=True)
            time.sleep(600)

    h5_store._VarsWriter.__setitem__ = hang_halfway
    model.save(path)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_save_killed_halfway_leaves_the_previous_file_loadable(tmp_path):
    # A backend without variables (OpenVINO) cannot build the model: the hook skips.
    keras.Variable(0.0)
    path = tmp_path / "model.keras"
    x_path, a_path = tmp_path / "x.npy", tmp_path / "a.npy"
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path), str(x_path), str(a_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "halfway", child.stderr.read()
        temporaries = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert len(temporaries) == 1 and temporaries[0].name.startswith(".model.keras.")
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=60)
        child.stdout.close()
        child.stderr.close()

    restored = keras.models.load_model(path)

    predictions = ops.convert_to_numpy(restored(np.load(x_path)))
    np.testing.assert_allclose(predictions, np.load(a_path), rtol=1e-6, atol=1e-6)


def test_a_failing_save_leaves_the_previous_files_and_no_temporary(tmp_path, monkeypatch):
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)], name="mlp")
    model.save(tmp_path / "model.keras")
    model.save_weights(tmp_path / "model.weights.h5")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def fail(store, key, value):
        raise OSError("disk full")

    monkeypatch.setattr(h5_store._VarsWriter, "__setitem__", fail)
    with pytest.raises(OSError, match="disk full"):
        model.save(tmp_path / "model.keras")
    with pytest.raises(OSError, match="disk full"):
        model.save_weights(tmp_path / "model.weights.h5")

    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_new_files_and_folders_get_the_usual_permissions(tmp_path):
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])
    umask = os.umask(0o022)
    try:
        model.save(tmp_path / "model.keras")
        model.save(tmp_path / "folder", zipped=False)
    finally:
        os.umask(umask)

    assert (tmp_path / "model.keras").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "folder").stat().st_mode & 0o777 == 0o755
