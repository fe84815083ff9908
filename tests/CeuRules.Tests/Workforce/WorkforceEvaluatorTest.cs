using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Tests.Properties;
using CeuRules.Workforce;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Workforce;

public sealed class WorkforceEvaluatorTest
{
    private static readonly LocalDate AsOf = D(2025, 11, 23);

    internal static List<Person> People(int count) =>
        Generators.ScenarioGen(12).Sample(50, count)
            .Select((s, i) => new Person("P" + i, [s.Certification], s.Transcript)).ToList();

    private static async IAsyncEnumerable<Person> Stream(IEnumerable<Person> people, [EnumeratorCancellation] CancellationToken token = default)
    {
        foreach (var person in people)
        {
            token.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return person;
        }
    }

    private static Dictionary<string, string> Rendered(IEnumerable<PersonEvaluation> results) =>
        results.ToDictionary(r => r.PersonId, r => string.Join("\n", r.Results.Select(Render.Of)));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(16)]
    public async Task The_results_are_the_same_whatever_the_degree_of_parallelism(int degree)
    {
        var people = People(300);
        var expected = Rendered(people.Select(p => new WorkforceEvaluator(new CertificationEvaluator(), 1).Evaluate(p, AsOf)));
        var streamed = new List<PersonEvaluation>();
        await foreach (var result in new WorkforceEvaluator(new CertificationEvaluator(), degree).EvaluateInOrderAsync(Stream(people), AsOf))
        {
            streamed.Add(result);
        }
        Assert.Equal(expected, Rendered(streamed));
        Assert.Equal(expected, Rendered(new WorkforceEvaluator(new CertificationEvaluator(), degree).EvaluateAll(people, AsOf).People));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Evaluating_in_order_streams_batches_and_keeps_input_order_and_repeated_ids(int degree)
    {
        var some = People(700);
        var people = Enumerable.Range(0, 700).Select(i => some[i % some.Count]).ToList(); // ids repeat, as in a real export

        var expected = people.Select(p => string.Join("\n", new WorkforceEvaluator(new CertificationEvaluator(), 1).Evaluate(p, AsOf).Results.Select(Render.Of))).ToList();
        int read = 0;
        var source = people.Select(p => { read++; return p; });
        using var results = new WorkforceEvaluator(new CertificationEvaluator(), degree).EvaluateInOrder(source, AsOf).GetEnumerator();
        Assert.True(results.MoveNext());
        Assert.True(read < people.Count, $"the first result came after reading {read} of {people.Count} people");
        var actual = new List<string> { string.Join("\n", results.Current.Results.Select(Render.Of)) };
        while (results.MoveNext())
        {
            actual.Add(string.Join("\n", results.Current.Results.Select(Render.Of)));
        }
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(16)]
    public void Summaries_of_a_prepared_workforce_are_the_one_shot_summaries_whatever_the_degree(int degree)
    {
        var evaluator = new CertificationEvaluator();
        var people = People(500);
        var prepared = people.Select(p => evaluator.Prepare(p.Certifications[0], p.Transcript)).ToArray();
        var results = new CertificationSummary[prepared.Length];
        new WorkforceEvaluator(evaluator, degree).Summarize(prepared, AsOf, results);
        var expected = people.Select(p => evaluator.Summarize(p.Certifications[0], p.Transcript, AsOf)).ToArray();
        Assert.Equal(expected, results);
        Assert.Contains(results, r => r.Status == CertificationStatus.InProgress);
        Assert.Contains(results, r => r.Status != CertificationStatus.InProgress);
    }

    [Fact]
    public void Summarizing_a_workforce_names_what_is_wrong()
    {
        var evaluator = new CertificationEvaluator();
        var workforce = new WorkforceEvaluator(evaluator, 2);
        var prepared = People(40).Select(p => evaluator.Prepare(p.Certifications[0], p.Transcript)).ToArray();
        int n = prepared.Length;
        var tooShort = Assert.Throws<ArgumentException>(() => workforce.Summarize(prepared, AsOf, new CertificationSummary[n - 1]));
        Assert.Equal("results", tooShort.ParamName);
        Assert.Contains($"({n}); they are {n - 1}.", tooShort.Message, StringComparison.Ordinal);
        prepared[17] = null!;
        var missing = Assert.Throws<ArgumentException>(() => workforce.Summarize(prepared, AsOf, new CertificationSummary[n]));
        Assert.Equal("prepared", missing.ParamName);
        Assert.Contains("at index 17 is null", missing.Message, StringComparison.Ordinal);
        prepared[17] = new CertificationEvaluator().Prepare(Cma(D(2021, 2, 10)), Transcript.Empty);
        Assert.Equal("prepared", Assert.Throws<ArgumentException>(() => workforce.Summarize(prepared, AsOf, new CertificationSummary[n])).ParamName);
    }

    [Fact]
    [Trait("Category", "Stress")]
    public async Task Sixteen_threads_sharing_one_evaluator_agree_with_a_single_thread()
    {
        var people = People(400);
        var shared = new CertificationEvaluator();
        var single = Rendered(people.Select(p => new WorkforceEvaluator(shared, 1).Evaluate(p, AsOf)));
        var tasks = Enumerable.Range(0, 16).Select(_ => Task.Run(() => Rendered(new WorkforceEvaluator(shared, 4).EvaluateAll(people, AsOf).People))).ToArray();
        foreach (var result in await Task.WhenAll(tasks))
        {
            Assert.Equal(single, result);
        }
    }

    [Fact]
    public async Task Cancelling_stops_the_stream()
    {
        using var cancel = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new WorkforceEvaluator(new CertificationEvaluator(), 2).EvaluateInOrderAsync(Stream(People(2000)), AsOf, cancel.Token))
            {
                if (++seen == 10)
                {
                    await cancel.CancelAsync();
                }
            }
        });
        Assert.True(seen < 2000);
    }

    [Fact]
    public async Task A_failing_source_fails_the_stream_with_its_exception()
    {
        static async IAsyncEnumerable<Person> Failing()
        {
            await Task.Yield();
            yield return new Person("ok", [Cma(D(2021, 2, 10))], Transcript.Empty);
            throw new InvalidOperationException("the HR export broke");
        }
        var e = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in new WorkforceEvaluator(new CertificationEvaluator(), 2).EvaluateInOrderAsync(Failing(), AsOf))
            {
            }
        });
        Assert.Equal("the HR export broke", e.Message);
    }

    [Fact]
    public void A_credential_without_a_policy_is_reported_not_thrown()
    {
        var other = new Credential("acme-rn", new CertifyingBody("acme", "ACME", "Acme Health"), "RN", "Acme registered nurse");
        var result = new WorkforceEvaluator(new CertificationEvaluator()).Evaluate(
            new Person("p", [Cma(D(2021, 2, 10)), new Certification(other, D(2024, 1, 1))], Transcript.Empty), AsOf);
        Assert.Single(result.Results);
        Assert.Equal(other, Assert.Single(result.NotEvaluated).Credential);
    }

    [Fact]
    public void A_degree_of_parallelism_out_of_range_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkforceEvaluator(new CertificationEvaluator(), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkforceEvaluator(new CertificationEvaluator(), 1025));
    }

    /// <summary>Every method over many people, called with a token already cancelled: each stops with <see cref="OperationCanceledException"/>.</summary>
    public static TheoryData<string> LongOperations() => new(["EvaluateAll", "EvaluateInOrder", "EvaluateInOrderAsync", "EvaluateInOrderAsync<TInput>", "Summarize"]);

    [Theory]
    [MemberData(nameof(LongOperations))]
    public async Task Every_long_operation_stops_when_its_token_is_cancelled(string operation)
    {
        var people = People(200);
        var workforce = new WorkforceEvaluator(new CertificationEvaluator(), 2);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        Func<Task> call = operation switch
        {
            "EvaluateAll" => () => Task.FromResult(workforce.EvaluateAll(people, AsOf, cancel.Token)),
            "EvaluateInOrder" => () => Task.FromResult(workforce.EvaluateInOrder(people, AsOf, cancel.Token).ToList()),
            "EvaluateInOrderAsync" => async () =>
            {
                await foreach (var _ in workforce.EvaluateInOrderAsync(Stream(people), AsOf, cancel.Token))
                {
                }
            },
            "EvaluateInOrderAsync<TInput>" => async () =>
            {
                await foreach (var _ in workforce.EvaluateInOrderAsync(Stream(people), p => WorkforceEntry.ForPerson(1, p), AsOf, cancel.Token))
                {
                }
            },
            "Summarize" => () =>
            {
                var prepared = people.Select(p => workforce.Evaluator.Prepare(p.Certifications[0], p.Transcript)).ToArray();
                workforce.Summarize(prepared, AsOf, new CertificationSummary[prepared.Length], cancel.Token);
                return Task.CompletedTask;
            },
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(call);
        // Every public method that takes people, lines or prepared evaluations is one of these.
        var many = typeof(WorkforceEvaluator).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Where(m => m.GetParameters().Any(p => p.ParameterType != typeof(Person) && p.ParameterType != typeof(LocalDate)))
            .ToList();
        Assert.All(many, m => Assert.Contains(m.GetParameters(), p => p.ParameterType == typeof(CancellationToken)));
        Assert.Equal(LongOperations().Count, many.Count);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(100)]
    public void People_who_share_an_id_are_each_evaluated_with_a_warning_naming_the_earlier_one(int copies)
    {
        var people = Enumerable.Range(0, copies).Select(i => new Person(i % 2 == 0 ? "same" : $"other-{i}", [Cma(D(2021, 2, 10))], Transcript.Empty)).ToList();
        var result = new WorkforceEvaluator(new CertificationEvaluator(), 4).EvaluateAll(people, AsOf);
        Assert.Equal(people, result.People.Select(p => p.Person));
        Assert.True(result.IsValid);
        var repeats = Enumerable.Range(0, copies).Where(i => i % 2 == 0).Skip(1).ToList();
        Assert.Equal(repeats.Select(i => $"people[{i}]"), result.Findings.Select(f => f.Path));
        Assert.All(result.Findings, f => Assert.Equal(("duplicate-person-id", FindingSeverity.Warning, "people[0]"), (f.Code, f.Severity, f.Arguments["earlier"])));
    }

    [Fact]
    public void The_forecast_lists_whose_next_step_is_due_within_the_horizon_and_counts_every_status()
    {
        var evaluator = new WorkforceEvaluator(new CertificationEvaluator());
        var builder = new WorkforceForecastBuilder(AsOf, 60);
        // expires 2025-12-31: earn the plan, then apply by then, in 38 days
        builder.Add(evaluator.Evaluate(new Person("soon", [Cma(D(2020, 12, 1))], Transcript.Empty), AsOf));
        // a CCMA expiring 2025-12-14: earn, then apply, in 21 days
        builder.Add(evaluator.Evaluate(new Person("ccma", [new Certification(Credential.NhaCcma, D(2023, 12, 15))], Transcript.Empty), AsOf));
        // expired 2025-09-30, nothing earned: within the CE time limit, but only the exam is left, with no date
        builder.Add(evaluator.Evaluate(new Person("grace", [Cma(D(2020, 9, 15))], Transcript.Empty), AsOf));
        // met; the application is due at expiration, years away
        builder.Add(evaluator.Evaluate(new Person("done", [Cma(D(2023, 2, 1))], T(FullCycle(D(2023, 2, 1)))), AsOf));
        // lapsed long ago
        builder.Add(evaluator.Evaluate(new Person("lapsed", [Cma(D(2015, 1, 1))], Transcript.Empty), AsOf));
        var forecast = builder.Build();
        Assert.Equal(5, forecast.People);
        Assert.Equal(new[] { "ccma", "soon" }, forecast.DueSoon.Select(e => e.PersonId));
        Assert.Equal(D(2025, 12, 14), forecast.DueSoon[0].NextStep.By);
        Assert.Equal(new[] { DeadlineKind.Expiration }, forecast.DueSoon[1].Due.Select(d => d.Kind));
        Assert.Equal(D(2025, 12, 31), forecast.DueSoon[1].NextStep.By);
        Assert.Contains(forecast.DueSoon[1].Missing, r => r.RequirementId == "total");
        Assert.Equal(2, forecast.DueSoonCount);
        Assert.Equal(1, forecast.CountOf(CertificationStatus.RequirementsMet));
        Assert.Equal(1, forecast.CountOf(CertificationStatus.LapsedExamRequired));
        Assert.Equal(1, forecast.CountOf(CertificationStatus.WithinCeTimeLimit));
        Assert.Equal(2, forecast.CountOf(CertificationStatus.InProgress));
        var earliestOnly = new WorkforceForecastBuilder(AsOf, 60, maxListed: 1);
        foreach (var id in new[] { "soon", "early" })
        {
            earliestOnly.Add(evaluator.Evaluate(new Person(id, [Cma(id == "soon" ? D(2020, 12, 1) : D(2020, 11, 1))], Transcript.Empty), AsOf));
        }
        Assert.Equal("early", Assert.Single(earliestOnly.Build().DueSoon).PersonId);
        Assert.Equal(2, earliestOnly.Build().DueSoonCount);
        Assert.Throws<ArgumentException>(() => builder.Add(evaluator.Evaluate(new Person("x", [Cma(D(2021, 1, 1))], Transcript.Empty), D(2025, 1, 1))));
    }
}
