using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Benchmarks.Baselines;

/// <summary>
/// Generated CMA (AAMA) inputs shared by the benchmarks, from a fixed seed. The transcripts hold only
/// what the baselines (<see cref="HandWrittenCma"/>, <see cref="LinqCma"/>) also understand, so that
/// they and the library must agree: AAMA-approved courses, non-approved conference sessions whose
/// documented time fully supports their points, two-year CPR cards, and some activities outside the
/// window. Ids and titles are all distinct, so the library finds no duplicates.
/// </summary>
/// <remarks>
/// The mix is 60% approved courses (1 to 3.75 points), 30% conference sessions (1 to 6 points, 60
/// minutes per point) and 10% CPR cards, spread over the five-year cycle from 90 days before the
/// certification date to 60 days past the fifth anniversary. At 10 activities the requirements are
/// never met in 1,000 generated transcripts; at 30, of 1,000 transcripts with the benchmark dates, the
/// non-approved cap binds in about 37% and the three-card CPR limit in about 29%. This type is
/// thread-safe.
/// </remarks>
public static class CmaInputs
{
    /// <summary>The seed every benchmark's inputs are generated from.</summary>
    public const int Seed = 20261123;

    /// <summary>The certification date of the benchmark inputs.</summary>
    public static LocalDate CertifiedOn { get; } = new(2021, 2, 10);

    /// <summary>The as-of date of the benchmark inputs: inside the cycle, which expires on 2026-02-28.</summary>
    public static LocalDate AsOf { get; } = new(2025, 11, 23);

    private static readonly Category[] Categories = [Category.General, Category.Clinical, Category.Administrative];

    private const int ConferenceTenths = 3;

    private static readonly ImmutableArray<string> ApprovedByAama = ImmutableArray.Create("aama");

    /// <summary>The benchmark inputs: a member certified on <see cref="CertifiedOn"/>, evaluated as of <see cref="AsOf"/>.</summary>
    /// <param name="activities">The number of activities in the transcript.</param>
    /// <returns>The inputs.</returns>
    public static CmaCase Benchmark(int activities) =>
        new(new Certification(Credential.AamaCma, CertifiedOn) { IsMember = true }, Transcript(new Random(Seed), CertifiedOn, activities), AsOf);

    /// <summary>
    /// Generates a transcript of <paramref name="count"/> activities for a cycle starting on
    /// <paramref name="start"/>: the activity with index <c>i</c> has the id <c>a-i</c>, <c>n-i</c> or
    /// <c>cpr-i</c> and a title ending in <c>i</c>.
    /// </summary>
    /// <param name="random">The source of randomness; the transcript depends only on its state and the other arguments.</param>
    /// <param name="start">The certification date.</param>
    /// <param name="count">The number of activities.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public static Transcript Transcript(Random random, LocalDate start, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new Transcript(Generate(random, start, count, ConferenceTenths));
    }

    /// <summary>The generator, with the share of conference sessions in tenths (the rest after a tenth of CPR cards are approved courses).</summary>
    private static List<LearningActivity> Generate(Random random, LocalDate start, int count, int conferenceTenths)
    {
        var activities = new List<LearningActivity>(count);
        for (int i = 0; i < count; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            var day = start.PlusDays(random.Next(-90, 5 * 365 + 60));
            var category = Categories[random.Next(Categories.Length)];
            int roll = random.Next(10);
            if (roll == 0)
            {
                activities.Add(new LearningActivity("cpr-" + n, LearningActivityKind.CprCard, day) { Title = "CPR card " + n, ValidMonths = 24 });
            }
            else if (roll <= conferenceTenths)
            {
                // One point per 60 minutes: above the library's 50-minute minimum and one point per 50 minutes.
                int points = random.Next(1, 7);
                activities.Add(new LearningActivity("n-" + n, LearningActivityKind.Conference, day)
                {
                    Title = "Conference session " + n,
                    DurationMinutes = 60 * points,
                    Credits = [new CreditLine(CreditAmount.FromUnits(points), CreditUnit.AamaPoint, category)],
                });
            }
            else
            {
                activities.Add(new LearningActivity("a-" + n, LearningActivityKind.Course, day)
                {
                    Title = "AAMA course " + n,
                    Credits = [new CreditLine(CreditAmount.FromHundredths(25L * random.Next(4, 16)), CreditUnit.AamaPoint, category) { ApprovedBy = ApprovedByAama }],
                });
            }
        }
        return activities;
    }

    /// <summary>
    /// Cases for the agreement self-check: transcripts of 0 to 120 activities, a quarter of them mostly
    /// non-approved (so that the non-approved cap decides the total), certification dates from 2015 to
    /// 2024 (month ends and 29 February included), and as-of dates from before the certification to
    /// well past the last CE day, with the boundary days themselves. In each transcript the first
    /// activities are moved onto the edges: the day before the certification, the certification date,
    /// the expiration, the day after, the as-of date and the day after.
    /// </summary>
    /// <param name="count">The number of cases.</param>
    /// <returns>The cases, the same on every call.</returns>
    public static IEnumerable<CmaCase> SelfCheckCases(int count)
    {
        var random = new Random(Seed);
        LocalDate[] awkward = [new(2016, 2, 29), new(2015, 1, 31), new(2019, 12, 31), new(2020, 2, 29), new(2023, 8, 31), new(2024, 1, 1)];
        var first = new LocalDate(2015, 1, 1);
        int days = Period.DaysBetween(first, new LocalDate(2024, 12, 31));
        for (int c = 0; c < count; c++)
        {
            var start = c < awkward.Length ? awkward[c] : first.PlusDays(random.Next(days + 1));
            // Expiration and last CE day computed independently of the baselines and the library.
            var expiration = new LocalDate(start.Year, start.Month, 1).PlusMonths(61).PlusDays(-1);
            var lastCeDay = expiration.PlusDays(90);
            var asOf = (c % 8) switch
            {
                0 => expiration,
                1 => expiration.PlusDays(1),
                2 => lastCeDay,
                3 => lastCeDay.PlusDays(1),
                4 => start.PlusDays(random.Next(-30, 400)),
                _ => start.PlusDays(random.Next(3 * 365, Period.DaysBetween(start, lastCeDay) + 120)),
            };
            var activities = Generate(random, start, random.Next(0, 121), random.Next(4) == 0 ? 8 : ConferenceTenths);
            LocalDate[] edges = [start.PlusDays(-1), start, expiration, expiration.PlusDays(1), asOf, asOf.PlusDays(1)];
            for (int k = 0; k < edges.Length && k < activities.Count; k++)
            {
                activities[k] = MovedTo(activities[k], edges[k]);
            }
            var certification = new Certification(Credential.AamaCma, start) { IsMember = random.Next(2) == 0 };
            yield return new CmaCase(certification, new Transcript(activities), asOf);
        }
    }

    private static LearningActivity MovedTo(LearningActivity activity, LocalDate completedOn) =>
        new(activity.Id, activity.Kind, completedOn)
        {
            Title = activity.Title,
            DurationMinutes = activity.DurationMinutes,
            ValidMonths = activity.ValidMonths,
            Credits = activity.Credits,
        };
}

/// <summary>One evaluation's inputs: a CMA certification, a transcript and an as-of date.</summary>
/// <param name="Certification">The certification.</param>
/// <param name="Transcript">The transcript.</param>
/// <param name="AsOf">The as-of date.</param>
public sealed record CmaCase(Certification Certification, Transcript Transcript, LocalDate AsOf)
{
    /// <summary>Describes the case for a failure message, for example "certified 2021-02-10, as of 2025-11-23, 30 activities".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"certified {Certification.CertifiedOn:uuuu'-'MM'-'dd}, as of {AsOf:uuuu'-'MM'-'dd}, {Transcript.Activities.Length} activities";
}
