"""Terminal tables and CSV export of a ``BenchResult``."""

import csv
import os

from rich.table import Table

from keras_bench.schema import BenchResult, Timing

_UNITS = (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6))
_STATUS_STYLE = {"ok": "green", "skipped": "yellow", "failed": "bold red"}


def format_seconds(seconds: float | None) -> str:
    """Three significant digits in the unit that fits: ``format_seconds(1.5e-6) == '1.50 µs'``."""
    if seconds is None:
        return "-"
    unit, scale = next(((u, s) for u, s in _UNITS if abs(seconds) >= s), ("ns", 1e-9))
    value = seconds / scale
    decimals = 2 if abs(value) < 10 else 1 if abs(value) < 100 else 0
    return f"{value:.{decimals}f} {unit}"


def format_bytes(count: int | None) -> str:
    """Mebibytes with no decimals: ``format_bytes(3 * 2**20) == '3 MiB'``."""
    return "-" if count is None else f"{count / 2**20:,.0f} MiB"


def _per_call(timing: Timing | None) -> str:
    if timing is None:
        return "-"
    return f"{format_seconds(timing.median_s)} ±{timing.spread * 50:.0f}%"


def results_table(result: BenchResult) -> Table:
    """One row per case and backend: keras-core and native time per call, and their ratio."""
    table = Table(title="Cases (median per call, ±half the interquartile range)")
    for header, justify in (
        ("case", "left"),
        ("backend", "left"),
        ("keras-core", "right"),
        ("native", "right"),
        ("keras/native", "right"),
        ("first call", "right"),
        ("samples", "right"),
        ("status", "left"),
    ):
        table.add_column(header, justify=justify)
    for row in result.results:
        samples = "-"
        if row.keras is not None:
            samples = str(row.keras.samples)
            if row.native is not None:
                samples += f"+{row.native.samples}"
            samples += f" x{row.keras.calls_per_sample}"
        table.add_row(
            row.case,
            row.backend,
            _per_call(row.keras),
            _per_call(row.native),
            "-" if row.ratio is None else f"{row.ratio:.2f}x",
            format_seconds(row.keras.first_call_s if row.keras else None),
            samples,
            f"[{_STATUS_STYLE[row.status]}]{row.status}[/]",
        )
    return table


def backends_table(result: BenchResult) -> Table:
    """One row per backend subprocess: versions, device, start-up time, peak memory."""
    table = Table(title=f"Backends on {result.environment.cpu}")
    for header in ("backend", "framework", "device", "activation", "peak RSS", "wall", "status"):
        table.add_column(header)
    for run in result.backends:
        framework = f"{run.framework or '-'} {run.framework_version or ''}".strip()
        # TensorFlow names devices by a path ("/job:localhost/.../device:CPU:0").
        device = run.device.rsplit("/", 1)[-1] if run.device else "-"
        if run.gpu:
            device += f" ({run.gpu})"
        table.add_row(
            run.name,
            framework,
            device,
            format_seconds(run.activation_s),
            format_bytes(run.peak_rss_bytes),
            format_seconds(run.wall_s),
            f"[{_STATUS_STYLE[run.status]}]{run.status}[/]",
        )
    return table


def problems(result: BenchResult) -> list[str]:
    """One line per failed backend and per failed or skipped case, for after the tables."""
    lines = [f"backend {run.name} failed: {run.error}" for run in result.backends if run.error]
    failed_backends = {run.name for run in result.backends if run.error}
    lines.extend(
        f"{row.case} on {row.backend} {row.status}: {row.error}"
        for row in result.results
        if row.error and row.backend not in failed_backends
    )
    return lines


CSV_COLUMNS = ("case", "suite", "backend", "status", "ratio", "stopped_by", "error")
TIMING_COLUMNS = tuple(Timing.model_fields)


def write_csv(result: BenchResult, path: str | os.PathLike) -> None:
    """One row per case and backend; timing columns are prefixed ``keras_`` and ``native_``."""
    header = [
        *CSV_COLUMNS,
        *(f"{side}_{column}" for side in ("keras", "native") for column in TIMING_COLUMNS),
    ]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in result.results:
            values = [getattr(row, column) for column in CSV_COLUMNS]
            for timing in (row.keras, row.native):
                values.extend(
                    getattr(timing, column) if timing else None for column in TIMING_COLUMNS
                )
            writer.writerow("" if value is None else value for value in values)
