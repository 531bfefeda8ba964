"""How keras-bench times a case: batches of calls, alternating versions, a stopping rule.

One *sample* times a loop of ``calls_per_sample`` calls and divides by their number, so a
sub-microsecond op is timed over milliseconds, far above the clock's resolution. Keras-core
and native samples alternate (keras, native, then native, keras, ...) so that a machine that
slows down or speeds up mid-case moves both the same way and their ratio holds. Sampling
stops when both medians are known to ``± rel_tol`` with 95% confidence, or when the case's
time budget or the sample cap is reached.
"""

import dataclasses
import functools
import gc
import itertools
import math
import time
from collections.abc import Callable, Sequence

from keras_bench.schema import Settings

# z of a two-sided 95% interval, for the median's confidence interval.
Z_95 = 1.96
# Upper bound on calls in one sample, for ops that take nanoseconds.
MAX_CALLS_PER_SAMPLE = 1_000_000


@dataclasses.dataclass(frozen=True)
class Summary:
    """Order statistics of a list of samples (seconds per call)."""

    median: float
    minimum: float
    maximum: float
    q25: float
    q75: float
    ci_low: float
    ci_high: float
    count: int

    @property
    def spread(self) -> float:
        """Interquartile range relative to the median."""
        return (self.q75 - self.q25) / self.median if self.median > 0 else math.inf

    @property
    def ci_rel_halfwidth(self) -> float:
        """Half the width of the median's 95% confidence interval, relative to the median."""
        if self.median <= 0:
            return math.inf
        return (self.ci_high - self.ci_low) / (2 * self.median)


def quantile(sorted_values: Sequence[float], q: float) -> float:
    """The ``q`` quantile by linear interpolation between ranks (NumPy's default method).

    Example:
        >>> quantile([1.0, 2.0, 3.0, 4.0], 0.25)
        1.75
    """
    position = q * (len(sorted_values) - 1)
    below = math.floor(position)
    above = min(below + 1, len(sorted_values) - 1)
    fraction = position - below
    return sorted_values[below] + (sorted_values[above] - sorted_values[below]) * fraction


def median_interval(sorted_values: Sequence[float], z: float = Z_95) -> tuple[float, float]:
    """A distribution-free confidence interval of the median, from order statistics.

    The number of samples below the median is Binomial(n, 1/2); with its normal
    approximation the interval runs from rank ``floor(n/2 - z*sqrt(n)/2)`` to rank
    ``ceil(1 + n/2 + z*sqrt(n)/2)`` (1-based), clamped to the sample.

    Example:
        >>> median_interval([float(v) for v in range(1, 101)])   # ranks 40 and 61
        (40.0, 61.0)
    """
    n = len(sorted_values)
    half_width = z * math.sqrt(n) / 2
    low_rank = max(1, math.floor(n / 2 - half_width))
    high_rank = min(n, math.ceil(1 + n / 2 + half_width))
    return sorted_values[low_rank - 1], sorted_values[high_rank - 1]


def summarize(samples: Sequence[float]) -> Summary:
    """Median, extremes, quartiles and the median's 95% interval of ``samples``."""
    if not samples:
        raise ValueError("summarize() needs at least one sample")
    ordered = sorted(samples)
    low, high = median_interval(ordered)
    return Summary(
        median=quantile(ordered, 0.5),
        minimum=ordered[0],
        maximum=ordered[-1],
        q25=quantile(ordered, 0.25),
        q75=quantile(ordered, 0.75),
        ci_low=low,
        ci_high=high,
        count=len(ordered),
    )


def reason_to_stop(
    settings: Settings, sample_sets: Sequence[Sequence[float]], elapsed_s: float
) -> str | None:
    """Why sampling should stop now, or ``None`` to take another round.

    Returns:
        ``"max_samples"`` when a version has ``settings.max_samples`` samples; ``"stable"``
        when every version has ``settings.min_samples`` samples and a median known to
        ``± settings.rel_tol``; ``"budget"`` when ``elapsed_s`` reached ``settings.budget_s``
        and every version has at least one sample.
    """
    count = min(len(samples) for samples in sample_sets)
    if count >= settings.max_samples:
        return "max_samples"
    if count >= settings.min_samples and all(
        summarize(samples).ci_rel_halfwidth <= settings.rel_tol for samples in sample_sets
    ):
        return "stable"
    if elapsed_s >= settings.budget_s and count >= 1:
        return "budget"
    return None


def calls_per_sample(per_call_s: float, target_s: float) -> int:
    """How many calls make a sample of about ``target_s`` seconds (at least 1).

    Example:
        >>> calls_per_sample(2e-6, 0.002)
        1000
    """
    if per_call_s <= 0:
        return MAX_CALLS_PER_SAMPLE
    return max(1, min(MAX_CALLS_PER_SAMPLE, round(target_s / per_call_s)))


def time_calls(fn: Callable, args: tuple, calls: int, finish: Callable) -> float:
    """Seconds per call of ``calls`` calls ``fn(*args)``, ``finish`` applied to the last result.

    ``finish`` waits for asynchronous frameworks (JAX dispatches and returns at once), so
    the loop ends when the work is done. The garbage collector is paused, as in ``timeit``.
    """
    loop = _timing_loop(len(args))
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return loop(fn, args, calls, finish) / calls
    finally:
        if gc_was_enabled:
            gc.enable()


@functools.cache
def _timing_loop(arity: int) -> Callable:
    """A loop that calls ``fn(a0, a1, ...)`` literally, compiled once per number of arguments.

    ``fn(*args)`` would compile to CALL_FUNCTION_EX, which CPython does not specialize: it
    costs a Python function (``keras_core.ops.add``) ~50 ns more than a C function
    (``torch.add``) and would bias the ratio. ``timeit`` compiles its loop for the same reason.
    """
    names = ", ".join(f"a{index}" for index in range(arity))
    source = (
        "def loop(fn, args, calls, finish):\n"
        + (f"    ({names},) = args\n" if arity else "")
        + "    start = perf_counter()\n"
        "    for _ in repeat(None, calls):\n"
        f"        result = fn({names})\n"
        "    finish(result)\n"
        "    return perf_counter() - start\n"
    )
    namespace = {"perf_counter": time.perf_counter, "repeat": itertools.repeat}
    exec(source, namespace)
    return namespace["loop"]


@dataclasses.dataclass(frozen=True)
class Measurement:
    """Samples of each version of one workload, with their first-call times."""

    first_call_s: dict[str, float]
    samples: dict[str, list[float]]
    calls_per_sample: int
    stopped_by: str


def measure(
    versions: dict[str, Callable], args: tuple, settings: Settings, finish: Callable
) -> Measurement:
    """Times each of ``versions`` (e.g. ``{"keras": ..., "native": ...}``), alternating.

    Steps: one first call of each version (timed on its own: it may compile), calibration of
    the calls per sample on the slowest version, warm-up for ``settings.warmup_s``, then
    rounds of one sample per version, in alternating order, until :func:`reason_to_stop`.
    """
    start = time.perf_counter()
    first_call_s = {name: time_calls(fn, args, 1, finish) for name, fn in versions.items()}
    calls = _calibrate(list(versions.values()), args, settings.sample_target_s, finish)
    samples: dict[str, list[float]] = {name: [] for name in versions}
    order = list(versions)
    warmup_end = time.perf_counter() + settings.warmup_s
    stopped_by = None
    while stopped_by is None:
        for name in order:
            per_call = time_calls(versions[name], args, calls, finish)
            if time.perf_counter() > warmup_end:
                samples[name].append(per_call)
        order.reverse()
        stopped_by = reason_to_stop(settings, list(samples.values()), time.perf_counter() - start)
    return Measurement(first_call_s, samples, calls, stopped_by)


def _calibrate(functions: list[Callable], args: tuple, target_s: float, finish) -> int:
    """Calls per sample such that the slowest function's sample takes about ``target_s``."""
    calls = 1
    while True:
        # The better of two timings: one interruption must not shrink every later sample.
        per_call = max(
            min(time_calls(fn, args, calls, finish) for _ in range(2)) for fn in functions
        )
        wanted = calls_per_sample(per_call, target_s)
        if per_call * calls >= target_s / 2 or calls >= MAX_CALLS_PER_SAMPLE:
            return wanted
        # Grow at most tenfold per step: one timing of a few calls is too noisy to trust.
        calls = max(calls * 2, min(calls * 10, wanted))
