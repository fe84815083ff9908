using BenchmarkDotNet.Attributes;
using CeuRules.Benchmarks.Baselines;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Benchmarks;

/// <summary>
/// The library's full, explained CMA evaluation beside two baselines that compute only the status
/// and the shortfalls, on the same inputs (<see cref="CmaInputs"/>): a hand-written loop over a
/// prepared struct array (the floor) and a naive LINQ version over the model. The setup refuses to
/// run when a baseline disagrees with the library.
/// </summary>
[MemoryDiagnoser]
public class CmaBaselineBenchmarks
{
    private readonly CertificationEvaluator evaluator = new();
    private Certification certification = null!;
    private Transcript transcript = null!;
    private LocalDate asOf;
    private HandWrittenCma handWritten = null!;

    /// <summary>The number of activities in the transcript.</summary>
    [Params(10, 30, 100, 500, 5000)]
    public int Activities { get; set; }

    /// <summary>
    /// Builds the inputs from the fixed seed, prepares the hand-written baseline, and checks that both
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
        CmaAgreement.Check(evaluator, inputs, handWritten);
        CmaAgreement.SelfCheck(evaluator);
    }

    /// <summary>The hand-written loop: status and shortfalls only, no allocation.</summary>
    /// <returns>The status and shortfalls.</returns>
    [Benchmark(Baseline = true)]
    public CmaBaselineResult HandWrittenLoop() => handWritten.Evaluate(certification.CertifiedOn, asOf);

    /// <summary>The naive LINQ version: status and shortfalls only.</summary>
    /// <returns>The status and shortfalls.</returns>
    [Benchmark]
    public CmaBaselineResult NaiveLinq() => LinqCma.Evaluate(certification, transcript, asOf);

    /// <summary>The library's full, explained evaluation.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark]
    public CertificationEvaluation FullEvaluation() => evaluator.Evaluate(certification, transcript, asOf);
}
