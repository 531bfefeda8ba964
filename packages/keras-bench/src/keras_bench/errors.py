"""Errors keras-bench reports to its user: bad names, bad result files."""


class BenchError(Exception):
    """Base class of the errors the ``keras-bench`` command prints without a traceback."""


class UnknownNameError(BenchError, ValueError):
    """A case, suite or backend name that does not exist; the message lists those that do."""


class ResultFileError(BenchError, ValueError):
    """A results file that cannot be read or does not follow the result schema."""
