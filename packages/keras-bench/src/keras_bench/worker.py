"""The benchmark subprocess of one backend: ``python -m keras_bench.worker``.

The runner starts one worker per backend with ``KERAS_BACKEND`` set, so that frameworks
never share threads or memory. The worker activates the backend, runs the requested cases
and reports on stdout, one JSON message per line after ``MARKER`` (frameworks may print on
stdout too; lines without the marker are ignored). Messages, in order: ``backend`` (what
it runs on), then ``case_started`` and ``case`` (a ``CaseResult``) per case, then ``done``
(peak memory). An exception outside a case sends ``error`` and exits with status 1.
"""

import argparse
import json
import sys
import time
import traceback

import keras_core
from keras_bench.cases import SkipCase, Workload, case_registry
from keras_bench.environment import gpu_model
from keras_bench.schema import CaseResult, Settings, Timing
from keras_bench.timing import measure, summarize
from keras_core import ops
from keras_core.backend.errors import UnsupportedOpError

MARKER = "@@keras-bench@@ "


def send(kind: str, **payload) -> None:
    """Writes one protocol message; the leading newline keeps it off a framework's line."""
    sys.stdout.write(f"\n{MARKER}{json.dumps({'kind': kind, **payload})}\n")
    sys.stdout.flush()


def describe(exc: BaseException) -> str:
    """``Type: message (file:line)`` of an exception, where it was raised."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" ({frames[-1].filename}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def peak_rss_bytes() -> int | None:
    """Peak resident memory of this process, or ``None`` where ``resource`` is missing."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kibibytes, macOS bytes.
    return peak if sys.platform == "darwin" else peak * 1024


def finish(result) -> None:
    """Waits until ``result`` is computed, by copying its tensors to NumPy.

    Asynchronous frameworks (JAX, and any on a GPU) return before the work is done; the
    copy cannot complete before it is. Nested lists, tuples and dicts are walked.
    """
    if isinstance(result, list | tuple):
        for item in result:
            finish(item)
    elif isinstance(result, dict):
        for item in result.values():
            finish(item)
    elif ops.is_tensor(result):
        ops.convert_to_numpy(result)


def run_case(case, backend: str, settings: Settings) -> CaseResult:
    """Prepares and measures one case; its errors become the result's status."""
    base = {"case": case.name, "suite": case.suite, "backend": backend}
    try:
        workload = case.prepare(backend)
        if not isinstance(workload, Workload):
            raise TypeError(
                f"prepare() of case {case.name!r} returned {type(workload).__name__}, "
                f"expected a keras_bench.Workload"
            )
        versions = {"keras": workload.keras}
        if workload.native is not None:
            versions["native"] = workload.native
        measurement = measure(versions, workload.args, settings, finish)
    except (SkipCase, UnsupportedOpError) as exc:
        return CaseResult(**base, status="skipped", error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one failing case must not stop the others
        return CaseResult(**base, status="failed", error=describe(exc))
    timings = {
        name: _timing(measurement, name, workload.items_per_call) for name in measurement.samples
    }
    native = timings.get("native")
    return CaseResult(
        **base,
        status="ok",
        keras=timings["keras"],
        native=native,
        ratio=timings["keras"].median_s / native.median_s if native else None,
        stopped_by=measurement.stopped_by,
    )


def _timing(measurement, name: str, items_per_call: int) -> Timing:
    summary = summarize(measurement.samples[name])
    return Timing(
        median_s=summary.median,
        min_s=summary.minimum,
        max_s=summary.maximum,
        spread=summary.spread,
        ci_low_s=summary.ci_low,
        ci_high_s=summary.ci_high,
        samples=summary.count,
        calls_per_sample=measurement.calls_per_sample,
        first_call_s=measurement.first_call_s[name],
        throughput=items_per_call / summary.median,
    )


def _describe_backend(expected: str) -> dict:
    start = time.perf_counter()
    active = keras_core.backend.active_backend()  # imports the framework
    probe = ops.convert_to_tensor([0.0])
    activation_s = time.perf_counter() - start
    if active.name != expected:
        raise RuntimeError(
            f"the worker for backend {expected!r} activated {active.name!r}; "
            f"was keras_core.config.set_backend() called on import?"
        )
    spec = active.info.spec
    return {
        "backend_version": spec.version,
        "framework": spec.framework,
        "framework_version": active.info.framework_version,
        "device": str(getattr(probe, "device", "cpu")),
        "gpu": gpu_model(spec.framework),
        "activation_s": activation_s,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m keras_bench.worker", description=__doc__)
    parser.add_argument("--backend", required=True, help="the backend KERAS_BACKEND selects")
    parser.add_argument("--cases", required=True, help="comma-separated case names")
    parser.add_argument("--settings", required=True, help="a keras_bench.schema.Settings, JSON")
    args = parser.parse_args(argv)
    try:
        settings = Settings.model_validate_json(args.settings)
        send("backend", **_describe_backend(args.backend))
        cases = case_registry().select(names=args.cases.split(","))
        for case in cases:
            send("case_started", case=case.name)
            send("case", result=run_case(case, args.backend, settings).model_dump())
    except Exception as exc:  # noqa: BLE001 - reported to the runner, which goes on
        send("error", error=describe(exc))
        traceback.print_exc()
        return 1
    send("done", peak_rss_bytes=peak_rss_bytes())
    return 0


if __name__ == "__main__":
    sys.exit(main())
