"""The results file: pydantic models of what ``keras-bench run --json`` writes.

``SCHEMA_VERSION`` changes whenever a field changes meaning or is removed, so that
``compare`` and ``plot`` refuse a file they would misread. All times are seconds; a
``Timing``'s statistics are seconds per call.
"""

import json
import os
import pathlib
import tempfile
from typing import Literal

import pydantic

from keras_bench.errors import ResultFileError

SCHEMA_VERSION = 1


class _Model(pydantic.BaseModel):
    # Unknown fields are errors: a typo in a hand-edited file should not pass silently.
    model_config = pydantic.ConfigDict(extra="forbid")


class Settings(_Model):
    """How a run measured: its time budget and stopping rule.

    Attributes:
        quick: Whether ``--quick`` chose these values.
        budget_s: Time budget of one case on one backend, first call and warm-up included.
        warmup_s: Time spent calling both versions before sampling starts; discarded.
        sample_target_s: Wall time one sample aims at; a sample times a loop of calls.
        rel_tol: Sampling stops once the 95% confidence interval of each median lies within
            ``± rel_tol`` of it.
        min_samples: Samples per version before the stability test applies.
        max_samples: Samples per version after which sampling stops.
        timeout_s: Wall time after which a backend's subprocess is killed.
    """

    quick: bool
    budget_s: float = pydantic.Field(gt=0)
    warmup_s: float = pydantic.Field(ge=0)
    sample_target_s: float = pydantic.Field(gt=0)
    rel_tol: float = pydantic.Field(gt=0)
    min_samples: int = pydantic.Field(ge=1)
    max_samples: int = pydantic.Field(ge=1)
    timeout_s: float = pydantic.Field(gt=0)


class Environment(_Model):
    """The machine and the versions of the parent process."""

    python: str
    platform: str
    cpu: str
    cpu_count: int | None
    keras_core_version: str
    keras_bench_version: str
    created: str  # ISO 8601, UTC


class Timing(_Model):
    """Per-call times of one version (keras-core or native) of one case on one backend.

    ``spread`` is the interquartile range divided by the median; ``ci_low_s``/``ci_high_s``
    bound the median with 95% confidence. ``throughput`` is items per second at the median.
    """

    median_s: float
    min_s: float
    max_s: float
    spread: float
    ci_low_s: float
    ci_high_s: float
    samples: int
    calls_per_sample: int
    first_call_s: float
    throughput: float


class CaseResult(_Model):
    """One case on one backend; ``ratio`` is keras median / native median."""

    case: str
    suite: str
    backend: str
    status: Literal["ok", "skipped", "failed"]
    error: str | None = None
    keras: Timing | None = None
    native: Timing | None = None
    ratio: float | None = None
    stopped_by: Literal["stable", "budget", "max_samples"] | None = None


class BackendRun(_Model):
    """One backend's subprocess: what it ran on and how it ended.

    ``activation_s`` is the time to import the backend and its framework;
    ``peak_rss_bytes`` the subprocess's peak resident memory; ``device`` where its tensors
    live (as the framework names it) and ``gpu`` the accelerator model, when there is one.
    """

    name: str
    status: Literal["ok", "failed"]
    error: str | None = None
    backend_version: str | None = None
    framework: str | None = None
    framework_version: str | None = None
    device: str | None = None
    gpu: str | None = None
    activation_s: float | None = None
    peak_rss_bytes: int | None = None
    wall_s: float
    stderr_tail: list[str] = []


class BenchResult(_Model):
    """A whole ``keras-bench run``: the root object of the JSON file."""

    schema_version: Literal[1]
    environment: Environment
    settings: Settings
    backends: list[BackendRun]
    results: list[CaseResult]

    def result(self, case: str, backend: str) -> CaseResult | None:
        """The result of ``case`` on ``backend``, or ``None`` when it was not run."""
        for row in self.results:
            if row.case == case and row.backend == backend:
                return row
        return None


def save_result(result: BenchResult, path: str | os.PathLike) -> None:
    """Writes ``result`` as JSON to a temporary file, then renames it to ``path``."""
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", dir=path.parent, prefix=f".{path.name}.", delete=False, encoding="utf-8"
    ) as handle:
        handle.write(result.model_dump_json(indent=2))
    os.replace(handle.name, path)


def load_result(path: str | os.PathLike) -> BenchResult:
    """Reads and validates a results file.

    Raises:
        ResultFileError: The file is missing, is not JSON, or does not follow schema
            version ``SCHEMA_VERSION``; the message names the file and each bad field.
    """
    try:
        text = pathlib.Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ResultFileError(f"Cannot read results file {str(path)!r}: {exc.strerror}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ResultFileError(f"{path} is not JSON: {exc}") from None
    if isinstance(data, dict) and data.get("schema_version") not in (None, SCHEMA_VERSION):
        raise ResultFileError(
            f"{path} has schema_version {data['schema_version']!r}; this keras-bench reads "
            f"schema_version {SCHEMA_VERSION}. Use the keras-bench that wrote it."
        )
    try:
        return BenchResult.model_validate(data)
    except pydantic.ValidationError as exc:
        problems = "\n".join(
            f"  {'.'.join(map(str, error['loc'])) or '<root>'}: {error['msg']}"
            for error in exc.errors()[:10]
        )
        more = exc.error_count() - 10
        raise ResultFileError(
            f"{path} is not a keras-bench results file (schema_version {SCHEMA_VERSION}):\n"
            f"{problems}" + (f"\n  ... and {more} more" if more > 0 else "")
        ) from None
