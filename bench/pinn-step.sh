#!/usr/bin/env bash
# Benchmark (not a test): one PINN training step, SciML4J against PyTorch, in the same run.
# Problem: -u'' = pi^2 sin(pi x) on [0,1], MLP 1-50-50-50-1 tanh, float64, Adam,
# at 1 000 and 10 000 collocation points. Installs Debian python3-torch when missing.
# Usage: bench/pinn-step.sh            (from anywhere)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/lib.sh"
setup "-u''=pi^2 sin(pi x) on [0,1], MLP 1-50-50-50-1 tanh, float64, Adam, loss = mean residual^2 + u(0)^2 + u(1)^2"
compare pinn-step core org.sciml4j.core.bench.PinnStepBench 1d 1000 10000
