"""The case registry: built-in cases, the plugin hook, and errors that list what exists."""

import pluggy
import pytest

pytest.importorskip("keras_bench")

from keras_bench import BenchCase, Workload
from keras_bench.cases import SUITES, _collect, case_registry
from keras_bench.errors import UnknownNameError
from keras_core.backend import hookspecs


def _case(name, suite="ops"):
    return BenchCase(name, suite, f"{name} for tests", lambda backend: Workload(abs, None, (1,)))


def test_builtin_ops_cases_are_registered():
    registry = case_registry()
    assert {"ops.add", "ops.matmul"} <= set(registry.cases)
    assert registry.cases["ops.add"].origin == "keras_bench.cases.ops"
    assert [case.name for case in registry.select(suite="ops")][:2] == ["ops.add", "ops.matmul"]
    assert registry.select(suite="models") == [
        case for case in registry.cases.values() if case.suite == "models"
    ]


def test_select_by_name_keeps_the_order_given():
    names = [case.name for case in case_registry().select(names=["ops.matmul", "ops.add"])]
    assert names == ["ops.matmul", "ops.add"]


def test_unknown_case_lists_registered_cases():
    with pytest.raises(UnknownNameError) as error:
        case_registry().select(names=["ops.add", "ops.nope"])
    message = str(error.value)
    assert "'ops.nope'" in message
    assert "Registered cases: " in message and "ops.add" in message and "ops.matmul" in message


def test_unknown_suite_lists_suites():
    with pytest.raises(UnknownNameError, match="Suites: ops, layers, models"):
        case_registry().select(suite="kernels")
    assert SUITES == ("ops", "layers", "models")


def test_bench_case_validates_its_fields():
    with pytest.raises(ValueError, match="suite must be one of ops, layers, models"):
        _case("x.y", suite="kernels")
    with pytest.raises(ValueError, match="non-empty string"):
        _case("")
    with pytest.raises(TypeError, match="prepare must be callable"):
        BenchCase("ops.z", "ops", "", prepare=None)


def test_plugin_hook_adds_cases_and_duplicates_are_reported():
    class Plugin:
        @hookspecs.hookimpl
        def register_bench_cases(self, register):
            register(_case("plugin.ops.fused"))
            register(_case("ops.add"))

    manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    manager.register(Plugin())

    def builtin(register):
        register(_case("ops.add"))

    registry = _collect([builtin, manager.hook.register_bench_cases])
    assert list(registry.cases) == ["ops.add", "plugin.ops.fused"]
    assert len(registry.errors) == 1
    assert "case 'ops.add'" in registry.errors[0] and "already registered" in registry.errors[0]


def test_a_failing_or_wrong_registration_is_reported_not_raised():
    def broken(register):
        raise RuntimeError("plugin bug")

    def wrong_type(register):
        register("ops.add")

    def fine(register):
        register(_case("ops.ok"))

    registry = _collect([broken, wrong_type, fine])
    assert list(registry.cases) == ["ops.ok"]
    assert registry.errors == (
        "registering bench cases failed: RuntimeError: plugin bug",
        "registering bench cases failed: TypeError: register() expects a "
        "keras_bench.BenchCase, received str",
    )
