"""The results file: round trip, CSV export, and clear errors for malformed files."""

import csv
import json

import pytest

pytest.importorskip("keras_bench")

from keras_bench.cli import main
from keras_bench.errors import ResultFileError
from keras_bench.report import format_seconds, write_csv
from keras_bench.schema import BenchResult, load_result, save_result


@pytest.fixture
def result(make_result):
    return make_result({("ops.add", "numpy"): (2e-6, 1e-6, 0.02)})


def test_round_trip(tmp_path, result):
    path = tmp_path / "sub" / "r.json"
    save_result(result, path)
    assert json.loads(path.read_text())["schema_version"] == 1
    loaded = load_result(path)
    assert loaded == result
    assert loaded.result("ops.add", "numpy").ratio == 2.0
    assert loaded.result("ops.add", "jax") is None
    assert [p.name for p in path.parent.iterdir()] == ["r.json"]  # no temporary file left


def test_csv_has_one_row_per_case_and_backend(tmp_path, result):
    write_csv(result, tmp_path / "r.csv")
    rows = list(csv.DictReader((tmp_path / "r.csv").open()))
    assert len(rows) == 1
    assert rows[0]["case"] == "ops.add" and rows[0]["backend"] == "numpy"
    assert float(rows[0]["ratio"]) == 2.0
    assert float(rows[0]["keras_median_s"]) == 2e-6
    assert float(rows[0]["native_throughput"]) == 1e6
    assert rows[0]["error"] == ""


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.pop("environment"), "environment: Field required"),
        (lambda d: d["results"][0].update(status="great"), "results.0.status: Input should be"),
        (lambda d: d["results"][0]["keras"].update(median_s="fast"), "results.0.keras.median_s"),
        (lambda d: d.update(extra=1), "extra: Extra inputs are not permitted"),
        (lambda d: d.pop("schema_version"), "schema_version: Field required"),
    ],
)
def test_malformed_file_names_the_bad_field(tmp_path, result, mutate, expected):
    data = json.loads(result.model_dump_json())
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ResultFileError) as error:
        load_result(path)
    assert "is not a keras-bench results file (schema_version 1)" in str(error.value)
    assert expected in str(error.value)


def test_other_schema_version_and_non_json_and_missing_file(tmp_path):
    future = tmp_path / "future.json"
    future.write_text(json.dumps({"schema_version": 2}))
    with pytest.raises(ResultFileError, match="has schema_version 2; this keras-bench reads"):
        load_result(future)
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json")
    with pytest.raises(ResultFileError, match="is not JSON"):
        load_result(garbage)
    with pytest.raises(ResultFileError, match="Cannot read results file"):
        load_result(tmp_path / "missing.json")


@pytest.mark.parametrize("command", ["compare", "plot"])
def test_cli_reports_a_malformed_file_with_exit_status_2(tmp_path, capsys, result, command):
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    save_result(result, good)
    bad.write_text(json.dumps({"schema_version": 1, "results": []}))
    argv = [command, str(good), str(bad)] if command == "compare" else [command, str(bad)]
    if command == "plot":
        argv += ["-o", str(tmp_path / "out.png")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"keras-bench {command}:" in err and "environment: Field required" in err
    assert not (tmp_path / "out.png").exists()


def test_format_seconds_picks_the_unit():
    assert format_seconds(1.5e-6) == "1.50 µs"
    assert format_seconds(2.5e-8) == "25.0 ns"
    assert format_seconds(0.1234) == "123 ms"
    assert format_seconds(3.0) == "3.00 s"
    assert format_seconds(None) == "-"


def test_result_model_is_the_documented_root():
    assert set(BenchResult.model_fields) == {
        "schema_version", "environment", "settings", "backends", "results",
    }  # fmt: skip
