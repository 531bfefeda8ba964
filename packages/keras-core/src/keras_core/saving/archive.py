"""The ``.keras`` archive: a zip (or, unzipped, a folder) of three members.

``metadata.json`` (Keras version and save date), ``config.json`` (the model's serialized
config) and ``model.weights.h5`` (its weights), in that order and uncompressed
(``ZIP_STORED``), exactly as Keras 3 writes them, so that either library reads the other's
files.

Writes are atomic: the archive is written to a temporary file in the target's folder,
flushed to disk, then renamed over the target, so that an interrupted save leaves the
previous file intact. Reading checks the archive before trusting it: it must be a valid
zip, hold the required members once each, name no member with an absolute path or ``..``,
and no member may expand to far more than it stores (a "zip bomb").
"""

import contextlib
import datetime
import io
import json
import os
import tempfile
import zipfile

from keras_core.saving.h5_store import H5Reader

CONFIG = "config.json"
METADATA = "metadata.json"
WEIGHTS = "model.weights.h5"
ASSETS = "assets"
# The Keras release whose format these files follow; Keras reads metadata.json only for
# display, so this names the format, not the library that wrote the file.
KERAS_VERSION = "3.15.1"
_MAX_CONFIG_BYTES = 256 * 2**20
_MAX_EXPANSION = 100
_EXPANSION_FLOOR_BYTES = 256 * 2**20


class ArchiveError(ValueError):
    """A ``.keras`` archive that is corrupt, incomplete or unsafe."""


def metadata_json() -> str:
    """``metadata.json`` as Keras writes it: the version and the local save time."""
    date_saved = datetime.datetime.now().strftime("%Y-%m-%d@%H:%M:%S")
    return json.dumps({"keras_version": KERAS_VERSION, "date_saved": date_saved})


def write_zip(target, config_json: str, make_weights) -> None:
    """Writes the archive to ``target``, a binary file object open for writing;
    ``make_weights()`` returns the bytes of ``model.weights.h5``."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as archive:
        # Keras writes the JSON members through ZipFile.open (dated 1980-01-01) and the
        # weights with writestr (dated now); doing the same gives identical zip entries.
        for member, text in ((METADATA, metadata_json()), (CONFIG, config_json)):
            with archive.open(member, "w") as handle:
                handle.write(text.encode("utf-8"))
        archive.writestr(WEIGHTS, make_weights())


def write_folder(path, config_json: str, weights: bytes) -> None:
    """Writes the unzipped layout (``model.save(path, zipped=False)``) into folder ``path``,
    replacing an existing one only once the new one is complete."""
    path = os.fspath(path)
    parent = os.path.dirname(os.path.abspath(path))
    staging = tempfile.mkdtemp(prefix=f".{os.path.basename(path)}.", dir=parent)
    try:
        os.chmod(staging, _new_mode(path, 0o777))
        os.mkdir(os.path.join(staging, ASSETS))
        for member, data in (
            (METADATA, metadata_json().encode("utf-8")),
            (CONFIG, config_json.encode("utf-8")),
            (WEIGHTS, weights),
        ):
            with open(os.path.join(staging, member), "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        if os.path.isdir(path):
            retired = tempfile.mkdtemp(prefix=f".{os.path.basename(path)}.old.", dir=parent)
            os.replace(path, os.path.join(retired, "model"))
            os.replace(staging, path)
            _remove_tree(retired)
        else:
            os.replace(staging, path)
    except BaseException:
        _remove_tree(staging)
        raise


@contextlib.contextmanager
def atomic_file(path):
    """Yields a temporary file path next to ``path``; when the block succeeds the file is
    flushed to disk and renamed onto ``path``, otherwise it is removed.

    Example:
        >>> with atomic_file("model.keras") as temporary:
        ...     write_everything_to(temporary)
    """
    path = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(
        prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=directory
    )
    os.close(handle)
    try:
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temporary, _new_mode(path, 0o666))
        os.replace(temporary, path)
        _fsync_folder(directory)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary)
        raise


def _new_mode(path, default) -> int:
    # mkstemp and mkdtemp create private (0600/0700) entries; keep the mode of the entry
    # being replaced, or what a plain open()/mkdir() would have given.
    if os.path.exists(path):
        return os.stat(path).st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return default & ~umask


def _fsync_folder(directory) -> None:
    # Makes the rename itself durable; not possible (nor needed) on every platform.
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _remove_tree(path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


class ArchiveReader:
    """Reads a ``.keras`` archive (a path to a zip or to an unzipped folder, or a binary
    file object) after checking that it is complete and safe.

    Args:
        source: Path or binary file object.

    Example:
        >>> with ArchiveReader("model.keras") as archive:
        ...     config = archive.config()
        ...     with archive.weights() as reader: ...
    """

    def __init__(self, source):
        self.name = _display_name(source)
        self._zip = None
        self._folder = None
        if isinstance(source, (str, os.PathLike)) and os.path.isdir(source):
            self._folder = os.fspath(source)
            return
        try:
            self._zip = zipfile.ZipFile(source, "r")
        except FileNotFoundError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            raise ArchiveError(
                f"{self.name} is not a valid .keras archive: it is not a readable zip file "
                f"({error}). The file may be truncated or corrupted."
            ) from error
        self._members = self._checked_members()

    def _checked_members(self) -> dict:
        members = {}
        for info in self._zip.infolist():
            name = info.filename
            parts = name.replace("\\", "/").split("/")
            if name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":"):
                raise ArchiveError(
                    f"{self.name}: archive member {name!r} has an absolute path or a '..' "
                    f"component; a .keras archive only holds relative paths inside itself"
                )
            if name in members:
                raise ArchiveError(f"{self.name}: archive member {name!r} appears twice")
            expanded_too_much = info.file_size > _MAX_EXPANSION * max(info.compress_size, 1)
            if info.file_size > _EXPANSION_FLOOR_BYTES and expanded_too_much:
                raise ArchiveError(
                    f"{self.name}: archive member {name!r} expands from {info.compress_size} "
                    f"to {info.file_size} bytes; refusing to decompress it"
                )
            members[name] = info
        return members

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def config(self) -> dict:
        """The parsed ``config.json``."""
        data = self._read(CONFIG, limit=_MAX_CONFIG_BYTES)
        try:
            config = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ArchiveError(f"{self.name}: {CONFIG} is not valid JSON ({error})") from error
        if not isinstance(config, dict) or "class_name" not in config:
            raise ArchiveError(
                f"{self.name}: {CONFIG} must hold a serialized model (a JSON object with "
                f"'class_name' and 'config'), found {type(config).__name__}"
            )
        return config

    def weights(self) -> H5Reader:
        """A reader over ``model.weights.h5``."""
        label = f"{self.name} ({WEIGHTS})"
        if self._folder is not None:
            return H5Reader(self._path(WEIGHTS), filename=label)
        return H5Reader(io.BytesIO(self._read(WEIGHTS)), filename=label)

    def _path(self, member) -> str:
        path = os.path.join(self._folder, member)
        if not os.path.isfile(path):
            raise ArchiveError(f"{self.name}: the saved model folder has no {member}")
        return path

    def _read(self, member, limit=None) -> bytes:
        if self._folder is not None:
            path = self._path(member)
            if limit is not None and os.path.getsize(path) > limit:
                raise ArchiveError(f"{self.name}: {member} is larger than {limit} bytes")
            with open(path, "rb") as handle:
                return handle.read()
        info = self._members.get(member)
        if info is None:
            present = sorted(self._members)
            hint = " (Keras's npz weights format is not supported)" if member == WEIGHTS else ""
            raise ArchiveError(
                f"{self.name}: the archive has no {member}{hint}; its members are {present}"
            )
        if limit is not None and info.file_size > limit:
            raise ArchiveError(f"{self.name}: {member} is larger than {limit} bytes")
        try:
            return self._zip.read(info)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            raise ArchiveError(
                f"{self.name}: archive member {member} cannot be read ({error}); the file "
                f"may be truncated or corrupted"
            ) from error


def _display_name(source) -> str:
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    return getattr(source, "name", None) or f"<{type(source).__name__}>"
