"""What a run ran on: the host (parent process) and the accelerator (backend subprocess)."""

import datetime
import os
import pathlib
import platform
import sys

import keras_core
from keras_bench.schema import Environment
from keras_bench.version import __version__


def cpu_model() -> str:
    """The CPU's model name from ``/proc/cpuinfo``, else what ``platform`` knows."""
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            if key.strip() in ("model name", "Hardware", "cpu model"):
                return value.strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def host_environment() -> Environment:
    """The parent process's environment, recorded once per run."""
    return Environment(
        python=sys.version.split()[0],
        platform=platform.platform(),
        cpu=cpu_model(),
        cpu_count=os.cpu_count(),
        keras_core_version=keras_core.__version__,
        keras_bench_version=__version__,
        created=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    )


def gpu_model(framework: str | None) -> str | None:
    """The model of the first accelerator ``framework`` sees, or ``None`` on CPU only.

    Runs in the backend subprocess, where the framework is already imported.
    """
    if framework == "torch":
        import torch

        return torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    if framework == "jax":
        import jax

        device = jax.devices()[0]
        return None if device.platform == "cpu" else device.device_kind
    if framework == "tensorflow":
        import tensorflow as tf

        gpus = tf.config.list_physical_devices("GPU")
        if not gpus:
            return None
        return tf.config.experimental.get_device_details(gpus[0]).get("device_name", gpus[0].name)
    return None
