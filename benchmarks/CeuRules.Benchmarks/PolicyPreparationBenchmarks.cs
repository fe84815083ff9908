using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CeuRules.Benchmarks.Baselines;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Benchmarks;

/// <summary>
/// Cold start: the first evaluator a process creates over the built-in policies (which builds
/// <see cref="PolicyCatalog.BuiltIn"/> and every policy in it), and that evaluator's first CMA
/// evaluation (30 activities), JIT compilation included. Each measurement is the single invocation of
/// a fresh process: no jitting, pilot or warm-up invocation runs before it, and the setup touches no
/// policy.
/// </summary>
/// <remarks>
/// Without a memory diagnoser: BenchmarkDotNet counts allocations in an extra invocation after the
/// measured one, when the catalog already exists, so its figure would not be the cold start's.
/// </remarks>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class PolicyPreparationBenchmarks
{
    private Certification certification = null!;
    private Transcript transcript = null!;
    private LocalDate asOf;

    /// <summary>Builds the evaluation's inputs from the fixed seed, without touching the policies.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var inputs = CmaInputs.Benchmark(30);
        certification = inputs.Certification;
        transcript = inputs.Transcript;
        asOf = inputs.AsOf;
    }

    /// <summary>The first evaluator over the built-in policies.</summary>
    /// <returns>The evaluator.</returns>
    [Benchmark(Baseline = true)]
    public CertificationEvaluator CreateEvaluator() => new(PolicyCatalog.BuiltIn);

    /// <summary>The first evaluator over the built-in policies, and its first evaluation.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark]
    public CertificationEvaluation CreateEvaluatorAndEvaluateOnce() => new CertificationEvaluator(PolicyCatalog.BuiltIn).Evaluate(certification, transcript, asOf);
}

/// <summary>
/// Policy preparation once the process is warm: an evaluator over the built-in policies (already
/// built), which prepares every version of the four credentials (categories by index, minimums and
/// caps as numbers, the requirement lists of every kind of counted credit).
/// </summary>
[MemoryDiagnoser]
public class WarmPolicyPreparationBenchmarks
{
    /// <summary>Builds the catalog, so that only the preparation is measured.</summary>
    [GlobalSetup]
    public void Setup() => _ = PolicyCatalog.BuiltIn.Policies;

    /// <summary>An evaluator over the built-in policies, from the catalog already built.</summary>
    /// <returns>The evaluator.</returns>
    [Benchmark]
    public CertificationEvaluator PreparePolicies() => new(PolicyCatalog.BuiltIn);
}
