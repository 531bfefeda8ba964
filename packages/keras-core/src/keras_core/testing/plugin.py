"""pytest plugin of the conformance kit: a per-op coverage table for the active backend.

Load it with ``-p keras_core.testing.plugin``. After the run it prints, for every op that
has cases, whether all its cases passed, any failed, or the backend does not support it.
"""

import collections

import pytest

from keras_core.testing.case import OpCase
from keras_core.testing.suite import UNSUPPORTED

_outcomes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    case = getattr(getattr(item, "callspec", None), "params", {}).get("case")
    settled = report.when == "call" or report.skipped or report.failed
    if not isinstance(case, OpCase) or not settled:
        return
    if report.skipped:
        reason = str(report.longrepr[-1]) if isinstance(report.longrepr, tuple) else ""
        _outcomes[case.op]["unsupported" if UNSUPPORTED in reason else "skipped"] += 1
    elif report.failed:
        _outcomes[case.op]["fail"] += 1
    elif report.when == "call":
        _outcomes[case.op]["pass"] += 1


def op_status(counts: collections.Counter) -> str:
    if counts["fail"]:
        return "fail"
    if counts["unsupported"]:
        return "unsupported"
    return "pass"


def pytest_terminal_summary(terminalreporter):
    if not _outcomes:
        return
    import keras_core

    by_status = collections.defaultdict(list)
    for op in sorted(_outcomes):
        by_status[op_status(_outcomes[op])].append(op)
    write = terminalreporter.write_line
    terminalreporter.section(f"keras_core conformance: backend {keras_core.config.backend()}")
    write(f"{'status':12s} {'ops':>5s}")
    for status in ("pass", "fail", "unsupported"):
        write(f"{status:12s} {len(by_status[status]):5d}")
    for status in ("fail", "unsupported"):
        if by_status[status]:
            write(f"{status}: " + ", ".join(by_status[status]))
