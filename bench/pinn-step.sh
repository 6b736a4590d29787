#!/usr/bin/env bash
# Benchmark (not a test): one PINN training step, SciML4J against PyTorch, in the same run.
# Problem: -u'' = pi^2 sin(pi x) on [0,1], MLP 1-50-50-50-1 tanh, float64, Adam,
# at 1 000 and 10 000 collocation points. Installs Debian python3-torch when missing.
# Usage: bench/pinn-step.sh            (from anywhere)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

py=/usr/bin/python3
if ! "$py" -c 'import torch' >/dev/null 2>&1; then
  echo "installing the peer: Debian python3-torch" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq python3-torch >&2
fi

echo "== setup"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "java: $(java -version 2>&1 | head -1)"
echo "problem: -u''=pi^2 sin(pi x) on [0,1], MLP 1-50-50-50-1 tanh, float64, Adam, loss = mean residual^2 + u(0)^2 + u(1)^2"

mvn -B -q -pl core -am -DskipTests compile >&2
cpfile="$(mktemp)"
mvn -B -q -pl core dependency:build-classpath -Dmdep.outputFile="$cpfile" >&2
cp="$root/core/target/classes:$(cat "$cpfile")"
rm -f "$cpfile"

echo "== SciML4J"
ours=$(java -Xmx4g --add-modules jdk.incubator.vector -cp "$cp" org.sciml4j.core.bench.PinnStepBench 1000 10000 2> >(grep -v "incubator modules" >&2))
echo "$ours"
echo "== PyTorch (same machine, same run)"
peer=$(OMP_NUM_THREADS=2 "$py" bench/pinn_step_torch.py 1000 10000)
echo "$peer"

get() { echo "$1" | awk -v k="$2:" '$1==k {print $2; exit}'; }
echo "== ratios"
for n in 1000 10000; do
  o=$(get "$ours" "ours_ms_$n"); t=$(get "$peer" "torch_ms_$n")
  if [ -z "$o" ] || [ -z "$t" ]; then echo "missing figure for N=$n (ours='$o' torch='$t')" >&2; exit 1; fi
  echo "N=$n: ours $o ms, PyTorch $t ms, speedup $(awk -v a="$t" -v b="$o" 'BEGIN{printf "%.2f", a/b}')x"
done
o=$(get "$ours" ours_ms_10000); t=$(get "$peer" torch_ms_10000)
echo "pinn-step speedup vs PyTorch at 10000 points: $(awk -v a="$t" -v b="$o" 'BEGIN{printf "%.2f", a/b}')x"
