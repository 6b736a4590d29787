"""Peer for bench/pinn-step.sh and bench/pinn2d-step.sh: one PyTorch training step of a PINN,
float64, Adam, input derivatives by nested autograd (create_graph=True), 2 threads.

  1d: -u'' = pi^2 sin(pi x) on [0,1], MLP 1-50-50-50-1 tanh, loss mean(res^2) + u(0)^2 + u(1)^2
  2d: -Lap u = 2 pi^2 sin(pi x) sin(pi y) on the unit square, u = x(1-x)y(1-y) N(x,y),
      N an MLP 2-20-20-20-1 tanh, loss mean(res^2)

Usage: pinn_step_torch.py {1d|2d} N [N ...]; prints `torch_ms_<N>: <median> ms` for each N.
"""
import math
import statistics
import sys
import time

import torch

torch.set_num_threads(2)
torch.manual_seed(0)
torch.set_default_dtype(torch.float64)


def mlp(inputs, width):
    return torch.nn.Sequential(
        torch.nn.Linear(inputs, width), torch.nn.Tanh(),
        torch.nn.Linear(width, width), torch.nn.Tanh(),
        torch.nn.Linear(width, width), torch.nn.Tanh(),
        torch.nn.Linear(width, 1))


def d(out, x, col):
    """Column `col` of the gradient of sum(out) w.r.t. x, kept differentiable."""
    return torch.autograd.grad(out, x, torch.ones_like(out), create_graph=True)[0][:, col:col + 1]


def problem_1d(n):
    net = mlp(1, 50)
    x = torch.linspace(0.0, 1.0, n).reshape(n, 1).requires_grad_(True)
    f = (math.pi ** 2) * torch.sin(math.pi * x.detach())
    xb = torch.tensor([[0.0], [1.0]])

    def loss():
        u = net(x)
        res = -d(d(u, x, 0), x, 0) - f
        return (res ** 2).mean() + (net(xb) ** 2).sum()

    return net, loss


def problem_2d(n):
    net = mlp(2, 20)
    xy = torch.rand(n, 2).requires_grad_(True)
    x0 = xy.detach()[:, 0:1]
    y0 = xy.detach()[:, 1:2]
    f = 2 * math.pi ** 2 * torch.sin(math.pi * x0) * torch.sin(math.pi * y0)

    def loss():
        x = xy[:, 0:1]
        y = xy[:, 1:2]
        u = x * (1 - x) * y * (1 - y) * net(xy)
        uxx = d(d(u, xy, 0), xy, 0)
        uyy = d(d(u, xy, 1), xy, 1)
        return ((-(uxx + uyy) - f) ** 2).mean()

    return net, loss


def make_step(kind, n):
    net, loss = (problem_1d if kind == "1d" else problem_2d)(n)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)

    def step():
        opt.zero_grad()
        value = loss()
        value.backward()
        opt.step()
        return value.item()

    return step


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("1d", "2d"):
        sys.exit("usage: pinn_step_torch.py {1d|2d} N [N ...]")
    kind = sys.argv[1]
    sizes = [int(a) for a in sys.argv[2:]] or ([1000, 10000] if kind == "1d" else [1024, 4096])
    print(f"torch_version: {torch.__version__}")
    print(f"torch_threads: {torch.get_num_threads()}")
    for n in sizes:
        step = make_step(kind, n)
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
