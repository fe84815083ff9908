using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Evaluation;
using CeuRules.Tests.Properties;
using CeuRules.Workforce;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Workforce;

/// <summary>The one workforce pipeline: rows in input order, one row per malformed line, duplicates named, bounded and cancellable.</summary>
public sealed class WorkforcePipelineTest
{
    private static readonly LocalDate AsOf = D(2025, 11, 23);

    private static List<Person> People(int count) => WorkforceEvaluatorTest.People(count);

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken token = default)
    {
        foreach (var item in items)
        {
            token.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return item;
        }
    }

    private static async Task<List<WorkforceRow>> All(IAsyncEnumerable<WorkforceRow> rows)
    {
        var list = new List<WorkforceRow>();
        await foreach (var row in rows)
        {
            list.Add(row);
        }
        return list;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public async Task Rows_come_in_input_order_whatever_the_parallelism_with_malformed_lines_in_their_place(int degree)
    {
        var people = People(200);
        // Every seventh line is malformed; the others are people, read on the workers.
        var lines = people.Select((person, i) => (Line: (long)i + 1, Person: person)).ToList();
        var rows = await All(new WorkforceEvaluator(new CertificationEvaluator(), degree).EvaluateInOrderAsync(Stream(lines), line => line.Line % 7 == 0
            ? WorkforceEntry.Malformed(line.Line, [new Finding("invalid-json", FindingSeverity.Error, "$", "not JSON")])
            : WorkforceEntry.ForPerson(line.Line, line.Person), AsOf));
        Assert.Equal(lines.Select(l => l.Line), rows.Select(r => r.Line));
        var single = new WorkforceEvaluator(new CertificationEvaluator(), 1);
        foreach (var row in rows)
        {
            Assert.Equal(row.Line % 7 == 0, row.IsMalformed);
            if (row.Evaluation is { } evaluation)
            {
                Assert.Equal(people[(int)row.Line - 1].PersonId, row.PersonId);
                Assert.Equal(single.Evaluate(people[(int)row.Line - 1], AsOf).Results.Select(Render.Of), evaluation.Results.Select(Render.Of));
                Assert.Empty(row.Reason);
            }
            else
            {
                Assert.Equal("$: not JSON [invalid-json]", row.Reason);
            }
        }
    }

    [Fact]
    public async Task A_repeated_person_id_gets_a_duplicate_warning_naming_the_first_line_and_both_are_evaluated()
    {
        var person = People(1)[0];
        var entries = new[] { 3L, 5L, 9L }.Select(line => WorkforceEntry.ForPerson(line, person, [new Finding("unknown-field", FindingSeverity.Warning, "x", "unknown")]));
        var rows = await All(new WorkforceEvaluator(new CertificationEvaluator(), 2).EvaluateInOrderAsync(Stream(entries), e => e, AsOf));
        Assert.All(rows, r => Assert.NotNull(r.Evaluation));
        Assert.Equal("x [unknown-field]", rows[0].FindingList);
        Assert.Equal("x [unknown-field]; personId [duplicate-person-id: also on line 3]", rows[1].FindingList);
        Assert.Equal("line 3", rows[2].Findings.Single(f => f.Code == "duplicate-person-id").Arguments["earlier"]);
    }

    [Fact]
    public async Task A_line_whose_reading_fails_unexpectedly_is_one_internal_error_row_and_the_rest_is_evaluated()
    {
        var people = People(20);
        var rows = await All(new WorkforceEvaluator(new CertificationEvaluator(), 3).EvaluateInOrderAsync(Stream(Enumerable.Range(0, 20)),
            i => i == 4 ? throw new InvalidOperationException("secret data") : WorkforceEntry.ForPerson(i + 1, people[i]), AsOf));
        Assert.Equal(20, rows.Count);
        var failed = Assert.Single(rows, r => r.IsMalformed);
        Assert.Equal("internal-error", Assert.Single(failed.Findings).Code);
        Assert.DoesNotContain("secret", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_is_bounded_by_the_lines_in_flight_and_stops_when_cancelled()
    {
        int read = 0;
        var people = People(50);
        IEnumerable<Person> Source()
        {
            for (int i = 0; ; i++)
            {
                Interlocked.Increment(ref read);
                yield return people[i % people.Count];
            }
        }
        using var cancel = new CancellationTokenSource();
        var workforce = new WorkforceEvaluator(new CertificationEvaluator(), 2);
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var row in workforce.EvaluateInOrderAsync(Stream(Source()), p => WorkforceEntry.ForPerson(1, p), AsOf, cancel.Token))
            {
                if (++seen == 5)
                {
                    // Reading ahead is bounded: the workers' lines and four per worker waiting.
                    await Task.Delay(200);
                    Assert.InRange(Volatile.Read(ref read), 5, 5 + (2 * 5) + 2);
                    await cancel.CancelAsync();
                }
            }
        });
        Assert.Equal(5, seen);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var workforce = new WorkforceEvaluator(new CertificationEvaluator(), 1);
        Assert.Throws<ArgumentNullException>(() => workforce.EvaluateInOrderAsync<int>(null!, _ => null!, AsOf));
        Assert.Throws<ArgumentNullException>(() => workforce.EvaluateInOrderAsync(Stream(new[] { 1 }), null!, AsOf));
        Assert.Throws<ArgumentException>(() => WorkforceEntry.Malformed(1, []));
        Assert.Throws<ArgumentNullException>(() => WorkforceEntry.ForPerson(1, null!));
        Assert.Throws<ArgumentException>(() => WorkforceEntry.ForPerson(1, People(1)[0], [null!]));
    }
}
