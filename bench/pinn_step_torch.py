"""Peer for bench/pinn-step.sh: one PyTorch training step of the PINN for -u'' = pi^2 sin(pi x)
on [0,1], MLP 1-50-50-50-1 tanh, float64, Adam, u'' by nested autograd (create_graph=True).

Prints `torch_ms_<N>: <median> ms` for each N given on the command line.
"""
import math
import statistics
import sys
import time

import torch

torch.set_num_threads(2)
torch.manual_seed(0)
torch.set_default_dtype(torch.float64)


def make_step(n):
    net = torch.nn.Sequential(
        torch.nn.Linear(1, 50), torch.nn.Tanh(),
        torch.nn.Linear(50, 50), torch.nn.Tanh(),
        torch.nn.Linear(50, 50), torch.nn.Tanh(),
        torch.nn.Linear(50, 1))
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    x = torch.linspace(0.0, 1.0, n).reshape(n, 1).requires_grad_(True)
    f = (math.pi ** 2) * torch.sin(math.pi * x.detach())
    xb = torch.tensor([[0.0], [1.0]])

    def step():
        opt.zero_grad()
        u = net(x)
        du = torch.autograd.grad(u, x, torch.ones_like(u), create_graph=True)[0]
        d2u = torch.autograd.grad(du, x, torch.ones_like(du), create_graph=True)[0]
        res = -d2u - f
        loss = (res ** 2).mean() + (net(xb) ** 2).sum()
        loss.backward()
        opt.step()
        return loss.item()

    return step


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    print(f"torch_version: {torch.__version__}")
    print(f"torch_threads: {torch.get_num_threads()}")
    for n in sizes:
        step = make_step(n)
        for _ in range(5):
            step()
        times = []
        for _ in range(20):
            t0 = time.perf_counter()
            step()
            times.append((time.perf_counter() - t0) * 1e3)
        print(f"torch_ms_{n}: {statistics.median(times):.2f} ms")


if __name__ == "__main__":
    main()
