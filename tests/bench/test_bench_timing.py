"""Statistics, stopping rule and timing loop of keras-bench, checked against closed forms."""

import math

import pytest

pytest.importorskip("keras_bench")

from keras_bench import timing

ONE_TO_HUNDRED = [float(value) for value in range(1, 101)]


def test_quantile_interpolates_between_ranks():
    assert timing.quantile([1.0, 2.0, 3.0, 4.0], 0.25) == 1.75
    assert timing.quantile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert timing.quantile([5.0], 0.75) == 5.0
    assert timing.quantile(ONE_TO_HUNDRED, 0.75) == 75.25


def test_median_interval_uses_binomial_ranks():
    # n = 100: ranks floor(50 - 1.96 * 10 / 2) = 40 and ceil(51 + 9.8) = 61.
    assert timing.median_interval(ONE_TO_HUNDRED) == (40.0, 61.0)
    # n = 5: the interval is the whole sample.
    assert timing.median_interval([1.0, 2.0, 3.0, 4.0, 5.0]) == (1.0, 5.0)
    # n = 400: ranks floor(200 - 19.6) = 180 and ceil(201 + 19.6) = 221.
    assert timing.median_interval([float(v) for v in range(1, 401)]) == (180.0, 221.0)


def test_summarize_one_to_hundred():
    summary = timing.summarize(list(reversed(ONE_TO_HUNDRED)))
    assert (summary.median, summary.minimum, summary.maximum) == (50.5, 1.0, 100.0)
    assert (summary.q25, summary.q75, summary.count) == (25.75, 75.25, 100)
    assert summary.spread == pytest.approx(49.5 / 50.5)
    assert summary.ci_rel_halfwidth == pytest.approx(21 / 101)


def test_summarize_rejects_no_samples():
    with pytest.raises(ValueError, match="at least one sample"):
        timing.summarize([])


def _settings(fast_settings, **changes):
    return fast_settings.model_copy(update=changes)


def test_stops_when_both_medians_are_stable(fast_settings):
    settings = _settings(fast_settings, min_samples=5, rel_tol=0.01, budget_s=10.0)
    steady = [1.0, 1.001, 0.999, 1.0, 1.0]
    assert timing.reason_to_stop(settings, [steady, steady], 0.0) == "stable"
    # One sample short of min_samples: keep going.
    assert timing.reason_to_stop(settings, [steady, steady[:4]], 0.0) is None
    # One version noisy (interval 1..5 around median 3 is ±67%): keep going.
    assert timing.reason_to_stop(settings, [steady, [1.0, 2.0, 3.0, 4.0, 5.0]], 0.0) is None


def test_stops_at_budget_or_sample_cap(fast_settings):
    settings = _settings(fast_settings, min_samples=5, rel_tol=0.01, budget_s=1.0, max_samples=8)
    noisy = [1.0, 3.0, 2.0]
    assert timing.reason_to_stop(settings, [noisy, noisy], 0.999) is None
    assert timing.reason_to_stop(settings, [noisy, noisy], 1.0) == "budget"
    # The budget never stops a version that has no sample yet.
    assert timing.reason_to_stop(settings, [noisy, []], 5.0) is None
    wide = [float(v) for v in range(1, 9)]
    assert timing.reason_to_stop(settings, [wide, wide], 0.0) == "max_samples"


def test_calls_per_sample():
    assert timing.calls_per_sample(2e-6, 0.002) == 1000
    assert timing.calls_per_sample(3e-6, 0.002) == 667
    assert timing.calls_per_sample(1.0, 0.002) == 1
    assert timing.calls_per_sample(0.0, 0.002) == timing.MAX_CALLS_PER_SAMPLE


@pytest.mark.parametrize("args", [(), (1,), (1, 2), (1, 2, 3)])
def test_time_calls_calls_fn_with_each_argument(args):
    calls, finished = [], []

    def fn(*received):
        calls.append(received)
        return len(calls)

    per_call = timing.time_calls(fn, args, 7, finished.append)
    assert calls == [args] * 7
    assert finished == [7]  # finish sees the last result only
    assert 0 < per_call < 0.01


def test_measure_alternates_versions_and_reports_both(fast_settings):
    log = []

    def finish(label):
        log.append(label)

    settings = _settings(
        fast_settings, min_samples=4, rel_tol=1e-9, budget_s=0.05, sample_target_s=0.001, warmup_s=0
    )
    measurement = timing.measure(
        {"keras": lambda x: "k", "native": lambda x: "n"}, (0,), settings, finish
    )
    assert set(measurement.first_call_s) == set(measurement.samples) == {"keras", "native"}
    counts = [len(samples) for samples in measurement.samples.values()]
    assert min(counts) >= 4 and abs(counts[0] - counts[1]) <= 1
    assert measurement.stopped_by == "budget"  # rel_tol is out of reach
    # With no warm-up every round is sampled: the last finish() calls are the rounds,
    # keras first, then native first, and so on.
    rounds = "".join(log[-sum(counts) :])
    assert rounds == ("knnk" * len(rounds))[: len(rounds)]


def test_measure_calibrates_a_sample_to_the_target(fast_settings):
    import time

    settings = _settings(fast_settings, sample_target_s=0.004, budget_s=0.02, warmup_s=0)
    measurement = timing.measure({"keras": lambda: time.sleep(0.001)}, (), settings, lambda r: r)
    # sleep(0.001) takes 1 to 2 ms, so a 4 ms sample holds 2 to 4 calls.
    assert 2 <= measurement.calls_per_sample <= 4
    assert all(math.isfinite(value) and value >= 0.001 for value in measurement.samples["keras"])
