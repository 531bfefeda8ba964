"""Broken, duplicate and partial plugins: each is reported, none breaks the others."""

import pytest
from fake_distributions import plugin_source, write_distribution

from keras_core.backend.errors import BackendConflictError, BackendNotFoundError
from keras_core.backend.hookspecs import BackendSpec
from keras_core.backend.registry import BackendInfo, Registry, _mark_conflicts

LIST = """
import json, warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import keras_core
    rows = keras_core.backend.list_backends()
print(json.dumps({"rows": [[r.name, r.distribution, r.status] for r in rows],
                  "warnings": [str(w.message) for w in caught]}))
"""

# A backend implemented by the core's NumPy reference: enough to run ops through it.
NUMPY_IMPL = "keras_core.backend.numpy"


def test_plugin_that_raises_on_import_is_reported_and_others_still_work(
    run_json, run_python, tmp_path, empty_keras_home
):
    write_distribution(
        tmp_path,
        "broken-backend",
        {"broken": "broken_plugin"},
        {"broken_plugin": "raise RuntimeError('cannot find libbroken.so')"},
    )
    listing = run_json(LIST, pythonpath=[tmp_path], keras_home=empty_keras_home)
    assert ["broken", "broken-backend", "failed: RuntimeError: cannot find libbroken.so"] in (
        listing["rows"]
    )
    assert ["numpy", "keras-core", "ok"] in listing["rows"]
    assert listing["warnings"] == [
        "keras_core backend plugin 'broken' from distribution broken-backend failed: "
        "RuntimeError: cannot find libbroken.so"
    ]
    done = run_python(
        "import keras_core; print(keras_core.ops.add(2, 3))",
        env={"KERAS_BACKEND": "numpy"},
        pythonpath=[tmp_path],
        keras_home=empty_keras_home,
    )
    assert done.returncode == 0 and done.stdout.strip() == "5"
    done = run_python(
        "import keras_core; keras_core.config.set_backend('broken')",
        pythonpath=[tmp_path],
        keras_home=empty_keras_home,
    )
    assert done.stderr.splitlines()[-1] == (
        "keras_core.backend.errors.BackendNotFoundError: Backend 'broken' is installed "
        "(distribution broken-backend) but its plugin failed: "
        "RuntimeError: cannot find libbroken.so"
    )


def test_two_distributions_claiming_one_name_give_a_deterministic_error(
    run_python, tmp_path, empty_keras_home
):
    for dist in ("zeta-backend", "alpha-backend"):
        module = dist.replace("-", "_") + "_plugin"
        write_distribution(
            tmp_path, dist, {"twin": module}, {module: plugin_source("twin", NUMPY_IMPL)}
        )
    messages = set()
    for _ in range(2):
        done = run_python(
            "import keras_core; keras_core.config.set_backend('twin')",
            pythonpath=[tmp_path],
            keras_home=empty_keras_home,
        )
        assert done.returncode != 0
        messages.add(done.stderr.strip().splitlines()[-1])
    assert messages == {
        "keras_core.backend.errors.BackendConflictError: Backend 'twin' is registered by more "
        "than one distribution: alpha-backend 1.0, zeta-backend 1.0. Uninstall all but one of them."
    }


def test_third_party_backend_runs_ops_through_the_registry(run_python, tmp_path, empty_keras_home):
    write_distribution(
        tmp_path,
        "mirror-backend",
        {"mirror": "mirror_plugin"},
        {"mirror_plugin": plugin_source("mirror", NUMPY_IMPL)},
    )
    done = run_python(
        "import keras_core as k; print(k.config.backend(), k.ops.matmul([[1, 2]], [[3], [4]]))",
        env={"KERAS_BACKEND": "mirror"},
        pythonpath=[tmp_path],
        keras_home=empty_keras_home,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["mirror", "[[11]]"]


def test_partial_backend_gets_compositions_and_clear_unsupported_errors(
    run_python, tmp_path, empty_keras_home
):
    write_distribution(
        tmp_path,
        "partial-backend",
        {"partial": "partial_plugin"},
        {
            "partial_plugin": plugin_source("partial", "partial_impl"),
            "partial_impl.__init__": "",
            # Only `core` and a few numpy ops: the rest is composed or unsupported.
            "partial_impl.core": "from keras_core.backend.numpy.core import *",
            "partial_impl.numpy.__init__": "",
            "partial_impl.numpy.binary": f"from {NUMPY_IMPL}.numpy.binary import *",
            "partial_impl.numpy.unary": f"from {NUMPY_IMPL}.numpy.unary import *",
            "partial_impl.numpy.reduction": f"from {NUMPY_IMPL}.numpy.reduction import max, sum",
        },
    )
    done = run_python(
        """
        import keras_core as k
        from keras_core.backend import active_backend
        print(k.ops.softmax([0.0, 0.0]).tolist(), k.ops.mean([1, 2, 3]))
        kinds = active_backend().bindings
        print(kinds["nn.activation.softmax"], kinds["numpy.reduction.mean"],
              kinds["numpy.products.matmul"])
        k.ops.matmul([[1]], [[1]])
        """,
        env={"KERAS_BACKEND": "partial"},
        pythonpath=[tmp_path],
        keras_home=empty_keras_home,
    )
    assert done.stdout.splitlines() == ["[0.5, 0.5] 2.0", "composed composed unsupported"]
    assert done.stderr.strip().splitlines()[-1] == (
        "keras_core.backend.errors.UnsupportedOpError: keras_core.ops.matmul is not supported "
        "by the 'partial' backend: its implementation does not define numpy.products.matmul. "
        "Choose another backend with KERAS_BACKEND, or see `python -m keras_core backends`."
    )


def test_implementation_that_fails_to_import_names_the_distribution(
    run_python, tmp_path, empty_keras_home
):
    write_distribution(
        tmp_path,
        "lazy-backend",
        {"lazy": "lazy_plugin"},
        {
            "lazy_plugin": plugin_source("lazy", "lazy_impl"),
            "lazy_impl": "import framework_that_is_not_installed",
        },
    )
    done = run_python(
        "import keras_core; keras_core.ops.add(1, 2)",
        env={"KERAS_BACKEND": "lazy"},
        pythonpath=[tmp_path],
        keras_home=empty_keras_home,
    )
    assert done.stderr.strip().splitlines()[-1] == (
        "keras_core.backend.errors.BackendActivationError: keras_core backend 'lazy' "
        "(distribution lazy-backend 1.0) failed to import its implementation 'lazy_impl': "
        "ModuleNotFoundError: No module named 'framework_that_is_not_installed'"
    )


def test_plugin_registering_nothing_or_garbage_is_reported(run_json, tmp_path, empty_keras_home):
    write_distribution(
        tmp_path,
        "odd-backend",
        {"silent": "silent_plugin", "garbage": "garbage_plugin"},
        {
            "silent_plugin": """
                from keras_core.backend.hookspecs import hookimpl

                @hookimpl
                def register_backends(register):
                    pass
            """,
            "garbage_plugin": """
                from keras_core.backend.hookspecs import hookimpl

                @hookimpl
                def register_backends(register):
                    register({"name": "garbage"})
            """,
        },
    )
    rows = run_json(LIST, pythonpath=[tmp_path], keras_home=empty_keras_home)["rows"]
    assert [
        "silent",
        "odd-backend",
        "failed: ValueError: plugin silent_plugin registered no backend",
    ] in rows
    assert [
        "garbage",
        "odd-backend",
        "failed: TypeError: register() expects a keras_core.backend.hookspecs.BackendSpec, "
        "received dict",
    ] in rows


def _row(name, dist):
    return BackendInfo(name, dist, "1.0", BackendSpec(name, "impl", "1.0"))


def test_conflict_marking_is_independent_of_order():
    rows = [_row("a", "d2"), _row("b", "d1"), _row("a", "d1")]
    for order in (rows, rows[::-1]):
        marked = {(r.name, r.distribution): r.status for r in _mark_conflicts(order)}
        assert marked == {
            ("a", "d2"): "failed: name 'a' is claimed by d1 and d2",
            ("a", "d1"): "failed: name 'a' is claimed by d1 and d2",
            ("b", "d1"): "ok",
        }


def test_same_distribution_registering_a_name_twice_is_a_conflict():
    marked = _mark_conflicts([_row("a", "d1"), _row("a", "d1")])
    assert {r.status for r in marked} == {"failed: name 'a' is registered 2 times by d1"}
    with pytest.raises(BackendConflictError, match="registered by more than one distribution"):
        Registry(marked, plugin_manager=None).get("a")


def test_unknown_name_error_without_any_official_backend():
    registry = Registry([_row("custom", "d1")], plugin_manager=None)
    with pytest.raises(BackendNotFoundError) as caught:
        registry.get("jax")
    assert str(caught.value).splitlines() == [
        "Unknown keras_core backend 'jax'.",
        "Installed backends: custom.",
        "Official backends not installed here:",
        "  numpy: pip install keras-core",
        "  jax: pip install keras-backend-jax",
        "  torch: pip install keras-backend-torch",
        "  tensorflow: pip install keras-backend-tf",
        "  openvino: pip install keras-backend-openvino",
    ]
