"""Where each object's variables live in a weights file: Keras 3's attribute walk.

A weights file does not name variables; it stores each object's own variables by position
under a path made of the attribute names that lead to the object from the model. The walk
that produces those paths is Keras's, reproduced rule by rule, because a file moves between
Keras and keras-core only if both walk a model the same way:

1. The model itself is saved at ``""`` (its group is ``vars``).
2. A functional model or a ``Sequential`` first yields its layers as the container
   ``layers`` (functional layers in Keras's graph order).
3. Then every attribute of the object, sorted by name with ``_``-prefixed names last,
   except dunder names and the attributes a plain ``Layer`` already has (its own
   bookkeeping, which under PyTorch includes ``torch.nn.Module``'s).
4. A saveable attribute value (a layer, or anything with ``save_own_variables``, such as an
   optimizer) is saved at ``<path>/<attribute>`` and walked in turn, depth first.
5. A list, tuple or dict is a container: its saveable items are named by their class in
   snake case, numbered per container (``dense``, ``dense_1``...), and nested containers
   are named ``container``, ``container_1``...; every such item takes a name, even one
   saved earlier under another path.
6. An object is saved once, under the first path that reaches it.
"""

import functools
import re
import warnings

from keras_core.saving.h5_store import WeightsFileError, vars_path

_CONTAINERS = (list, tuple, dict)


def walk(root):
    """Yields ``(path, saveable)`` for ``root`` and every saveable it holds, in Keras's order.

    Example:
        >>> [path for path, _ in walk(model)]
        ['', 'layers/input_layer', 'layers/dense', 'layers/dense_1']
    """
    visited = {id(root)}
    yield "", root
    yield from _walk_object(root, "", visited)


def _walk_object(obj, path, visited):
    for attribute, value in _attributes(obj):
        yield from _walk_value(value, _join(path, attribute), visited, set())


def _walk_value(value, path, visited, open_containers):
    if is_saveable(value):
        if id(value) in visited:
            return
        visited.add(id(value))
        yield path, value
        yield from _walk_object(value, path, visited)
    elif isinstance(value, _CONTAINERS) and id(value) not in open_containers:
        open_containers = open_containers | {id(value)}
        items = value.values() if isinstance(value, dict) else value
        taken = {}
        for item in items:
            if is_saveable(item):
                base = snake_case(type(item).__name__)
            elif isinstance(item, _CONTAINERS):
                base = "container"
            else:
                continue
            name = _numbered(base, taken)
            yield from _walk_value(item, _join(path, name), visited, open_containers)


def is_saveable(value) -> bool:
    """Whether ``value`` has its own place in a weights file (a layer, an optimizer...)."""
    if isinstance(value, type):
        return False
    from keras_core.layers.layer import Layer

    return isinstance(value, Layer) or callable(getattr(type(value), "save_own_variables", None))


def _attributes(obj):
    from keras_core.models.functional import Functional
    from keras_core.models.sequential import Sequential

    if isinstance(obj, Functional):
        yield "layers", _functional_layers(obj)
    elif isinstance(obj, Sequential):
        yield "layers", obj.layers
    skip = _skip_set(type(obj))
    # object.__dir__ leaves out what torch.nn.Module.__dir__ adds (the keys of _modules and
    # _parameters), which are not attributes in Keras's sense.
    names = sorted(set(object.__dir__(obj)), key=lambda name: (name.startswith("_"), name))
    for name in names:
        if name.startswith("__") or name in skip:
            continue
        try:
            value = getattr(obj, name)
        except Exception:  # noqa: BLE001 - like Keras: a property that cannot be computed
            # in the object's state (an unbuilt model's output...) holds nothing to save.
            continue
        yield name, value


def _functional_layers(model) -> list:
    from keras_core.layers.layer import Layer
    from keras_core.models.functional_config import map_graph

    return [op for op in map_graph(model).operations if isinstance(op, Layer)]


@functools.cache
def _skip_set(cls) -> frozenset:
    from keras_core.layers.layer import Layer
    from keras_core.models.functional import Functional
    from keras_core.models.sequential import Sequential

    if not issubclass(cls, Layer):
        # Other saveables (optimizers) contribute only their instance attributes.
        return frozenset(dir(cls))
    base = Layer(name="layer")
    skip = set(object.__dir__(base))
    if issubclass(cls, Functional):
        skip.update(("operations", "_operations"))
    if issubclass(cls, Sequential):
        # keras-core keeps a Sequential's InputLayer here; Keras never saves that layer.
        skip.add("_input_layer")
    return frozenset(skip)


def snake_case(name: str) -> str:
    """Keras's snake case for container item names: ``"LSTMCell"`` -> ``"lstm_cell"``,
    ``"HTTP2Server"`` -> ``"http2_server"``, ``"My_Block"`` -> ``"my__block"``."""
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()


def _numbered(base: str, taken: dict) -> str:
    if base not in taken:
        taken[base] = 0
        return base
    taken[base] += 1
    return f"{base}_{taken[base]}"


def _join(path: str, name: str) -> str:
    return f"{path}/{name}" if path else name


def save_state(root, writer) -> None:
    """Writes the variables of ``root`` and of everything it holds through ``writer``."""
    for path, obj in walk(root):
        name = getattr(obj, "name", None)
        obj.save_own_variables(writer.make(path, name if isinstance(name, str) else None))


def load_state(root, reader, *, skip_mismatch=False, rollback=False) -> None:
    """Assigns the variables saved in ``reader`` to ``root`` and everything it holds.

    Every object is loaded even after one fails, so that the error lists all problems;
    layers that load their variables the standard way are checked (count and shapes)
    before anything is read. With ``skip_mismatch`` an object that does not fit is left as
    it was, with a warning, instead.

    Args:
        root: The model (or layer) to load into.
        reader: An ``H5Reader``.
        skip_mismatch: Skip objects whose saved variables do not fit, with a warning.
        rollback: On error, restore every variable to its value before the call (needed
            when loading into a model the caller already holds).
    """
    walked = list(walk(root))
    problems, saved = [], []
    try:
        for path, obj in walked:
            before = _snapshot(obj) if rollback or skip_mismatch else []
            problem = _load_object(obj, path, reader)
            if problem is None:
                saved.extend(before)
                continue
            _restore(before)
            if skip_mismatch:
                warnings.warn(f"Skipping variable loading: {problem}", stacklevel=3)
            else:
                problems.append(problem)
        if problems:
            listed = "\n".join(f"  - {problem}" for problem in problems)
            outcome = "; the model was left unchanged" if rollback else ""
            raise WeightsFileError(
                f"{reader.filename}: {len(problems)} object(s) could not be loaded"
                f"{outcome}:\n{listed}"
            )
    except BaseException:
        _restore(saved)
        raise
    has_optimizer = getattr(root, "optimizer", None) is not None
    _warn_unused(reader, {path for path, _ in walked}, has_optimizer)


def _load_object(obj, path, reader):
    """Loads one object; returns a description of the problem if its state does not fit."""
    shapes = reader.shapes(path) or {}
    expected = _own_variables(obj)
    if expected is not None:
        problem = _mismatch(obj, path, shapes, expected)
        if problem is not None:
            return problem
    arrays = reader.read(path) if shapes else {}
    try:
        obj.load_own_variables(arrays)
    except (ValueError, TypeError, KeyError, IndexError) as error:
        return f"{_describe(obj)} could not load '{vars_path(path)}': {error}{_build_hint(obj)}"
    return None


def _own_variables(obj):
    """The variables the base ``load_own_variables`` assigns, or ``None`` when ``obj``
    loads its state its own way (and checks it itself)."""
    from keras_core.layers.layer import Layer

    if isinstance(obj, Layer) and type(obj).load_own_variables is Layer.load_own_variables:
        return obj._trainable_variables + obj._non_trainable_variables
    return None


def _mismatch(obj, path, shapes, expected):
    where = f"'{vars_path(path)}'"
    if len(shapes) != len(expected):
        return (
            f"{_describe(obj)} has {len(expected)} variables "
            f"{[variable.path for variable in expected]}, but {where} holds "
            f"{len(shapes)}{_build_hint(obj)}"
        )
    for index, (variable, (key, shape)) in enumerate(zip(expected, shapes.items(), strict=True)):
        if key != str(index):
            return f"{where} holds unexpected entry {key!r} (expected '0'..'{len(shapes) - 1}')"
        if tuple(shape) != tuple(variable.shape):
            return (
                f"{_describe(obj)} variable '{variable.path}' has shape "
                f"{tuple(variable.shape)}, but {where}/{key} holds shape {tuple(shape)}"
            )
    return None


def _warn_unused(reader, walked_paths, has_optimizer) -> None:
    unused = [
        path
        for path, count in reader.vars_groups().items()
        if count
        and path not in walked_paths
        and (has_optimizer or not (path == "optimizer" or path.startswith("optimizer/")))
    ]
    if unused:
        warnings.warn(
            f"{reader.filename} holds variables that no object of the model reads: "
            f"{sorted(unused)}. The file may come from a different model.",
            stacklevel=3,
        )


def _build_hint(obj) -> str:
    if getattr(obj, "built", True) is False:
        return " (it is not built yet: call the model on data or build() it first)"
    return ""


def _snapshot(obj) -> list:
    variables = getattr(obj, "_trainable_variables", None)
    if variables is not None:
        variables = variables + obj._non_trainable_variables
    else:
        variables = list(getattr(obj, "variables", ()))
    return [(variable, variable.numpy()) for variable in variables]


def _restore(saved) -> None:
    for variable, value in saved:
        variable.assign(value)


def _describe(obj) -> str:
    name = getattr(obj, "name", None)
    return f"{type(obj).__name__} '{name}'" if isinstance(name, str) else type(obj).__name__
