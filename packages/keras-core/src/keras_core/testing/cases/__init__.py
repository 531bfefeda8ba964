"""Conformance cases, one module per op namespace, each with a ``CASES`` list of OpCase."""
