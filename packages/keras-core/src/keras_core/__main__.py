"""Command line of keras_core.

python -m keras_core backends   # what is installed, what failed, what is selected
python -m keras_core contract   # what a backend must implement, what the core composes
"""

import argparse
import sys

from keras_core.backend import contract, list_backends
from keras_core.backend.errors import BackendError
from keras_core.backend.selection import chosen_backend


def _backends_table() -> str:
    try:
        selected, source = chosen_backend()
        selection = f"selected: {selected} (by {source})"
    except BackendError as exc:
        selected, selection = None, f"no backend can be selected:\n{exc}"
    header = ("", "name", "distribution", "version", "framework", "capabilities", "status")
    rows = [header]
    for info in list_backends():
        spec = info.spec
        framework = "-"
        if spec is not None and spec.framework:
            framework = f"{spec.framework} {info.framework_version or '(missing)'}"
        rows.append(
            (
                "*" if info.name == selected and info.ok else "",
                info.name,
                info.distribution,
                spec.version if spec else info.distribution_version,
                framework,
                ", ".join(spec.capabilities) if spec else "-",
                info.status,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    return "\n".join([*lines, "", selection])


def _contract_table() -> str:
    lines = ["namespace            required  composed  names (* = composed default)"]
    required_total = composed_total = 0
    for namespace in contract.NAMESPACES:
        required = contract.required(namespace)
        composed = sorted(contract.composed(namespace))
        required_total += len(required)
        composed_total += len(composed)
        names = " ".join([*sorted(required), *(f"{n}*" for n in composed)])
        lines.append(f"{namespace:20s} {len(required):8d}  {len(composed):8d}  {names}")
    lines.append(f"{'total':20s} {required_total:8d}  {composed_total:8d}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m keras_core",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("backends", help="list installed backends without importing them")
    commands.add_parser("contract", help="the functions a backend implements, per namespace")
    args = parser.parse_args(argv)
    print(_backends_table() if args.command == "backends" else _contract_table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
