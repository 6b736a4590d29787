#!/usr/bin/env bash
# Benchmark (not a test): one training step of a 2-D PINN through the pinn framework, SciML4J
# against PyTorch, in the same run. Problem: -Lap u = 2 pi^2 sin(pi x) sin(pi y) on the unit
# square, u = x(1-x)y(1-y) N(x,y), N an MLP 2-20-20-20-1 tanh, float64, Adam, at 1 024 and
# 4 096 collocation points. Installs Debian python3-torch when missing.
# Usage: bench/pinn2d-step.sh          (from anywhere)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/lib.sh"
setup "-Lap u = 2 pi^2 sin(pi x) sin(pi y), hard BC u = x(1-x)y(1-y)N, MLP 2-20-20-20-1 tanh, float64, Adam, loss = mean residual^2 (ours: PinnLoss.evaluateLoss + Adam)"
compare pinn2d-step pinn org.sciml4j.pinn.bench.Poisson2dStepBench 2d 1024 4096
