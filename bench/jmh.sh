#!/usr/bin/env bash
# JMH benchmark of the in-process evaluation. Compiles bench/jmh with the bench profile; never part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
java -cp "target/bench/test-classes:target/bench/classes:$(cat target/bench/classpath.txt)" org.openjdk.jmh.Main \
  "${@:-cn.jiangxin.bench.EvaluationBenchmark}"
