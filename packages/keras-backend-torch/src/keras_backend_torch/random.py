"""Random draws on PyTorch: a ``torch.Generator`` seeded from the seed tensor for each op.

Distributions that take no generator (gamma, binomial, beta) draw inside
``torch.random.fork_rng``, so they neither depend on nor disturb torch's global state.
"""

import torch

from keras_backend_torch.core import DEFAULT_DEVICE, convert_to_tensor, to_torch_dtype


def _seed_int(seed) -> int:
    high, low = (int(s) for s in convert_to_tensor(seed).to(torch.int64).tolist())
    # The CPU generator keeps only the low 32 bits of a seed: mix both halves into them
    # (splitmix64's finalizer), so that seeds 7 and 8 draw differently.
    mixed = ((high << 32) | low) + 0x9E3779B97F4A7C15
    mixed = ((mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    mixed = ((mixed ^ (mixed >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return mixed ^ (mixed >> 31)


def _generator(seed) -> torch.Generator:
    return torch.Generator(device=DEFAULT_DEVICE).manual_seed(_seed_int(seed))


def _forked(seed, draw):
    devices = [DEFAULT_DEVICE] if DEFAULT_DEVICE.type == "cuda" else []
    with torch.random.fork_rng(devices=devices):
        torch.manual_seed(_seed_int(seed))
        return draw()


def normal(shape, mean, stddev, dtype, seed):
    draws = torch.randn(shape, generator=_generator(seed), device=DEFAULT_DEVICE)
    return (draws * stddev + mean).to(to_torch_dtype(dtype))


def uniform(shape, minval, maxval, dtype, seed):
    draws = torch.rand(shape, generator=_generator(seed), device=DEFAULT_DEVICE)
    return (draws * (maxval - minval) + minval).to(to_torch_dtype(dtype))


def truncated_normal(shape, mean, stddev, dtype, seed):
    out = torch.empty(shape, device=DEFAULT_DEVICE)
    torch.nn.init.trunc_normal_(out, 0.0, 1.0, -2.0, 2.0, generator=_generator(seed))
    return (out * stddev + mean).to(to_torch_dtype(dtype))


def randint(shape, minval, maxval, dtype, seed):
    draws = torch.randint(minval, maxval, shape, generator=_generator(seed), device=DEFAULT_DEVICE)
    return draws.to(to_torch_dtype(dtype))


def gamma(shape, alpha, dtype, seed):
    concentration = torch.broadcast_to(torch.as_tensor(alpha, dtype=torch.float32), shape)
    draws = _forked(seed, lambda: torch._standard_gamma(concentration.to(DEFAULT_DEVICE)))
    return draws.to(to_torch_dtype(dtype))


def binomial(shape, counts, probabilities, dtype, seed):
    counts = torch.broadcast_to(torch.as_tensor(counts, dtype=torch.float32), shape)
    probs = torch.broadcast_to(torch.as_tensor(probabilities, dtype=torch.float32), shape)
    draws = _forked(
        seed,
        lambda: torch.binomial(counts.to(DEFAULT_DEVICE), probs.to(DEFAULT_DEVICE)),
    )
    return draws.to(to_torch_dtype(dtype))


def beta(shape, alpha, beta, dtype, seed):
    a = torch.broadcast_to(torch.as_tensor(alpha, dtype=torch.float32), shape)
    b = torch.broadcast_to(torch.as_tensor(beta, dtype=torch.float32), shape)

    def draw():
        x = torch._standard_gamma(a.to(DEFAULT_DEVICE))
        y = torch._standard_gamma(b.to(DEFAULT_DEVICE))
        return x / (x + y)

    return _forked(seed, draw).to(to_torch_dtype(dtype))


def categorical(logits, num_samples, dtype, seed):
    probabilities = torch.softmax(convert_to_tensor(logits).float(), dim=-1)
    draws = torch.multinomial(
        probabilities, num_samples, replacement=True, generator=_generator(seed)
    )
    return draws.to(to_torch_dtype(dtype))


def dropout(inputs, rate, noise_shape, seed):
    inputs = convert_to_tensor(inputs)
    shape = noise_shape or inputs.shape
    keep = torch.rand(shape, generator=_generator(seed), device=inputs.device) >= rate
    return torch.where(keep, inputs / (1 - rate), torch.zeros((), dtype=inputs.dtype))


def shuffle(x, axis, seed):
    x = convert_to_tensor(x)
    order = torch.randperm(x.shape[axis], generator=_generator(seed), device=x.device)
    return torch.index_select(x, axis, order)
