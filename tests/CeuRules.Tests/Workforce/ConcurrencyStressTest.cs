using System.Linq;
using System.Threading.Tasks;
using CeuRules.Evaluation;
using CeuRules.Tests.Properties;
using CeuRules.Workforce;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Workforce;

/// <summary>One evaluator shared by 16 threads over a large generated workforce gives what one thread gives.</summary>
[Trait("Category", "Stress")]
public sealed class ConcurrencyStressTest
{
    [Fact]
    public void Sixteen_threads_sharing_one_evaluator_agree_with_one_thread()
    {
        var evaluator = new CertificationEvaluator(AnyPolicyGenerators.Catalog);
        var scenarios = AnyPolicyGenerators.ScenarioGen(maxActivities: 20).Sample(4_000, 20).ToArray();
        Assert.Equal(4_000, scenarios.Length);
        var expected = scenarios.Select(s => Render.Of(evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf))).ToArray();

        var actual = new string[scenarios.Length * 4];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var s = scenarios[(i * 7919) % scenarios.Length];
            actual[i] = Render.Of(evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf));
        });
        for (int i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[(i * 7919) % scenarios.Length], actual[i]);
        }
    }

    [Fact]
    public void The_workforce_evaluator_at_16_degrees_agrees_with_a_sequential_run()
    {
        var evaluator = new CertificationEvaluator(AnyPolicyGenerators.Catalog);
        var people = AnyPolicyGenerators.ScenarioGen(maxActivities: 20).Sample(3_000, 20)
            .Select((s, i) => new Person("p" + i, [s.Certification], s.Transcript)).ToList();
        var asOf = new LocalDate(2025, 11, 23);
        var parallel = new WorkforceEvaluator(evaluator, 16).EvaluateAll(people, asOf);
        Assert.Equal(people.Count, parallel.People.Length);
        for (int i = 0; i < people.Count; i++)
        {
            var alone = evaluator.Evaluate(people[i].Certifications[0], people[i].Transcript, asOf);
            Assert.Equal(Render.Of(alone), Render.Of(parallel.People[i].Results.Single()));
        }
    }

    [Fact]
    public void Sixteen_threads_summarizing_shared_prepared_evaluations_agree_with_one_thread()
    {
        var evaluator = new CertificationEvaluator(AnyPolicyGenerators.Catalog);
        var scenarios = AnyPolicyGenerators.ScenarioGen(maxActivities: 20).Sample(4_000, 20).ToArray();
        var prepared = scenarios.Select(s => evaluator.Prepare(s.Certification, s.Transcript)).ToArray();
        var expected = scenarios.Select(s => evaluator.Summarize(s.Certification, s.Transcript, s.AsOf)).ToArray();

        var oneShot = new CertificationSummary[scenarios.Length * 2];
        var fromPrepared = new CertificationSummary[scenarios.Length * 2];
        Parallel.For(0, oneShot.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            int k = (i * 7919) % scenarios.Length;
            oneShot[i] = evaluator.Summarize(scenarios[k].Certification, scenarios[k].Transcript, scenarios[k].AsOf);
            fromPrepared[i] = evaluator.Summarize(prepared[k], scenarios[k].AsOf);
        });
        for (int i = 0; i < oneShot.Length; i++)
        {
            Assert.Equal(expected[(i * 7919) % scenarios.Length], oneShot[i]);
            Assert.Equal(expected[(i * 7919) % scenarios.Length], fromPrepared[i]);
        }
    }

    [Fact]
    public void Messages_composed_when_first_read_are_the_same_whichever_thread_reads_them_first()
    {
        var evaluator = new CertificationEvaluator(AnyPolicyGenerators.Catalog);
        var scenarios = AnyPolicyGenerators.ScenarioGen(maxActivities: 20).Sample(2_000, 20).ToArray();
        var expected = scenarios.Select(s => Render.Of(evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf))
            + string.Concat(evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf).Activities.SelectMany(a => a.NotCounted).Select(n => n.Message))).ToArray();
        var shared = scenarios.Select(s => evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf)).ToArray();

        var actual = new string[shared.Length * 8];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var result = shared[i % shared.Length];
            actual[i] = Render.Of(result) + string.Concat(result.Activities.SelectMany(a => a.NotCounted).Select(n => n.Message));
        });
        for (int i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % shared.Length], actual[i]);
        }
    }
}
