"""Errors raised while finding, selecting and activating backends."""


class BackendError(RuntimeError):
    """Base class of the backend registry's errors."""


class BackendNotFoundError(BackendError, ValueError):
    """The requested backend name is unknown, not installed, or its plugin failed."""


class BackendConflictError(BackendError):
    """Several distributions announce the same backend name."""


class BackendAlreadySelectedError(BackendError):
    """A different backend was requested after the process had already fixed one."""


class BackendActivationError(BackendError, ImportError):
    """The backend's implementation package failed to import."""


class UnsupportedOpError(NotImplementedError):
    """The active backend neither implements an op nor can the core compose it."""


class UnsupportedDtypeError(UnsupportedOpError, TypeError):
    """The active backend has no tensors of the requested dtype (e.g. complex on OpenVINO)."""
