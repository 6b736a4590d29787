#!/usr/bin/env bash
# Developer runner for the pinn studies from a checkout: ./pinn/run-study.sh poisson-1d [key=value ...]
# (the sciml command runs the same studies through the StudyProvider SPI). Prints the progress log,
# then the errors, timings and metrics of the RunRecord.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl pinn -am test-compile -Dmaven.test.skip.exec=true
mvn -B -q -o -pl core dependency:build-classpath -Dmdep.outputFile=pinn/target/core.cp >/dev/null
HIPPARCHUS=$(ls ~/.m2/repository/org/hipparchus/hipparchus-core/4.0.3/hipparchus-core-4.0.3.jar)
CP="$(cat pinn/target/core.cp):core/target/classes:validation/target/classes:pinn/target/classes:pinn/target/test-classes:$HIPPARCHUS"
exec java -cp "$CP" org.sciml4j.pinn.study.RunStudy "$@"
