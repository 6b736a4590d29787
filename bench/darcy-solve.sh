#!/usr/bin/env bash
# Benchmark (not a test): one Darcy solve at the FNO resolutions, multigrid-preconditioned CG
# against the band Cholesky direct solver on the same permeability, in the same run.
# Usage: bench/darcy-solve.sh [s ...]     (from anywhere; default s = 85 141 241 421)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/lib.sh"
cd "$root"
print_machine
cp="$(module_classpath validation)"
run_java -cp "$cp" org.sciml4j.validation.bench.DarcySolveBench "$@"
