"""PNG bar charts of a ``BenchResult``: throughput per backend, and overhead vs native.

Needs matplotlib, the ``plot`` extra: ``pip install 'keras-bench[plot]'``.
"""

import os

from keras_bench.errors import BenchError
from keras_bench.schema import BenchResult


def plot_result(result: BenchResult, path: str | os.PathLike) -> None:
    """Writes two bar charts to ``path``, grouped by case, one bar per backend.

    Top: keras-core throughput (items per second, log scale), with the native throughput
    marked on each bar. Bottom: keras-core time over native time; 1.0 means no overhead.

    Raises:
        BenchError: matplotlib is not installed, or no case finished.
    """
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise BenchError(
            "Plotting needs matplotlib; install it with: pip install 'keras-bench[plot]'"
        ) from None
    rows = [row for row in result.results if row.status == "ok"]
    if not rows:
        raise BenchError("Nothing to plot: no case finished on any backend.")
    cases = list(dict.fromkeys(row.case for row in rows))
    backends = list(dict.fromkeys(row.backend for row in rows))
    width = 0.8 / len(backends)

    figure = Figure(figsize=(max(6.0, 1.2 * len(cases) * len(backends) + 2), 8), layout="tight")
    throughput_axes, ratio_axes = figure.subplots(2, 1)
    native_label = "native"  # labels the first native marker only
    for index, backend in enumerate(backends):
        style = {"width": width, "label": backend, "color": f"C{index}"}
        offset = (index - (len(backends) - 1) / 2) * width
        placed = [(i + offset, row) for i, case in enumerate(cases) for row in rows
                  if row.case == case and row.backend == backend]  # fmt: skip
        throughput_axes.bar(
            [x for x, _ in placed], [row.keras.throughput for _, row in placed], **style
        )
        for x, row in placed:
            if row.native is not None:
                throughput_axes.scatter(
                    x, row.native.throughput, marker="_", s=300, color="black", zorder=3,
                    label=native_label,
                )  # fmt: skip
                native_label = None
        with_ratio = [(x, row.ratio) for x, row in placed if row.ratio is not None]
        if with_ratio:
            bars = ratio_axes.bar(*zip(*with_ratio, strict=True), **style)
            ratio_axes.bar_label(bars, fmt="%.2fx", fontsize=8)
    throughput_axes.set_yscale("log")
    throughput_axes.set_ylabel("items / s (calls / s for ops)")
    throughput_axes.set_title("keras-core throughput per backend (black: native)")
    ratio_axes.axhline(1.0, color="black", linewidth=0.8)
    ratio_axes.set_ylabel("keras-core time / native time")
    ratio_axes.set_title("Overhead vs native (1.0: none)")
    for axes in (throughput_axes, ratio_axes):
        axes.set_xticks(range(len(cases)), cases)
        if axes.get_legend_handles_labels()[0]:
            axes.legend(fontsize=8)
    environment = result.environment
    figure.suptitle(
        f"keras-bench {environment.keras_bench_version} · {environment.cpu} · "
        f"{environment.created}",
        fontsize=9,
    )
    figure.savefig(path, dpi=110)
