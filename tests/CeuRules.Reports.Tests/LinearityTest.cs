using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;
using Xunit;

namespace CeuRules.Reports.Tests;

/// <summary>
/// The text and HTML reports of a large transcript cost in proportion to it: the memory each further activity
/// costs does not grow with the transcript (counted in bytes allocated, not timed). The transcript is the
/// hardest shape for the reports: most activities refused (a row each in the not-counted table and the
/// details), and all of them on a few dates, so that the timeline stacks their marks in many lanes.
/// </summary>
public sealed class LinearityTest
{
    private const int Size = 300;

    private static readonly LocalDate AsOf = new(2025, 11, 23);

    public static TheoryData<string> Formats() => ["text", "html"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Each_further_activity_costs_the_same_memory_however_many_came_before(string format)
    {
        Write(format, Size); // Warm: the first report loads the words and the policy.
        long one = Allocated(format, Size);
        long two = Allocated(format, 2 * Size);
        long four = Allocated(format, 4 * Size);
        long eight = Allocated(format, 8 * Size);
        // What the first Size activities added after the first Size, against what the last 4 × Size added, per activity.
        double early = (two - one) / (double)Size;
        double late = (eight - four) / (4.0 * Size);
        Assert.True(early > 0, $"{format}: no memory counted ({one}, {two}).");
        Assert.True(late <= early * 1.25,
            $"{format}: an activity cost {early:F0} bytes from {Size} to {2 * Size} activities but {late:F0} from {4 * Size} to {8 * Size}: the report grows faster than the transcript.");
    }

    /// <summary>Bytes allocated on this thread while the report of <paramref name="count"/> activities is written (the evaluation is made before).</summary>
    private static long Allocated(string format, int count)
    {
        var (transcript, results) = Evaluate(count);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Write(format, transcript, results);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void Write(string format, int count)
    {
        var (transcript, results) = Evaluate(count);
        Write(format, transcript, results);
    }

    private static void Write(string format, Transcript transcript, IReadOnlyList<CertificationEvaluation> results)
    {
        if (format == "html")
        {
            EvaluationReport.WriteHtml(TextWriter.Null, AsOf, transcript, results, ReportOptions.Default);
        }
        else
        {
            EvaluationReport.WriteText(TextWriter.Null, AsOf, transcript, results, ReportOptions.Default);
        }
    }

    /// <summary>
    /// A CMA's evaluation over <paramref name="count"/> activities on ten dates: a third approved clinical
    /// credit (which counts until the caps), the rest unapproved and without a duration (refused).
    /// </summary>
    private static (Transcript Transcript, IReadOnlyList<CertificationEvaluation> Results) Evaluate(int count)
    {
        var certifiedOn = new LocalDate(2021, 2, 10);
        var transcript = new Transcript(Enumerable.Range(0, count).Select(i =>
            new LearningActivity($"a{i}", LearningActivityKind.Course, new LocalDate(2022, 3, 1).PlusMonths(i % 10))
            {
                Title = $"Course {i}",
                Credits = i % 3 == 0
                    ? [new CreditLine(CreditAmount.FromUnits(1), CreditUnit.AamaPoint, Category.Clinical) { ApprovedBy = ["aama"] }]
                    : [new CreditLine(CreditAmount.FromUnits(1), CreditUnit.AamaPoint, Category.General)],
            }));
        var evaluation = new CertificationEvaluator().Evaluate(new Certification(Credential.AamaCma, certifiedOn), transcript, AsOf);
        return (transcript, [evaluation]);
    }
}
