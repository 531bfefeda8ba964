"""Runs the conformance kit (keras_core.testing) on the active backend."""

from keras_core.testing.suite import test_op_matches_reference, test_op_symbolic_matches_real

__all__ = ["test_op_matches_reference", "test_op_symbolic_matches_real"]
