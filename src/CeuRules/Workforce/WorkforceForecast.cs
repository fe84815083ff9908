using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Policies;
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
/// One certification in a forecast: who, the next step the engine decided for it (what to do and by
/// when), the deadlines that still apply inside the horizon, and what is still missing. It keeps only
/// this summary, not the full evaluation, so that a forecast stays small.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ForecastEntry
{
    internal ForecastEntry(string personId, CertificationEvaluation evaluation, ImmutableArray<Deadline> due)
    {
        PersonId = personId;
        CredentialId = evaluation.Credential.Id;
        Policy = evaluation.Policy;
        Status = evaluation.Status;
        ExpiresOn = evaluation.ExpiresOn;
        NextStep = evaluation.NextStep;
        Due = due;
        Missing = evaluation.Requirements.Where(r => !r.IsMet).ToImmutableArray();
        Plan = evaluation.Plan;
    }

    /// <summary>The person's id.</summary>
    public string PersonId { get; }

    /// <summary>The credential id, for example "aama-cma".</summary>
    public string CredentialId { get; }

    /// <summary>The policy the certification was evaluated under (to name its units and amounts).</summary>
    public CredentialPolicy Policy { get; }

    /// <summary>The certification's status.</summary>
    public CertificationStatus Status { get; }

    /// <summary>The expiration date of the cycle.</summary>
    public LocalDate ExpiresOn { get; }

    /// <summary>The next step, as the evaluation decided it (<see cref="CertificationEvaluation.NextStep"/>).</summary>
    public NextStep NextStep { get; }

    /// <summary>
    /// The deadlines that still apply (<see cref="Deadline.Applies"/>) inside the horizon, earliest first;
    /// empty when none does (an entry of <see cref="WorkforceForecast.NoRoute"/>).
    /// </summary>
    public ImmutableArray<Deadline> Due { get; }

    /// <summary>The requirements still short (empty when the cycle is met).</summary>
    public ImmutableArray<RequirementOutcome> Missing { get; }

    /// <summary>The least additional credit that would meet the cycle.</summary>
    public RecertificationPlan Plan { get; }

    /// <summary>Formats the entry, for example "E123 aama-cma earn-then-apply by 2026-05-29 (ce)".</summary>
    /// <returns>The formatted entry.</returns>
    public override string ToString() => $"{PersonId} {CredentialId} {NextStep}";
}

/// <summary>
/// Who has a next step due within a number of days of the as-of date (the date the engine decided for
/// <see cref="CertificationEvaluation.NextStep"/>), who has no route left to recertify, and counts by
/// credential and status over the whole workforce.
/// </summary>
/// <remarks>
/// <para>A certification is due when its next step has a date inside the horizon. A step without a date
/// (an exam whose dates to recertify without a gap have passed) is not due: it shows in the counts under
/// its status. A certification whose next step is <see cref="NextAction.None"/> is not due either, since
/// nothing it can do has a date; it is listed in <see cref="NoRoute"/> so that it is not lost.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class WorkforceForecast
{
    internal WorkforceForecast(LocalDate asOf, int withinDays, int people, int certifications, int notEvaluated,
        ImmutableArray<StatusCount> counts, ImmutableArray<ForecastEntry> dueSoon, int dueSoonCount, ImmutableArray<ForecastEntry> noRoute, int noRouteCount)
    {
        DueSoonCount = dueSoonCount;
        AsOf = asOf;
        WithinDays = withinDays;
        People = people;
        Certifications = certifications;
        NotEvaluated = notEvaluated;
        Counts = counts;
        DueSoon = dueSoon;
        NoRoute = noRoute;
        NoRouteCount = noRouteCount;
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
    /// The certifications whose next step is due inside the horizon, most urgent first: by the step's date,
    /// an expired certification before a current one on the same date, then person id and credential id;
    /// at most the builder's <see cref="WorkforceForecastBuilder.MaxListed"/> most urgent of them.
    /// </summary>
    public ImmutableArray<ForecastEntry> DueSoon { get; }

    /// <summary>How many certifications have their next step due inside the horizon, listed in <see cref="DueSoon"/> or not.</summary>
    public int DueSoonCount { get; }

    /// <summary>
    /// The certifications with no route left to recertify (next step <see cref="NextAction.None"/>), by person id
    /// then credential id; at most the builder's <see cref="WorkforceForecastBuilder.MaxListed"/> first of them.
    /// </summary>
    public ImmutableArray<ForecastEntry> NoRoute { get; }

    /// <summary>How many certifications have no route left, listed in <see cref="NoRoute"/> or not.</summary>
    public int NoRouteCount { get; }

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
/// compact entry for each certification whose next step is due inside the horizon and for each with no
/// route left; with <see cref="MaxListed"/> set, only the first that many entries of each list are kept,
/// so that memory does not grow with the workforce at all.
/// </summary>
/// <remarks>An instance is not thread-safe: add from one thread (for example the consumer of
/// <see cref="WorkforceEvaluator.EvaluateInOrderAsync(System.Collections.Generic.IAsyncEnumerable{Person}, LocalDate, System.Threading.CancellationToken)"/>).</remarks>
public sealed class WorkforceForecastBuilder
{
    private readonly Dictionary<(string Credential, CertificationStatus Status), int> counts = new();
    private readonly PriorityQueue<ForecastEntry, ForecastEntry> dueSoon;
    private readonly PriorityQueue<ForecastEntry, ForecastEntry> noRoute = new(Comparer<ForecastEntry>.Create((x, y) => -ByPerson(x, y)));
    private int dueSoonCount;
    private int noRouteCount;
    private int people;
    private int certifications;
    private int notEvaluated;

    /// <summary>Creates a builder.</summary>
    /// <param name="asOf">The as-of date of the evaluations to add.</param>
    /// <param name="withinDays">The horizon in days, 0 to 36,500.</param>
    /// <param name="maxListed">The most entries to keep in <see cref="WorkforceForecast.DueSoon"/> (the most urgent) and in <see cref="WorkforceForecast.NoRoute"/> (the first by person id); all when null.</param>
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
        dueSoon = new(Comparer<ForecastEntry>.Create((x, y) => -Urgency(x, y)));
    }

    /// <summary>The most entries kept for <see cref="WorkforceForecast.DueSoon"/>, and for <see cref="WorkforceForecast.NoRoute"/>.</summary>
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
            var step = result.NextStep;
            if (step.Action == NextAction.None)
            {
                noRouteCount++;
                Keep(noRoute, new ForecastEntry(evaluation.PersonId, result, ImmutableArray<Deadline>.Empty), ByPerson);
            }
            else if (step.DaysFromAsOf is { } days && days >= 0 && days <= WithinDays)
            {
                dueSoonCount++;
                var due = result.Deadlines.Where(d => d.Applies && d.DaysFromAsOf <= WithinDays).ToImmutableArray();
                Keep(dueSoon, new ForecastEntry(evaluation.PersonId, result, due), Urgency);
            }
        }
    }

    /// <summary>Keeps an entry while fewer than <see cref="MaxListed"/> are kept, or in place of the last kept when it comes before it.</summary>
    private void Keep(PriorityQueue<ForecastEntry, ForecastEntry> kept, ForecastEntry entry, Comparison<ForecastEntry> order)
    {
        if (kept.Count < MaxListed)
        {
            kept.Enqueue(entry, entry);
        }
        else if (MaxListed > 0 && order(entry, kept.Peek()) < 0)
        {
            kept.EnqueueDequeue(entry, entry);
        }
    }

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
        Sorted(dueSoon, Urgency),
        dueSoonCount,
        Sorted(noRoute, ByPerson),
        noRouteCount);

    private static ImmutableArray<ForecastEntry> Sorted(PriorityQueue<ForecastEntry, ForecastEntry> kept, Comparison<ForecastEntry> order) =>
        kept.UnorderedItems.Select(item => item.Element).Order(Comparer<ForecastEntry>.Create(order)).ToImmutableArray();

    /// <summary>The next step's date first; on one date an expired certification before a current one; then person id, then credential id.</summary>
    private int Urgency(ForecastEntry x, ForecastEntry y)
    {
        int c = Nullable.Compare(x.NextStep.By, y.NextStep.By);
        if (c == 0)
        {
            c = (y.ExpiresOn < AsOf).CompareTo(x.ExpiresOn < AsOf);
        }
        return c != 0 ? c : ByPerson(x, y);
    }

    /// <summary>Person id, then credential id.</summary>
    private static int ByPerson(ForecastEntry x, ForecastEntry y)
    {
        int c = string.CompareOrdinal(x.PersonId, y.PersonId);
        return c != 0 ? c : string.CompareOrdinal(x.CredentialId, y.CredentialId);
    }
}
