using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Workforce;

/// <summary>How many certifications of one credential have one status.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class StatusCount
{
    internal StatusCount(string credentialId, CertificationStatus status, int count)
    {
        CredentialId = credentialId;
        Status = status;
        Count = count;
    }

    /// <summary>The credential id, for example "aama-cma".</summary>
    public string CredentialId { get; }

    /// <summary>The status.</summary>
    public CertificationStatus Status { get; }

    /// <summary>How many certifications have it.</summary>
    public int Count { get; }

    /// <summary>Formats the count, for example "aama-cma in-progress: 12".</summary>
    /// <returns>The formatted count.</returns>
    public override string ToString() => $"{CredentialId} {Status.ToId()}: {Count}";
}

/// <summary>
/// One certification with a deadline inside the forecast's horizon: who, which deadlines, and what is
/// still missing. It keeps only this summary, not the full evaluation, so that a forecast stays small.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ForecastEntry
{
    internal ForecastEntry(string personId, CertificationEvaluation evaluation, ImmutableArray<Deadline> due)
    {
        PersonId = personId;
        CredentialId = evaluation.Credential.Id;
        Status = evaluation.Status;
        Due = due;
        Missing = evaluation.Requirements.Where(r => !r.IsMet).ToImmutableArray();
        Plan = evaluation.Plan;
    }

    /// <summary>The person's id.</summary>
    public string PersonId { get; }

    /// <summary>The credential id, for example "aama-cma".</summary>
    public string CredentialId { get; }

    /// <summary>The certification's status.</summary>
    public CertificationStatus Status { get; }

    /// <summary>The deadlines inside the horizon, earliest first.</summary>
    public ImmutableArray<Deadline> Due { get; }

    /// <summary>The earliest deadline inside the horizon.</summary>
    public Deadline Next => Due[0];

    /// <summary>The requirements still short (empty when the cycle is met).</summary>
    public ImmutableArray<RequirementOutcome> Missing { get; }

    /// <summary>The least additional credit that would meet the cycle.</summary>
    public RecertificationPlan Plan { get; }

    /// <summary>Formats the entry, for example "E123 aama-cma last-ce-day 2026-05-29".</summary>
    /// <returns>The formatted entry.</returns>
    public override string ToString() => $"{PersonId} {CredentialId} {Next}";
}

/// <summary>
/// Who reaches expiration, the end of the CE route or an exam deadline within a number of days of the
/// as-of date, with counts by credential and status over the whole workforce.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class WorkforceForecast
{
    internal WorkforceForecast(LocalDate asOf, int withinDays, int people, int certifications, int notEvaluated,
        ImmutableArray<StatusCount> counts, ImmutableArray<ForecastEntry> dueSoon, int dueSoonCount)
    {
        DueSoonCount = dueSoonCount;
        AsOf = asOf;
        WithinDays = withinDays;
        People = people;
        Certifications = certifications;
        NotEvaluated = notEvaluated;
        Counts = counts;
        DueSoon = dueSoon;
    }

    /// <summary>The as-of date of the evaluations.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The horizon, in days from <see cref="AsOf"/> (inclusive).</summary>
    public int WithinDays { get; }

    /// <summary>How many people were evaluated.</summary>
    public int People { get; }

    /// <summary>How many certifications were evaluated.</summary>
    public int Certifications { get; }

    /// <summary>How many certifications had no policy and were not evaluated.</summary>
    public int NotEvaluated { get; }

    /// <summary>Certifications by credential and status, ordered by credential id then status.</summary>
    public ImmutableArray<StatusCount> Counts { get; }

    /// <summary>
    /// The certifications with a deadline inside the horizon, by their earliest such deadline, then person id;
    /// at most the builder's <see cref="WorkforceForecastBuilder.MaxListed"/> earliest of them.
    /// </summary>
    public ImmutableArray<ForecastEntry> DueSoon { get; }

    /// <summary>How many certifications have a deadline inside the horizon, listed in <see cref="DueSoon"/> or not.</summary>
    public int DueSoonCount { get; }

    /// <summary>The number of certifications with a status, over every credential.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int CountOf(CertificationStatus status) => Counts.Where(c => c.Status == status).Sum(c => c.Count);

    /// <summary>A short description for logs and the debugger.</summary>
    public override string ToString() =>
        $"as of {AsOf:uuuu'-'MM'-'dd}: {People} people, {Certifications} certifications, {DueSoonCount} due within {WithinDays} days";
}

/// <summary>
/// Accumulates person evaluations into a <see cref="WorkforceForecast"/>, keeping the counts and a
/// compact entry for each certification due inside the horizon; with <see cref="MaxListed"/> set, only
/// the earliest that many entries are kept, so that memory does not grow with the workforce at all.
/// </summary>
/// <remarks>An instance is not thread-safe: add from one thread (for example the consumer of
/// <see cref="WorkforceEvaluator.EvaluateAsync"/>).</remarks>
public sealed class WorkforceForecastBuilder
{
    private readonly Dictionary<(string Credential, CertificationStatus Status), int> counts = new();
    private readonly PriorityQueue<ForecastEntry, ForecastEntry> dueSoon = new(Comparer<ForecastEntry>.Create((x, y) => -Order(x, y)));
    private int dueSoonCount;
    private int people;
    private int certifications;
    private int notEvaluated;

    /// <summary>Creates a builder.</summary>
    /// <param name="asOf">The as-of date of the evaluations to add.</param>
    /// <param name="withinDays">The horizon in days, 0 to 36,500.</param>
    /// <param name="maxListed">The most entries to keep in <see cref="WorkforceForecast.DueSoon"/> (the earliest); all when null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinDays"/> or <paramref name="maxListed"/> is out of range.</exception>
    public WorkforceForecastBuilder(LocalDate asOf, int withinDays, int? maxListed = null)
    {
        Preconditions.CheckArgumentRange(withinDays, 0, 36_500);
        if (maxListed is { } max)
        {
            Preconditions.CheckArgumentRange(max, 0, int.MaxValue, nameof(maxListed));
        }
        AsOf = asOf;
        WithinDays = withinDays;
        MaxListed = maxListed ?? int.MaxValue;
    }

    /// <summary>The most entries kept for <see cref="WorkforceForecast.DueSoon"/>.</summary>
    public int MaxListed { get; }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The horizon in days.</summary>
    public int WithinDays { get; }

    /// <summary>Adds one person's evaluations.</summary>
    /// <param name="evaluation">The person's evaluations.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    /// <exception cref="ArgumentException">An evaluation is as of another date.</exception>
    public void Add(PersonEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        people++;
        notEvaluated += evaluation.NotEvaluated.Length;
        foreach (var result in evaluation.Results)
        {
            Preconditions.CheckArgument(result.AsOf == AsOf, $"The evaluation is as of {result.AsOf:uuuu-MM-dd}; the forecast is as of {AsOf:uuuu-MM-dd}.", nameof(evaluation));
            certifications++;
            var key = (result.Credential.Id, result.Status);
            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (result.Status == CertificationStatus.Ineligible)
            {
                continue;
            }
            var due = result.Deadlines.Where(d => d.DaysFromAsOf >= 0 && d.DaysFromAsOf <= WithinDays && Applies(d, result)).ToImmutableArray();
            if (!due.IsEmpty)
            {
                dueSoonCount++;
                var entry = new ForecastEntry(evaluation.PersonId, result, due);
                if (dueSoon.Count < MaxListed)
                {
                    dueSoon.Enqueue(entry, entry);
                }
                else if (MaxListed > 0 && Order(entry, dueSoon.Peek()) < 0)
                {
                    dueSoon.EnqueueDequeue(entry, entry);
                }
            }
        }
    }

    /// <summary>Exam deadlines matter only while the exam can still avoid a lapse; a met cycle needs only the CE application.</summary>
    private static bool Applies(Deadline deadline, CertificationEvaluation result) => deadline.Kind switch
    {
        DeadlineKind.ExamApplication or DeadlineKind.ExamPass => result.Status != CertificationStatus.RequirementsMet,
        _ => true,
    };

    /// <summary>The forecast of everything added so far.</summary>
    /// <returns>The forecast.</returns>
    public WorkforceForecast Build() => new(
        AsOf,
        WithinDays,
        people,
        certifications,
        notEvaluated,
        counts.OrderBy(c => c.Key.Credential, StringComparer.Ordinal).ThenBy(c => c.Key.Status)
            .Select(c => new StatusCount(c.Key.Credential, c.Key.Status, c.Value)).ToImmutableArray(),
        dueSoon.UnorderedItems.Select(item => item.Element).Order(Comparer<ForecastEntry>.Create(Order)).ToImmutableArray(),
        dueSoonCount);

    /// <summary>Earliest deadline first, then person id, then credential id.</summary>
    private static int Order(ForecastEntry x, ForecastEntry y)
    {
        int c = x.Next.Date.CompareTo(y.Next.Date);
        if (c == 0)
        {
            c = string.CompareOrdinal(x.PersonId, y.PersonId);
        }
        return c != 0 ? c : string.CompareOrdinal(x.CredentialId, y.CredentialId);
    }
}
