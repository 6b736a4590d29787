#!/usr/bin/env bash
# Benchmark (not a test): one Darcy solve at the FNO resolutions, multigrid-preconditioned CG
# against the band Cholesky direct solver on the same permeability, in the same run.
# Usage: bench/darcy-solve.sh [s ...]     (from anywhere; default s = 85 141 241 421)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/lib.sh"
cd "$root"
echo "== setup"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "java: $(java -version 2>&1 | head -1)"
cp="$(module_classpath validation)"
run_java -cp "$cp" org.sciml4j.validation.bench.DarcySolveBench "$@"
