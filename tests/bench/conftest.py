"""Fixtures of the keras-bench tests: fast settings and synthetic results files."""

import pytest


@pytest.fixture
def fast_settings():
    """Settings that finish a case in a few tens of milliseconds."""
    from keras_bench.runner import make_settings

    return make_settings(quick=True, case_count=2, budget_s=0.05, timeout_s=60)


@pytest.fixture
def make_result(fast_settings):
    """``make_result({(case, backend): (keras_median_s, native_median_s, spread)})``.

    Builds a results file's model with those medians; min, max and the interval are set
    around each median from its spread.
    """
    from keras_bench.environment import host_environment
    from keras_bench.schema import SCHEMA_VERSION, BackendRun, BenchResult, CaseResult, Timing

    def timing(median, spread):
        return Timing(
            median_s=median,
            min_s=median * (1 - spread),
            max_s=median * (1 + spread),
            spread=spread,
            ci_low_s=median * (1 - spread / 4),
            ci_high_s=median * (1 + spread / 4),
            samples=20,
            calls_per_sample=100,
            first_call_s=median * 10,
            throughput=1 / median,
        )

    def build(medians):
        results = [
            CaseResult(
                case=case,
                suite=case.partition(".")[0],
                backend=backend,
                status="ok",
                keras=timing(keras, spread),
                native=timing(native, spread),
                ratio=keras / native,
                stopped_by="stable",
            )
            for (case, backend), (keras, native, spread) in medians.items()
        ]
        backends = sorted({backend for _, backend in medians})
        return BenchResult(
            schema_version=SCHEMA_VERSION,
            environment=host_environment(),
            settings=fast_settings,
            backends=[BackendRun(name=name, status="ok", wall_s=1.0) for name in backends],
            results=results,
        )

    return build
