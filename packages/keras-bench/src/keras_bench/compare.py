"""Compares two results files case by case, flagging only changes beyond the noise.

For each case and backend in either file, the change is ``B/A`` of the keras-core medians.
It counts as a change only when ``|B/A - 1|`` exceeds the *noise*: the larger of the two
runs' spreads (interquartile range over median) and ``min_change``. A file compared with
itself therefore reports no change.
"""

import dataclasses
from typing import Literal

from rich.table import Table

from keras_bench.report import format_seconds
from keras_bench.schema import BenchResult, CaseResult

# The smallest relative change reported, whatever the spreads: two runs minutes apart
# differ by a few percent from CPU frequency and cache state alone.
DEFAULT_MIN_CHANGE = 0.05

Verdict = Literal["slower", "faster", "same", "only in A", "only in B", "not comparable"]


@dataclasses.dataclass(frozen=True)
class Comparison:
    """One case on one backend in runs A and B."""

    case: str
    backend: str
    before: CaseResult | None
    after: CaseResult | None
    change: float | None  # B/A of the keras-core medians
    noise: float | None
    verdict: Verdict

    @property
    def changed(self) -> bool:
        return self.verdict in ("slower", "faster")


def compare_results(
    before: BenchResult, after: BenchResult, min_change: float = DEFAULT_MIN_CHANGE
) -> list[Comparison]:
    """Pairs the results of ``before`` (A) and ``after`` (B) and judges each pair.

    Example:
        >>> [c.verdict for c in compare_results(result, result)]
        ['same', 'same']
    """
    keys = [(row.case, row.backend) for row in before.results]
    keys += [
        (row.case, row.backend) for row in after.results if (row.case, row.backend) not in keys
    ]
    return [_judge(key, before.result(*key), after.result(*key), min_change) for key in keys]


def _judge(key, a: CaseResult | None, b: CaseResult | None, min_change: float) -> Comparison:
    if a is None or b is None:
        verdict = "only in B" if a is None else "only in A"
        return Comparison(*key, a, b, None, None, verdict)
    if a.keras is None or b.keras is None:
        return Comparison(*key, a, b, None, None, "not comparable")
    change = b.keras.median_s / a.keras.median_s
    noise = max(min_change, a.keras.spread, b.keras.spread)
    verdict = "same" if abs(change - 1) <= noise else "slower" if change > 1 else "faster"
    return Comparison(*key, a, b, change, noise, verdict)


_VERDICT_STYLE = {"slower": "bold red", "faster": "bold green", "same": "dim"}


def comparison_table(comparisons: list[Comparison], label_a: str, label_b: str) -> Table:
    """A table of :func:`compare_results`: medians, B/A, the noise it is judged against."""
    table = Table(title=f"A = {label_a}   B = {label_b}")
    for header in ("case", "backend", "A keras", "B keras", "B/A", "noise", "A/native", "B/native"):
        table.add_column(header, justify="left" if header in ("case", "backend") else "right")
    table.add_column("verdict")
    for c in comparisons:
        style = _VERDICT_STYLE.get(c.verdict, "yellow")
        table.add_row(
            c.case,
            c.backend,
            _median(c.before),
            _median(c.after),
            "-" if c.change is None else f"{c.change:.3f}",
            "-" if c.noise is None else f"±{c.noise:.1%}",
            _ratio(c.before),
            _ratio(c.after),
            f"[{style}]{c.verdict}[/]",
        )
    return table


def _median(row: CaseResult | None) -> str:
    if row is None or row.keras is None:
        return "-" if row is None else row.status
    return format_seconds(row.keras.median_s)


def _ratio(row: CaseResult | None) -> str:
    return "-" if row is None or row.ratio is None else f"{row.ratio:.2f}x"
