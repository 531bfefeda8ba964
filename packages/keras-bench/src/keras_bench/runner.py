"""Runs each backend's cases in its own subprocess and gathers one ``BenchResult``.

Backends run one after another, never in parallel: on a small machine two frameworks at
once would time each other's threads. A backend whose subprocess crashes, hangs past the
timeout or cannot start is reported as failed with its error; the others still run.
"""

import contextlib
import dataclasses
import json
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable

from keras_bench.cases import BenchCase
from keras_bench.environment import host_environment
from keras_bench.errors import UnknownNameError
from keras_bench.schema import SCHEMA_VERSION, BackendRun, BenchResult, CaseResult, Settings
from keras_bench.worker import MARKER
from keras_core.backend.errors import BackendError
from keras_core.backend.registry import registry

# Lines of a failed subprocess's stderr kept in the results file.
STDERR_TAIL_LINES = 20

# on_event(kind, backend, case_name): kind is "backend_started" (case_name None),
# "case_started" or "case_done".
EventCallback = Callable[[str, str, str | None], None]


# Full runs aim at 1% on each median; --quick at a ~1-minute smoke run of every backend.
FULL = Settings(
    quick=False,
    budget_s=10.0,
    warmup_s=0.5,
    sample_target_s=0.005,
    rel_tol=0.01,
    min_samples=10,
    max_samples=2000,
    timeout_s=600.0,
)
QUICK = FULL.model_copy(
    update={
        "quick": True,
        "budget_s": 2.0,
        "warmup_s": 0.1,
        "sample_target_s": 0.002,
        "rel_tol": 0.02,
        "min_samples": 5,
        "max_samples": 500,
    }
)


def make_settings(
    quick: bool, case_count: int, budget_s: float | None = None, timeout_s: float | None = None
) -> Settings:
    """The ``FULL`` or ``QUICK`` preset, with the budget and backend timeout overridden.

    A smaller budget shrinks the warm-up with it (a tenth of the budget at most). The
    default timeout leaves two minutes for importing the framework plus three budgets per
    case.
    """
    preset = QUICK if quick else FULL
    budget_s = budget_s or preset.budget_s
    return preset.model_copy(
        update={
            "budget_s": budget_s,
            "warmup_s": min(preset.warmup_s, budget_s / 10),
            "timeout_s": timeout_s or 120 + 3 * budget_s * case_count,
        }
    )


def resolve_backends(names: list[str] | None) -> list[str]:
    """The backends to run: ``names`` checked against the registry, or every usable one.

    Raises:
        UnknownNameError: A name that is not installed, or whose plugin failed; the message
            lists the installed backends and how to install the official ones.
    """
    if not names:
        return registry().available()
    for name in names:
        try:
            registry().get(name)
        except BackendError as exc:
            raise UnknownNameError(str(exc)) from None
    return list(dict.fromkeys(names))


def run_all(
    backends: list[str],
    cases: list[BenchCase],
    settings: Settings,
    on_event: EventCallback | None = None,
) -> BenchResult:
    """Runs ``cases`` on each of ``backends``, one subprocess per backend."""
    environment = host_environment()
    runs, results = [], []
    for backend in backends:
        run, backend_results = run_backend(backend, cases, settings, on_event)
        runs.append(run)
        results.extend(backend_results)
    return BenchResult(
        schema_version=SCHEMA_VERSION,
        environment=environment,
        settings=settings,
        backends=runs,
        results=results,
    )


def run_backend(
    backend: str,
    cases: list[BenchCase],
    settings: Settings,
    on_event: EventCallback | None = None,
) -> tuple[BackendRun, list[CaseResult]]:
    """Runs ``cases`` in a worker subprocess with ``KERAS_BACKEND=backend``.

    Returns:
        The backend's run record and one result per case; cases the worker did not finish
        are ``failed`` with the backend's error.
    """
    on_event = on_event or (lambda kind, backend, case_name: None)
    command = [
        sys.executable, "-m", "keras_bench.worker",
        "--backend", backend,
        "--cases", ",".join(case.name for case in cases),
        "--settings", settings.model_dump_json(),
    ]  # fmt: skip
    env = {**os.environ, "KERAS_BACKEND": backend}
    # TensorFlow's C++ info logs would bury the traceback of a real failure in stderr.
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    on_event("backend_started", backend, None)
    start = time.monotonic()
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as stderr:
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=stderr, env=env, text=True, errors="replace"
        )
        report = _follow(process, backend, start + settings.timeout_s, on_event)
        returncode = process.wait()
        stderr.seek(0)
        tail = stderr.read().splitlines()[-STDERR_TAIL_LINES:]
    error = report.error
    if report.timed_out:
        error = f"timed out after {settings.timeout_s:g} s (raise it with --timeout)"
    elif returncode < 0:
        error = f"subprocess killed by {signal.Signals(-returncode).name}: {_last_line(tail)}"
    elif returncode != 0 and error is None:
        error = f"subprocess exited with status {returncode}: {_last_line(tail)}"
    elif returncode == 0 and "peak_rss_bytes" not in report.info:
        error = f"subprocess exited before reporting all its cases: {_last_line(tail)}"
    results = list(report.results)
    finished = {result.case for result in results}
    for case in cases:
        if case.name not in finished:
            results.append(
                CaseResult(
                    case=case.name,
                    suite=case.suite,
                    backend=backend,
                    status="failed",
                    error=f"backend {backend!r} failed before this case finished: {error}",
                )
            )
            on_event("case_done", backend, case.name)
    run = BackendRun(
        name=backend,
        status="failed" if error else "ok",
        error=error,
        wall_s=time.monotonic() - start,
        stderr_tail=tail if error else [],
        **report.info,
    )
    return run, results


@dataclasses.dataclass
class _WorkerReport:
    """What a worker said before it exited or was killed."""

    info: dict = dataclasses.field(default_factory=dict)  # ``backend`` and ``done`` fields
    results: list[CaseResult] = dataclasses.field(default_factory=list)
    error: str | None = None
    timed_out: bool = False


def _follow(process, backend: str, deadline: float, on_event: EventCallback) -> _WorkerReport:
    """Reads the worker's messages until it closes stdout; kills it at ``deadline``."""
    report = _WorkerReport()
    messages = _read_messages(process.stdout)
    while True:
        try:
            message = messages.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            process.kill()
            report.timed_out = True
            return report
        if message is None:
            return report
        kind = message.pop("kind", None)
        if kind in ("backend", "done"):
            report.info.update(message)
        elif kind == "case_started":
            on_event("case_started", backend, message["case"])
        elif kind == "case":
            report.results.append(CaseResult.model_validate(message["result"]))
            on_event("case_done", backend, report.results[-1].case)
        elif kind == "error":
            report.error = message["error"]


def _read_messages(stream) -> queue.Queue:
    """Parses protocol lines from ``stream`` on a thread; ``None`` marks the end."""
    messages: queue.Queue = queue.Queue()

    def read():
        try:
            for line in stream:
                _, marker, payload = line.partition(MARKER)
                if marker:
                    with contextlib.suppress(json.JSONDecodeError):  # cut off by a crash
                        messages.put(json.loads(payload))
        finally:
            messages.put(None)

    threading.Thread(target=read, daemon=True).start()
    return messages


def _last_line(lines: list[str]) -> str:
    meaningful = [line.strip() for line in lines if line.strip()]
    return meaningful[-1] if meaningful else "(no output on stderr)"
