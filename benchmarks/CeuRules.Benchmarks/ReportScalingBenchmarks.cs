using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CeuRules.Benchmarks.Baselines;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Reports;

namespace CeuRules.Benchmarks;

/// <summary>
/// The text and HTML reports of one certification over a large transcript, beside the JSON of the same
/// evaluation: each should cost in proportion to the transcript, and the reports within a few times the
/// JSON's memory. The transcript is the reports' hardest shape: two activities in three refused (a row each
/// in the not-counted table and the details) and all of them on ten dates, so that the timeline stacks
/// their marks in many lanes. The evaluation is made once, in the setup: only the writing is measured.
/// </summary>
[MemoryDiagnoser]
public class ReportScalingBenchmarks
{
    private Transcript transcript = Transcript.Empty;
    private IReadOnlyList<CertificationEvaluation> evaluations = [];

    /// <summary>The activities in the transcript.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Activities { get; set; }

    /// <summary>Builds the transcript and evaluates it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        transcript = new Transcript(Enumerable.Range(0, Activities).Select(i =>
            new LearningActivity($"a{i}", LearningActivityKind.Course, CmaInputs.CertifiedOn.PlusMonths(13 + (i % 10)))
            {
                Title = $"Course {i}",
                Credits = i % 3 == 0
                    ? [new CreditLine(CreditAmount.FromUnits(1), CreditUnit.AamaPoint, Category.Clinical) { ApprovedBy = ["aama"] }]
                    : [new CreditLine(CreditAmount.FromUnits(1), CreditUnit.AamaPoint, Category.General)],
            }));
        evaluations = [new CertificationEvaluator().Evaluate(new Certification(Credential.AamaCma, CmaInputs.CertifiedOn), transcript, CmaInputs.AsOf)];
    }

    /// <summary>The text report (plain, with the details part), to a null writer.</summary>
    [Benchmark]
    public void Text() => EvaluationReport.WriteText(TextWriter.Null, CmaInputs.AsOf, transcript, evaluations, ReportOptions.Default);

    /// <summary>The HTML report (with the details part), to a null writer.</summary>
    [Benchmark]
    public void Html() => EvaluationReport.WriteHtml(TextWriter.Null, CmaInputs.AsOf, transcript, evaluations, ReportOptions.Default);

    /// <summary>The same evaluation as JSON (<c>ceurules evaluate --format json</c>), to a null stream: the reports' yardstick.</summary>
    [Benchmark(Baseline = true)]
    public void Json() => EvaluationJsonWriter.Write(CmaInputs.AsOf, evaluations, [], Stream.Null);
}
