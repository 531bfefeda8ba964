"""``keras_core.testing``: the conformance kit, a pytest plugin usable by any backend.

It checks every op of ``keras_core.ops`` on the active backend against a NumPy reference
(values, result dtype and shape) and against the op's symbolic rule, then prints a coverage
table (pass / fail / unsupported per op). A backend author runs it with::

    KERAS_BACKEND=mybackend pytest -p keras_core.testing.plugin --pyargs keras_core.testing.suite

Cases live in ``keras_core.testing.cases``, one module per op namespace, as lists of
:class:`OpCase`.
"""

from keras_core.testing.case import Arr, OpCase

__all__ = ["Arr", "OpCase"]
