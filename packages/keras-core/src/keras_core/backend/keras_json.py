"""Reads the Keras user config file, ``$KERAS_HOME/keras.json`` (default ``~/.keras``).

keras-core shares this file with Keras so that one setting serves both; it reads it and
never writes it.
"""

import functools
import json
import os


def keras_home() -> str:
    """The folder holding ``keras.json``: ``$KERAS_HOME``, else ``~/.keras``."""
    return os.environ.get("KERAS_HOME") or os.path.join(os.path.expanduser("~"), ".keras")


def keras_json_path() -> str:
    return os.path.join(keras_home(), "keras.json")


@functools.cache
def read_keras_json() -> dict:
    """The file's settings, or ``{}`` when it is missing.

    A file that exists but is not a JSON object is an error: silently ignoring it would
    select another backend than the user wrote down.
    """
    path = keras_json_path()
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return {}
    try:
        data = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as exc:
        raise ValueError(f"Keras config file {path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError(f"Keras config file {path} must hold a JSON object, found {data!r}")
    return data
