"""Builds throwaway distributions with real entry points on a folder put on ``PYTHONPATH``.

``importlib.metadata`` finds any ``*.dist-info`` folder on ``sys.path``, so a plugin can be
"installed" for one child interpreter without pip.
"""

import textwrap
from pathlib import Path


def write_distribution(
    root: Path, dist: str, entry_points: dict[str, str], modules: dict[str, str]
):
    """Writes distribution ``dist`` 1.0 with ``keras_core.backends`` entry points and modules."""
    info = root / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    lines = ["[keras_core.backends]", *(f"{k} = {v}" for k, v in entry_points.items())]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n")
    for dotted, source in modules.items():
        path = root.joinpath(*dotted.split(".")).with_suffix(".py")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source))
    return root


def plugin_source(name: str, module: str, version: str = "1.0") -> str:
    """A plugin module announcing backend ``name`` implemented by ``module``."""
    return f"""
        from keras_core.backend.hookspecs import BackendSpec, hookimpl

        @hookimpl
        def register_backends(register):
            register(BackendSpec(name={name!r}, module={module!r}, version={version!r}))
    """
