"""The toy third-party backend (tests/toy_backend), found through its entry point."""

import pytest

pytest.importorskip("keras_backend_toy", reason="installed by the `plugins` nox session")

RUN_ON_TOY = """
import json
import numpy as np
import keras_core as k
from keras_core.backend import active_backend
x = k.ops.convert_to_tensor(np.array([[1.0, 2.0], [3.0, 4.0]], "float32"))
results = {
    "backend": k.config.backend(),
    "type": type(k.ops.matmul(x, x)).__name__,
    "matmul": k.ops.convert_to_numpy(k.ops.matmul(x, x)).tolist(),
    "softmax": k.ops.convert_to_numpy(k.ops.softmax(k.ops.convert_to_tensor([0.0, 0.0]))).tolist(),
    "mean": float(k.ops.mean(x)),
    "relu": k.ops.convert_to_numpy(k.ops.relu(k.ops.subtract(x, 2.5))).tolist(),
    "kinds": {
        n: active_backend().bindings[n]
        for n in ("numpy.products.matmul", "nn.activation.softmax", "numpy.reduction.mean")
    },
}
print(json.dumps(results))
"""


def test_toy_backend_is_listed_from_its_own_distribution():
    from keras_core.backend import list_backends

    row = next(r for r in list_backends() if r.name == "toy")
    assert (row.distribution, row.distribution_version, row.status) == (
        "keras-backend-toy",
        "1.0.0",
        "ok",
    )
    assert row.spec.capabilities == ("inference-only", "cpu")


def test_ops_run_on_the_toy_backend(run_json, empty_keras_home):
    result = run_json(RUN_ON_TOY, env={"KERAS_BACKEND": "toy"}, keras_home=empty_keras_home)
    assert result == {
        "backend": "toy",
        "type": "ToyArray",
        "matmul": [[7.0, 10.0], [15.0, 22.0]],
        "softmax": [0.5, 0.5],
        "mean": 2.5,
        "relu": [[0.0, 0.0], [0.5, 1.5]],
        "kinds": {
            "numpy.products.matmul": "native",
            "nn.activation.softmax": "composed",
            "numpy.reduction.mean": "composed",
        },
    }


def test_toy_can_be_chosen_with_set_backend(run_python, empty_keras_home):
    done = run_python(
        "import keras_core as k; k.config.set_backend('toy'); "
        "print(type(k.ops.add(1.0, 2.0)).__name__)",
        keras_home=empty_keras_home,
    )
    assert done.stdout.strip() == "ToyArray", done.stderr
