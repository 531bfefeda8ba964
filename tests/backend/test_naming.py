"""Automatic-name counters (``dense``, ``dense_1``, ...) and their reset."""

from keras_core import backend


def test_get_uid_counts_per_prefix_and_clear_session_resets():
    backend.clear_session()
    assert [backend.get_uid("dense"), backend.get_uid("dense"), backend.get_uid("conv")] == [
        1,
        2,
        1,
    ]
    backend.clear_session()
    assert backend.get_uid("dense") == 1
