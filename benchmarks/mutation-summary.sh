#!/usr/bin/env bash
# Summarizes a Stryker.NET mutation report (StrykerOutput/<stamp>/reports/mutation-report.json) per file:
# killed, timed out, survived, not covered and the score (killed and timed out over those four), then the
# whole. With a second argument, lists the mutants of the files whose path contains it that survived or
# that no test covers, with their line and replacement, to decide which test kills them or why none can.
#
#   benchmarks/mutation-summary.sh tests/CeuRules.Tests/StrykerOutput/<stamp>/reports/mutation-report.json
#   benchmarks/mutation-summary.sh <report> Engine/Kernel.cs
set -euo pipefail

report="${1:?usage: mutation-summary.sh <mutation-report.json> [file filter]}"
filter="${2:-}"

jq -r '
  def count(s): [.mutants[] | select(.status == s)] | length;
  def row(k; t; s; n): if (k + t + s + n) == 0 then "-" else ((k + t) * 1000 / (k + t + s + n) | round / 10 | tostring) + "%" end;
  [.files | to_entries[] | {
      file: (.key | sub(".*/src/"; "src/")),
      k: (.value | count("Killed")), t: (.value | count("Timeout")),
      s: (.value | count("Survived")), n: (.value | count("NoCoverage")) }
    | select(.k + .t + .s + .n > 0)] as $rows
  | (["file", "killed", "timeout", "survived", "no coverage", "score"] | @tsv),
    ($rows | sort_by(.file)[] | [.file, .k, .t, .s, .n, row(.k; .t; .s; .n)] | @tsv),
    ($rows | {k: (map(.k) | add), t: (map(.t) | add), s: (map(.s) | add), n: (map(.n) | add)}
      | ["all", .k, .t, .s, .n, row(.k; .t; .s; .n)] | @tsv)
' "$report" | column -t -s $'\t'

if [[ -n "$filter" ]]; then
  echo
  jq -r --arg filter "$filter" '
    .files | to_entries[] | select(.key | contains($filter)) | (.value.source | split("\n")) as $lines
    | .key as $file | .value.mutants | sort_by(.location.start.line)[]
    | select(.status == "Survived" or .status == "NoCoverage")
    | "\($file | sub(".*/src/"; "src/")):\(.location.start.line) \(.status) \(.mutatorName): \(.replacement // "" | .[0:80])\n    \($lines[.location.start.line - 1] | sub("^\\s+"; "") | .[0:120])"
  ' "$report"
fi
