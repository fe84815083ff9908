using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;
using RulesEngine.Models;

namespace CeuRules.Benchmarks.Baselines;

/// <summary>
/// The CMA (AAMA) status and shortfalls with Microsoft RulesEngine: the rule lives in a JSON workflow
/// (<c>Baselines/CmaWorkflow.json</c>, embedded in the assembly) whose global parameters filter the
/// window, count the CPR cards, sum the points per category and spread the non-approved cap, and whose
/// rules are the five minimums (each failing one outputs its shortfall) and the four statuses in order
/// (the first that holds is the status). It knows the same rules as <see cref="HandWrittenCma"/>, and
/// no more.
/// </summary>
/// <remarks>
/// <para>The input is what a RulesEngine user passes: flat facts, one per credit line or CPR card
/// (<see cref="CmaFact"/>, made by <see cref="Facts"/>), prepared once from the transcript as the hand-written loop's struct array
/// is, and the cycle's dates (<see cref="CmaCycle"/>). Dates are day numbers, since the workflow's
/// expressions compare numbers; the caller computes only the expiration (the end of the month of
/// certification plus 60 months), month arithmetic that the expression language cannot do on day
/// numbers. Everything else, the 90-day CE time limit included, is in the workflow.</para>
/// <para>Each evaluation executes the workflow once (<c>ExecuteAllRulesAsync</c>), with the engine's
/// default settings: the expressions are compiled once, on the first execution, and cached.</para>
/// <para>One instance compiles the workflow once, on its first execution, and reuses it for any facts. This type is immutable after construction; RulesEngine's own thread safety applies.</para>
/// </remarks>
public sealed class RulesEngineCma
{
    /// <summary>The name of the workflow in the JSON file.</summary>
    public const string WorkflowName = "CmaRecertification";

    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private static readonly string[] Shortfalls = ["Total", "Approved", "General", "Clinical", "Administrative"];

    private static readonly string[] Statuses = ["LapsedExamRequired", "RequirementsMet", "InProgress", "WithinCeTimeLimit"];

    private readonly global::RulesEngine.RulesEngine engine = new(LoadWorkflows(), new ReSettings());

    /// <summary>
    /// The facts of <paramref name="transcript"/>: one per CPR card and per AAMA-point credit line with
    /// a category.
    /// </summary>
    /// <param name="transcript">The transcript.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transcript"/> is null.</exception>
    public static CmaFact[] Facts(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var list = new List<CmaFact>(transcript.Activities.Length);
        foreach (var activity in transcript.Activities)
        {
            int day = DayNumber(activity.CompletedOn);
            if (activity.Kind == LearningActivityKind.CprCard)
            {
                list.Add(new CmaFact { Day = day, CprCard = true, ValidMonths = activity.ValidMonths ?? 0 });
                continue;
            }
            foreach (var line in activity.Credits)
            {
                if (line.Unit == CreditUnit.AamaPoint && line.Category is { } category)
                {
                    list.Add(new CmaFact { Day = day, Points = line.Amount.Value, Category = category.Id, Approved = line.IsApprovedBy("aama") });
                }
            }
        }
        return [.. list];
    }

    /// <summary>The workflows in the embedded JSON file.</summary>
    /// <returns>The workflows.</returns>
    /// <exception cref="InvalidOperationException">The file is missing or empty.</exception>
    public static Workflow[] LoadWorkflows()
    {
        using var stream = typeof(RulesEngineCma).Assembly.GetManifestResourceStream("CmaWorkflow.json")
            ?? throw new InvalidOperationException("The assembly has no embedded CmaWorkflow.json.");
        return JsonSerializer.Deserialize<Workflow[]>(stream)
            ?? throw new InvalidOperationException("CmaWorkflow.json holds no workflow.");
    }

    /// <summary>The status and shortfalls of a CMA (AAMA) certification of <paramref name="certifiedOn"/>, as of <paramref name="asOf"/>.</summary>
    /// <param name="facts">The transcript's facts (<see cref="Facts"/>).</param>
    /// <param name="certifiedOn">The certification date.</param>
    /// <param name="asOf">The as-of date: activities completed later do not count.</param>
    /// <returns>The status and shortfalls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The workflow failed or lacks a rule.</exception>
    public async Task<CmaBaselineResult> EvaluateAsync(CmaFact[] facts, LocalDate certifiedOn, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var expiration = new LocalDate(certifiedOn.Year, certifiedOn.Month, 1).PlusMonths(61).PlusDays(-1);
        var cycle = new CmaCycle { CertifiedOn = DayNumber(certifiedOn), Expiration = DayNumber(expiration), AsOf = DayNumber(asOf) };
        var results = await engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("cycle", cycle), new RuleParameter("activities", facts)).ConfigureAwait(false);
        Span<decimal> shortfalls = stackalloc decimal[Shortfalls.Length];
        CertificationStatus? status = null;
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"The rule '{result.Rule.RuleName}' failed: {result.ExceptionMessage}");
            }
            int shortfall = Array.IndexOf(Shortfalls, result.Rule.RuleName);
            if (shortfall >= 0)
            {
                shortfalls[shortfall] = result.IsSuccess ? 0m : Convert.ToDecimal(result.ActionResult.Output, CultureInfo.InvariantCulture);
            }
            else if (status is null && result.IsSuccess && Array.IndexOf(Statuses, result.Rule.RuleName) >= 0)
            {
                status = Enum.Parse<CertificationStatus>(result.Rule.RuleName);
            }
        }
        return new CmaBaselineResult(
            status ?? throw new InvalidOperationException("No status rule held."),
            shortfalls[0], shortfalls[1], shortfalls[2], shortfalls[3], shortfalls[4]);
    }

    private static int DayNumber(LocalDate date) => Period.DaysBetween(Epoch, date);
}

/// <summary>One credit line or CPR card, as the workflow reads it.</summary>
public sealed class CmaFact
{
    /// <summary>The completion (or issue) date as a day number.</summary>
    public int Day { get; init; }

    /// <summary>The AAMA points; zero for a CPR card (the workflow values cards).</summary>
    public decimal Points { get; init; }

    /// <summary>The category id (<c>general</c>, <c>clinical</c>, <c>administrative</c>); null for a CPR card.</summary>
    public string? Category { get; init; }

    /// <summary>Whether the AAMA approved the line.</summary>
    public bool Approved { get; init; }

    /// <summary>Whether this is a CPR card.</summary>
    public bool CprCard { get; init; }

    /// <summary>For a CPR card, how many months it is valid.</summary>
    public int ValidMonths { get; init; }
}

/// <summary>The cycle's dates, as day numbers, as the workflow reads them.</summary>
public sealed class CmaCycle
{
    /// <summary>The certification date: the window's first day.</summary>
    public int CertifiedOn { get; init; }

    /// <summary>The expiration: the window's last day.</summary>
    public int Expiration { get; init; }

    /// <summary>The as-of date.</summary>
    public int AsOf { get; init; }
}
