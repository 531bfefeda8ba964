"""Test, lint and plugin sessions. ``nox`` runs them all; ``nox -s tests-jax`` runs one.

Each ``tests-<backend>`` session installs keras-core, that one backend and the test tools
(heavy dependencies pinned by ``constraints.txt``), then runs ``pytest tests/`` with
``KERAS_BACKEND`` set, so every test runs on that backend.
"""

import os

import nox

nox.options.error_on_missing_interpreters = True

CONSTRAINTS = ("-c", "constraints.txt")
CORE = "packages/keras-core"
BACKEND_PACKAGES = {
    "numpy": [],
    "jax": ["packages/keras-backend-jax"],
    "torch": ["packages/keras-backend-torch"],
    "tensorflow": ["packages/keras-backend-tf"],
    "openvino": ["packages/keras-backend-openvino"],
}
ALL_BACKEND_PACKAGES = [pkg for pkgs in BACKEND_PACKAGES.values() for pkg in pkgs]
TEST_TOOLS = ["pytest"]


def _install(session: nox.Session, *packages: str) -> None:
    session.install(*CONSTRAINTS, CORE, *packages, *TEST_TOOLS)


def _backend_session(backend: str, packages: list[str]):
    def run(session: nox.Session) -> None:
        _install(session, *packages)
        session.run("pytest", "tests", *session.posargs, env={"KERAS_BACKEND": backend})

    run.__doc__ = f"The whole test suite on the {backend} backend."
    return nox.session(name=f"tests-{backend}")(run)


for _name, _packages in BACKEND_PACKAGES.items():
    _backend_session(_name, _packages)


@nox.session
def plugins(session: nox.Session) -> None:
    """Registry tests with every backend and the toy third-party backend installed."""
    _install(session, *ALL_BACKEND_PACKAGES, "tests/toy_backend")
    session.run(
        "pytest",
        "tests/registry",
        "tests/plugins",
        *session.posargs,
        env={"KERAS_BACKEND": "numpy"},
    )


@nox.session
def bench(session: nox.Session) -> None:
    """keras-bench: its tests, then a ~1-minute --quick run of every installed backend."""
    _install(session, *ALL_BACKEND_PACKAGES, "packages/keras-bench[plot]")
    session.run("pytest", "tests/bench", env={"KERAS_BACKEND": "numpy"})
    results = os.path.join(session.create_tmp(), "bench.json")
    session.run("keras-bench", "list")
    session.run(
        "keras-bench",
        "run",
        "--quick",
        "--json",
        results,
        "--plot",
        results.removesuffix(".json") + ".png",
        *session.posargs,
    )
    session.run("keras-bench", "compare", results, results)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check over the whole repository."""
    session.install(*CONSTRAINTS, "ruff")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def interop(session: nox.Session) -> None:
    """Keras 3 interop: ``.keras`` and ``.weights.h5`` files move both ways between the
    PyPI ``keras`` (pinned in constraints.txt) and keras-core, on each backend both share."""
    backends = ("jax", "torch", "tensorflow")
    _install(session, *(pkg for name in backends for pkg in BACKEND_PACKAGES[name]), "keras")
    for backend in backends:
        session.run("pytest", "tests/interop", *session.posargs, env={"KERAS_BACKEND": backend})
