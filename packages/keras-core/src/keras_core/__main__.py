"""``python -m keras_core backends``: what is installed, what failed, what is selected."""

import argparse
import sys

from keras_core.backend import list_backends
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m keras_core", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("backends", help="list installed backends without importing them")
    parser.parse_args(argv)
    print(_backends_table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
