using BenchmarkDotNet.Attributes;
using CeuRules.Benchmarks.Baselines;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Benchmarks;

/// <summary>
/// One full, explained CMA evaluation of a realistic transcript: approved and non-approved courses
/// across the three categories, CPR cards, and a few activities outside the window
/// (<see cref="CmaInputs"/>).
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private readonly CertificationEvaluator evaluator = new();
    private Certification certification = null!;
    private Transcript transcript = null!;
    private LocalDate asOf;

    /// <summary>The number of activities in the transcript.</summary>
    [Params(10, 30, 100)]
    public int Activities { get; set; }

    /// <summary>Builds the inputs from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var inputs = CmaInputs.Benchmark(Activities);
        certification = inputs.Certification;
        transcript = inputs.Transcript;
        asOf = inputs.AsOf;
    }

    /// <summary>The full, explained evaluation.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark]
    public CertificationEvaluation FullEvaluation() => evaluator.Evaluate(certification, transcript, asOf);
}
