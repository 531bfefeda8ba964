"""Running backends in subprocesses: end to end on numpy, failures, and bad names."""

import csv
import json
import subprocess
import sys

import pytest

pytest.importorskip("keras_bench")

from keras_bench import BenchCase, SkipCase, Workload
from keras_bench.cases import case_registry
from keras_bench.cli import main
from keras_bench.errors import UnknownNameError
from keras_bench.runner import make_settings, resolve_backends, run_all, run_backend
from keras_bench.worker import run_case
from keras_core.backend.errors import UnsupportedOpError

FRAMEWORKS = ("jax", "torch", "tensorflow", "openvino")


def test_quick_run_on_numpy_end_to_end(tmp_path, capsys):
    paths = {kind: tmp_path / f"r.{kind}" for kind in ("json", "csv", "png")}
    argv = ["run", "--quick", "--suite", "ops", "--backends", "numpy", "--budget", "0.05"]
    argv += [f"--{'plot' if kind == 'png' else kind}={path}" for kind, path in paths.items()]
    pytest.importorskip("matplotlib")
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "ops.add" in out and "ops.matmul" in out and "keras/native" in out

    data = json.loads(paths["json"].read_text())
    assert data["schema_version"] == 1
    assert data["settings"]["budget_s"] == 0.05 and data["settings"]["quick"] is True
    (backend,) = data["backends"]
    assert (backend["name"], backend["status"], backend["framework"]) == ("numpy", "ok", "numpy")
    assert backend["device"] == "cpu" and backend["gpu"] is None
    assert 10 * 2**20 < backend["peak_rss_bytes"] < 4 * 2**30
    assert 0 < backend["activation_s"] < backend["wall_s"]
    assert [(r["case"], r["backend"], r["status"]) for r in data["results"]] == [
        ("ops.add", "numpy", "ok"),
        ("ops.matmul", "numpy", "ok"),
    ]
    for row in data["results"]:
        keras, native = row["keras"], row["native"]
        assert row["ratio"] == pytest.approx(keras["median_s"] / native["median_s"])
        for timing in (keras, native):
            assert timing["min_s"] <= timing["ci_low_s"] <= timing["median_s"]
            assert timing["median_s"] <= timing["ci_high_s"] <= timing["max_s"]
            assert 1e-8 < timing["median_s"] < 1e-3  # an (8, 8) op on numpy
            assert timing["throughput"] == pytest.approx(1 / timing["median_s"])
            assert timing["samples"] >= 1 and timing["first_call_s"] > 0
            # A sample (calls x time per call) aims at the quick preset's 2 ms.
            assert 0.2e-3 < timing["calls_per_sample"] * timing["median_s"] < 20e-3
        assert keras["calls_per_sample"] == native["calls_per_sample"]

    rows = list(csv.DictReader(paths["csv"].open()))
    assert [row["case"] for row in rows] == ["ops.add", "ops.matmul"]
    assert float(rows[0]["ratio"]) == pytest.approx(data["results"][0]["ratio"])
    assert paths["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_failing_backend_is_reported_and_the_others_still_run(fast_settings):
    cases = case_registry().select(names=["ops.add"])
    result = run_all(["nonexistent", "numpy"], cases, fast_settings)
    failed, ok = result.backends
    assert (failed.name, failed.status, ok.name, ok.status) == (
        "nonexistent",
        "failed",
        "numpy",
        "ok",
    )
    assert "BackendNotFoundError: Unknown keras_core backend 'nonexistent'" in failed.error
    assert "numpy" in failed.error  # the message lists the installed backends
    assert failed.stderr_tail  # the worker's traceback is kept
    first, second = result.results
    assert (first.backend, first.status, second.backend, second.status) == (
        "nonexistent", "failed", "numpy", "ok",
    )  # fmt: skip
    assert first.error.startswith("backend 'nonexistent' failed before this case finished")


def test_a_hanging_backend_is_killed_at_the_timeout(fast_settings):
    settings = fast_settings.model_copy(update={"timeout_s": 0.01})
    events = []
    run, results = run_backend(
        "numpy", case_registry().select(names=["ops.add"]), settings, lambda *e: events.append(e)
    )
    assert run.status == "failed" and run.error.startswith("timed out after 0.01 s")
    assert [r.status for r in results] == ["failed"]
    assert events == [("backend_started", "numpy", None), ("case_done", "numpy", "ops.add")]


def test_unknown_backend_lists_installed_ones(capsys):
    with pytest.raises(UnknownNameError, match="Unknown keras_core backend 'nope'") as error:
        resolve_backends(["numpy", "nope"])
    assert "Installed backends: " in str(error.value) and "numpy" in str(error.value)
    assert main(["run", "--backends", "numpy,nope"]) == 2
    assert "Installed backends: " in capsys.readouterr().err


def test_unknown_case_on_the_command_line_lists_cases(capsys):
    assert main(["run", "--case", "ops.add,ops.nope", "--backends", "numpy"]) == 2
    err = capsys.readouterr().err
    assert "Unknown case 'ops.nope'" in err and "ops.matmul" in err


def test_make_settings_scales_warmup_and_timeout():
    settings = make_settings(quick=True, case_count=4, budget_s=1.0)
    assert (settings.budget_s, settings.warmup_s, settings.timeout_s) == (1.0, 0.1, 132.0)
    full = make_settings(quick=False, case_count=1)
    assert (full.budget_s, full.rel_tol, full.quick) == (10.0, 0.01, False)


def _case(prepare):
    return BenchCase("ops.test", "ops", "test case", prepare)


def _raise(exc):
    def prepare(backend):
        raise exc

    return prepare


def test_case_errors_become_statuses(fast_settings):
    assert run_case(_case(_raise(SkipCase("needs gradients"))), "b", fast_settings).model_dump(
        include={"status", "error"}
    ) == {"status": "skipped", "error": "needs gradients"}
    unsupported = run_case(_case(_raise(UnsupportedOpError("no matmul"))), "b", fast_settings)
    assert (unsupported.status, unsupported.error) == ("skipped", "no matmul")
    failed = run_case(_case(_raise(ZeroDivisionError("boom"))), "b", fast_settings)
    assert failed.status == "failed" and failed.error.startswith("ZeroDivisionError: boom (")
    wrong = run_case(_case(lambda backend: 42), "b", fast_settings)
    assert (
        wrong.status == "failed" and "returned int, expected a keras_bench.Workload" in wrong.error
    )


def test_case_without_native_version_has_no_ratio(fast_settings):
    result = run_case(_case(lambda backend: Workload(abs, None, (-3,))), "b", fast_settings)
    assert (result.status, result.native, result.ratio) == ("ok", None, None)
    assert result.keras.samples >= 1 and result.keras.median_s < 1e-4


def test_listing_and_importing_keras_bench_import_no_framework():
    code = (
        "import sys, keras_bench, keras_bench.runner, keras_bench.worker, keras_bench.plot\n"
        "from keras_bench.cli import main\n"
        "main(['list'])\n"
        f"print(sorted(m for m in {FRAMEWORKS!r} if m in sys.modules))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert completed.stdout.splitlines()[-1] == "[]"
    assert "ops.add" in completed.stdout and "numpy" in completed.stdout
