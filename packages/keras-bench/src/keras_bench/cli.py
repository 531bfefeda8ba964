"""``keras-bench``: list, run, compare and plot keras-core benchmarks.

Examples: ``keras-bench list``; ``keras-bench run --quick --backends numpy,jax --json r.json``;
``keras-bench compare before.json after.json``; ``keras-bench plot r.json -o r.png``.
"""

import argparse
import os
import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from keras_bench.errors import BenchError

# Outside a terminal (CI logs, pipes) rich assumes 80 columns, which wraps most cells.
console = Console(width=None if sys.stdout.isatty() or "COLUMNS" in os.environ else 120)
err_console = Console(stderr=True)


def _comma_list(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="keras-bench", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="installed backends and registered cases")

    run = commands.add_parser("run", help="measure cases on backends, each in its own subprocess")
    run.add_argument("--suite", choices=("ops", "layers", "models"), help="only this suite")
    run.add_argument(
        "--case", action="append", default=[], metavar="NAME",
        help="only this case (repeat it, or separate names with commas)",
    )  # fmt: skip
    run.add_argument("--backends", type=_comma_list, help="comma-separated; default: all usable")
    run.add_argument("--quick", action="store_true", help="a ~1-minute smoke run")
    run.add_argument("--budget", type=float, metavar="S", help="seconds per case and backend")
    run.add_argument("--timeout", type=float, metavar="S", help="seconds per backend subprocess")
    run.add_argument("--json", metavar="PATH", help="write the results file here")
    run.add_argument("--csv", metavar="PATH", help="write one CSV row per case and backend")
    run.add_argument("--plot", metavar="PATH", help="write the PNG charts here (needs matplotlib)")

    compare = commands.add_parser("compare", help="per-case changes from results A to B")
    compare.add_argument("before", metavar="A.json")
    compare.add_argument("after", metavar="B.json")
    compare.add_argument(
        "--min-change", type=float, default=None, metavar="FRACTION",
        help="smallest relative change reported whatever the noise (default 0.05)",
    )  # fmt: skip

    plot = commands.add_parser("plot", help="PNG bar charts of a results file")
    plot.add_argument("result", metavar="RESULT.json")
    plot.add_argument("-o", "--output", required=True, metavar="PNG")
    return parser


def main(argv=None) -> int:
    """Entry point of the ``keras-bench`` console script; returns the exit status."""
    args = _parser().parse_args(argv)
    command = {"list": _list, "run": _run, "compare": _compare, "plot": _plot}[args.command]
    try:
        return command(args)
    except BenchError as exc:
        err_console.print(
            f"[bold red]keras-bench {args.command}:[/] {exc}", highlight=False, soft_wrap=True
        )
        return 2


def _list(args) -> int:
    from keras_bench.cases import case_registry
    from keras_core.backend import list_backends

    backends = Table(title="Backends")
    for header in ("name", "distribution", "framework", "capabilities", "status"):
        backends.add_column(header)
    for info in list_backends():
        framework = "-"
        if info.spec is not None and info.spec.framework:
            framework = f"{info.spec.framework} {info.framework_version or '(missing)'}"
        capabilities = ", ".join(info.spec.capabilities) if info.spec else "-"
        status = "[green]ok[/]" if info.ok else f"[red]{info.status}[/]"
        backends.add_row(info.name, info.distribution, framework, capabilities, status)
    registry = case_registry()
    cases = Table(title="Cases (each runs on every backend, against its native version)")
    for header in ("name", "suite", "description", "defined in"):
        cases.add_column(header)
    for case in registry.cases.values():
        cases.add_row(case.name, case.suite, case.description, case.origin)
    console.print(backends, cases)
    for error in registry.errors:
        err_console.print(f"[yellow]warning:[/] {error}", highlight=False, soft_wrap=True)
    return 0


def _run(args) -> int:
    from keras_bench import runner
    from keras_bench.cases import case_registry
    from keras_bench.report import backends_table, problems, results_table, write_csv
    from keras_bench.schema import save_result

    registry = case_registry()
    names = [name for text in args.case for name in _comma_list(text)]
    cases = registry.select(suite=args.suite, names=names)
    if not cases:
        raise BenchError(
            f"No case matches suite {args.suite!r}"
            + (f" and cases {', '.join(names)}" if names else "")
            + f". Registered cases: {', '.join(registry.cases) or 'none'}."
        )
    backends = runner.resolve_backends(args.backends)
    if not backends:
        raise BenchError("No usable backend is installed; see `keras-bench list`.")
    settings = runner.make_settings(args.quick, len(cases), args.budget, args.timeout)
    for error in registry.errors:
        err_console.print(f"[yellow]warning:[/] {error}", highlight=False, soft_wrap=True)

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task("starting", total=len(cases) * len(backends))

        def on_event(kind: str, backend: str, case_name: str | None) -> None:
            if kind == "backend_started":
                progress.update(task, description=f"{backend}: starting")
            elif kind == "case_started":
                progress.update(task, description=f"{backend}: {case_name}")
            else:
                progress.advance(task)

        result = runner.run_all(backends, cases, settings, on_event)

    console.print(backends_table(result), results_table(result))
    for line in problems(result):
        console.print(f"[red]{line}[/]", highlight=False, soft_wrap=True)
    if args.json:
        save_result(result, args.json)
        console.print(f"results: {args.json}")
    if args.csv:
        write_csv(result, args.csv)
        console.print(f"csv: {args.csv}")
    if args.plot:
        from keras_bench.plot import plot_result

        plot_result(result, args.plot)
        console.print(f"plot: {args.plot}")
    failed = any(run.status == "failed" for run in result.backends) or any(
        row.status == "failed" for row in result.results
    )
    return 1 if failed else 0


def _compare(args) -> int:
    from keras_bench.compare import DEFAULT_MIN_CHANGE, compare_results, comparison_table
    from keras_bench.schema import load_result

    before, after = load_result(args.before), load_result(args.after)
    min_change = DEFAULT_MIN_CHANGE if args.min_change is None else args.min_change
    comparisons = compare_results(before, after, min_change)
    console.print(comparison_table(comparisons, args.before, args.after))
    changed = [c for c in comparisons if c.changed]
    if changed:
        console.print(f"{len(changed)} change(s) beyond the noise.")
    else:
        console.print("No changes beyond the noise.")
    return 0


def _plot(args) -> int:
    from keras_bench.plot import plot_result
    from keras_bench.schema import load_result

    plot_result(load_result(args.result), args.output)
    console.print(f"plot: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
