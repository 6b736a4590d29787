# Shared helpers of the benchmark scripts (sourced, not run). Needs $root (repository root).

py=/usr/bin/python3

# Installs Debian python3-torch when the peer's interpreter cannot import torch.
ensure_torch() {
  if ! "$py" -c 'import torch' >/dev/null 2>&1; then
    echo "installing the peer: Debian python3-torch" >&2
    local sudo=sudo
    if [ "$(id -u)" = 0 ]; then sudo=; fi
    $sudo apt-get update -qq >&2
    $sudo apt-get install -y -qq python3-torch >&2
  fi
}

# Prints the setup header: machine and Java.
print_machine() {
  echo "== setup"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  echo "java: $(java -version 2>&1 | head -1)"
}

# setup PROBLEM: installs the PyTorch peer if needed and prints the setup (machine, Java, problem).
setup() {
  ensure_torch
  print_machine
  echo "problem: $1"
  cd "$root"
}

# Compiles MODULE (and the modules it needs) and prints its runtime classpath, classes first. One
# Maven run: every module of the reactor writes the file in turn, MODULE last, with its siblings'
# target/classes in it.
module_classpath() {
  local module="$1" cpfile
  cpfile="$(mktemp)"
  mvn -B -q -pl "$module" -am -DskipTests compile dependency:build-classpath \
      -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=runtime >&2
  echo "$root/$module/target/classes:$(cat "$cpfile")"
  rm -f "$cpfile"
}

# Runs a Java main with the project's JVM flags; the JVM's incubator notice is dropped from stderr.
run_java() {
  java -Xmx4g --add-modules jdk.incubator.vector "$@" 2> >(grep -v "incubator modules" >&2)
}

# get OUTPUT KEY: the number after "KEY:" in OUTPUT.
get() { echo "$1" | awk -v k="$2:" '$1==k {print $2; exit}'; }

# ratio A B: A / B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }

# compare LABEL MODULE MAIN KIND N1 N2: runs MAIN (of MODULE) and the PyTorch peer (problem KIND)
# at N1 and N2 points in the same run, prints both outputs, the ratios, and as the last line
# "LABEL speedup vs PyTorch at N2 points: <ratio>x".
compare() {
  local label="$1" module="$2" main="$3" kind="$4" n1="$5" n2="$6" cp ours peer n o t
  cp="$(module_classpath "$module")"
  echo "== SciML4J"
  ours=$(run_java -cp "$cp" "$main" "$n1" "$n2")
  echo "$ours"
  echo "== PyTorch (same machine, same run)"
  peer=$(OMP_NUM_THREADS=2 "$py" "$root/bench/pinn_step_torch.py" "$kind" "$n1" "$n2")
  echo "$peer"
  echo "== ratios"
  for n in "$n1" "$n2"; do
    o=$(get "$ours" "ours_ms_$n"); t=$(get "$peer" "torch_ms_$n")
    if [ -z "$o" ] || [ -z "$t" ]; then echo "missing figure for N=$n (ours='$o' torch='$t')" >&2; exit 1; fi
    echo "N=$n: ours $o ms, PyTorch $t ms, speedup $(ratio "$t" "$o")x"
  done
  echo "$label speedup vs PyTorch at $n2 points: $(ratio "$t" "$o")x"
}
