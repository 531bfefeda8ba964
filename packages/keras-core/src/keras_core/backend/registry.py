"""Finds installed backends through their entry points, once per process.

Scanning entry points costs tens of milliseconds in a large environment and a pluggy hook
call costs ~26 plain function calls, so the scan runs lazily, once, and nothing here is on
the path of an op. No framework is imported: only the plugin modules are.
"""

import dataclasses
import functools
import importlib.metadata
import warnings

import pluggy

from keras_core.backend import hookspecs
from keras_core.backend.errors import BackendConflictError, BackendNotFoundError

# Install lines for the official backends, used in errors when one is asked for but missing.
OFFICIAL_INSTALL_HINTS = {
    "numpy": "pip install keras-core",
    "jax": "pip install keras-backend-jax",
    "torch": "pip install keras-backend-torch",
    "tensorflow": "pip install keras-backend-tf",
    "openvino": "pip install keras-backend-openvino",
}


@dataclasses.dataclass(frozen=True)
class BackendInfo:
    """One row of :func:`list_backends`: a registered backend or a plugin that failed.

    ``spec`` is ``None`` when the plugin failed before announcing anything; ``name`` is then
    the entry point's name.
    """

    name: str
    distribution: str
    distribution_version: str
    spec: hookspecs.BackendSpec | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def status(self) -> str:
        return "ok" if self.ok else f"failed: {self.error}"

    @property
    def framework_version(self) -> str | None:
        """Version of the framework distribution, read from metadata without importing it."""
        if self.spec is None or self.spec.framework is None:
            return None
        try:
            return importlib.metadata.version(self.spec.framework)
        except importlib.metadata.PackageNotFoundError:
            return None


class Registry:
    """The outcome of one scan: every backend announced, and every plugin that failed.

    ``plugin_manager`` holds the plugins that loaded, so that tools built on keras-core
    (keras-bench) can call their other hooks without scanning entry points again.
    """

    def __init__(self, rows: list[BackendInfo], plugin_manager: pluggy.PluginManager):
        self.rows = rows
        self.plugin_manager = plugin_manager

    def available(self) -> list[str]:
        """Names that can be selected, in listing order."""
        return [row.name for row in self.rows if row.ok]

    def get(self, name: str) -> BackendInfo:
        """The usable backend called ``name``, or an error that says what to do instead."""
        matches = [row for row in self.rows if row.name == name]
        usable = [row for row in matches if row.ok]
        if usable:
            return usable[0]
        conflicting = [row for row in matches if row.spec is not None]
        if len(conflicting) > 1:
            raise BackendConflictError(
                f"Backend {name!r} is registered by more than one distribution: "
                + ", ".join(f"{row.distribution} {row.distribution_version}" for row in conflicting)
                + ". Uninstall all but one of them."
            )
        if matches:
            raise BackendNotFoundError(
                f"Backend {name!r} is installed (distribution {matches[0].distribution}) but its "
                f"plugin failed: {matches[0].error}"
            )
        raise BackendNotFoundError(_unknown_name_message(name, self.available()))


def _unknown_name_message(name: str, installed: list[str]) -> str:
    lines = [f"Unknown keras_core backend {name!r}."]
    lines.append("Installed backends: " + (", ".join(installed) if installed else "none") + ".")
    missing = [n for n in OFFICIAL_INSTALL_HINTS if n not in installed]
    if missing:
        lines.append("Official backends not installed here:")
        lines.extend(f"  {n}: {OFFICIAL_INSTALL_HINTS[n]}" for n in missing)
    return "\n".join(lines)


def _entry_points() -> list[importlib.metadata.EntryPoint]:
    found = importlib.metadata.entry_points(group=hookspecs.ENTRY_POINT_GROUP)
    # Sorting makes conflicts and warnings come out the same on every run.
    return sorted(found, key=lambda ep: (ep.dist.name if ep.dist else "", ep.name))


def _announcements(plugin, manager: pluggy.PluginManager) -> list[hookspecs.BackendSpec]:
    """Calls ``register_backends`` of one plugin only, so each spec keeps its distribution."""
    others = [p for p in manager.get_plugins() if p is not plugin]
    caller = manager.subset_hook_caller("register_backends", remove_plugins=others)
    specs: list[hookspecs.BackendSpec] = []

    def register(spec):
        if not isinstance(spec, hookspecs.BackendSpec):
            raise TypeError(
                f"register() expects a keras_core.backend.hookspecs.BackendSpec, "
                f"received {type(spec).__name__}"
            )
        specs.append(spec)

    caller(register=register)
    return specs


def _scan() -> Registry:
    manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    rows: list[BackendInfo] = []
    for ep in _entry_points():
        dist = ep.dist.name if ep.dist else "<unknown distribution>"
        dist_version = ep.dist.version if ep.dist else "?"
        try:
            plugin = ep.load()
            if manager.is_registered(plugin):
                raise ValueError(f"plugin module {plugin.__name__} is already registered")
            manager.register(plugin, name=f"{dist}:{ep.name}")
            specs = _announcements(plugin, manager)
            if not specs:
                raise ValueError(f"plugin {ep.value} registered no backend")
        except Exception as exc:  # noqa: BLE001 - a broken plugin must not break the others
            if manager.has_plugin(f"{dist}:{ep.name}"):
                manager.unregister(name=f"{dist}:{ep.name}")
            error = f"{type(exc).__name__}: {exc}"
            warnings.warn(
                f"keras_core backend plugin {ep.name!r} from distribution {dist} failed: {error}",
                RuntimeWarning,
                stacklevel=3,
            )
            rows.append(BackendInfo(ep.name, dist, dist_version, None, error))
            continue
        rows.extend(BackendInfo(spec.name, dist, dist_version, spec) for spec in specs)
    return Registry(_mark_conflicts(rows), manager)


def _mark_conflicts(rows: list[BackendInfo]) -> list[BackendInfo]:
    """A name announced more than once (by several distributions or twice by one) is unusable."""
    claimants: dict[str, list[BackendInfo]] = {}
    for row in rows:
        if row.spec is not None:
            claimants.setdefault(row.name, []).append(row)
    marked = []
    for row in rows:
        rivals = claimants.get(row.name, [])
        if row.spec is not None and len(rivals) > 1:
            dists = sorted({r.distribution for r in rivals})
            if len(dists) == 1:
                error = f"name {row.name!r} is registered {len(rivals)} times by {dists[0]}"
            else:
                error = f"name {row.name!r} is claimed by " + " and ".join(dists)
            row = dataclasses.replace(row, error=error)
        marked.append(row)
    return marked


@functools.cache
def registry() -> Registry:
    """The registry of this process, scanned on first call."""
    return _scan()
