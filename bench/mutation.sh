#!/usr/bin/env bash
# Mutation scores of the plain-Java cores (issue 11): pitest over the `mutation` profile's classes with the tests
# that run without Spring, then one line per core. Usage: bench/mutation.sh   (about 4 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -ntp -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage
python3 bench/mutation-scores.py target/pit-reports/mutations.xml
