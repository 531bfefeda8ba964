"""Default implementations of the optional ops, composed from the required ones.

Each module mirrors one op namespace. Its public functions call the active backend through
``keras_core.backend.dispatch`` (never through ``keras_core.ops``, whose symbolic checks
would run again on every inner call).
"""
