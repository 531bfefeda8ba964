"""Weights in HDF5, laid out as Keras 3 writes them.

Every saved object owns a group ``<path>/vars`` (``vars`` for the model itself) whose
attribute ``name`` is the object's name and whose datasets ``"0"``, ``"1"``, ... are its
own variables in order. bfloat16 arrays, which HDF5 cannot describe, are stored as opaque
2-byte values (``|V2``) with the dataset attribute ``dtype="bfloat16"``.

Reading is defensive, because a weights file may come from anyone: every step of a path
must be a hard link (no soft or external links), datasets must be plain numeric arrays
stored in the file itself (no external or virtual datasets), and a dataset may not declare
far more data than the file stores (a "shape bomb" that would exhaust memory when read).
"""

import math

import h5py
import numpy as np

VARS = "vars"
_BFLOAT16 = "bfloat16"
# A dataset may declare more bytes than it stores (fill values, compression), but not this
# much more: anything above both limits is refused before it is read. Keras and keras-core
# write every dataset in full, so their files never come near.
_MAX_EXPANSION = 100
_EXPANSION_FLOOR_BYTES = 2**20


class WeightsFileError(ValueError):
    """A weights file that cannot be read safely or does not hold what was expected."""


def vars_path(path: str) -> str:
    """The group that holds the variables of the object saved at ``path``."""
    return f"{path}/{VARS}" if path else VARS


class H5Writer:
    """Writes ``<path>/vars`` groups into a new HDF5 file (a path or a binary file object).

    Example:
        >>> with H5Writer(io.BytesIO()) as writer:
        ...     store = writer.make("layers/dense", name="dense")
        ...     store["0"] = np.zeros((2, 3), "float32")
    """

    def __init__(self, target):
        self._file = h5py.File(target, "w")

    def make(self, path: str, name=None) -> "_VarsWriter":
        """A store that writes the variables of the object saved at ``path``. The group
        exists at once when ``name`` is given (Keras records it), else on the first write."""
        store = _VarsWriter(self._file, vars_path(path))
        if name is not None:
            store.group().attrs["name"] = name
        return store

    def close(self) -> None:
        self._file.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _VarsWriter:
    """The dict-like store ``save_own_variables`` writes arrays into."""

    def __init__(self, h5_file, path):
        self._file = h5_file
        self._path = path
        self._group = None

    def group(self):
        if self._group is None:
            self._group = self._file.create_group(self._path)
        return self._group

    def __setitem__(self, key, value):
        array = np.asarray(value)
        if array.dtype.name == _BFLOAT16:
            dataset = self.group().create_dataset(str(key), data=array.view("V2"))
            dataset.attrs["dtype"] = _BFLOAT16
        else:
            self.group().create_dataset(str(key), data=array)

    def __contains__(self, key):
        return self._group is not None and str(key) in self._group

    def __len__(self):
        return 0 if self._group is None else len(self._group)

    def keys(self):
        return [] if self._group is None else list(self._group.keys())


class H5Reader:
    """Reads ``<path>/vars`` groups from an HDF5 file, refusing unsafe content.

    Args:
        source: A file path or a binary file object.
        filename: How errors name the file (e.g. ``"model.keras (model.weights.h5)"``).

    Example:
        >>> with H5Reader("model.weights.h5", filename="model.weights.h5") as reader:
        ...     arrays = reader.read("layers/dense")
    """

    def __init__(self, source, filename: str):
        self.filename = filename
        try:
            self._file = h5py.File(source, "r")
        except (OSError, ValueError) as error:
            raise WeightsFileError(
                f"{filename} is not a readable HDF5 weights file: {error}"
            ) from error

    def close(self) -> None:
        self._file.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def shapes(self, path: str):
        """``{key: shape}`` of the variables saved at ``path`` (``None`` if there is no
        such group), checked for safety but not read."""
        group = self._group(vars_path(path))
        if group is None:
            return None
        return {key: self._dataset(group, key).shape for key in _sorted_keys(group)}

    def read(self, path: str) -> dict:
        """``{key: array}`` of the variables saved at ``path``; ``{}`` if there are none."""
        group = self._group(vars_path(path))
        if group is None:
            return {}
        return {key: self._read_dataset(group, key) for key in _sorted_keys(group)}

    def vars_groups(self) -> dict:
        """``{path: number of variables}`` of every variables group in the file."""
        found = {}

        def visit(name, link):
            if isinstance(link, h5py.HardLink) and name.split("/")[-1] == VARS:
                group = self._file.get(name)
                if isinstance(group, h5py.Group):
                    found[name[: -len(VARS)].rstrip("/")] = len(group)

        self._file.visititems_links(visit)
        return found

    def _group(self, path: str):
        node = self._file
        for part in path.split("/"):
            link = node.get(part, getlink=True)
            if link is None:
                return None
            where = f"{node.name.rstrip('/')}/{part}"
            if not isinstance(link, h5py.HardLink):
                raise WeightsFileError(
                    f"{self.filename}: {where} is a {type(link).__name__}; weights files may "
                    f"only contain plain groups and datasets (links could point outside the "
                    f"file)"
                )
            node = node[part]
            if not isinstance(node, h5py.Group):
                raise WeightsFileError(
                    f"{self.filename}: expected a group at {where}, found a {type(node).__name__}"
                )
        return node

    def _dataset(self, group, key: str):
        where = f"{group.name}/{key}"
        link = group.get(key, getlink=True)
        if not isinstance(link, h5py.HardLink):
            raise WeightsFileError(
                f"{self.filename}: {where} is a {type(link).__name__}; weights files may only "
                f"contain plain groups and datasets (links could point outside the file)"
            )
        dataset = group[key]
        if not isinstance(dataset, h5py.Dataset):
            raise WeightsFileError(
                f"{self.filename}: expected a dataset at {where}, found a {type(dataset).__name__}"
            )
        if dataset.is_virtual or dataset.external:
            kind = "a virtual" if dataset.is_virtual else "an external"
            raise WeightsFileError(
                f"{self.filename}: {where} is {kind} dataset whose data lives outside the "
                f"file; weights files may only contain data stored in the file"
            )
        dtype = dataset.dtype
        if dtype.kind not in "biufc" and not _is_bfloat16(dataset):
            raise WeightsFileError(
                f"{self.filename}: {where} has dtype {dtype}; expected a numeric array"
            )
        declared = math.prod(dataset.shape or ()) * dtype.itemsize
        stored = dataset.id.get_storage_size()
        if declared > max(_EXPANSION_FLOOR_BYTES, _MAX_EXPANSION * stored):
            raise WeightsFileError(
                f"{self.filename}: {where} declares shape {dataset.shape} ({declared} bytes) "
                f"but stores only {stored} bytes; refusing to expand it"
            )
        return dataset

    def _read_dataset(self, group, key: str) -> np.ndarray:
        dataset = self._dataset(group, key)
        array = dataset[()]
        if _is_bfloat16(dataset):
            try:
                import ml_dtypes
            except ImportError as error:
                raise WeightsFileError(
                    f"{self.filename}: {dataset.name} holds bfloat16 values, which NumPy reads "
                    f"only with the ml_dtypes package: pip install ml_dtypes"
                ) from error
            array = np.asarray(array).view(ml_dtypes.bfloat16)
        return np.asarray(array)


def _is_bfloat16(dataset) -> bool:
    return (
        dataset.dtype.kind == "V"
        and dataset.dtype.itemsize == 2
        and dataset.attrs.get("dtype") == _BFLOAT16
    )


def _sorted_keys(group) -> list:
    # "10" must come after "9": Keras numbers variables in decimal.
    return sorted(
        group.keys(), key=lambda key: (not key.isdigit(), int(key) if key.isdigit() else 0, key)
    )
