"""compare: per-case B/A of keras-core medians, flagged only beyond the measured noise."""

import pytest

pytest.importorskip("keras_bench")

from keras_bench.cli import main
from keras_bench.compare import compare_results
from keras_bench.schema import save_result

ADD, MATMUL = ("ops.add", "numpy"), ("ops.matmul", "numpy")


def test_a_result_compared_with_itself_has_no_change(make_result):
    result = make_result({ADD: (2e-6, 1e-6, 0.3), MATMUL: (4e-6, 3e-6, 0.0)})
    comparisons = compare_results(result, result)
    assert [(c.case, c.verdict, c.change) for c in comparisons] == [
        ("ops.add", "same", 1.0),
        ("ops.matmul", "same", 1.0),
    ]
    assert not any(c.changed for c in comparisons)


def test_changes_beyond_the_noise_are_flagged(make_result):
    before = make_result({ADD: (2e-6, 1e-6, 0.02), MATMUL: (4e-6, 3e-6, 0.02)})
    after = make_result({ADD: (3e-6, 1e-6, 0.02), MATMUL: (2e-6, 1e-6, 0.02)})
    by_case = {c.case: c for c in compare_results(before, after)}
    assert by_case["ops.add"].verdict == "slower"
    assert by_case["ops.add"].change == pytest.approx(1.5)
    assert by_case["ops.matmul"].verdict == "faster"
    assert by_case["ops.matmul"].change == pytest.approx(0.5)
    assert by_case["ops.add"].noise == 0.05  # spreads of 2% are below the 5% floor


def test_noise_is_the_larger_spread_or_the_floor(make_result):
    before = make_result({ADD: (1e-6, 1e-6, 0.02)})
    noisy_after = make_result({ADD: (1.2e-6, 1e-6, 0.25)})
    (within,) = compare_results(before, noisy_after)
    assert (within.noise, within.verdict) == (0.25, "same")  # +20% inside a 25% spread
    quiet_after = make_result({ADD: (1.04e-6, 1e-6, 0.01)})
    (small,) = compare_results(before, quiet_after)
    assert (small.noise, small.verdict) == (0.05, "same")
    assert compare_results(before, quiet_after, min_change=0.01)[0].verdict == "slower"


def test_cases_in_one_file_only_or_failed_are_not_judged(make_result):
    before = make_result({ADD: (1e-6, 1e-6, 0.02), MATMUL: (1e-6, 1e-6, 0.02)})
    after = make_result({ADD: (1e-6, 1e-6, 0.02), ("ops.add", "jax"): (1e-6, 1e-6, 0.02)})
    after.results[0].status, after.results[0].keras = "failed", None
    verdicts = {(c.case, c.backend): c.verdict for c in compare_results(before, after)}
    assert verdicts == {
        ADD: "not comparable",
        MATMUL: "only in A",
        ("ops.add", "jax"): "only in B",
    }


def test_cli_compare_prints_the_table_and_exits_0(tmp_path, capsys, make_result):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    save_result(make_result({ADD: (2e-6, 1e-6, 0.02)}), a)
    save_result(make_result({ADD: (3e-6, 1e-6, 0.02)}), b)
    assert main(["compare", str(a), str(a)]) == 0
    assert "No changes beyond the noise." in capsys.readouterr().out
    assert main(["compare", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "1.500" in out and "slower" in out and "1 change(s) beyond the noise." in out
