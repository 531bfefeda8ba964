"""The layers suite: its cases register, prepare, and keras-core agrees with native code."""

import numpy as np
import pytest

pytest.importorskip("keras_bench")

import keras_core
from keras_bench import SkipCase
from keras_bench.cases import case_registry
from keras_bench.cases.layers import OutputMismatchError, check_same_outputs
from keras_core import ops

LAYER_CASES = {
    # name: (items per call, keras-core output shape)
    "layers.mlp_b1": (1, (1, 10)),
    "layers.mlp_b128": (128, (128, 10)),
    "layers.conv2d": (32, (32, 62, 62, 32)),
    "layers.lstm": (32, (32, 64)),
    "layers.batch_norm": (256, (256, 512)),
}


def _backend():
    return keras_core.backend.active_backend().name


def _prepare(name):
    try:
        return case_registry().cases[name].prepare(_backend())
    except SkipCase as skip:
        pytest.skip(str(skip))


def test_layer_cases_are_registered_in_the_layers_suite():
    registry = case_registry()
    selected = registry.select(suite="layers")
    assert [case.name for case in selected] == list(LAYER_CASES)
    assert {case.origin for case in selected} == {"keras_bench.cases.layers"}
    assert not [error for error in registry.errors if "layers" in error]


# The cheap cases: the 50-step LSTM takes seconds to prepare on some backends; the
# benchmark's smoke run covers it.
@pytest.mark.parametrize("name", ["layers.mlp_b1", "layers.batch_norm", "layers.conv2d"])
def test_keras_and_native_versions_compute_the_same_numbers(name):
    workload = _prepare(name)
    items, shape = LAYER_CASES[name]
    assert workload.items_per_call == items
    keras_output = ops.convert_to_numpy(workload.keras(*workload.args))
    assert keras_output.shape == shape and keras_output.dtype == np.float32
    assert np.all(np.isfinite(keras_output)) and np.std(keras_output) > 0.1
    if workload.native is None:
        return
    native_output = ops.convert_to_numpy(workload.native(*workload.args))
    if name == "layers.conv2d" and _backend() == "torch":
        native_output = np.transpose(native_output, (0, 2, 3, 1))  # torch convolves NCHW
    np.testing.assert_allclose(keras_output, native_output, rtol=1e-4, atol=1e-5)
    # Repeated calls (what the benchmark times) give the same result: no state is updated.
    again = ops.convert_to_numpy(workload.keras(*workload.args))
    np.testing.assert_array_equal(again, keras_output)


def test_batch_norm_uses_the_moving_statistics():
    workload = _prepare("layers.batch_norm")
    (x,) = workload.args
    output = ops.convert_to_numpy(workload.keras(x))
    # Normalizing with the batch's own statistics would give columns of mean 0, std 1.
    assert np.max(np.abs(output.mean(axis=0))) > 0.1


def test_a_mismatch_names_the_case_and_backend():
    check_same_outputs("layers.x", "numpy", np.ones(3), np.ones(3) + 1e-6)
    with pytest.raises(OutputMismatchError) as error:
        check_same_outputs("layers.x", "jax", np.ones(3), np.array([1.0, 1.1, 1.0]))
    message = str(error.value)
    assert "case 'layers.x' on backend 'jax'" in message and "rtol=0.0001, atol=1e-05" in message


def test_a_missing_layer_class_skips_the_case(monkeypatch):
    if _backend() == "openvino":
        pytest.skip("openvino skips the layer cases before looking for the layer class")
    import keras_core.layers

    monkeypatch.delattr(keras_core.layers, "BatchNormalization", raising=False)
    with pytest.raises(SkipCase, match=r"needs keras_core\.layers\.BatchNormalization"):
        case_registry().cases["layers.batch_norm"].prepare(_backend())


def test_openvino_is_skipped_with_a_reason():
    with pytest.raises(SkipCase, match="inference-only openvino backend"):
        case_registry().cases["layers.mlp_b1"].prepare("openvino")
