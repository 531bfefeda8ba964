"""Saving and loading whole models (``.keras``) and their weights (``.weights.h5``).

Files follow Keras 3's format exactly (see ``archive``, ``h5_store`` and ``state_walk``),
so a model saved by Keras 3 loads in keras-core and the other way round. Saves are atomic
(an interrupted save leaves the previous file intact); loads check the whole file before
changing anything, and fail with an error that names the file and the problem.
"""

import io
import json
import os
import warnings

from keras_core.saving import archive, state_walk
from keras_core.saving.h5_store import H5Reader, H5Writer
from keras_core.saving.serialization_lib import (
    SafeModeScope,
    deserialize_keras_object,
    serialize_keras_object,
)

_WEIGHTS_SUFFIX = ".weights.h5"


def save_model(model, filepath, overwrite=True, zipped=None, **kwargs):
    """Saves ``model`` (config and weights) as a ``.keras`` archive.

    Args:
        model: The model to save.
        filepath: A path ending in ``.keras``, or a binary file object. With
            ``zipped=False``, a folder path (not ending in ``.keras``).
        overwrite: Replace an existing file; if ``False`` and the file exists, raise
            ``FileExistsError``.
        zipped: ``True`` (the default) writes a zip archive, ``False`` an unzipped folder
            with the same members.

    Example:
        >>> keras_core.saving.save_model(model, "model.keras")
        >>> restored = keras_core.saving.load_model("model.keras")
    """
    if kwargs:
        raise ValueError(
            f"save_model: unsupported arguments {sorted(kwargs)}; keras-core saves only the "
            f"native .keras format (arguments: filepath, overwrite, zipped)"
        )
    zipped = True if zipped is None else bool(zipped)
    if _is_file_object(filepath):
        if not zipped:
            raise ValueError("save_model: zipped=False needs a folder path, not a file object")
        _write_model(model, filepath)
        return
    path = os.fspath(filepath)
    if zipped and not path.endswith(".keras"):
        raise ValueError(
            f"Invalid filepath extension for saving: the native Keras format needs a path "
            f"ending in `.keras`{_format_hint(path)}. Received: filepath={path}"
        )
    if not zipped and path.endswith(".keras"):
        raise ValueError(
            f"save_model: with zipped=False the model is saved as a folder, whose path must "
            f"not end in `.keras`. Received: filepath={path}"
        )
    _check_overwrite(path, overwrite)
    config_json = _config_json(model)
    if not zipped:
        archive.write_folder(path, config_json, _weights_bytes(model))
        return
    with archive.atomic_file(path) as temporary, open(temporary, "wb") as handle:
        _write_model(model, handle, config_json)


def _write_model(model, handle, config_json=None) -> None:
    # The config is serialized first, so that an unserializable model fails before the
    # (slower) weights are written.
    config_json = config_json or _config_json(model)
    archive.write_zip(handle, config_json, lambda: _weights_bytes(model))


def _config_json(model) -> str:
    return json.dumps(serialize_keras_object(model))


def _weights_bytes(model) -> bytes:
    buffer = io.BytesIO()
    with H5Writer(buffer) as writer:
        state_walk.save_state(model, writer)
    return buffer.getvalue()


def load_model(filepath, custom_objects=None, compile=True, safe_mode=True):
    """Loads a model saved by ``save_model`` (or by Keras 3's ``model.save``).

    Args:
        filepath: Path of a ``.keras`` archive or of an unzipped model folder, or a binary
            file object.
        custom_objects: Dict of name to class or function for the custom objects the
            config names (registered objects are found without it).
        compile: Compile the model from its saved ``compile_config`` when it has one.
        safe_mode: Refuse configs that carry Python code (``lambda`` functions, e.g. in a
            ``Lambda`` layer). Pass ``False`` only for files you trust.

    Returns:
        A new model with the saved weights. Nothing is returned, and no partly loaded model
        exists, if any check fails.

    Example:
        >>> model = keras_core.saving.load_model("model.keras")
    """
    if not _is_file_object(filepath):
        path = os.fspath(filepath)
        _check_exists(path)
        if not os.path.isdir(path) and not path.endswith(".keras"):
            raise ValueError(
                f"File format not supported: keras-core loads models saved in the `.keras` "
                f"format (a zip archive or an unzipped model folder){_format_hint(path)}. "
                f"Received: filepath={path}"
            )
    with archive.ArchiveReader(filepath) as source:
        config = source.config()
        model = _model_from_config(config, custom_objects, compile, safe_mode, source.name)
        with source.weights() as reader:
            state_walk.load_state(model, reader)
    return model


def _model_from_config(config, custom_objects, compile, safe_mode, name):
    config = dict(config)
    compile_config = config.get("compile_config")
    if not compile:
        config.pop("compile_config", None)
    try:
        with SafeModeScope(safe_mode):
            model = deserialize_keras_object(
                config, custom_objects=custom_objects, safe_mode=safe_mode
            )
    except Exception as error:
        raise ValueError(
            f"Could not load the model in {name}: its config.json could not be turned back "
            f"into a model: {error}"
        ) from error
    from keras_core.layers.layer import Layer

    if not isinstance(model, Layer):
        raise ValueError(
            f"Could not load the model in {name}: config.json describes a "
            f"{type(model).__name__}, not a model"
        )
    _build_subclassed(model, config.get("build_config"), name)
    if compile and compile_config and not hasattr(model, "compile_from_config"):
        warnings.warn(
            f"{name} was saved compiled, but keras-core models cannot be compiled yet; the "
            f"model is loaded uncompiled (its optimizer state is not restored).",
            stacklevel=3,
        )
    return model


def _build_subclassed(model, build_config, name) -> None:
    """Creates the weights of a subclassed model whose ``build`` does not, by tracing
    ``call`` on a symbolic input of the saved shape (what Keras's ``Model.build`` does)."""
    from keras_core.models.functional import Functional
    from keras_core.models.sequential import Sequential

    if isinstance(model, (Functional, Sequential)) or not build_config:
        return
    input_shape = build_config.get("input_shape")
    layers = [layer for _, layer in state_walk.walk(model)][1:]
    if input_shape is None or all(getattr(layer, "built", True) for layer in layers):
        return
    from keras_core import tree
    from keras_core.backend.keras_tensor import KerasTensor
    from keras_core.layers import call_context

    inputs = tree.map_shape_structure(
        lambda shape: KerasTensor(shape, model.input_dtype), input_shape
    )
    try:
        with call_context.symbolic_call():
            model.compute_output_spec(inputs)
    except Exception as error:
        raise ValueError(
            f"Could not load the model in {name}: {type(model).__name__} did not create its "
            f"weights in build(), and calling it on a symbolic input of the saved shape "
            f"{input_shape} failed: {error}"
        ) from error


def save_weights(model, filepath, overwrite=True, max_shard_size=None):
    """Saves the weights of ``model`` to a ``.weights.h5`` file (Keras 3's layout).

    Args:
        model: The model whose weights to save.
        filepath: A path ending in ``.weights.h5``.
        overwrite: Replace an existing file; if ``False`` and the file exists, raise
            ``FileExistsError``.
        max_shard_size: Not supported by keras-core (Keras writes sharded weights with it);
            must be ``None``.

    Example:
        >>> model.save_weights("model.weights.h5")
    """
    if max_shard_size is not None:
        raise ValueError(
            f"save_weights: keras-core does not write sharded weights, so max_shard_size "
            f"must be None; received {max_shard_size!r}"
        )
    path = os.fspath(filepath)
    if not path.endswith(_WEIGHTS_SUFFIX):
        raise ValueError(f"The filename must end in `.weights.h5`. Received: filepath={path}")
    _check_overwrite(path, overwrite)
    with archive.atomic_file(path) as temporary, H5Writer(temporary) as writer:
        state_walk.save_state(model, writer)


def load_weights(model, filepath, skip_mismatch=False, **kwargs):
    """Loads weights saved by ``save_weights`` or ``save_model`` (or by Keras 3) into
    ``model``, which must have the same architecture and be built.

    Args:
        model: The model to load into.
        filepath: A ``.weights.h5`` file or a ``.keras`` archive.
        skip_mismatch: Skip, with a warning, the layers whose saved variables do not match
            in number or shape, instead of raising.

    Every layer is checked against the file before any weight changes, so on error the
    model keeps its previous weights.

    Example:
        >>> model.load_weights("model.weights.h5")
    """
    if kwargs:
        raise ValueError(
            f"load_weights: unsupported arguments {sorted(kwargs)} (keras-core reads only "
            f"the native formats; arguments: filepath, skip_mismatch)"
        )
    path = os.fspath(filepath)
    _check_exists(path)
    if path.endswith(".keras"):
        with archive.ArchiveReader(path) as source, source.weights() as reader:
            state_walk.load_state(model, reader, skip_mismatch=skip_mismatch, rollback=True)
        return
    if not path.endswith(_WEIGHTS_SUFFIX):
        raise ValueError(
            f"File format not supported: load_weights reads `.weights.h5` files and `.keras` "
            f"archives{_format_hint(path)}. Received: filepath={path}"
        )
    with H5Reader(path, filename=path) as reader:
        state_walk.load_state(model, reader, skip_mismatch=skip_mismatch, rollback=True)


def _is_file_object(filepath) -> bool:
    return not isinstance(filepath, (str, os.PathLike)) and (
        hasattr(filepath, "read") or hasattr(filepath, "write")
    )


def _check_overwrite(path, overwrite) -> None:
    if not overwrite and os.path.exists(path):
        raise FileExistsError(
            f"{path} already exists and overwrite=False; pass overwrite=True to replace it"
        )


def _check_exists(path) -> None:
    if not os.path.exists(path):
        raise FileNotFoundError(f"No file or folder found at {path}")


def _format_hint(path) -> str:
    if path.endswith((".h5", ".hdf5")) and not path.endswith(_WEIGHTS_SUFFIX):
        return " (the legacy Keras 2 HDF5 format is not supported by keras-core)"
    if path.endswith(".weights.json"):
        return " (sharded weights, `.weights.json`, are not supported by keras-core)"
    return ""


def model_from_json(json_string, custom_objects=None):
    """Rebuilds a model (new weights) from ``model.to_json()``'s output.

    Args:
        json_string: The JSON config.
        custom_objects: Dict of name to class or function for custom objects.

    Example:
        >>> clone = keras_core.models.model_from_json(model.to_json())
    """
    config = json.loads(json_string)
    return deserialize_keras_object(config, custom_objects=custom_objects)
