"""Hook specifications for keras-core backend plugins: the backend author's reference.

A backend is a separately installed distribution that announces itself to keras-core
through a Python entry point in the group ``keras_core.backends``. The entry point names a
small *plugin module* that holds pluggy hook implementations (marked with
:data:`hookimpl`). keras-core scans the entry points once per process, the first time it
needs to know which backends exist, and calls the hooks below exactly once per plugin.
No hook is ever called while ops run: ops call the selected backend's functions directly.

The plugin module must be cheap to import: it must not import the array framework.
Point :attr:`BackendSpec.module` at the implementation package instead; keras-core imports
that package (and so the framework) only when the backend is activated.

A minimal plugin, registered in ``pyproject.toml`` as::

    [project.entry-points."keras_core.backends"]
    mylib = "keras_backend_mylib.plugin"

``keras_backend_mylib/plugin.py``::

    from keras_core.backend.hookspecs import BackendSpec, hookimpl

    @hookimpl
    def register_backends(register):
        register(
            BackendSpec(
                name="mylib",
                module="keras_backend_mylib",
                version="0.3.0",
                framework="mylib",
                trainable=False,
            )
        )

The implementation package holds one submodule per op namespace, with the names used by
``keras_core.ops``: ``core``, ``numpy``, ``nn``, ``math``, ``linalg``, ``image`` and
``random``. Each submodule defines plain functions named like the public ops.
``keras_core.backend.contract`` lists which functions are required and which ones the core
composes from the required ones when a backend leaves them out.
"""

import dataclasses

import pluggy

PROJECT_NAME = "keras_core"
ENTRY_POINT_GROUP = "keras_core.backends"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@dataclasses.dataclass(frozen=True)
class BackendSpec:
    """What a plugin announces about one backend.

    Attributes:
        name: The name users type in ``KERAS_BACKEND`` and ``set_backend``. The official
            names are ``numpy``, ``jax``, ``torch``, ``tensorflow`` and ``openvino``; a
            third-party backend picks a name of its own.
        module: Dotted path of the implementation package (imported on activation only).
        version: Version of the backend implementation, usually its distribution's version.
        framework: PyPI distribution of the array framework it runs on (``"jax"``), used to
            report that framework's version without importing it. ``None`` when there is none.
        trainable: Whether the backend computes gradients and can run ``fit``.
        jit: Whether the backend can compile functions (``jit_compile=True``).
        devices: Device kinds the backend can place arrays on, e.g. ``("cpu", "gpu")``.
        compositions: Whether ops the backend leaves out may be filled with the core's
            compositions of its other ops. Compositions use the tensors' ``dtype`` and
            ``shape`` attributes and Python operators; a backend whose tensors lack them sets
            this to ``False``, and the ops it does not define raise ``UnsupportedOpError``.
    """

    name: str
    module: str
    version: str
    framework: str | None = None
    trainable: bool = False
    jit: bool = False
    devices: tuple[str, ...] = ("cpu",)
    compositions: bool = True

    @property
    def capabilities(self) -> tuple[str, ...]:
        """Capability labels for tables: ``trainable`` or ``inference-only``, ``jit``, devices."""
        labels = ["trainable" if self.trainable else "inference-only"]
        if self.jit:
            labels.append("jit")
        labels.extend(self.devices)
        return tuple(labels)


@hookspec
def register_backends(register):
    """Announce the backends this distribution provides.

    Called once per process, when keras-core first lists or selects a backend. Call
    ``register(BackendSpec(...))`` once for each backend. Do not import the array framework
    here: listing backends must stay cheap and must work when a framework is broken.

    Args:
        register: Callable taking one :class:`BackendSpec`. Registering a name that another
            distribution also registers marks both as conflicting: neither can be selected
            until one of them is uninstalled.
    """


@hookspec
def register_bench_cases(register):
    """Add benchmark cases to ``keras-bench`` (optional; most backends leave it out).

    keras-bench calls this once per process, when it first lists or runs cases, in the
    parent process and again inside each backend's benchmark subprocess. Import
    ``keras_bench`` inside the hook, not at the top of the plugin module, so that the plugin
    still loads where keras-bench is not installed; import no framework here either.

    Args:
        register: Callable taking one ``keras_bench.BenchCase``: a unique dotted ``name``
            (``"mylib.ops.fused_add"``), its ``suite`` (``"ops"``, ``"layers"`` or
            ``"models"``), a one-line ``description`` and ``prepare(backend_name)``, which
            runs inside the benchmark subprocess with that backend active and returns a
            ``keras_bench.Workload``: the keras-core callable, the same work written with the
            framework alone (or ``None``), and the arguments both are called with. A name
            that is already taken is reported by keras-bench and the case is left out.

    Example::

        @hookimpl
        def register_bench_cases(register):
            from keras_bench import BenchCase

            from keras_backend_mylib import bench_cases

            register(BenchCase("mylib.ops.fused_add", "ops", "fused add, (8, 8) float32",
                               bench_cases.prepare_fused_add))
    """
