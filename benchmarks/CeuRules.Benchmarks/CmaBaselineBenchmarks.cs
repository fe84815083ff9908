using BenchmarkDotNet.Attributes;
using CeuRules.Benchmarks.Baselines;
using CeuRules.Evaluation;
using CeuRules.Model;
using System.Threading.Tasks;
using NodaTime;

namespace CeuRules.Benchmarks;

/// <summary>
/// The library's full, explained CMA evaluation and its summary evaluation (in one call, and of a
/// prepared transcript) beside three baselines that compute only the status and the shortfalls, on the
/// same inputs (<see cref="CmaInputs"/>): a hand-written loop over a prepared struct array (the floor),
/// a naive LINQ version over the model, and Microsoft RulesEngine running a JSON workflow over flat
/// facts prepared once (<see cref="RulesEngineCma"/>). The setup refuses to run when a baseline, or the
/// summary, disagrees with the library's explained evaluation.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CmaBaselineBenchmarks
{
    private readonly CertificationEvaluator evaluator = new();
    private Certification certification = null!;
    private Transcript transcript = null!;
    private LocalDate asOf;
    private HandWrittenCma handWritten = null!;
    private readonly RulesEngineCma rulesEngine = new();
    private CmaFact[] facts = null!;
    private PreparedEvaluation prepared = null!;
    private RequirementSummary[] outcomes = null!;

    /// <summary>The number of activities in the transcript.</summary>
    [Params(10, 30, 100, 500, 5000)]
    public int Activities { get; set; }

    /// <summary>
    /// Builds the inputs from the fixed seed, prepares the hand-written baseline, and checks that the three
    /// baselines agree with the library on these inputs and on <see cref="CmaAgreement.SelfCheckCases"/>
    /// generated ones.
    /// </summary>
    /// <exception cref="System.InvalidOperationException">A baseline disagrees with the library.</exception>
    [GlobalSetup]
    public void Setup()
    {
        var inputs = CmaInputs.Benchmark(Activities);
        certification = inputs.Certification;
        transcript = inputs.Transcript;
        asOf = inputs.AsOf;
        handWritten = new HandWrittenCma(transcript);
        facts = RulesEngineCma.Facts(transcript);
        CmaAgreement.Check(evaluator, inputs, handWritten, rulesEngine, facts);
        CmaAgreement.SelfCheck(evaluator);
        prepared = evaluator.Prepare(certification, transcript);
        outcomes = new RequirementSummary[prepared.RequirementCount];
        var full = evaluator.Evaluate(certification, transcript, asOf);
        var summary = evaluator.Summarize(certification, transcript, asOf, outcomes);
        if (summary != evaluator.Summarize(prepared, asOf, outcomes) || summary.Status != full.Status || summary.Needed != full.Plan.Total)
        {
            throw new System.InvalidOperationException($"The summary ({summary}) disagrees with the explained evaluation ({full}, {full.Plan}).");
        }
    }

    /// <summary>The hand-written loop: status and shortfalls only, no allocation.</summary>
    /// <returns>The status and shortfalls.</returns>
    [Benchmark(Baseline = true)]
    public CmaBaselineResult HandWrittenLoop() => handWritten.Evaluate(certification.CertifiedOn, asOf);

    /// <summary>The naive LINQ version: status and shortfalls only.</summary>
    /// <returns>The status and shortfalls.</returns>
    [Benchmark]
    public CmaBaselineResult NaiveLinq() => LinqCma.Evaluate(certification, transcript, asOf);

    /// <summary>
    /// Microsoft RulesEngine executing the CMA workflow (<c>Baselines/CmaWorkflow.json</c>) over the
    /// transcript's facts, prepared once: status and shortfalls only.
    /// </summary>
    /// <returns>The status and shortfalls.</returns>
    [Benchmark]
    public Task<CmaBaselineResult> RulesEngine() => rulesEngine.EvaluateAsync(facts, certification.CertifiedOn, asOf);

    /// <summary>The library's full, explained evaluation.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark]
    public CertificationEvaluation FullEvaluation() => evaluator.Evaluate(certification, transcript, asOf);

    /// <summary>
    /// The library's full, explained evaluation with every decision read (<see cref="EvaluationReader"/>):
    /// what a caller that shows the explanation pays, whether or not the result defers building its details.
    /// </summary>
    /// <returns>A checksum of what was read.</returns>
    [Benchmark]
    public long FullEvaluationEveryDecisionRead() => EvaluationReader.ReadAll(evaluator.Evaluate(certification, transcript, asOf));

    /// <summary>
    /// The library's summary of the same transcript in one call: the transcript is admitted under the
    /// policy (into this thread's reused buffers), then tallied; the requirement outcomes go to a
    /// caller's array.
    /// </summary>
    /// <returns>The summary.</returns>
    [Benchmark]
    public CertificationSummary Summary() => evaluator.Summarize(certification, transcript, asOf, outcomes);

    /// <summary>
    /// The library's summary of the transcript prepared once (<see cref="CertificationEvaluator.Prepare"/>),
    /// as the hand-written loop's struct array is prepared once: what repeated summaries cost, for
    /// example a workforce summarized every day.
    /// </summary>
    /// <returns>The summary.</returns>
    [Benchmark]
    public CertificationSummary PreparedSummary() => evaluator.Summarize(prepared, asOf, outcomes);
}
